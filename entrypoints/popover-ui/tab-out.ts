/**
 * Tab at either end of the open popover leaves it, as if the popover sat right after the highlight:
 * Shift+Tab at the start goes back to the highlight, Tab at the end on to what follows the highlight.
 */
import type { OpenPopover, PopoverPanel } from './popover-panel';

const TABBABLE =
  'a[href],area[href],button,input:not([type=hidden]),select,textarea,iframe,summary,[tabindex],[contenteditable=""],[contenteditable=true]';

export interface TabParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  float: HTMLElement;
  panel: PopoverPanel;
}

export function tabOut(event: KeyboardEvent, state: OpenPopover, { host, shadow, float, panel }: TabParts): void {
  const stops = [...float.querySelectorAll<HTMLElement>('button')];
  const at = shadow.activeElement;
  const atStart = at === panel.dialog() || at === stops[0];
  const atEnd = at === stops[stops.length - 1];
  if (event.shiftKey ? !atStart : !atEnd) return; // inside: the browser moves focus
  event.preventDefault();
  if (event.shiftKey) return panel.close(true);
  const next = nextTabbable(state, host);
  panel.close(!next);
  next?.focus();
}

/** The first element Tab would reach after the highlight, outside it and the popover. */
function nextTabbable(state: OpenPopover, host: HTMLElement): HTMLElement | null {
  const last = state.pieces[state.pieces.length - 1] ?? state.anchor;
  for (const el of document.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (el.tabIndex < 0 || state.pieces.includes(el) || el === host) continue;
    if (!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if ((el as HTMLButtonElement).disabled || el.getClientRects().length === 0) continue;
    return el;
  }
  return null;
}
