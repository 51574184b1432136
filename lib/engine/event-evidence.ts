/**
 * What an article offers as evidence of which event it is about, read once and independent of any event:
 * the page's publication date, the days it gives for its strike (absolute, weekdays, and "last night",
 * "last week" read against the publication date), the days of statements, the aircraft that flew, the
 * officials it names with their titles, and the marks of strikes the reference does not cover.
 * event.ts weighs these against each event.
 */
import type { PublishedDate } from '../article/published';
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import type { NearMiss, Office } from '../reference/types';
import { namesNoDay, type DateValue } from '../reference/values';
import type { Sentence } from './sentences';
import { dayNumberOf, dayOnPage, daysBackTo, weekdayOf } from './day-numbers';
import { LEDE_DAY_BLOCKS } from './lede-side';
import { insideQuotation } from './quotation';
import { spanIndexAt } from './spans';
import { isStatementDay } from './statement-day';
import { isOverwatchDrone } from './tie-pruning';
import { LETTER, UPPER } from '../extract/letter-classes';
import { MONTH_NAMES, MONTH_SRC, monthNumber, WEEKDAY_NAMES } from '../extract/calendar';

export interface EventInput {
  text: string;
  sentences: Sentence[];
  /** Figures other than counts (the decision reads days and aircraft), statement dates dropped, relative dates resolved. */
  figures: FigureMention[];
  names: NameMention[];
  /** Date and time figures in sentences about a strike, in text order. */
  strikeDays: FigureMention[];
  /** Days of statements ("the Pentagon said on Thursday"): made around the event, so weaker evidence of it. */
  statementDates: DateValue[];
  /** What the words around an offset are about: a strike, an attack (those that led to it), or neither. */
  incidentAt: (at: number) => 'strike' | 'attack' | null;
  published: PublishedDate | null;
}

/** Days relative to the publication day, inclusive: "last night" is [-1, 0]. */
export type Span = readonly [number, number];

export type Clue =
  | {
      kind: 'strike-day';
      text: string;
      at: number;
      date: DateValue | null;
      relative: Span | null;
      lede: boolean;
      /** Its sentence also speaks of attacks: a day shortly before the event may be theirs ("last week's rocket attacks"). */
      nearAttacks: boolean;
    }
  | { kind: 'statement-day'; text: string; at: number; date: DateValue | null; relative: Span | null }
  | { kind: 'aircraft'; text: string; at: number; family: string }
  | { kind: 'official'; text: string; at: number; office: Office }
  | { kind: 'near-miss'; text: string; at: number; nearMiss: NearMiss; /** In the headline or the first paragraph: what the story is. */ lede: boolean };

const HOLDS_OFFICE =
  '(?:the|an?) [^,.;]{0,50}?\\b(?:secretary|minister|president|chief|head|director|spokes\\w+|leader|commander|ambassador|envoy|advis[eo]r|chair\\w*|senator|governor|speaker|mayor)\\b';

// Days written against the publication date, in any case ("Last week President Biden ordered…"). Order matters:
// the longer phrase first.
type Calendar = 'last-week' | 'this-week' | 'last-month' | 'this-month';

const RELATIVE: ReadonlyArray<readonly [RegExp, Span | Calendar]> = [
  [/\b(?:late |early )?last night\b/iy, [-1, 0]],
  [/\bovernight\b/iy, [-1, 0]],
  [/\byesterday\b/iy, [-1, -1]],
  // Not "Jen Psaki, today the White House press secretary" (nowadays: an office someone holds, in apposition).
  [new RegExp(`\\b(?:earlier |early |late )?(?:(?<!(?:,|\\b(?:is|was|are|were)) )today|today(?! ${HOLDS_OFFICE})|tonight|this (?:morning|afternoon|evening))\\b`, 'iy'), [0, 0]],
  [/\b(?:late |early )?last week\b/iy, 'last-week'],
  [/\b(?:earlier |late )?this week\b/iy, 'this-week'],
  // "Last month President Biden ordered an airstrike" on a page of 4 March: some day of February.
  [/\b(?:late |early )?last month\b/iy, 'last-month'],
  [/\b(?:earlier |early )?this month\b/iy, 'this-month'],
  [/\b(?:two|2) days ago\b/iy, [-2, -2]],
  [/\b(?:three|3) days ago\b/iy, [-3, -3]],
];
const NAME_BEFORE = new RegExp(String.raw`(?<![${LETTER}])[${UPPER}][${LETTER}.]*[${LETTER}][ \u00a0]$`, 'u');
const RELATIVE_START = /\b(?:late |early |earlier )?(?:last|overnight|yesterday|today|tonight|this|two|three|[23]) ?/gi;

// "The Pentagon on Monday said": the day dates the saying, whatever the sentence is about.
const SPEECH_AFTER = /^,?\s*(?:that it\s+)?(?:said|says|announced|confirmed|told|stated|reported|released|issued|published|denied|added|acknowledged|disclosed)\b/i;
// "told Reuters on Thursday", not "told Reuters that the United States on Thursday carried out…".
const SPEECH_BEFORE = /\b(?:said|says|announced|added|stated|confirmed|reported|published|released|issued|told\b(?:(?!\bthat\b)[^.;]){0,40}?|statement|briefing)\s+(?:on\s+)?$/i;
// "deployed F-15Es to the region", "F-16s now in Middle East", "the unit flies the F-16", "each carrier embarks an
// air wing of … Super Hornets": aircraft sent or owned, not aircraft that struck.
// Not "sent a pair of F-16s to hit a weapons depot" or "two F-16s were sent against locations near Boukamal":
// aircraft sent to strike are the strike's.
export const NOT_THE_STRIKE =
  /\b(?:(?:deploy\w*|dispatch\w*|sent|send(?:s|ing)?)\b(?![^.;]{0,50}\bto (?:hit|strike|bomb|attack|target|carry out)\b|\s+(?:in\s+)?against\b)|(?:stationed|arriv\w*|bolster\w*|reinforce\w*|sale|sell\w*|purchase\w*|brought|build-?up|positioned|squadrons?|embark\w*|air wing)\b|\bmoved\b[^.;]{0,60}\binto\b|\bmoved\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?(?:region|Middle East|Gulf|area|theat(?:er|re))\b|\bnow\s+(?:based\s+)?in\s+(?:the\s+)?(?:region|Middle East|Gulf)\b|\b(?:unit|squadron|wing)\s+(?:flies|operates)\b)/i;
// "on Wednesday U.S. F-15s struck another weapons storage facility": another strike's day and aircraft.
export const ANOTHER_STRIKE = /\b(?:struck|bombed)\s+(?:yet\s+)?another\b|\banother\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:strike|airstrike|air strike|raid)\b/i;
const IN_THE_WAR_BEFORE = /\b(?:in|on|into|at|over)\s+(?:southern\s+|northern\s+|central\s+)?(?:Israel|Tel Aviv|Gaza|Jerusalem|Ashkelon|Sderot|Lebanon|the West Bank)\b[^,;.]{0,20}$/;
// Another state's strike in a sentence that names no US side: its day is that strike's.
const OTHER_STATES_STRIKE = /\b(?:Israeli|Russian|Turkish|Jordanian|Syrian (?:army|government|regime))\s+(?:air\s?|missile\s+|drone\s+)?(?:strikes?|airstrikes?|raids?|jets|warplanes|bombardment|shelling)\b/;
const US_NAMED = /\b(?:U\.S\.|US|American|United States|Washington|Pentagon)\b/;
function anotherStatesStrike(words: string): boolean {
  return OTHER_STATES_STRIKE.test(words) && !US_NAMED.test(words);
}
const A_YEAR = /\b(?:19[5-9]\d|20\d\d)\b/;
const ATTACKS = /\b(?:attacks?|attacked|rockets?|missiles?|barrage|drones?|shelling)\b/i;
// A title with these before it is someone's past: "former President Trump", "then-Defense Secretary Esper".
const NOT_NOW_BEFORE = /\b(?:former|then-?|ex-|vice|late|incoming|outgoing|acting)\s*$/i;
const RANKS = '(?:(?:Gen|Adm|Brig|Maj|Lt|Col|Rear Adm|Air Force|Army|Navy|Marine|Retired|Ret|Mr|Ms|Mrs|Dr)\\.?\\s+){0,3}';

function weekStart(dow: number): number {
  // Days back to the Monday of the publication's week.
  return (dow + 6) % 7;
}

/** The span a relative phrase covers, in days from the publication date. */
function spanOf(kind: Span | Calendar, published: PublishedDate): Span {
  if (Array.isArray(kind)) return kind as Span;
  const { year, month } = published;
  const p = dayNumberOf(year, month, published.day);
  // Month 0 is December of the year before.
  if (kind === 'last-month') return [dayNumberOf(year, month - 1, 1) - p, dayNumberOf(year, month, 1) - 1 - p];
  if (kind === 'this-month') return [dayNumberOf(year, month, 1) - p, 0];
  const dow = weekdayOf(p);
  const monday = -weekStart(dow);
  return kind === 'last-week' ? [monday - 7, monday - 1] : [monday, 0];
}

const LAST_BEFORE = /\blast\s+$/i;
// A clause that looks ahead, up to its day: "says he will start work this week", "plans to vote next week".
/**
 * A relative day of what is to come ("He will start work this week on repealing the authorisations"), supposed
 * ("had Trump been president today") or asked about ("Where are the tweets about sovereignty today?"): no day of
 * the news. `before` is its sentence up to it, `rest` the sentence from it on.
 */
function isNoDayOfNews(before: string, rest: string): boolean {
  return LOOKS_AHEAD.test(before) || SUPPOSED_BEFORE.test(before) || QUESTION_END.test(rest);
}
const QUESTION_END = /\?["”’]?\s*$/;
const SUPPOSED_BEFORE = /(?:^|[,;—–]\s*|\b(?:but|and|yet)\s+)(?:had|if|were)\s[^.;,:]{0,60}$/i;
const LOOKS_AHEAD = /\b(?:will|shall|(?:plans?|planning|intends?|expects?|aims?|is set|are set|is expected|are expected|is going|are going) to)\s+(?:[^.;,:]{0,40}\s)?$/i;

/**
 * "Last Thursday" on a page of a Friday is as often the Thursday of the week before as yesterday: both,
 * when the nearest is a day or two back; otherwise the nearest before the page's day. null for a full date.
 */
function lastWeekday(date: DateValue, published: PublishedDate): Span | null {
  if (date.weekday === null || date.month !== null) return null;
  const back = daysBackTo(date.weekday, dayNumberOf(published.year, published.month, published.day)) || 7;
  return back <= 2 ? [-back - 7, -back] : [-back, -back];
}

interface Relative {
  text: string;
  start: number;
  kind: Span | Calendar;
}

function relativeDays(text: string): Relative[] {
  const out: Relative[] = [];
  for (const m of text.matchAll(RELATIVE_START)) {
    for (const [re, kind] of RELATIVE) {
      re.lastIndex = m.index;
      const hit = re.exec(text);
      if (!hit) continue;
      // "USA TODAY Pentagon reporter", "Russia Today reported": a capital "Today" after a capitalised word is a name.
      if (/^(?:Today|TODAY)\b/.test(hit[0]) && NAME_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) break;
      out.push({ text: hit[0], start: m.index, kind });
      break;
    }
  }
  return out;
}

/**
 * "Newsweek's November 2 report noted that the strikes last week…": a relative day counts from the date its sentence
 * gives a report or a statement before it; otherwise from the page's. null when the sentence gives none.
 */
function reportDayBefore(input: EventInput, sentence: Sentence | undefined, at: number): PublishedDate | null {
  const m = sentence && input.published ? REPORT_DAY.exec(input.text.slice(sentence.start, at)) : null;
  const month = m ? monthNumber(m[1] as string) : null;
  if (!m || month === null) return null;
  return { year: m[3] ? Number(m[3]) : input.published!.year, month, day: Number(m[2]), utc: false, from: 'meta' };
}
const REPORT_DAY = new RegExp(String.raw`\b(${MONTH_SRC})\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?\s+(?:report|article|story|statement|briefing|interview|remarks|column|bulletin)\b`, 'i');

/** The span of a relative day, in days from the page's date, counted from `from` (the page's date when null). */
function spanCountedFrom(kind: Span | Calendar, published: PublishedDate, from: PublishedDate | null): Span {
  if (!from) return spanOf(kind, published);
  const shift = dayNumberOf(from.year, from.month, from.day) - dayNumberOf(published.year, published.month, published.day);
  const [start, end] = spanOf(kind, from);
  return [start + shift, end + shift];
}

function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences[spanIndexAt(sentences, at)];
}

/** The first match of global `re` in `text` that `keep` accepts, stopping there rather than reading on. */
function firstMatch(re: RegExp, text: string, keep: (m: RegExpExecArray) => boolean): RegExpExecArray | undefined {
  for (const m of text.matchAll(re)) if (keep(m as RegExpExecArray)) return m as RegExpExecArray;
  return undefined;
}

/**
 * A sentence naming a year is about that year: its aircraft and places may be another strike's. `unless` is a
 * phrase whose year does not count ("the third time since October 26, 2023" counts on from it: a later strike).
 */
function namesAYear(text: string, sentence: Sentence | undefined, unless?: RegExp): boolean {
  if (sentence === undefined) return false;
  const words = text.slice(sentence.start, sentence.end);
  return A_YEAR.test(unless ? words.replace(unless, ' ') : words);
}

const SINCE_A_DATE = new RegExp(String.raw`\bsince\s+(?:[${LETTER}]+\s+\d{1,2}|\d{1,2}\s+[${LETTER}]+),?\s+(?:19|20)\d\d\b`, 'gu');

function isStatement(text: string, start: number, end: number, sentence: Sentence | undefined): boolean {
  return SPEECH_AFTER.test(text.slice(end, end + 40)) || SPEECH_BEFORE.test(text.slice(sentence?.start ?? 0, start));
}

/** A relative day of something said or held ("At a Senate hearing this week", "told reporters yesterday"). */
function isRelativeStatement(text: string, start: number, end: number, sentence: Sentence | undefined): boolean {
  return isStatement(text, start, end, sentence) || (sentence !== undefined && isStatementDay(text, start, end, sentence.start, sentence.end));
}

// The lede (a headline, a byline, the first paragraph): a relative day there with no word for an attack around it is the story's own news.
const LEDE_BLOCKS = 3;

function inLede(input: EventInput, at: number): boolean {
  const sentence = sentenceAt(input.sentences, at);
  return sentence !== undefined && sentence.block < LEDE_BLOCKS;
}

function nearAttacks(input: EventInput, at: number): boolean {
  const sentence = sentenceAt(input.sentences, at);
  return sentence !== undefined && ATTACKS.test(input.text.slice(sentence.start, sentence.end));
}

function dayClues(input: EventInput): Clue[] {
  const { text, sentences, published } = input;
  const found: Array<Extract<Clue, { kind: 'strike-day' | 'statement-day' }>> = [];
  for (const f of input.strikeDays) {
    const date = f.value.type === 'date' ? f.value : f.value.type === 'time' ? f.value.date : null;
    if (!date) continue;
    const sentence = sentenceAt(sentences, f.start);
    if (sentence && ANOTHER_STRIKE.test(text.slice(sentence.start, sentence.end))) continue;
    // "…one that struck a residential building in Tel Aviv on Friday": the day of something in the war in Israel.
    if (sentence && IN_THE_WAR_BEFORE.test(text.slice(sentence.start, f.start))) continue;
    // "Early on Wednesday, Israeli strikes killed eight soldiers in southern Syria": another state's strike, and no US one.
    if (sentence && anotherStatesStrike(text.slice(sentence.start, sentence.end))) continue;
    const kind = isStatement(text, f.start, f.end, sentence) ? 'statement-day' : 'strike-day';
    const relative = published && LAST_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)) ? lastWeekday(date, published) : null;
    found.push({ kind, text: f.text, at: f.start, date, relative, lede: false, nearAttacks: nearAttacks(input, f.start) });
  }
  if (published) {
    for (const r of relativeDays(text)) {
      const sentence = sentenceAt(sentences, r.start);
      const end = r.start + r.text.length;
      // A quoted "earlier this evening" is the evening the speaker spoke, which the page need not share; a quoted
      // "last week's airstrikes" is the same week for a speaker the news quotes within days.
      if (!/^last week/i.test(r.text) && insideQuotation(text, sentences, r.start)) continue;
      const span = spanCountedFrom(r.kind, published, reportDayBefore(input, sentence, r.start));
      if (isRelativeStatement(text, r.start, end, sentence)) {
        found.push({ kind: 'statement-day', text: r.text, at: r.start, date: null, relative: span });
      } else if (isNoDayOfNews(text.slice(sentence?.start ?? 0, r.start), text.slice(r.start, sentence?.end ?? r.start))) {
        continue;
      } else if (input.incidentAt(r.start) === 'strike' || (input.incidentAt(r.start) === null && inLede(input, r.start))) {
        found.push({ kind: 'strike-day', text: r.text, at: r.start, date: null, relative: span, lede: false, nearAttacks: nearAttacks(input, r.start) });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  // The first day the article gives for its strike is its own strike (the lede); later ones may recall others.
  // Unless that day is well before the page's own: news reports a strike within days, so an article of
  // 8 November whose first strike day is 26 October reports something newer and recalls that one.
  // And unless it comes late: a day first given in the fifth paragraph is background ("Last Thursday, the United
  // States attacked…" in a report of an Israeli raid).
  // A month with no day ("June 2021 United States airstrike in Syria") names no day to weigh: the lede's day is the
  // first that does ("On 28 June 2021, President Biden ordered…").
  const lede = found.find((c) => c.kind === 'strike-day' && !(c.date && namesNoDay(c.date)));
  // But a day that opens the story ("On February 25th, the Biden Administration carried out an airstrike", a week
  // later on a blog) is what it reports, however late.
  const block = lede ? (sentenceAt(sentences, lede.at)?.block ?? LEDE_DAY_BLOCKS) : LEDE_DAY_BLOCKS;
  if (lede && lede.kind === 'strike-day' && block < LEDE_DAY_BLOCKS && (block < openingBlocks(sentences) || !(published && daysBefore(lede.date, published) > STALE_DAYS))) {
    lede.lede = true;
  }
  return found;
}


/** The headline and the first paragraph: a day there opens the story. */
const OPENING_BLOCKS = 2;
/** A standfirst is a sentence or two under the headline: the story's first paragraph comes after it. */
const STANDFIRST_CHARS = 220;

/** The headline and the first paragraph, and a standfirst between them ("The strike has already been answered…"). */
function openingBlocks(sentences: readonly Sentence[]): number {
  const second = sentences.filter((s) => s.block === 1);
  const length = second.length > 0 ? second[second.length - 1]!.end - second[0]!.start : Infinity;
  return length <= STANDFIRST_CHARS && sentences.some((s) => s.block === 2) ? OPENING_BLOCKS + 1 : OPENING_BLOCKS;
}
/** A lede's strike day more than this many days before the page's date is another strike's. */
const STALE_DAYS = 6;

/** How many days a full date (a month and a day) falls before the page's date; 0 for anything else. */
function daysBefore(date: DateValue | null, published: PublishedDate): number {
  if (!date || date.month === null || date.day === null) return 0;
  const d = date.year === null ? dayOnPage(date.month, date.day, published) : dayNumberOf(date.year, date.month, date.day);
  return dayNumberOf(published.year, published.month, published.day) - d;
}

function aircraftClues(input: EventInput): Clue[] {
  const out: Clue[] = [];
  const seen = new Set<string>();
  // "Two F-16s, escorted by MQ-9 drones": drones in a sentence that names jets watched over them.
  const withJets = new Set<Sentence | undefined>();
  for (const f of input.figures) if (f.value.type === 'aircraft' && !isOverwatchDrone(f.value.family)) withJets.add(sentenceAt(input.sentences, f.start));
  for (const f of input.figures) {
    if (f.value.type !== 'aircraft' || seen.has(f.value.family)) continue;
    const sentence = sentenceAt(input.sentences, f.start);
    if (isOverwatchDrone(f.value.family) && withJets.has(sentence)) continue;
    const words = sentence ? input.text.slice(sentence.start, sentence.end) : '';
    if (namesAYear(input.text, sentence) || NOT_THE_STRIKE.test(words) || ANOTHER_STRIKE.test(words)) continue;
    seen.add(f.value.family);
    out.push({ kind: 'aircraft', text: f.text, at: f.start, family: f.value.family });
  }
  return out;
}

function officialClues(input: EventInput, offices: readonly Office[]): Clue[] {
  const { text, sentences } = input;
  const out: Clue[] = [];
  for (const office of offices) {
    const names = office.names.join('|');
    // Both forms need one of the names: an article that never names the official is read once, not twice.
    if (!new RegExp(names, 'i').test(text)) continue;
    const titles = office.titles.join('|');
    const before = new RegExp(`\\b(?:${titles})\\s+${RANKS}(?:${names})\\b`, 'gi');
    const after = new RegExp(`\\b(?:${names}),?\\s+(?:the\\s+)?(?:(?:U\\.?S\\.?|American|then)\\s+)?(?:${titles})\\b`, 'gi');
    // "ordered by President Donald Trump in December 2019": a sentence naming a year recalls its officials.
    const inOffice = (m: RegExpExecArray) =>
      !NOT_NOW_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/former|then/i.test(m[0]) && !namesAYear(text, sentenceAt(sentences, m.index));
    // The earliest of the two forms; at the same offset, the title written first.
    const titleFirst = firstMatch(before, text, inOffice);
    const nameFirst = firstMatch(after, text, inOffice);
    const hit = nameFirst && (!titleFirst || nameFirst.index < titleFirst.index) ? nameFirst : titleFirst;
    if (hit) out.push({ kind: 'official', text: hit[0], at: hit.index, office });
  }
  return out;
}

const CALLED_OFF_BEFORE = /\b(?:called off|call off|calling off|cancell?ed|scrapped|aborted|dropped|held off on|decided against|waved off|stood down)\s+$/i;

function nearMissClues(input: EventInput, nearMisses: readonly NearMiss[]): Clue[] {
  const out: Clue[] = [];
  const published = input.published ? dayNumberOf(input.published.year, input.published.month, input.published.day) : null;
  for (const nearMiss of nearMisses) {
    // "Biden called off a second airstrike", on a page of March 2021: no wording of a strike yet to come.
    if (published !== null && published < dayNumberOf(nearMiss.day.year, nearMiss.day.month, nearMiss.day.day)) continue;
    for (const source of nearMiss.only) {
      // "Biden also called off a second airstrike": a strike not carried out is no near miss, which was.
      const hit = firstMatch(new RegExp(source, 'g'), input.text, (m) => !namesAYear(input.text, sentenceAt(input.sentences, m.index), SINCE_A_DATE) && !CALLED_OFF_BEFORE.test(input.text.slice(Math.max(0, m.index - 30), m.index)));
      if (hit) {
        out.push({ kind: 'near-miss', text: hit[0], at: hit.index, nearMiss, lede: inLede(input, hit.index) });
        break;
      }
    }
  }
  return out;
}


/** Every clue the article gives, in kinds; each is weighed against each event in event.ts. */
export function gatherClues(input: EventInput, offices: readonly Office[], nearMisses: readonly NearMiss[]): Clue[] {
  return [...dayClues(input), ...aircraftClues(input), ...officialClues(input, offices), ...nearMissClues(input, nearMisses)];
}

/** A statement's day the figures set aside, as a clue: it tells when the article was written. */
export function statementClue(date: DateValue): Clue {
  return { kind: 'statement-day', text: describeDate(date), at: -1, date, relative: null };
}

/** "Thursday 2/25 2021", "January" for a month alone: how --explain names a statement's day. */
function describeDate(d: DateValue): string {
  const weekday = d.weekday === null ? '' : WEEKDAY_NAMES[d.weekday];
  const monthDay = d.month === null ? '' : d.day === null ? (MONTH_NAMES[d.month - 1] ?? '') : `${d.month}/${d.day}`;
  return [weekday, monthDay, d.year ?? ''].filter(Boolean).join(' ');
}
