/**
 * When the reader has made (or cleared) a selection: after their own pointerup (mouse, touch, pen) or
 * keyup (Shift+arrows, Ctrl+A…). Only trusted events count, so a selection a page script sets, and
 * the events it dispatches, never bring up the toolbar. `selectionchange` is not used: the browser
 * fires it, trusted, for selections scripts make too.
 */
import type { PageContext } from '../../utils/page-context';
import type { ReaderInput } from './reader-input';

/** Keyboard selections settle this long before the toolbar appears (the reader may still be extending it). */
export const KEY_SELECTION_SETTLE_MS = 300;

export interface SelectionWatcherOptions {
  input: ReaderInput;
  /** Events inside Crosscheck's own UI are not about the page's selection. */
  isInUi(event: Event): boolean;
  /** The reader finished selecting, or cleared the selection: look at `document.getSelection()`. */
  onSelectionEnd(): void;
  /** The reader pressed somewhere on the page, outside the UI. */
  onPointerDown(): void;
}

export function watchSelection(ctx: PageContext, doc: Document, options: SelectionWatcherOptions): void {
  const { input } = options;
  let keyTimer: number | undefined;
  const listen = <E extends Event>(type: string, handler: (event: E) => void) =>
    ctx.addEventListener<E>(doc, type, (event) => {
      if (input.isTrusted(event) && !options.isInUi(event)) handler(event);
    }, { capture: true });

  listen('pointerdown', () => options.onPointerDown());
  // Let the browser settle the selection first (a click inside a selection collapses it after pointerup).
  listen('pointerup', () => void ctx.setTimeout(() => options.onSelectionEnd(), 0));
  listen<KeyboardEvent>('keyup', (event) => {
    if (event.key === 'Tab' || event.key === 'Escape' || event.key === 'Enter') return;
    window.clearTimeout(keyTimer);
    keyTimer = ctx.setTimeout(() => options.onSelectionEnd(), KEY_SELECTION_SETTLE_MS);
  });
  ctx.onInvalidated(() => window.clearTimeout(keyTimer));
}
