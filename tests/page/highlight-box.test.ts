import { describe, expect, it } from 'vitest';
import { unionRect } from '../../lib/page/highlight-box';

/** A stand-in element whose line boxes are given (no layout engine in unit tests). */
const piece = (...rects: Array<[left: number, top: number, right: number, bottom: number]>) =>
  ({ getClientRects: () => rects.map(([left, top, right, bottom]) => ({ left, top, right, bottom })) }) as unknown as Element;

describe('unionRect', () => {
  it('spans every line box of every piece of a highlight', () => {
    const box = unionRect([piece([300, 10, 400, 30]), piece([20, 30, 120, 50], [20, 50, 60, 70])]);
    expect(box).toEqual({ x: 20, y: 10, left: 20, top: 10, right: 400, bottom: 70, width: 380, height: 60 });
  });

  it('is an empty box at the origin when no piece is laid out', () => {
    expect(unionRect([piece()])).toEqual({ x: 0, y: 0, left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 });
  });
});
