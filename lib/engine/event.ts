/**
 * Which event an article is about, or none, from all the evidence it gives, weighed together.
 * Near misses share almost every word with the reference (the December 2019 strikes on Kataib Hezbollah,
 * the June 2021, November 2023 and February 2024 strikes), so words only open the door. What decides:
 * the days it gives for its strike, read against the page's publication date where it has one; the
 * publication date itself; the days of the attacks that led to it; the years it names; the aircraft that
 * flew (from the sources' claims), the groups, places and officials in office then (events.ts); and
 * what contradicts each event: another day, a later year, other aircraft, an official not in office,
 * what only a near miss had. It abstains when the evidence is absent or balanced.
 */
import type { PublishedDate } from '../article/published';
import { nearMisses as knownNearMisses, offices as knownOffices } from '../reference/events';
import type { Claim, Event, EventId, NearMiss, Office, Source } from '../reference/types';
import type { FigureMention } from '../extract/types';
import type { DateValue } from '../reference/values';
import { candidateEvents, indexEvents, type EventIndex } from './event-candidates';
import { gatherClues, statementClue, type Clue, type EventInput } from './event-evidence';
import { yearsNamed } from './years-named';
import { ledeNamesOwnIncident, ledeStrike, toldOfAUsStrike, usStrikeAnswersLede } from './lede-side';
import { mightBeAboutAStrike } from './gate';
import { leadNeeded, WITHIN_DAYS, writtenWhileNews } from './news-peg';
import { dayNumberOfDay as dayNumber } from './day-numbers';
import { daysOf, describe, type Range } from './clue-days';
import { resolveDay } from './when';

export type { EventInput } from './event-evidence';

/** One event's weighing: the points and, for each, why. */
export interface EventScore {
  event: EventId;
  score: number;
  reasons: string[];
  /** Whether anything points at the strike itself (its day, places, aircraft, wording, a page of its days), not only at what led to it. */
  ofTheStrike: boolean;
}

export interface EventDecision {
  event: EventId | null;
  scores: EventScore[];
  clues: Clue[];
  /** The day the days were counted from: the page's stamp, or the day its story was filed (filed-day.ts). */
  published: PublishedDate | null;
}

/** What the decision knows besides the events: the sources' claims give each event's aircraft. */
export interface EventKnowledge {
  events: readonly Event[];
  claims: readonly Claim[];
  sources: readonly Source[];
  offices?: readonly Office[];
  nearMisses?: readonly NearMiss[];
}

/** What every event's weighing reads from the article alike: gathered once per article, not once per event. */
interface ArticleReading {
  years: ReadonlySet<number>;
  mentioned: ReadonlySet<string | null>;
  /** The date figures with a month, in text order. */
  dates: ReadonlyArray<FigureMention & { value: DateValue }>;
}

const readings = new WeakMap<EventInput, ArticleReading>();
function readingOf(input: EventInput): ArticleReading {
  let reading = readings.get(input);
  if (!reading) {
    reading = {
      years: yearsNamed(input.text),
      mentioned: new Set(input.names.map((n) => n.entity)),
      dates: input.figures.filter((f): f is FigureMention & { value: DateValue } => f.value.type === 'date' && f.value.month !== null),
    };
    readings.set(input, reading);
  }
  return reading;
}

function isoDayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

const aircraftCache = new WeakMap<EventKnowledge, Map<EventId, Set<string>>>();

/** The aircraft families each event's sources say flew the strike: read once per reference, not per article. */
function aircraftByEvent(knowledge: EventKnowledge): Map<EventId, Set<string>> {
  const cached = aircraftCache.get(knowledge);
  if (cached) return cached;
  const eventOf = new Map(knowledge.sources.map((s) => [s.id, s.event]));
  const out = new Map<EventId, Set<string>>();
  for (const claim of knowledge.claims) {
    if (claim.value.type !== 'aircraft' || !claim.fact.startsWith('strike.')) continue;
    const event = eventOf.get(claim.source);
    if (!event) continue;
    if (!out.has(event)) out.set(event, new Set());
    out.get(event)?.add(claim.value.family);
  }
  aircraftCache.set(knowledge, out);
  return out;
}

const indexCache = new WeakMap<EventKnowledge, EventIndex>();

/** The reference's events indexed by what favours them (event-candidates.ts): built once per reference. */
function eventIndex(knowledge: EventKnowledge): EventIndex {
  let index = indexCache.get(knowledge);
  if (!index) {
    index = indexEvents(knowledge.events, aircraftByEvent(knowledge));
    indexCache.set(knowledge, index);
  }
  return index;
}

/** Days after the event from which a page must give one of its days to be about it. */
const WEEKS_LATER = 10;
const LONG_AFTER = 30;

/** Adds points to a score, with the reason a reader of --explain sees; `strike` for evidence of the strike itself. */
type Add = (points: number, why: string, strike?: 'strike') => void;

export function scoreEvent(
  event: Event,
  input: EventInput,
  clues: readonly Clue[],
  aircraft: ReadonlySet<string> | undefined,
  nearMisses: readonly NearMiss[] = knownNearMisses,
  explain = true,
): EventScore {
  const reasons: string[] = [];
  let score = 0;
  let ofTheStrike = false;
  // Without `explain` the reasons are not written: with a large reference, most of the weighing's time.
  const add: Add = (points, why, strike) => {
    score += points;
    if (strike && points > 0) ofTheStrike = true;
    if (explain) reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  const eventDay = dayNumber(event.day);
  const published = input.published;
  if (published) {
    const p = dayNumber(published);
    const [from, to] = [p - (published.utc ? 1 : 0), p + (published.utc ? 1 : 0)];
    if (to < eventDay) add(-8, `the page was published before it (${published.year}-${published.month}-${published.day})`);
    else if (from <= eventDay + WITHIN_DAYS) add(3, `the page was published within days of it (${describe([from, to], eventDay)})`, 'strike');
    else if (publishedLongAfter(published, eventDay)) add(-3, `the page was published long after it (${describe([from, to], eventDay)})`);
  }
  weighDays(event, input, clues, nearMisses, add, explain);
  weighDates(event, input, nearMisses, add);
  weighYears(event, input, add);
  weighNamed(event, input, add);
  weighOtherClues(event, clues, aircraft, input.published ?? null, add);
  return { event: event.id, score, reasons, ofTheStrike };
}

/** The near misses' days as day numbers: once per reference, not once per event, clue and near miss. */
const nearMissDayCache = new WeakMap<readonly NearMiss[], number[]>();
function nearMissDaysOf(nearMisses: readonly NearMiss[]): number[] {
  const days = nearMissDayCache.get(nearMisses) ?? nearMisses.map((nearMiss) => dayNumber(nearMiss.day));
  nearMissDayCache.set(nearMisses, days);
  return days;
}

/** The days the article gives for its strike and its statements, read against the event's day. */
function weighDays(event: Event, input: EventInput, clues: readonly Clue[], nearMisses: readonly NearMiss[], add: Add, explain: boolean): void {
  const eventDay = dayNumber(event.day);
  // The strike's own day: the event's day in US Eastern time, or the next (Syria is 7 to 8 hours ahead).
  const consistent = (r: Range) => r[0] <= eventDay + 1 && r[1] >= eventDay;
  // Each near miss the days point at, with why: counted once, however many days point at it.
  const nearMissDays = new Map<NearMiss, string>();
  const nearMissDayNumbers = nearMissDaysOf(nearMisses);
  let statementAgrees = false;
  let givesItsDay = false;
  // A page dated the day of a near miss or the next, and not within days of the event, reports that near miss.
  const published = input.published ? dayNumber(input.published) : null;
  const datedOnNearMiss: NearMiss[] = [];
  if (published !== null && !(published >= eventDay - 1 && published <= eventDay + 3)) {
    nearMisses.forEach((nearMiss, k) => {
      const nm = nearMissDayNumbers[k]!;
      if (published >= nm && published <= nm + 1) {
        nearMissDays.set(nearMiss, `the page is dated the day of ${nearMiss.label}`);
        datedOnNearMiss.push(nearMiss);
      }
    });
  }
  for (const clue of clues) {
    if (clue.kind !== 'strike-day' && clue.kind !== 'statement-day') continue;
    const read = daysOf(clue, event, input.published);
    if (!read) continue;
    const { range, anchored } = read;
    let onNearMiss = false;
    if (anchored && clue.kind === 'strike-day') {
      nearMisses.forEach((nearMiss, k) => {
        const nm = nearMissDayNumbers[k]!;
        if (range[0] >= nm - 1 && range[1] <= nm + 1) {
          onNearMiss = true;
          nearMissDays.set(nearMiss, `a strike day of ${nearMiss.label}`);
          // "On 28 June 2021, President Biden had US jets bomb…": the story is that strike, whatever it recalls.
          if (clue.lede && !consistent(range)) add(-LEDE_IS_NEAR_MISS, `the article's strike is ${nearMiss.label}`);
        }
      });
    }
    if (clue.kind === 'statement-day') {
      // Statements are made on the day or in the days after; only agreement counts, and only of a day or a few
      // ("Last month, Biden said…" on a page of November is any day of October).
      if (range[0] <= eventDay + 7 && range[1] >= eventDay && range[1] - range[0] <= 7) statementAgrees = true;
      continue;
    }
    const wide = range[1] - range[0] > 2;
    // A day shortly before the event is a recollection of the attacks that led to it, not a contradiction:
    // a full date always ("Feb. 15"), another day when its sentence speaks of attacks ("last week's rockets").
    const fullDate = clue.date !== null && clue.date.month !== null;
    const recollection = (fullDate || clue.nearAttacks) && range[1] - eventDay < -1 && range[1] - eventDay >= -14;
    if (!consistent(range) && recollection) continue;
    // "On Thursday" on a page dated one or two weeks after a Thursday's event: a weekly's or a late page's Thursday
    // is as likely the event's as the page's own week's, so it counts neither for the event nor against it.
    const weekdayAlone = clue.date !== null && clue.date.day === null && clue.date.weekday !== null && !clue.relative;
    if (!consistent(range) && weekdayAlone && (range[0] - eventDay === 7 || range[0] - eventDay === 14)) continue;
    const where = explain ? `"${clue.text}" = ${describe(range, eventDay)}` : '';
    if (consistent(range)) givesItsDay = true;
    if (clue.lede) add(consistent(range) ? (wide ? 2 : 4) : -6, consistent(range) ? `the strike day matches (${where})` : `the article's strike is on another day (${where})`, 'strike');
    else if (consistent(range)) add(1, `another mention of the strike day (${where})`, 'strike');
    else if (!onNearMiss) add(-2, `another strike day (${where})`); // a near miss's day is weighed once, as its own (below)
  }
  if (statementAgrees) add(2, 'a statement on the strike day or soon after');
  // A page dated weeks after the event that gives none of its days reports something later, recalling it at most.
  if (published !== null && published - eventDay > WEEKS_LATER && !givesItsDay) add(-3, 'the page is dated weeks after it and gives none of its days');
  for (const why of nearMissDays.values()) add(-3, why);
  // Dated the day of a near miss and in its words ("the second time"): two signs of that strike, which together
  // outweigh a recalled day of this one.
  for (const nearMiss of datedOnNearMiss) {
    if (clues.some((c) => c.kind === 'near-miss' && c.nearMiss === nearMiss)) add(-6, `dated the day of ${nearMiss.label} and in its words`);
  }
}

/** The days of the attacks that led to the strike, and dates well after it. */
function weighDates(event: Event, input: EventInput, nearMisses: readonly NearMiss[], add: Add): void {
  const eventDay = dayNumber(event.day);
  // A later strike the reference knows is weighed once, by its day among the strike days (weighDays).
  const nearMissDays = nearMissDaysOf(nearMisses);
  const published = input.published;
  const incidentDates = new Set<string>();
  // "Six days later, … On March 3, rockets hit…": one later day, however many times it is named.
  const laterDays = new Set<number>();
  for (const f of readingOf(input).dates) {
    const { month, day } = f.value;
    for (const incident of event.incidents) {
      if (incident.dates.some((x) => x.month === month && x.day === day)) incidentDates.add(`${month}-${day}`);
    }
    // A date well after the event means the article reports something later; never one after the page's own date
    // ("a March 24 article" on a page of 9 November 2023 was last March, not the March after the event).
    const resolved = f.value.year === null ? resolveDay(f.value, event) : null;
    const later = resolved ? dayNumber(resolved) : null;
    const onNearMiss = later !== null && nearMissDays.some((nm) => Math.abs(later - nm) <= 1);
    if (later !== null && later - eventDay > 3 && !onNearMiss && !laterDays.has(later) && !(published && later > dayNumber(published) + 1)) {
      laterDays.add(later);
      add(-4, `a later date (${f.text})`);
    }
  }
  if (incidentDates.size > 0) add(3 * incidentDates.size, 'dates of the attacks that led to it');
}

/** A page stamped more than a month after the event: a month's news later, at the earliest its stamp allows. */
function publishedLongAfter(published: PublishedDate, eventDay: number): boolean {
  return dayNumber(published) - (published.utc ? 1 : 0) > eventDay + LONG_AFTER;
}

/**
 * Years named anywhere, and the page's own year: its stamps say it, and they are page chrome, left out
 * of the text. A year after the page's own ("the nominee in 2024") is looked ahead to, not reported.
 */
function weighYears(event: Event, input: EventInput, add: Add): void {
  const { published } = input;
  const named = readingOf(input).years;
  const years = new Set(named);
  if (published) years.add(published.year);
  const reported = [...years].filter((y) => !published || y <= published.year);
  // A page stamped long after the event has paid for its stamp already: the stamp alone is no later year too.
  const stampedLongAfter = published ? publishedLongAfter(published, dayNumber(event.day)) : false;
  const later = (y: number) => y > event.day.year && (named.has(y) || !stampedLongAfter);
  if (years.has(event.day.year)) add(2, 'its year is named');
  else if (reported.some(later)) add(-4, 'a later year is named');
  else if (reported.some((y) => y < event.day.year)) add(-1, 'only earlier years are named');
}

/** People and places that belong to this event rather than its near misses, and its own wordings. */
function weighNamed(event: Event, input: EventInput, add: Add): void {
  const { mentioned } = readingOf(input);
  const anchors = event.anchors.filter((a) => mentioned.has(a));
  if (anchors.length > 0) add(2 * anchors.length, `named: ${anchors.join(', ')}`);
  const groups = event.markers.groups.filter((g) => mentioned.has(g));
  if (groups.length > 0) add(2 * groups.length, `the groups it hit: ${groups.join(', ')}`, 'strike');
  const places = event.markers.places.filter((p) => mentioned.has(p) && !anchors.includes(p));
  if (places.length > 0) add(places.length, `its places: ${places.join(', ')}`, 'strike');
  const preceded = event.markers.precededBy.filter((source) => new RegExp(source, 'i').test(input.text));
  if (preceded.length > 0) add(2 * preceded.length, 'the attacks that led to it');
  if (event.signatures.some((source) => new RegExp(source, 'i').test(input.text))) add(3, 'a wording only this event has', 'strike');
}

/** The aircraft that flew, the officials in office, and what only a near miss had. */
function weighOtherClues(event: Event, clues: readonly Clue[], aircraft: ReadonlySet<string> | undefined, published: PublishedDate | null, add: Add): void {
  const eventDay = dayNumber(event.day);
  const inOffice = (c: Clue) => c.kind === 'official' && eventDay >= isoDayNumber(c.office.from) && eventDay <= isoDayNumber(c.office.to);
  // On an undated page, naming the president of the event's day makes an earlier one a recalled one.
  const successorNamed = clues.some((c) => inOffice(c) && c.kind === 'official' && c.office.role === 'President');
  for (const clue of clues) {
    if (clue.kind === 'aircraft' && aircraft && aircraft.size > 0) {
      // Outlets misreport aircraft too (that is a difference to show), so they weigh less than a day.
      if (aircraft.has(clue.family)) add(2, `its aircraft (${clue.text})`, 'strike');
      else add(-2, `other aircraft (${clue.text}; it was ${[...aircraft].join(', ')})`);
    } else if (clue.kind === 'official') {
      const { from, to, role } = clue.office;
      // In office then is necessary, not telling: near misses of the same years share their officials.
      if (inOffice(clue)) add(0, `in office then: ${clue.text}`);
      // "President Trump walked away from the deal", on a page of 2021: outlets keep a former president's title.
      else if (role === 'President' && eventDay > isoDayNumber(to) && (published ? dayNumber(published) > isoDayNumber(to) : successorNamed))
        add(0, `a former president, recalled: ${clue.text}`);
      else add(-3, `not ${role} then: ${clue.text} (${from} to ${to})`);
    } else if (clue.kind === 'near-miss') {
      // "US hits militia sites in Syria for third time": a near miss's wording in the lede is what the story reports.
      if (clue.lede) add(-6, `its lede has what only ${clue.nearMiss.label} had: "${clue.text}"`);
      else add(-3, `only ${clue.nearMiss.label} had "${clue.text}"`);
    }
  }
}

const THRESHOLD = 4;
/** A lede dated the day of another strike the reference knows: more than all an article's recalled names can weigh. */
const LEDE_IS_NEAR_MISS = 12;
const MARGIN = 2;

/**
 * The event the article is about, or null when no event is clearly ahead; with the evidence and its weighing
 * (each score's reasons only when `explain`).
 */
export function decideEvent(knowledge: EventKnowledge, input: EventInput, explain = true): EventDecision {
  if (!mightBeAboutAStrike(input.text)) return { event: null, scores: [], clues: [], published: input.published };
  const nearMisses = knowledge.nearMisses ?? knownNearMisses;
  const statementClues: Clue[] = input.statementDates.map(statementClue);
  const clues = [...statementClues, ...gatherClues(input, knowledge.offices ?? knownOffices, nearMisses)];
  const aircraft = aircraftByEvent(knowledge);
  // --explain weighs every event, to show each one's reasons; the decision needs only those the evidence may favour.
  const reading = readingOf(input);
  const events = explain
    ? knowledge.events
    : candidateEvents(eventIndex(knowledge), knowledge.events, { published: input.published, clues, dates: reading.dates.map((d) => d.value), mentioned: reading.mentioned });
  const scores = events.map((e) => scoreEvent(e, input, clues, aircraft.get(e.id), nearMisses, explain)).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  // An article whose lede reports another side's strike and no US strike recalls the US one at most, unless it was
  // written while the strike was news and reports it, the answer to the militias' attack, in the paragraphs after,
  // or its lede is one of the attacks that led to the strike, named by its day.
  const top = knowledge.events.find((e) => e.id === best?.event);
  const lede = ledeStrike(input);
  const otherStrike =
    lede === 'other' && !(writtenWhileNews(top, input.published) && usStrikeAnswersLede(input)) && !(top && ledeNamesOwnIncident(input, top));
  if (otherStrike && best && explain) best.reasons.push('its lede reports another side’s strike or attack, and no US strike: no event');
  // "More than 170 attacks on U.S. bases since Oct. 17 …": the war and the attacks that led to the strike, and not the
  // strike itself (its day, places, aircraft, a page of its days, or a lede that reports it), are another story.
  const onlyWhatLedToIt = best !== undefined && !best.ofTheStrike && lede !== 'us';
  if (onlyWhatLedToIt && !otherStrike && explain) best.reasons.push('nothing points at the strike itself, only at what led to it: no event');
  const next = knowledge.events.find((e) => e.id === second?.event);
  const lead = leadNeeded(MARGIN, top, next, input.published);
  const ahead = !otherStrike && !onlyWhatLedToIt && best && best.score >= THRESHOLD && (!second || best.score - second.score >= lead);
  // Read only for a page that would be decided: most pages a reader opens never get here.
  const noUsStrike = ahead && lede !== 'us' && !toldOfAUsStrike(input);
  if (noUsStrike && explain) best.reasons.push('no sentence tells of a US strike: no event');
  const decided = ahead && !noUsStrike ? best.event : null;
  return { event: decided, scores, clues, published: input.published };
}
