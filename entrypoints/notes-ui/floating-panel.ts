/**
 * Places the floating box (the toolbar, the editor frame) beside what it is about, with Floating UI,
 * and keeps it there while the page scrolls, resizes or the box changes size.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, type Placement, type VirtualElement } from '@floating-ui/dom';
import { unionRect } from '../../lib/page/highlight-box';

export interface PanelPlacement {
  placement: Placement;
  /** Hide the box while its reference is scrolled out of view (the toolbar; not the editor, which has focus). */
  hideWhenAway: boolean;
}

/** A reference for a highlight's pieces. */
export function piecesReference(pieces: readonly HTMLElement[]): VirtualElement {
  return { getBoundingClientRect: () => unionRect(pieces), contextElement: pieces[0] };
}

/** A reference for a selection's range. */
export function rangeReference(range: Range): VirtualElement {
  const start = range.startContainer;
  const context = start.nodeType === 1 ? (start as Element) : start.parentElement;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context ?? undefined,
  };
}

/** Positions `float` (position: fixed) at `reference` until the returned function is called. */
export function placePanel(reference: VirtualElement, float: HTMLElement, { placement, hideWhenAway }: PanelPlacement): () => void {
  const update = async () => {
    const { x, y, middlewareData } = await computePosition(reference, float, {
      strategy: 'fixed',
      placement,
      middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
    });
    float.style.left = `${x}px`;
    float.style.top = `${y}px`;
    float.style.visibility = hideWhenAway && middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
  };
  return autoUpdate(reference, float, () => void update());
}
