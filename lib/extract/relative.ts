/**
 * Dates relative to another date in the same text: "a week later" (+7), "two days earlier" (-2),
 * "three days after the strike" (+3), "the next day" / "the following morning" (+1),
 * "the day before" / "the previous day" (-1), "a fortnight later" (+14).
 * Relative to the reader's today ("yesterday", "last week", "two days ago") is not emitted: too vague.
 */
import type { RelativeDateValue } from '../reference/values';
import type { FigureMention } from './types';
import { SMALL_NUMBER_WORDS_SRC, smallNumberWordsValue } from './numbers';
import { anchoredMatches, startsBefore } from './anchored';

const SP = '[ \\t\\u00a0]+';

const RELATIVE_RE = new RegExp(
  '(?<![\\w-])(?:' +
    `(?<n>an?|${SMALL_NUMBER_WORDS_SRC}|\\d{1,3})${SP}(?<unit>days?|weeks?|fortnight)${SP}` +
    // "a week on" only at the end of a clause, not "two days on the front".
    '(?<dir>later|earlier|before|after|afterwards?|prior|on(?=[,.;:!?)]|$))' +
    `|the${SP}(?<dir1>next|following|previous|preceding)${SP}(?:day|morning|afternoon|evening|night)` +
    `|the${SP}day${SP}(?<dir2>before|after)(?!${SP}(?:yesterday|tomorrow))` +
    ')(?![\\w-])',
  'gi',
);

/** What every relative date holds: its unit, its direction word, or "day"; it starts at most two words before ("twenty two days"). */
const RELATIVE_ANCHOR = /day|week|fortnight|next|following|previous|preceding/i;

const BACKWARD = new Set(['earlier', 'before', 'prior', 'previous', 'preceding']);

/** Relative dates in `text`, sorted by start and non-overlapping. */
export function findRelativeDates(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of anchoredMatches(text, RELATIVE_RE, RELATIVE_ANCHOR, (t, at) => startsBefore(t, at, 2))) {
    const g = m.groups ?? {};
    const dir = (g.dir ?? g.dir1 ?? g.dir2 ?? '').toLowerCase();
    let days = 1;
    if (g.n !== undefined) {
      const ns = g.n.toLowerCase();
      const n = ns === 'a' || ns === 'an' ? 1 : /^\d/.test(ns) ? Number(ns) : smallNumberWordsValue(ns);
      if (n === null || n === 0) continue;
      const unit = (g.unit ?? '').toLowerCase();
      days = n * (unit.startsWith('week') ? 7 : unit === 'fortnight' ? 14 : 1);
    }
    const value: RelativeDateValue = { type: 'relative-date', days: BACKWARD.has(dir) ? -days : days };
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: text.slice(m.index, end), value });
  }
  return out;
}
