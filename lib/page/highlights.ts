/**
 * Drawing and removing Crosscheck's highlights in a live page. Highlights wrap text-node ranges in
 * custom elements, so the page's text (and what a reader copies) stays exactly the same; styles are
 * inline with !important, because page CSS may try to hide or restyle them.
 */
import type { Mark } from '../engine/findings';
import { markDescription } from '../present/wording';
import { DEFAULT_LOOK, lookName, markStyle, type MarkLook } from './mark-look';

export const MARK_TAG = 'crosscheck-mark';
/** Nodes Crosscheck wrote: highlights (its own and the reader's) and its UI hosts, never the page's content. */
export function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.tagName.toLowerCase() === MARK_TAG || el.closest(`${MARK_TAG}, [data-crosscheck-ui]`) !== null);
}

/** Highlights Crosscheck draws itself; reader notes (kind "note") belong to another feature. */
export const FINDING_SELECTOR = `${MARK_TAG}[data-crosscheck-kind="figure"], ${MARK_TAG}[data-crosscheck-kind="name"]`;

/** One piece of an original text node after drawing split it: where it starts in the original, and its length then. */
interface Fragment {
  node: Text;
  from: number;
  length: number;
}

/**
 * The one way highlights are wrapped, findings and the reader's notes alike: it remembers how each
 * original text node has been split, so pieces in one node, even overlapping ones (notes over findings
 * and over each other nest), can be wrapped in any order with offsets in the original node.
 * A piece whose node the page has since removed or shortened is skipped: the re-pass that the page's
 * change triggers draws the article as it is now.
 */
export class TextWrapper {
  private readonly fragments = new Map<Text, Fragment[]>();

  /** Wraps characters [start, end) of `original` in elements from `make`: one per fragment it covers. */
  wrap(original: Text, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
    let frags = this.fragments.get(original);
    if (!frags) {
      if (!original.parentNode || end > original.data.length) return [];
      frags = [{ node: original, from: 0, length: original.data.length }];
      this.fragments.set(original, frags);
    }
    const out: HTMLElement[] = [];
    for (let i = 0; i < frags.length; i++) {
      const frag = frags[i]!;
      if (frag.from >= end) break;
      const fragEnd = frag.from + frag.length;
      if (fragEnd <= start) continue;
      const lo = Math.max(start, frag.from);
      const hi = Math.min(end, fragEnd);
      let node = frag.node;
      if (!node.parentNode || hi - frag.from > node.data.length) continue;
      if (hi < fragEnd) {
        frags.splice(i + 1, 0, { node: node.splitText(hi - frag.from), from: hi, length: fragEnd - hi });
        frag.length = hi - frag.from;
      }
      if (lo > frag.from) {
        node = node.splitText(lo - frag.from);
        frags.splice(++i, 0, { node, from: lo, length: hi - lo });
        frag.length = lo - frag.from;
      }
      const el = make();
      node.parentNode!.insertBefore(el, node);
      el.appendChild(node);
      out.push(el);
    }
    return out;
  }
}

/**
 * A highlight's attributes and style that depend only on its kind, status and look, set once on a
 * template: cloning it copies the parsed inline style, where setting the style on each of thousands of
 * highlights parsed it each time (about half the cost of making one, measured in Chromium).
 */
const templates = new WeakMap<MarkLook, Map<string, HTMLElement>>();

function templateFor(doc: Document, mark: Mark, look: MarkLook): HTMLElement {
  let byStatus = templates.get(look);
  if (!byStatus) templates.set(look, (byStatus = new Map()));
  const key = `${mark.kind} ${mark.status}`;
  let template = byStatus.get(key);
  if (!template || template.ownerDocument !== doc) {
    template = doc.createElement(MARK_TAG);
    template.setAttribute('data-crosscheck-kind', mark.kind);
    template.setAttribute('data-crosscheck-status', mark.status);
    template.setAttribute('tabindex', '0');
    template.setAttribute('role', 'button');
    template.setAttribute('aria-haspopup', 'dialog');
    styleMark(template, look);
    byStatus.set(key, template);
  }
  return template;
}

/** A finding's highlight element, before it wraps its text: the template's clone with the mark's own attributes. */
function findingElement(doc: Document, mark: Mark, look: MarkLook): HTMLElement {
  const el = templateFor(doc, mark, look).cloneNode(false) as HTMLElement;
  if (mark.fact) el.setAttribute('data-crosscheck-fact', mark.fact);
  el.setAttribute('data-crosscheck-id', mark.id);
  el.setAttribute('aria-description', markDescription(mark));
  return el;
}

/**
 * Wraps characters [start, end) of a text node for `mark` (TextWrapper: several elements where the range
 * crosses highlights already drawn in the node, none where the page has since changed it). Its attributes
 * and style depend only on the mark and the look passed in (mark-look.ts: the display setting, the page's
 * background). A highlight is one button with one Tab stop: when it is split over inline markup, only its
 * first piece in the page takes focus and speaks for the whole (settlePieces).
 */
export function wrapMark(doc: Document, node: Text, start: number, end: number, mark: Mark, look: MarkLook, wrapper: TextWrapper): HTMLElement[] {
  const els = wrapper.wrap(node, start, end, () => findingElement(doc, mark, look));
  // Only a piece shorter than the mark has siblings; the search stays off the common path.
  if (els.length > 1 || (els.length === 1 && end - start < mark.text.length)) settlePieces(doc, mark);
  return els;
}

/** One piece of a mark in a node nothing else has split (a test, a single range). */
export function wrapPiece(doc: Document, node: Text, start: number, end: number, mark: Mark, look: MarkLook = DEFAULT_LOOK): HTMLElement {
  const [el] = wrapMark(doc, node, start, end, mark, look, new TextWrapper());
  if (!el) throw new Error('the text node no longer holds that piece');
  return el;
}

/** The pieces of one split highlight: the first in the page is the button, named for the whole text; the rest only paint. */
function settlePieces(doc: Document, mark: Mark): void {
  const pieces = Array.from(doc.getElementsByTagName(MARK_TAG)).filter((el) => el.getAttribute('data-crosscheck-id') === mark.id);
  pieces.forEach((piece, i) => {
    if (i === 0) {
      for (const [name, value] of [['tabindex', '0'], ['role', 'button'], ['aria-haspopup', 'dialog'], ['aria-description', markDescription(mark)], ['aria-label', mark.text]]) {
        piece.setAttribute(name!, value!);
      }
      piece.removeAttribute('aria-hidden');
      return;
    }
    for (const name of ['tabindex', 'role', 'aria-haspopup', 'aria-description', 'aria-label']) piece.removeAttribute(name);
    // The first piece's label already says this text.
    piece.setAttribute('aria-hidden', 'true');
  });
}

/** Sets a piece's inline style and its data-crosscheck-look for a look; `revealed` shows a quiet mark in full. */
export function styleMark(el: Element, look: MarkLook, revealed = false): void {
  const kind = el.getAttribute('data-crosscheck-kind') ?? '';
  const status = el.getAttribute('data-crosscheck-status') ?? '';
  const style = markStyle(kind, status, look, revealed);
  if (el.getAttribute('style') !== style) el.setAttribute('style', style);
  const name = lookName(kind, status, look.display);
  if (el.getAttribute('data-crosscheck-look') !== name) el.setAttribute('data-crosscheck-look', name);
}

/** Restyles every finding highlight under `root` for a look (a display setting changed, or the page's colours). */
export function restyleHighlights(root: ParentNode, look: MarkLook): void {
  for (const el of Array.from(root.querySelectorAll(FINDING_SELECTOR))) styleMark(el, look);
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
