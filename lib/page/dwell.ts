/**
 * Pointer intent's two numbers (issue 12): a highlight's popover opens once the pointer has rested on it
 * this long, drifting no further than this meanwhile. Shared by the content script, which sees a page's
 * first hover while the popover UI is still being loaded (entrypoints/content/popover-loader.ts), and
 * that UI (entrypoints/popover-ui/pointer-intent.ts), so a first popover opens as soon as any other would.
 */
const DWELL_MS = 350;
const DWELL_SLOP_PX = 6;

/** Where the pointer came to rest, and when (`performance.now()`). */
export interface Rest {
  x: number;
  y: number;
  since: number;
}

/** The rest that begins where a mouse event is, now. */
export function restAt(event: { clientX: number; clientY: number }): Rest {
  return { x: event.clientX, y: event.clientY, since: performance.now() };
}

/** Whether the pointer, now at (x, y), has drifted off its rest. */
export function movedOff(rest: Rest, x: number, y: number): boolean {
  return Math.hypot(x - rest.x, y - rest.y) > DWELL_SLOP_PX;
}

/** The rest after the pointer moved to (x, y) at `now`: the same one while within the slop, else a new one from here. */
export function restAfterMove(rest: Rest, x: number, y: number, now: number): Rest {
  return movedOff(rest, x, y) ? { x, y, since: now } : rest;
}

/** How much longer a rest that began at `since` must last before its popover opens. */
export function dwellLeft(since: number, now: number): number {
  return Math.max(0, DWELL_MS - (now - since));
}
