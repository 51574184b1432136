/**
 * From a DOM selection to offsets in the article text (lib/article/from-dom): the inverse of
 * `domRangesFor`. Pure DOM reads, so it runs in the page and in tests (happy-dom, linkedom).
 *
 * The article's segments map its characters to text nodes, in document order. A range's start is
 * the first article character at or after the start boundary; its end is just after the last
 * article character before the end boundary. So a selection that begins in page chrome (a caption,
 * a menu) or inside a collapsed run of whitespace begins at the next article character, and one
 * that covers no article character at all gives null.
 */
import type { DomArticle } from '../../lib/article/from-dom';

/** The boundary points of a DOM `Range` or `StaticRange`. */
export interface Boundaries {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface ArticleSpan {
  start: number;
  end: number;
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * Where the boundary point (a, aOffset) is relative to (b, bOffset): -1 before, 0 equal, 1 after
 * (the DOM Standard's "position of a boundary point"). Points in different trees compare as before.
 */
export function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): -1 | 0 | 1 {
  if (a === b) return aOffset === bOffset ? 0 : aOffset < bOffset ? -1 : 1;
  const position = a.compareDocumentPosition(b);
  if (position & 1 /* DISCONNECTED */) return -1;
  if (position & 2 /* PRECEDING: b comes before a */) {
    const inverse = comparePoints(b, bOffset, a, aOffset);
    return inverse === 0 ? 0 : inverse === 1 ? -1 : 1;
  }
  if (position & 16 /* CONTAINED_BY: b is inside a */) {
    let child: Node = b;
    while (child.parentNode && child.parentNode !== a) child = child.parentNode;
    if (indexOf(child) < aOffset) return 1;
  }
  return -1;
}

const SPACE = /\s/;

/**
 * The article characters a range covers, trimmed of white space at either end; null when it covers
 * none. The article must have been extracted from the document as it is now (its segments point at
 * live text nodes).
 */
export function articleOffsetsFor(article: DomArticle, range: Boundaries): ArticleSpan | null {
  const segs = article.segments;
  const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
  // The first segment that ends after the start boundary.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (comparePoints(s.node, s.offset + s.length, sc, so) <= 0) lo = mid + 1;
    else hi = mid;
  }
  const first = segs[lo];
  if (!first) return null;
  let start = first.start;
  if (sc === first.node && so > first.offset) start += so - first.offset;

  // The number of segments that begin before the end boundary; the last of them holds the end.
  lo = 0;
  hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (comparePoints(s.node, s.offset, ec, eo) < 0) lo = mid + 1;
    else hi = mid;
  }
  const last = segs[lo - 1];
  if (!last) return null;
  let end = last.start + last.length;
  if (ec === last.node && eo < last.offset + last.length) end = last.start + (eo - last.offset);

  const text = article.text;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
