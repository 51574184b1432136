/**
 * Where the popover sits: beside the whole highlight (the union of its pieces, so it never covers any
 * of them), kept there with Floating UI while the page scrolls or resizes, its height capped to the
 * room there is.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { unionRect } from '../../lib/page/highlight-box';

/**
 * Keeps `float` beside `pieces` until the returned stop is called. `onGone` runs instead of a move when
 * the highlight is scrolled out of view or taken out of the page (by a re-pass, say).
 */
export function followHighlight(float: HTMLElement, pieces: HTMLElement[], anchor: HTMLElement, onGone: () => void): () => void {
  const reference: VirtualElement = { getBoundingClientRect: () => unionRect(pieces), contextElement: anchor };
  let following = true;
  const update = async () => {
    const { x, y, hidden } = await position(reference, float);
    if (!following) return;
    if (hidden || !anchor.isConnected) return onGone();
    float.style.left = `${x}px`;
    float.style.top = `${y}px`;
  };
  const stopUpdates = autoUpdate(reference, float, () => void update());
  return () => {
    following = false;
    stopUpdates();
  };
}

async function position(reference: VirtualElement, float: HTMLElement): Promise<{ x: number; y: number; hidden: boolean }> {
  const { x, y, middlewareData } = await computePosition(reference, float, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight }) => float.style.setProperty('--cc-max-h', `${Math.max(120, availableHeight)}px`),
      }),
      hide(),
    ],
  });
  return { x, y, hidden: middlewareData.hide?.referenceHidden === true };
}
