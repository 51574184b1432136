/**
 * Counts of one sentence that measure one thing together: the two bounds of a range ("between 17 and 22"),
 * and a span whose ends each carry their own speaker ("from one, according to Kataib Hezbollah, to 22,
 * according to the Observatory"). Whatever words name what one end counts name the other's too.
 */
import { RANGE_JOIN } from '../extract/count-ranges';
import type { FigureMention } from '../extract/types';

/** The two bounds of the range a count is one end of ("between 17 and 22"), or none. */
export function rangeEnds(text: string, figure: FigureMention, others: readonly FigureMention[]): [FigureMention?, FigureMention?] {
  const bound = (f: FigureMention | undefined, q: 'at-least' | 'up-to') => (f?.value.type === 'count' && f.value.qualifier === q ? f : undefined);
  if (figure.value.type !== 'count') return [];
  if (figure.value.qualifier === 'up-to') return [bound(others.find((o) => o.end <= figure.start && RANGE_JOIN.test(text.slice(o.end, figure.start))), 'at-least'), figure];
  if (figure.value.qualifier === 'at-least') return [figure, bound(others.find((o) => o.start >= figure.end && RANGE_JOIN.test(text.slice(figure.end, o.start))), 'up-to')];
  return [];
}

// "from one, according to Kataib Hezbollah, to 22, according to the Observatory": two speakers' counts of one thing.
const CREDITED_JOIN = /^,\s*(?:according to|as per|per|citing)\s[^,;.]{1,80},\s*(?:to|and)\s+$/i;
const SPAN_OPENER = /\b(?:from|between)\s+$/i;

/** The other end of a span whose ends each carry their own credit: they measure one thing, each its speaker's count. */
export function creditedRangePartner(text: string, figure: FigureMention, others: readonly FigureMention[]): FigureMention | undefined {
  const opened = (f: FigureMention) => SPAN_OPENER.test(text.slice(Math.max(0, f.start - 12), f.start));
  const joins = (a: FigureMention, b: FigureMention) => a.value.type === 'count' && b.value.type === 'count' && opened(a) && CREDITED_JOIN.test(text.slice(a.end, b.start));
  return others.find((o) => (o.end <= figure.start && joins(o, figure)) || (o.start >= figure.end && joins(figure, o)));
}
