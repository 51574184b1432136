/**
 * Drawing many highlights without holding the page: the pieces of text to wrap are planned (each mark
 * mapped to the text nodes it covers), then wrapped, both in slices that stop at a deadline so the
 * page's own work runs in between: thousands of marks on a long page are more than one slice's work.
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
  /** Filled as planning goes (a slice plans before it draws): complete once `planned`. */
  readonly pieces: Piece[];
  /** How many pieces are done (wrapped or skipped). */
  next: number;
  /** The elements drawn so far for each mark id, in document order. */
  readonly drawn: Map<string, HTMLElement[]>;
  /** How the plan's text nodes have been split so far. */
  readonly wrapper: TextWrapper;
  /** Planning state: the marks in text order, how many are mapped to their nodes, and their pieces by node. */
  readonly article: DomArticle;
  readonly marks: readonly Mark[];
  mapped: number;
  readonly byNode: Map<Text, Piece[]>;
  planned: boolean;
}

/** How many marks are mapped between two looks at the clock. */
const MARKS_PER_CHECK = 64;
/**
 * A plan of this many marks or fewer (a news story's) is drawn in one slice whatever the clock says: a few
 * ms of work, where cutting it made the last highlights wait for a rendering frame in between.
 */
export const DRAWN_AT_ONCE = 200;

/** A plan for `marks`, to be made and drawn in slices (drawSlice); planning is a share of each slice's time. */
export function planHighlights(article: DomArticle, marks: readonly Mark[]): DrawPlan {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  return { pieces: [], next: 0, drawn: new Map(), wrapper: new TextWrapper(), article, marks: sorted, mapped: 0, byNode: new Map(), planned: false };
}

/** Maps marks to the text nodes they cover until done or `now()` reaches `deadline`; true once the plan is complete. */
function planSome(plan: DrawPlan, deadline: number, now: () => number): boolean {
  const { marks, byNode } = plan;
  while (plan.mapped < marks.length) {
    const stop = Math.min(marks.length, plan.mapped + MARKS_PER_CHECK);
    for (; plan.mapped < stop; plan.mapped++) {
      const mark = marks[plan.mapped]!;
      for (const range of domRangesFor(plan.article, mark.start, mark.end)) {
        if (range.end <= range.start) continue;
        const list = byNode.get(range.node) ?? [];
        if (!list.length) byNode.set(range.node, list);
        list.push({ ...range, mark });
      }
    }
    if (plan.mapped < marks.length && now() >= deadline) return false;
  }
  for (const list of byNode.values()) plan.pieces.push(...list.sort((a, b) => b.start - a.start));
  byNode.clear();
  plan.planned = true;
  return true;
}

export function isDrawn(plan: DrawPlan): boolean {
  return plan.planned && plan.next >= plan.pieces.length;
}

/**
 * Plans, then wraps pieces, until the plan is done or `now()` reaches the deadline, at least one piece per
 * call once planned; a small plan all at once (DRAWN_AT_ONCE). A piece whose node the page has since removed or shortened is skipped (TextWrapper):
 * the re-pass that the page's change triggers draws the article as it is now.
 */
export function drawSlice(doc: Document, plan: DrawPlan, sliceDeadline: number, now: () => number, look: MarkLook = DEFAULT_LOOK): void {
  const deadline = plan.marks.length <= DRAWN_AT_ONCE ? Infinity : sliceDeadline;
  if (!plan.planned && !planSome(plan, deadline, now)) return;
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
