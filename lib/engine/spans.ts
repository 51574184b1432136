/**
 * Lookups over spans of an article (sentences, names, figures), built once per pass so that each
 * question costs a binary search instead of a scan of every span: on a long article the scans made the
 * engine's time grow with the square of its length.
 */

export interface Span {
  start: number;
  end: number;
}

/** Index of the first span of `spans` (sorted by start) that starts at or after `at`; `spans.length` if none. */
export function firstStartingFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span of `spans` (sorted and disjoint, like sentences) holding offset `at`, or -1. */
export function spanIndexAt(spans: readonly Span[], at: number): number {
  const i = firstStartingFrom(spans, at + 1) - 1;
  const s = spans[i];
  return s !== undefined && at < s.end ? i : -1;
}

/** The spans of `sorted` (sorted by start) lying wholly inside `span`, in order: a binary search, not a scan. */
export function spansWithin<T extends Span>(sorted: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstStartingFrom(sorted, span.start); i < sorted.length && (sorted[i] as T).start < span.end; i++) {
    const s = sorted[i] as T;
    if (s.end <= span.end) out.push(s);
  }
  return out;
}

/**
 * For each of `containers` (sorted and disjoint), the items lying wholly inside it, in the items' own order.
 * An item that starts in one container and ends past it belongs to none.
 */
export function itemsWithin<T extends Span>(containers: readonly Span[], items: readonly T[]): ReadonlyArray<readonly T[]> {
  // Most sentences hold no name or figure: they share one empty list.
  const none: readonly T[] = [];
  const out: Array<readonly T[]> = new Array<readonly T[]>(containers.length).fill(none);
  for (const item of items) {
    const i = spanIndexAt(containers, item.start);
    if (i < 0 || item.end > (containers[i] as Span).end) continue;
    if (out[i] === none) out[i] = [];
    (out[i] as T[]).push(item);
  }
  return out;
}

/**
 * Whether [start, end) overlaps any of `spans`, which may come in any order and overlap each other:
 * sorted by start once, with the furthest end reached so far, a query is one binary search.
 */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) furthestEnd.push((furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    // Among the spans starting before `end`, one overlaps exactly when the furthest of their ends passes `start`.
    const before = firstStartingFrom(sorted, end);
    return before > 0 && (furthestEnd[before - 1] as number) > start;
  };
}
