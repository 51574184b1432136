/**
 * Pointer intent: the popover opens when the pointer rests on a highlight (a short dwell), not when it
 * only crosses one on its way elsewhere; resting on another highlight switches to it; a hover-opened
 * popover closes a little after the pointer leaves both the highlight and the popover. A hovered quiet
 * highlight shows in full.
 */
import type { MarkPainter } from './mark-paint';
import { idOf, markOf, piecesOf } from './marks-in-page';
import type { PendingAction } from './pending-action';
import type { PopoverPanel } from './popover-panel';
import type { Listen } from './reader-input';

/** How long the pointer rests on a highlight before it opens, and how far it may drift meanwhile. */
const DWELL_MS = 350;
const DWELL_SLOP_PX = 6;
const CLOSE_DELAY = 300;

export interface PointerParts {
  listen: Listen;
  panel: PopoverPanel;
  paint: MarkPainter;
  pending: PendingAction;
  inPopover(event: Event): boolean;
}

export interface PointerIntent {
  /** The pieces of the highlight under the pointer (none when it is on none). */
  hovered(): HTMLElement[];
  /** As if the pointer had come to rest on `el` (the content script saw it first). */
  dwellOn(el: HTMLElement): void;
}

export function watchPointer({ listen, panel, paint, pending, inPopover }: PointerParts): PointerIntent {
  /** Where the pointer came to rest on a highlight, while it waits to open. */
  let dwell: { id: string; el: HTMLElement; x: number; y: number } | null = null;
  let hovered: HTMLElement[] = [];

  function hover(pieces: HTMLElement[]): void {
    if (pieces[0] === hovered[0]) return;
    paint.set(hovered, 'revealed', hovered.includes(document.activeElement as HTMLElement));
    hovered = pieces;
    paint.set(hovered, 'revealed', true);
  }

  function startDwell(el: HTMLElement, at: { clientX: number; clientY: number }): void {
    const id = idOf(el);
    dwell = { id, el, x: at.clientX, y: at.clientY };
    pending.schedule(() => {
      dwell = null;
      panel.open(id, el, 'hover');
    }, DWELL_MS);
  }

  /** Off every highlight: a hover-opened popover closes soon, a dwell under way is dropped. */
  function leave(): void {
    hover([]);
    dwell = null;
    if (panel.current?.trigger === 'hover') pending.schedule(() => panel.close(), CLOSE_DELAY);
    else pending.cancel(); // the pointer passed over a highlight without stopping
  }

  listen('mouseover', (event) => {
    const el = markOf(event.target);
    if (!el) return inPopover(event) ? enterPopover() : leave();
    const id = idOf(el);
    hover(piecesOf(id));
    if (panel.current?.id === id) pending.cancel();
    else if (dwell?.id !== id) startDwell(el, event);
  });

  function enterPopover(): void {
    hover([]);
    dwell = null;
    pending.cancel();
  }

  // Still moving across a highlight: not resting yet, the dwell starts again from here.
  listen('mousemove', (event) => {
    if (!dwell || Math.hypot(event.clientX - dwell.x, event.clientY - dwell.y) <= DWELL_SLOP_PX) return;
    if (markOf(event.target)?.dataset.crosscheckId === dwell.id) startDwell(dwell.el, event);
  });

  // The pointer left the window.
  listen('mouseout', (event) => {
    if (!event.relatedTarget) leave();
  });

  return {
    hovered: () => hovered,
    dwellOn(el) {
      const rect = el.getBoundingClientRect();
      hover(piecesOf(idOf(el)));
      startDwell(el, { clientX: rect.left, clientY: rect.top });
    },
  };
}
