/**
 * Drawing many highlights without holding the page: the pieces of text to wrap are planned once,
 * then wrapped in slices, each stopping at a deadline so the page's own work runs in between.
 *
 * Order: text nodes in reading order, so the top of the article is highlighted first; inside one text
 * node, from its last piece to its first, so the wrapper (highlights.ts, TextWrapper) finds the piece's
 * fragment first.
 */
import { domRangesFor, type DomArticle } from '../article/from-dom';
import type { Mark } from '../engine/findings';
import { TextWrapper, wrapMark } from './highlights';
import { DEFAULT_LOOK, type MarkLook } from './mark-look';

interface Piece {
  node: Text;
  start: number;
  end: number;
  mark: Mark;
}

export interface DrawPlan {
  readonly pieces: readonly Piece[];
  /** How many pieces are done (wrapped or skipped). */
  next: number;
  /** The elements drawn so far for each mark id, in document order. */
  readonly drawn: Map<string, HTMLElement[]>;
  /** How the plan's text nodes have been split so far. */
  readonly wrapper: TextWrapper;
}

export function planHighlights(article: DomArticle, marks: readonly Mark[]): DrawPlan {
  const byNode = new Map<Text, Piece[]>();
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    for (const range of domRangesFor(article, mark.start, mark.end)) {
      if (range.end <= range.start) continue;
      const list = byNode.get(range.node) ?? [];
      if (!list.length) byNode.set(range.node, list);
      list.push({ ...range, mark });
    }
  }
  const pieces: Piece[] = [];
  for (const list of byNode.values()) pieces.push(...list.sort((a, b) => b.start - a.start));
  return { pieces, next: 0, drawn: new Map(), wrapper: new TextWrapper() };
}

export function isDrawn(plan: DrawPlan): boolean {
  return plan.next >= plan.pieces.length;
}

/**
 * Wraps pieces until the plan is done or `now()` reaches `deadline`, at least one piece per call.
 * A piece whose node the page has since removed or shortened is skipped (TextWrapper): the re-pass that
 * the page's change triggers draws the article as it is now.
 */
export function drawSlice(doc: Document, plan: DrawPlan, deadline: number, now: () => number, look: MarkLook = DEFAULT_LOOK): void {
  const { pieces, drawn, wrapper } = plan;
  do {
    const piece = pieces[plan.next++];
    if (!piece) return;
    const { node, start, end, mark } = piece;
    const els = wrapMark(doc, node, start, end, mark, look, wrapper);
    if (!els.length) continue;
    const list = drawn.get(mark.id);
    if (!list) drawn.set(mark.id, els);
    // A mark spanning nodes: its later piece may be wrapped first only within one node, which holds one piece of it.
    else list.push(...els);
  } while (plan.next < pieces.length && now() < deadline);
}

/** Every highlight at once, for callers with little to draw (a test, a short article). */
export function drawHighlights(doc: Document, article: DomArticle, marks: readonly Mark[], look?: MarkLook): Map<string, HTMLElement[]> {
  const plan = planHighlights(article, marks);
  drawSlice(doc, plan, Infinity, () => 0, look);
  return plan.drawn;
}
