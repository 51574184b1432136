/**
 * Which event an article is about, or none. Near misses share almost every word with the reference
 * (the December 2019 strikes on Kataib Hezbollah, the November 2023 strikes in eastern Syria), so
 * words only open the door; dates decide: the day the article gives for its strike, the days of the
 * attacks that led to it, the years it names, and whether it speaks of days after the event.
 */
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import type { Event, EventId } from '../reference/types';
import type { DateValue } from '../reference/values';
import { resolveDay, type Day } from './when';

export interface EventEvidence {
  text: string;
  /** Figures after speech dates are dropped, with relative dates already resolved. */
  figures: FigureMention[];
  names: NameMention[];
  /** Dates and weekdays the article gives for its strike (in sentences about a strike). */
  strikeDates: DateValue[];
  /** Days of statements ("the Pentagon said on Thursday"): made around the event, so weaker evidence of it. */
  statementDates: DateValue[];
}

export interface EventScore {
  event: EventId;
  score: number;
  reasons: string[];
}

// The door: a US strike in Syria. Cheap, and true of every near miss too.
const TOPIC = [/\bSyria|\b(?:Al[ -]?|Abu[ -]?|Albu )?Bou?kamal\b/i, /\b(?:air ?strikes?|strikes?|struck|bomb(?:ed|ing|s)?)\b/i, /\b(?:U\.?S\.?|United States|American|Pentagon)\b/];
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

/** A cheap test, on raw text, of whether an article could be about any event in the reference. */
export function mightBeAboutAStrike(text: string): boolean {
  return TOPIC.every((re) => re.test(text));
}

function dayNumber(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

export function scoreEvent(event: Event, evidence: EventEvidence): EventScore {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  const eventDay = dayNumber(event.day);

  // The strike's own day: the event's day in US Eastern time, or the next (Syria is 7 to 8 hours ahead).
  // The first day given is the article's own strike (the lede); later ones may recall earlier strikes.
  evidence.strikeDates.forEach((d, i) => {
    const day = resolveDay(d, event);
    if (!day) return;
    const offset = dayNumber(day) - eventDay;
    const weekdayOnly = d.month === null;
    const consistent = offset === 0 || offset === 1;
    // A full date long before the event is a recollection, not a contradiction.
    if (!consistent && !weekdayOnly && offset < -1 && offset >= -14) return;
    if (i === 0) add(consistent ? 4 : -6, consistent ? 'the strike day matches' : `the article's strike is on another day (${d.weekday ?? ''}${d.month ?? ''}/${d.day ?? ''})`);
    else if (consistent) add(1, 'another mention of the strike day');
    else add(-2, 'another strike day');
  });

  // Statements are made on the day or soon after; only agreement counts.
  if (evidence.statementDates.some((d) => {
    const day = resolveDay(d, event);
    const offset = day ? dayNumber(day) - eventDay : NaN;
    return offset >= 0 && offset <= 1;
  })) {
    add(2, 'a statement on the strike day');
  }

  // The days of the attacks that led to the strike.
  const incidentDates = new Set<string>();
  for (const f of evidence.figures) {
    if (f.value.type !== 'date' || f.value.month === null) continue;
    const { month, day } = f.value;
    for (const incident of event.incidents) {
      if (incident.dates.some((x) => x.month === month && x.day === day)) incidentDates.add(`${month}-${day}`);
    }
    // A date well after the event means the article reports something later.
    const resolved = resolveDay(f.value, event);
    if (resolved && f.value.year === null && dayNumber(resolved) - eventDay > 3) {
      add(-4, `a later date (${f.text})`);
    }
  }
  if (incidentDates.size > 0) add(3 * incidentDates.size, 'dates of the attacks that led to it');

  // Years named anywhere.
  const years = new Set([...evidence.text.matchAll(YEAR)].map((m) => Number(m[1])));
  if (years.has(event.day.year)) add(2, 'its year is named');
  else if ([...years].some((y) => y > event.day.year)) add(-4, 'a later year is named');
  else if (years.size > 0) add(-1, 'only earlier years are named');

  // People and places that belong to this event rather than its near misses.
  const mentioned = new Set(evidence.names.map((n) => n.entity));
  const anchors = event.anchors.filter((a) => mentioned.has(a));
  if (anchors.length > 0) add(2 * anchors.length, `named: ${anchors.join(', ')}`);

  if (event.signatures.some((source) => new RegExp(source, 'i').test(evidence.text))) add(3, 'a wording only this event has');

  return { event: event.id, score, reasons };
}

const THRESHOLD = 4;
const MARGIN = 2;

/** The event the article is about, or null when no event is clearly ahead. */
export function decideEvent(events: readonly Event[], evidence: EventEvidence): { event: EventId | null; scores: EventScore[] } {
  if (!mightBeAboutAStrike(evidence.text)) return { event: null, scores: [] };
  const scores = events.map((e) => scoreEvent(e, evidence)).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < THRESHOLD) return { event: null, scores };
  if (second && best.score - second.score < MARGIN) return { event: null, scores };
  return { event: best.event, scores };
}
