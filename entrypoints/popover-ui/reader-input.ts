/**
 * The reader's input on the page, as the popover hears it: listeners delegated on `document` in the
 * capture phase, through the page context, so they all go at once with its AbortSignal. Trusted events
 * only (a page can dispatch any event, never a trusted one); and none once the extension behind this
 * script is gone (reloaded, removed), which the check notices and ends everything for.
 */
import type { PageContext } from '../../utils/page-context';

export type Listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) => void;

export function readerInput(ctx: PageContext): Listen {
  return <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    ctx.onTrusted<DocumentEventMap[K]>(document, type, (event) => ctx.isInvalid || handler(event), { capture: true });
}
