/**
 * Pointer intent: the popover opens when the pointer rests on a highlight (a short dwell), not when it
 * only crosses one on its way elsewhere; resting on another highlight switches to it; a hover-opened
 * popover closes a little after the pointer leaves both the highlight and the popover. A hovered quiet
 * highlight shows in full.
 */
import { dwellLeft, movedOff, restAt, type Rest } from '../../lib/page/dwell';
import type { MarkPainter } from './mark-paint';
import { idOf, markOf, piecesOf } from './marks-in-page';
import type { PendingAction } from './pending-action';
import type { PopoverPanel } from './popover-panel';
import type { Listen } from './reader-input';

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
  /** As if the pointer had come to rest on `el`, at `rest` when the content script saw where and when. */
  dwellOn(el: HTMLElement, rest?: Rest): void;
}

export function watchPointer({ listen, panel, paint, pending, inPopover }: PointerParts): PointerIntent {
  /** Where the pointer came to rest on a highlight, while it waits to open. */
  let dwell: { id: string; el: HTMLElement; rest: Rest } | null = null;
  let hovered: HTMLElement[] = [];

  function hover(pieces: HTMLElement[]): void {
    if (pieces[0] === hovered[0]) return;
    paint.set(hovered, 'revealed', hovered.includes(document.activeElement as HTMLElement));
    hovered = pieces;
    paint.set(hovered, 'revealed', true);
  }

  /** The pointer rests on `el` since `rest.since`: it opens when the rest has lasted the dwell (lib/page/dwell.ts). */
  function startDwell(el: HTMLElement, rest: Rest): void {
    const id = idOf(el);
    dwell = { id, el, rest };
    pending.schedule(() => {
      dwell = null;
      panel.open(id, el, 'hover');
    }, dwellLeft(rest.since, performance.now()));
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
    else if (dwell?.id !== id) startDwell(el, restAt(event));
  });

  function enterPopover(): void {
    hover([]);
    dwell = null;
    pending.cancel();
  }

  // Still moving across a highlight: not resting yet, the dwell starts again from here.
  listen('mousemove', (event) => {
    if (!dwell || !movedOff(dwell.rest, event.clientX, event.clientY)) return;
    if (markOf(event.target)?.dataset.crosscheckId === dwell.id) startDwell(dwell.el, restAt(event));
  });

  // The pointer left the window.
  listen('mouseout', (event) => {
    if (!event.relatedTarget) leave();
  });

  return {
    hovered: () => hovered,
    dwellOn(el, rest) {
      const rect = el.getBoundingClientRect();
      hover(piecesOf(idOf(el)));
      startDwell(el, rest ?? { x: rect.left, y: rect.top, since: performance.now() });
    },
  };
}
