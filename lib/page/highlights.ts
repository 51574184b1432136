/**
 * Drawing and removing Crosscheck's highlights in a live page. Highlights wrap text-node ranges in
 * custom elements, so the page's text (and what a reader copies) stays exactly the same; styles are
 * inline with !important, because page CSS may try to hide or restyle them.
 */
import { domRangesFor, type DomArticle } from '../article/from-dom';
import type { Mark } from '../engine/findings';

export const MARK_TAG = 'crosscheck-mark';
/** Nodes Crosscheck wrote: highlights (its own and the reader's) and its UI hosts, never the page's content. */
export function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.tagName.toLowerCase() === MARK_TAG || el.closest(`${MARK_TAG}, [data-crosscheck-ui]`) !== null);
}

/** Highlights Crosscheck draws itself; reader notes (kind "note") belong to another feature. */
export const FINDING_SELECTOR = `${MARK_TAG}[data-crosscheck-kind="figure"], ${MARK_TAG}[data-crosscheck-kind="name"]`;

const BASE =
  'display:inline !important;visibility:visible !important;opacity:1 !important;position:static !important;' +
  'color:inherit !important;font:inherit !important;letter-spacing:inherit !important;text-transform:inherit !important;' +
  'clip-path:none !important;filter:none !important;transform:none !important;margin:0 !important;padding:0 1px !important;' +
  'border-radius:2px !important;cursor:help !important;text-decoration:none !important;box-decoration-break:clone !important;' +
  '-webkit-box-decoration-break:clone !important;';

// Differs stands out (amber fill), agrees is quiet (thin green underline), unique is neutral (dotted grey).
// Names use dashed underlines so they read as a different kind. All are translucent: fine on light and dark pages.
const LOOKS: Record<string, string> = {
  'figure differs': 'background:rgba(245,158,11,0.32) !important;border-bottom:2px solid rgb(217,119,6) !important;',
  'figure agrees': 'background:transparent !important;border-bottom:2px solid rgba(22,163,74,0.7) !important;',
  'figure unique': 'background:transparent !important;border-bottom:2px dotted rgba(120,120,120,0.8) !important;',
  'name differs': 'background:rgba(245,158,11,0.2) !important;border-bottom:2px dashed rgb(217,119,6) !important;',
  'name agrees': 'background:transparent !important;border-bottom:1px dashed rgba(37,99,235,0.8) !important;',
  'name unique': 'background:transparent !important;border-bottom:1px dashed rgba(120,120,120,0.8) !important;',
};

export function markStyle(kind: string, status: string): string {
  return BASE + (LOOKS[`${kind} ${status}`] ?? '');
}

/**
 * Wraps each mark's text in highlight elements. Marks are drawn from the last to the first, so
 * splitting a text node never moves the offsets of a mark still to be drawn in it.
 * Returns the elements drawn for each mark id.
 */
export function drawHighlights(doc: Document, article: DomArticle, marks: readonly Mark[]): Map<string, HTMLElement[]> {
  const drawn = new Map<string, HTMLElement[]>();
  const ordered = [...marks].sort((a, b) => b.start - a.start);
  for (const mark of ordered) {
    const pieces = domRangesFor(article, mark.start, mark.end);
    const elements: HTMLElement[] = [];
    // Pieces are in document order; wrap from the last so earlier pieces' offsets stay valid.
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i];
      if (!piece || piece.end <= piece.start || !piece.node.parentNode) continue;
      elements.unshift(wrap(doc, piece.node, piece.start, piece.end, mark));
    }
    if (elements.length > 0) drawn.set(mark.id, elements);
  }
  return drawn;
}

function wrap(doc: Document, node: Text, start: number, end: number, mark: Mark): HTMLElement {
  if (end < node.data.length) node.splitText(end);
  const middle = start > 0 ? node.splitText(start) : node;
  const el = doc.createElement(MARK_TAG);
  el.setAttribute('data-crosscheck-kind', mark.kind);
  el.setAttribute('data-crosscheck-status', mark.status);
  if (mark.fact) el.setAttribute('data-crosscheck-fact', mark.fact);
  el.setAttribute('data-crosscheck-id', mark.id);
  el.setAttribute('tabindex', '0');
  el.setAttribute('aria-haspopup', 'dialog');
  el.setAttribute('style', markStyle(mark.kind, mark.status));
  middle.parentNode?.insertBefore(el, middle);
  el.appendChild(middle);
  return el;
}

/** Removes every finding highlight, putting the page's text nodes back together. */
export function clearHighlights(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const el of Array.from(root.querySelectorAll(FINDING_SELECTOR))) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parents.add(parent);
  }
  // Merge the text nodes that drawing split, so the page's DOM is as it was.
  for (const parent of parents) parent.normalize();
}
