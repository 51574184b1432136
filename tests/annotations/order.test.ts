import { describe, expect, it } from 'vitest';
import { compareStrings, groupByArticle, sortAnnotations } from '../../lib/annotations/order';
import { isoTime } from '../../lib/annotations/time';
import { ANNOTATIONS, DEPOT, FINDINGS, HOSTILE, MARKETS, TOLL } from './fixtures';

describe('sortAnnotations', () => {
  it('orders by URL, then position in the text, without changing its input', () => {
    const input = [...ANNOTATIONS];
    expect(sortAnnotations(input).map((a) => a.id)).toEqual([DEPOT.id, TOLL.id, HOSTILE.id, MARKETS.id]);
    expect(input).toEqual(ANNOTATIONS);
  });

  it('breaks ties by end, creation time, then id', () => {
    const a = { ...TOLL, id: 'b', position: { ...TOLL.position, end: 160 } };
    const b = { ...TOLL, id: 'a', created: '2026-11-21T00:00:00.000Z' };
    const c = { ...TOLL, id: 'c' };
    const d = { ...TOLL, id: 'b2' };
    expect(sortAnnotations([a, b, c, d]).map((x) => x.id)).toEqual(['b2', 'c', 'a', 'b']);
  });
});

describe('groupByArticle', () => {
  it('groups notes by page and adds pages that only have findings', () => {
    const groups = groupByArticle(ANNOTATIONS, FINDINGS);
    expect(groups.map((g) => [g.url, g.annotations.length, g.findings?.findings.length ?? null])).toEqual([
      ['https://news.example/world/bukamal-strike', 3, 2],
      ['https://other.example/report', 0, 0],
      ['https://paper.example/2026/11/20/strike?id=7', 1, null],
    ]);
    expect(groups[1]?.title).toBe('Monitor: toll rises');
  });

  it('titles a page after its most recently modified note', () => {
    const renamed = { ...HOSTILE, title: 'Strike near Bukamal: toll rises to 24' };
    const [group] = groupByArticle([TOLL, renamed, DEPOT], null);
    expect(group?.title).toBe('Strike near Bukamal: toll rises to 24');
  });

  it('keeps the latest findings of a page recorded twice', () => {
    const older = { ...FINDINGS[1]!, recorded: '2026-11-01T00:00:00.000Z', event: 'old' };
    const [group] = groupByArticle([], [FINDINGS[1]!, older]);
    expect(group?.findings?.event).toBe('Air strike near Bukamal, Syria');
  });
});

describe('compareStrings and isoTime', () => {
  it('compares by code unit, whatever the locale', () => {
    expect(['b', 'B', 'a', 'é', 'e'].sort(compareStrings)).toEqual(['B', 'a', 'b', 'e', 'é']);
  });

  it('writes UTC ISO times, and the epoch for an invalid date', () => {
    expect(isoTime(new Date('2026-11-22T09:30:00+02:00'))).toBe('2026-11-22T07:30:00.000Z');
    expect(isoTime(new Date('nonsense'))).toBe('1970-01-01T00:00:00.000Z');
  });
});
