/**
 * Ranges of counts: "between 17 and 22" is one count with two bounds, not two counts that each contradict
 * the other's source.
 */
import type { CountValue } from '../reference/values';
import type { FigureMention } from './types';

// "between 17 and 22", "anywhere from 17 to 22", "anything from 17 to 22", "17 to 22 fighters", "17-22": a range, not two counts. "The toll
// rose from 17 to 22" is a revision, left as two counts (its old figure is attribution's to set aside).
/** What joins a range's two numbers: "17 to 22", "17 and 22", "17-22". */
export const RANGE_JOIN = /^\s*(?:to|and|-|–)\s*$/;
// "run from one killed to 22": the first end's noun or casualty word may stand between.
const OPENED_JOIN = /^\s*(?:(?:killed|dead|deaths?|people|fighters)\s+)?(?:to|and|-|–)\s*$/;
const RANGE_OPENER = /\b(?:between|(?:anywhere|anything|everything|somewhere) from|ranging from|ranges? from|runs? from|running from)\s+$/i;
const REVISION_OPENER = /\bfrom\s+$/i;

/** Each end of a range is a bound of the count it gives: at least its first number, up to its second. */
export function boundRanges(text: string, counts: FigureMention[]): void {
  for (let i = 1; i < counts.length; i++) {
    const a = counts[i - 1]!;
    const b = counts[i]!;
    const low = a.value as CountValue;
    const high = b.value as CountValue;
    // "around 17 to 22": the hedge is the whole range's.
    const hedged = low.qualifier === 'about';
    if ((low.qualifier !== 'exact' && !hedged) || high.qualifier !== 'exact' || low.n === null || high.n === null || low.n >= high.n) continue;
    const join = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 20), a.start);
    const opened = RANGE_OPENER.test(before);
    if (!RANGE_JOIN.test(join) && !(opened && OPENED_JOIN.test(join))) continue;
    if (/and/.test(join) ? hedged || !/\bbetween\s+$/i.test(before) : !opened && REVISION_OPENER.test(before)) continue;
    a.value = { ...low, qualifier: 'at-least' };
    b.value = { ...high, qualifier: 'up-to' };
  }
}
