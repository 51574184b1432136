/**
 * Calendar dates: "Feb. 15", "February 15, 2021", "15 February", "15th of Feb 2021", "25 to 26 February", "2021-02-25",
 * "February 2021", weekdays with an optional part of the day ("late Thursday", "Thursday evening",
 * "early hours of Friday"), a weekday joined to a date ("Thursday, Feb. 25"), and a zone after them
 * ("Friday local time"). A month alone is a date only after "in", "since", "by"… or with
 * "early"/"late"/"mid-" ("in March", "early February"). Month and weekday names must be capitalised.
 * Leading "on" is never part of the span. Bare years, "today", "yesterday", "last week" are not dates here.
 */
import type { DateValue, DayPart } from '../reference/values';
import type { FigureMention } from './types';
import { MONTH_SRC, WEEKDAY_SRC, monthNumber, validDay, weekdayNumber } from './calendar';
import { foreignZoneAt, matchZoneAt } from './zones';
import { anchoredMatches, startsBefore } from './anchored';

const SP = '[ \\t\\u00a0]+';
// A range after the month reads as its first day: "Oct. 17-19", "Oct. 17 – 19", "Feb. 15 to 22"; "and" only when
// no noun follows the second day ("between October 17 and 26, …", not "Oct. 17 and 19 people").
const day = (g: string): string =>
  `(?<${g}>\\d{1,2})(?:st|nd|rd|th)?(?:(?:[ \\t\\u00a0]?[-–][ \\t\\u00a0]?|${SP}(?:to|through)${SP})\\d{1,2}(?:st|nd|rd|th)?(?![\\w:.,]\\d)` +
  `|${SP}and${SP}\\d{1,2}(?:st|nd|rd|th)?(?=[,.;:)]|${SP}(?:in|at|on|for|when|as|that|the)\\b|$))?(?![\\w])`;
// Before its month a day may open a range in words too: "overnight from 25 to 26 February", "between 3 and 5 March".
const dayBeforeMonth = (g: string): string =>
  `(?<${g}>\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2}(?:st|nd|rd|th)?|${SP}(?:to|and)${SP}\\d{1,2}(?:st|nd|rd|th)?)?(?![\\w])`;
const year = (g: string): string => `(?:,?${SP}(?<${g}>(?:19|20)\\d{2})(?![\\w]))?`;
const month = (g: string): string => `(?<${g}>${MONTH_SRC})`;
const PART_AFTER = '(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|[Oo]vernight)(?![\\w-])';

const DATE_RE = new RegExp(
  '(?<![\\w-])' +
    // A part of the day before: "late Thursday", "late on Thursday", "early hours of Friday", "night of Feb. 25".
    `(?:(?<pre>[Ll]ate|[Ee]arly|[Oo]vernight)(?:${SP}on)?${SP}` +
    `|(?<preOf>(?:[Ee]arly|[Ss]mall)${SP}hours|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)${SP}(?:of|between|from)${SP})?` +
    '(?:' +
    // A weekday, a part of the day after it ("Thursday night"), and the date it falls on ("Thursday, Feb. 25").
    // A night names the day it begins on: "the night of Thursday to Friday", "overnight Thursday into Friday".
    `(?<wd>${WEEKDAY_SRC})(?:(?<=(?:[Nn]ight|[Oo]vernight)${SP}(?:(?:of|between|from)${SP})?[A-Za-z]+)${SP}(?:to|into|and)${SP}${WEEKDAY_SRC})?` +
    `(?:${SP}(?<post>${PART_AFTER}))?` +
    `(?:,?${SP}(?:${month('m1')}${SP}${day('d1')}|${dayBeforeMonth('d2')}(?:${SP}of)?${SP}${month('m2')})${year('y1')}` +
    `(?:,?${SP}(?<post2>${PART_AFTER}))?)?` +
    `|${month('m3')}${SP}${day('d3')}${year('y3')}` +
    `|${dayBeforeMonth('d4')}(?:${SP}of)?${SP}${month('m4')}${year('y4')}` +
    `|${month('m5')},?${SP}(?<y5>(?:19|20)\\d{2})(?![\\w])` +
    '|(?<iso>(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))(?![\\w-])' +
    ')',
  'g',
);

const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ALONE_RE = new RegExp(
  `(?:(?<pre>[Ee]arly|[Ll]ate)${SP}|(?<mid>[Mm]id-)|(?<=\\b(?:in|since|until|till|by|during|from|through|throughout|before|after)[ \\t\\u00a0]))` +
    `(?<mo>${FULL_MONTH})(?![\\w-])(?!${SP}(?:\\d|of\\b))`,
  'g',
);

/**
 * What every date holds: a weekday, a month (its abbreviation starts the full name) or an ISO date. The
 * words before it that a date can start with: "early hours of" and "25th of" before "February".
 */
const DATE_ANCHOR = /Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d\d-/;
const DATE_WORDS_BEFORE = 5;
const FULL_MONTH_RE = new RegExp(FULL_MONTH);

/** Where a month alone can start: at the month, at "mid-" before it, at "early" or "late" before the spaces before it. */
function monthAloneStarts(text: string, at: number): number[] {
  let spaces = at;
  while (spaces > 0 && /[ \t\u00a0]/.test(text[spaces - 1]!)) spaces--;
  const out = [at - 4, at];
  if (spaces < at) out.push(spaces - 5, spaces - 4);
  return out.filter((p) => p >= 0);
}

/** Capitalised words that make a weekday part of a name: "Bloody Sunday", "Mail on Sunday". */
const NAME_BEFORE = /(?:Bloody|Black|Good|Super|Cyber|Ash|Maundy|Palm|Easter|Holy|Mail on)[ \t\u00a0]$/;
const NAME_AFTER = /[ \t\u00a0](?:Times|Telegraph|Express|Mirror|People|Post|Herald|Star|Mail|Independent|Night Football)(?![\w])/y;

function part(word: string | undefined): DayPart | null {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  if (w === 'overnight') return 'night';
  if (w.startsWith('early') || w.startsWith('small')) return 'early';
  if (w === 'late' || w === 'morning' || w === 'afternoon' || w === 'evening' || w === 'night') return w;
  return null;
}

function dateValue(g: Record<string, string | undefined>): DateValue | null {
  let y: number | null = null;
  let mo: number | null = null;
  let d: number | null = null;
  if (g.iso !== undefined) {
    const [ys, ms, ds] = g.iso.split('-');
    y = Number(ys);
    mo = Number(ms);
    d = Number(ds);
  } else {
    const m = g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5;
    const ds = g.d1 ?? g.d2 ?? g.d3 ?? g.d4;
    const ys = g.y1 ?? g.y3 ?? g.y4 ?? g.y5;
    if (m !== undefined) mo = monthNumber(m);
    if (ds !== undefined) d = Number(ds);
    if (ys !== undefined) y = Number(ys);
  }
  if (mo !== null && d !== null && !validDay(mo, d)) return null;
  const weekday = g.wd !== undefined ? weekdayNumber(g.wd) : null;
  // The part after the weekday is the more precise one: "late Thursday night" is 'night'.
  const p = part(g.post) ?? part(g.post2) ?? part(g.pre) ?? part(g.preOf);
  return { type: 'date', year: y, month: mo, day: d, weekday, part: p, zone: null };
}

/** Extend a date with a zone written after it ("Friday local time"). */
function withZone(text: string, m: FigureMention): FigureMention {
  const z = matchZoneAt(text, m.end, false);
  if (z === null) return m;
  const value = { ...(m.value as DateValue), zone: z.zone };
  return { start: m.start, end: z.end, text: text.slice(m.start, z.end), value };
}

/** Dates in `text` (DateValue mentions), sorted by start and non-overlapping. */
export function findDates(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of anchoredMatches(text, DATE_RE, DATE_ANCHOR, (t, at) => startsBefore(t, at, DATE_WORDS_BEFORE))) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (g.wd !== undefined && g.m1 === undefined && g.m2 === undefined) {
      const wdStart = m.index + m[0].indexOf(g.wd);
      if (NAME_BEFORE.test(text.slice(Math.max(0, wdStart - 9), wdStart))) continue;
      NAME_AFTER.lastIndex = wdStart + g.wd.length;
      if (NAME_AFTER.test(text)) continue;
    }
    const value = dateValue(g);
    // "12pm Friday NZT": a day in a zone the reference's clocks do not place.
    if (value === null || foreignZoneAt(text, end)) continue;
    out.push(withZone(text, { start: m.index, end, text: text.slice(m.index, end), value }));
  }

  const extra: FigureMention[] = [];
  for (const m of anchoredMatches(text, MONTH_ALONE_RE, FULL_MONTH_RE, monthAloneStarts)) {
    const g = m.groups ?? {};
    const value: DateValue = {
      type: 'date', year: null, month: monthNumber(g.mo ?? ''), day: null, weekday: null,
      part: part(g.pre), zone: null,
    };
    const end = m.index + m[0].length;
    extra.push({ start: m.index, end, text: text.slice(m.index, end), value });
  }
  if (extra.length === 0) return out;
  const merged = out.slice();
  for (const e of extra) {
    if (!out.some((o) => o.start < e.end && e.start < o.end)) merged.push(e);
  }
  return merged.sort((a, b) => a.start - b.start);
}
