/**
 * What the reader's pointer and focus do to a highlight's look, on top of the style the pass gave it:
 * `revealed` shows a quiet mark in full (hover, focus), `ringed` draws a focus ring around it (keyboard
 * focus, an open popover). Inline and !important, so page CSS can neither hide nor remove them. The
 * pass's own style is kept and put back once nothing is on.
 */
import { backgroundBehind } from '../../lib/page/colours';
import { markStyle } from '../../lib/page/mark-look';

export type Paint = 'revealed' | 'ringed';

const RING = 'outline:2px solid currentColor !important;outline-offset:2px !important;';

interface Painted {
  /** The style the pass gave the piece. */
  base: string;
  on: Set<Paint>;
}

export function createMarkPainter() {
  const painted = new Map<HTMLElement, Painted>();

  function repaint(el: HTMLElement, state: Painted): void {
    const quiet = el.getAttribute('data-crosscheck-look') === 'quiet';
    let style = state.base;
    if (quiet && state.on.has('revealed')) {
      const look = { display: 'everything' as const, background: backgroundBehind(el.parentElement) };
      style = markStyle(el.getAttribute('data-crosscheck-kind') ?? '', el.getAttribute('data-crosscheck-status') ?? '', look, true);
    }
    if (state.on.has('ringed')) style += RING;
    el.setAttribute('style', style);
  }

  return {
    /** Turns a paint on or off for each piece of a highlight. */
    set(pieces: readonly HTMLElement[], paint: Paint, on: boolean): void {
      for (const el of pieces) {
        let state = painted.get(el);
        if (!state) {
          if (!on) continue;
          state = { base: el.getAttribute('style') ?? '', on: new Set() };
          painted.set(el, state);
        }
        if (on) state.on.add(paint);
        else state.on.delete(paint);
        if (state.on.size > 0) repaint(el, state);
        else {
          el.setAttribute('style', state.base);
          painted.delete(el);
        }
      }
    },
    /** Everything off, every piece back to the pass's style. */
    clear(): void {
      for (const [el, state] of painted) el.setAttribute('style', state.base);
      painted.clear();
    },
  };
}

export type MarkPainter = ReturnType<typeof createMarkPainter>;
