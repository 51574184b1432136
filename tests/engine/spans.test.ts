import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstStartingFrom, itemsWithin, overlapTest, spanIndexAt, spansWithin, type Span } from '../../lib/engine/spans';

const sentences: Span[] = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 25, end: 30 },
];

describe('spans', () => {
  it('finds the span holding an offset, or -1 between and after spans', () => {
    expect([0, 9, 10, 11, 12, 19, 22, 29, 30, 99].map((at) => spanIndexAt(sentences, at))).toEqual([0, 0, -1, -1, 1, 1, -1, 2, -1, -1]);
  });

  it('finds the first span starting at or after an offset', () => {
    expect([0, 1, 12, 13, 31].map((at) => firstStartingFrom(sentences, at))).toEqual([0, 1, 1, 2, 3]);
  });

  it('buckets items wholly inside each span, keeping their order; one that crosses a span end belongs nowhere', () => {
    const items = [
      { start: 13, end: 15, id: 'b' },
      { start: 2, end: 4, id: 'a' },
      { start: 8, end: 13, id: 'crosses' },
      { start: 12, end: 20, id: 'c' },
      { start: 21, end: 22, id: 'between' },
    ];
    expect(itemsWithin(sentences, items).map((bucket) => bucket.map((i) => i.id))).toEqual([['a'], ['b', 'c'], []]);
  });

  it('finds the spans wholly inside a span, like a filter of every span', () => {
    const sorted = fc.array(fc.tuple(fc.nat(40), fc.nat(8)), { maxLength: 15 }).map((pairs) =>
      pairs.map(([start, length]) => ({ start, end: start + length + 1 })).sort((a, b) => a.start - b.start),
    );
    fc.assert(
      fc.property(sorted, fc.nat(40), fc.nat(20), (spans, start, length) => {
        const q = { start, end: start + length };
        expect(spansWithin(spans, q)).toEqual(spans.filter((s) => s.start >= q.start && s.end <= q.end));
      }),
    );
  });

  it('tests overlap like a scan of every span, for spans in any order that may overlap', () => {
    const span = fc.tuple(fc.nat(50), fc.nat(10)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, q) => {
        const scan = spans.some((s) => s.start < q.end && q.start < s.end);
        expect(overlapTest(spans)(q.start, q.end)).toBe(scan);
      }),
    );
  });
});
