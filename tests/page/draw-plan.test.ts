// @vitest-environment happy-dom
/**
 * Drawing in slices (lib/page/draw-plan.ts): planning and wrapping both stop at the slice's deadline, and
 * however the work is cut, the page ends with exactly the highlights drawn all at once.
 */
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import type { Mark } from '../../lib/engine/findings';
import { DRAWN_AT_ONCE, drawHighlights, drawSlice, isDrawn, planHighlights } from '../../lib/page/draw-plan';

const PARAGRAPH = 'Officials said <b>22</b> fighters died and 17 were hurt near the border on Thursday.';

function page(paragraphs: number): void {
  document.body.innerHTML = `<article>${Array.from({ length: paragraphs }, () => `<p>${PARAGRAPH}</p>`).join('')}</article>`;
}

/** A mark on every "22" and "17" of the article, in the engine's order and numbering. */
function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(/\b(?:22|17)\b/g)) {
    marks.push({
      id: `m${marks.length + 1}`,
      kind: 'figure',
      text: match[0],
      start: match.index!,
      end: match.index! + match[0].length,
      fact: null,
      factLabel: null,
      value: { type: 'count', n: Number(match[0]) } as Mark['value'],
      status: 'unique',
      others: [],
      attribution: null,
    });
  }
  return marks;
}

describe('drawing in slices', () => {
  it('plans and draws over many slices, each stopping at its deadline, and ends as one draw would', () => {
    page(300);
    const article = extractFromDocument(document);
    const marks = marksOf(article.text);
    expect(marks).toHaveLength(600);
    // A clock that moves one unit each time it is read: a slice of 3 units does little work.
    let clock = 0;
    const now = () => clock++;
    const plan = planHighlights(article, marks);
    let slices = 0;
    let sliceWithoutDrawing = false;
    while (!isDrawn(plan)) {
      const before = document.querySelectorAll('crosscheck-mark').length;
      drawSlice(document, plan, clock + 3, now);
      if (document.querySelectorAll('crosscheck-mark').length === before) sliceWithoutDrawing = true;
      slices++;
      expect(slices).toBeLessThan(10_000);
    }
    // Planning 600 marks took slices of its own before the first piece was drawn.
    expect(sliceWithoutDrawing).toBe(true);
    expect(slices).toBeGreaterThan(5);
    const sliced = document.body.innerHTML;

    page(300);
    const again = extractFromDocument(document);
    const drawn = drawHighlights(document, again, marksOf(again.text));
    expect(drawn.size).toBe(600);
    expect(plan.drawn.size).toBe(600);
    expect(document.body.innerHTML).toBe(sliced);
  });

  it('draws a news story’s highlights in one slice, however late the clock', () => {
    page(DRAWN_AT_ONCE / 2);
    const article = extractFromDocument(document);
    const plan = planHighlights(article, marksOf(article.text));
    let clock = 0;
    drawSlice(document, plan, 0, () => clock++);
    expect(isDrawn(plan)).toBe(true);
    expect(plan.drawn.size).toBe(DRAWN_AT_ONCE);
    // One mark more, and the same late slice stops at its deadline.
    page(DRAWN_AT_ONCE / 2 + 1);
    const longer = extractFromDocument(document);
    const cut = planHighlights(longer, marksOf(longer.text));
    drawSlice(document, cut, 0, () => clock++);
    expect(isDrawn(cut)).toBe(false);
  });

  it('draws the top of the article first', () => {
    page(50);
    const article = extractFromDocument(document);
    const plan = planHighlights(article, marksOf(article.text).reverse());
    let clock = 0;
    while (plan.next === 0) drawSlice(document, plan, clock + 200, () => clock++);
    const first = document.querySelector('crosscheck-mark');
    expect(first?.closest('p')).toBe(document.querySelector('p'));
  });
});
