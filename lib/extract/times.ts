/**
 * Clock times: "6 p.m.", "6 PM", "6pm", "6:30 p.m.", "6.30pm", "18:00", "1800 GMT", "0100Z",
 * "six o'clock", "6 in the evening", "11 at night", "noon", "midnight", "12 noon".
 * With what surrounds them: a qualifier before ("about", "around", "shortly after" → approximate),
 * a zone after ("ET", "East Standard Time", "GMT", "local time", "(local)"), and a date just
 * before ("late Thursday at 6 p.m.") or just after ("1 a.m. on Friday", "6 PM ET Thursday afternoon").
 * A leading "at" is not part of the span. A bare "H:MM" is a time only with a two-digit hour, after
 * "at"/"by"/"around"…, or with a zone ("3:16" alone is not).
 */
import type { DateValue, TimeValue, Zone } from '../reference/values';
import type { FigureMention } from './types';
import { HOUR_WORDS_SRC, smallNumberWordsValue } from './numbers';
import { findDates } from './dates';
import { foreignZoneAt, matchZoneAt } from './zones';

const ANCHOR_RE = new RegExp(
  `(?<![\\w.:/,$£€-])(?:(?<digits>\\d{1,4})(?!\\d)|(?<word>${HOUR_WORDS_SRC})|(?<noon>noon|midday|midnight)(?![\\w-]))`,
  'gi',
);
const AMPM_RE = /(?:[:.](?<min>[0-5]\d))?[ \t\u00a0]?(?<ap>[AaPp])(?:\.[ \t\u00a0]?[Mm]\.?|[Mm](?![A-Za-z]))/y;
const OCLOCK_RE = /(?::(?<min>[0-5]\d))?[ \t\u00a0]o['’]clock(?![A-Za-z])/y;
const COLON_RE = /(?<sep>[:.])(?<min>[0-5]\d)(?![\d:]|\.\d)/y;
const DAYPHRASE_RE = /[ \t\u00a0]+(?:in the (?<dp>morning|afternoon|evening)|at (?<night>night))(?![A-Za-z])/y;
const NOON_AFTER_RE = /[ \t\u00a0]+(?<w>noon|midday|midnight)(?![A-Za-z])/y;
const MILITARY_AFTER_RE = /(?:Z(?![\w])|[ \t\u00a0]+hrs(?![\w]))/y;
const QUALIFIER_RE =
  /((?:shortly|just|soon|right|sometime|some time) (?:after|before|around)|just about|about|around|approximately|approx\.|roughly|circa|nearly|almost)[ \t\u00a0]+$/i;
const HOUR_AFTER_RE = /(?:o['’]clock|\d|[ap]\.?m\.?)[ \t\u00a0]+after[ \t\u00a0]+$/i;
const AFTER_RE = /(after)[ \t\u00a0]+$/i;
const TIME_PREP_RE = /(?:^|[^A-Za-z])(?:at|by|around|about|from|until|till|before|after|since|approximately|roughly|to)[ \t\u00a0]+$/i;
const LINE_OPENING = /(?:^|\n)[ \t\u00a0•*([-]*$/;
const DATE_BEFORE_RE = /(?:,?[ \t\u00a0]+at|,)?[ \t\u00a0]+$/;
const DATE_AFTER_RE = /,?[ \t\u00a0]+(?:on[ \t\u00a0]+(?:the[ \t\u00a0]+)?|of[ \t\u00a0]+)?/y;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

interface Clock {
  hour: number;
  minute: number;
  end: number;
  /** "1800Z" carries its own zone. */
  zone?: Zone;
}

/** Hour adjusted by "in the evening"/"at night" for a 12-hour clock without a.m./p.m. */
function dayPhraseHour(h: number, phrase: string): number {
  if (phrase === 'morning') return h === 12 ? 0 : h;
  if (phrase === 'night') return h === 12 ? 0 : h >= 6 ? h + 12 : h;
  return h === 12 ? 12 : h + 12;
}

/** The clock time at an anchor (digits, an hour word, or noon/midnight), or null. */
function clockAt(text: string, m: RegExpExecArray): Clock | null {
  const g = m.groups ?? {};
  const end = m.index + m[0].length;
  if (g.noon !== undefined) {
    // "Operation Midnight Hammer" is a name.
    if (/^[A-Z]/.test(g.noon) && /^[ \t\u00a0]+[A-Z]/.test(text.slice(end, end + 2))) return null;
    // "at one o'clock after midnight", "01:00 after midnight": the hour before it says when; midnight only which side.
    if (/^midnight$/i.test(g.noon) && HOUR_AFTER_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    return { hour: g.noon.toLowerCase() === 'midnight' ? 0 : 12, minute: 0, end };
  }
  const digits = g.digits;
  const h = digits !== undefined ? Number(digits) : smallNumberWordsValue(g.word ?? '');
  if (h === null) return null;

  if (digits !== undefined && digits.length >= 3) {
    // Military "1800 GMT", "0100Z", "2200 hrs".
    if (digits.length !== 4) return null;
    const hh = Number(digits.slice(0, 2));
    const mm = Number(digits.slice(2));
    if (hh > 23 || mm > 59) return null;
    const after = sticky(MILITARY_AFTER_RE, text, end);
    if (after !== null) return { hour: hh, minute: mm, end: end + after[0].length, zone: after[0] === 'Z' ? 'UTC' : null };
    const z = matchZoneAt(text, end, false);
    return z !== null && z.zone !== 'ET' ? { hour: hh, minute: mm, end } : null;
  }

  const twelve = h >= 1 && h <= 12;
  let a = sticky(AMPM_RE, text, end);
  if (a !== null && (digits !== undefined || a.groups?.min === undefined) && twelve) {
    const pm = a.groups?.ap?.toLowerCase() === 'p';
    const hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    let e = end + a[0].length;
    const dp = sticky(DAYPHRASE_RE, text, e);
    if (dp !== null) e += dp[0].length;
    return { hour, minute: Number(a.groups?.min ?? 0), end: e };
  }
  a = sticky(OCLOCK_RE, text, end);
  if (a !== null && twelve && (digits !== undefined || a.groups?.min === undefined)) {
    let e = end + a[0].length;
    let hour = h;
    const dp = sticky(DAYPHRASE_RE, text, e);
    if (dp !== null) {
      hour = dayPhraseHour(h, dp.groups?.dp ?? 'night');
      e += dp[0].length;
    }
    return { hour, minute: Number(a.groups?.min ?? 0), end: e };
  }
  if (digits !== undefined) {
    a = sticky(COLON_RE, text, end);
    if (a !== null && h <= 23) {
      const e = end + a[0].length;
      const minute = Number(a.groups?.min);
      const zoned = matchZoneAt(text, e, true) !== null || sticky(MILITARY_AFTER_RE, text, e) !== null;
      const dp = sticky(DAYPHRASE_RE, text, e);
      if (dp !== null && twelve) return { hour: dayPhraseHour(h, dp.groups?.dp ?? 'night'), minute, end: e + dp[0].length };
      if (a.groups?.sep === '.') return zoned ? { hour: h, minute, end: e } : null;
      const prep = TIME_PREP_RE.test(text.slice(Math.max(0, m.index - 16), m.index));
      // "00:07 the strikes coming in retaliation…", "03:15 The strike": a bare time opening a line is a video's
      // timecode or chapter, or a live blog entry's stamp, not a time the story gives.
      // "00:22 Phone video from the border · 00:41 …": a run of bare times in one line is a list of chapters.
      if (!prep && !zoned && (LINE_OPENING.test(text.slice(Math.max(0, m.index - 8), m.index)) || inTimecodeRun(text, m.index))) return null;
      return digits.length === 2 || prep || zoned ? { hour: h, minute, end: e } : null;
    }
    const n = sticky(NOON_AFTER_RE, text, end);
    if (n !== null && h === 12) {
      return { hour: n.groups?.w?.toLowerCase() === 'midnight' ? 0 : 12, minute: 0, end: end + n[0].length };
    }
  }
  const dp = sticky(DAYPHRASE_RE, text, end);
  if (dp !== null && twelve) return { hour: dayPhraseHour(h, dp.groups?.dp ?? 'night'), minute: 0, end: end + dp[0].length };
  return null;
}

/** How far either side of a bare time a line is searched for the other bare times of a chapter list. */
const RUN_REACH = 300;
const BARE_TIME = /(?<![\w:.])\d{1,2}:[0-5]\d(?![\w:])/g;

/** Three or more bare "MM:SS" times in the line around `at`: a video's chapters or a transcript's timecodes. */
function inTimecodeRun(text: string, at: number): boolean {
  // The window first, then its line: a long text without line breaks is never searched end to end.
  const start = Math.max(0, at - RUN_REACH);
  const window = text.slice(start, at + RUN_REACH);
  const offset = at - start;
  const lineEnd = window.indexOf('\n', offset);
  const line = window.slice(window.lastIndexOf('\n', offset) + 1, lineEnd < 0 ? window.length : lineEnd);
  return (line.match(BARE_TIME)?.length ?? 0) >= 3;
}

function withZone(d: DateValue, zone: Zone): DateValue {
  return d.zone === null && zone !== null ? { ...d, zone } : d;
}

/**
 * Times in `text`, sorted by start and non-overlapping. `dates` are the date mentions of the same
 * text (findDates), passed in when the caller already has them.
 */
export function findTimes(text: string, dates: FigureMention[] = findDates(text)): FigureMention[] {
  const byStart = new Map<number, FigureMention>();
  const byEnd = new Map<number, FigureMention>();
  for (const d of dates) {
    if (d.value.type !== 'date') continue;
    byStart.set(d.start, d);
    byEnd.set(d.end, d);
  }

  const out: FigureMention[] = [];
  let lastEnd = 0;
  const re = new RegExp(ANCHOR_RE.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index < lastEnd) continue;
    const clock = clockAt(text, m);
    if (clock === null) continue;
    let start = m.index;
    let end = clock.end;

    // "after midnight" is some time in the small hours, not midnight itself.
    const q = QUALIFIER_RE.exec(text.slice(Math.max(0, start - 40), start)) ?? (/^midnight$/i.test(m[0]) ? AFTER_RE.exec(text.slice(Math.max(0, start - 10), start)) : null);
    let approximate = false;
    if (q !== null) {
      const qs = start - q[0].length;
      if (qs >= lastEnd && (qs === 0 || !/[A-Za-z]/.test(text[qs - 1]!))) {
        start = qs;
        approximate = true;
      }
    }

    let zone: Zone = clock.zone ?? null;
    const z = zone === null ? matchZoneAt(text, end, true) : null;
    if (z !== null) {
      zone = z.zone;
      end = z.end;
    }
    // "Kirby: (03:40) Two F-15Es…": a bare clock in brackets is a transcript's or a video's timestamp.
    if (zone === null && text[start - 1] === '(' && text[end] === ')' && !/[ap]\.?m\b/i.test(text.slice(start, end))) continue;

    let date: DateValue | null = null;
    const c = sticky(DATE_AFTER_RE, text, end);
    const after = c !== null ? byStart.get(end + c[0].length) : undefined;
    if (after !== undefined) {
      date = after.value as DateValue;
      end = after.end;
      if (zone === null) zone = date.zone;
    } else {
      const b = DATE_BEFORE_RE.exec(text.slice(Math.max(0, start - 10), start));
      const before = b !== null ? byEnd.get(start - b[0].length) : undefined;
      if (before !== undefined && before.start >= lastEnd) {
        date = before.value as DateValue;
        start = before.start;
        if (zone === null) zone = date.zone;
      }
    }

    // "12pm Friday NZT": a clock in a zone the reference's clocks do not place says nothing comparable.
    if (zone === null && (foreignZoneAt(text, clock.end) || foreignZoneAt(text, end))) continue;

    const value: TimeValue = {
      type: 'time',
      hour: clock.hour,
      minute: clock.minute,
      approximate,
      zone,
      date: date === null ? null : withZone(date, zone),
    };
    out.push({ start, end, text: text.slice(start, end), value });
    lastEnd = end;
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  shareGlossedDates(text, out, byStart);
  return out;
}

/**
 * "4:30 a.m. local time on Friday (0130 GMT)", "4:30 a.m. local time (0130 GMT) on Friday": a clock glossed in
 * brackets by another clock is the same moment, so the one without a day takes the other's, moved by the hours
 * between them (a zone is less than half a day away). Left without a day when that would need a calendar.
 */
function shareGlossedDates(text: string, times: FigureMention[], datesByStart: ReadonlyMap<number, FigureMention>): void {
  for (let i = 1; i < times.length; i++) {
    const a = times[i - 1]!;
    const b = times[i]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || text[b.end] !== ')') continue;
    const first = a.value as TimeValue;
    const gloss = b.value as TimeValue;
    // "4:30 a.m. local time (0130 GMT) on Friday": the day after the brackets is the first clock's.
    const c = first.date === null && gloss.date === null ? sticky(DATE_AFTER_RE, text, b.end + 1) : null;
    const after = c !== null ? datesByStart.get(b.end + 1 + c[0].length) : undefined;
    if (after !== undefined && first.zone !== null) first.date = withZone(after.value as DateValue, first.zone);
    if ((first.date === null) === (gloss.date === null) || first.zone === null || gloss.zone === null) continue;
    const [from, to] = first.date ? [first, gloss] : [gloss, first];
    // Minutes from one clock to the other, within half a day either way; the days it crosses.
    let shift = to.hour * 60 + to.minute - (from.hour * 60 + from.minute);
    if (shift > 720) shift -= 1440;
    if (shift < -720) shift += 1440;
    const days = Math.floor((from.hour * 60 + from.minute + shift) / 1440);
    const date = from.date!;
    if (days !== 0 && (date.day !== null || date.weekday === null)) continue;
    const weekday = date.weekday === null ? null : (date.weekday + days + 7) % 7;
    to.date = { ...date, weekday, part: null, zone: to.zone };
  }
}
