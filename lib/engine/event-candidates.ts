/**
 * The events an article's evidence can favour, looked up in an index of the reference's events (by day,
 * weekday, day of the year, name, aircraft and the days of the attacks that led to them) rather than found
 * by weighing every event (event.ts).
 *
 * An event earns points only from what the article gives of it: its days, its publication date near the
 * event's, the dates of the attacks before it, its names, its wordings, its aircraft, and its year. An event
 * none of the first kinds points at earns 2 points at most (its year), so it can neither win (4 points) nor
 * come within the winner's margin (2): the decision weighs only the events found here, and with a reference
 * of a hundred events an article costs the few it may be about. Every lookup is wider than the weighing it
 * stands for, never narrower: an event it lets through is weighed in full, one it leaves out could not count.
 */
import type { PublishedDate } from '../article/published';
import type { Event, EventId } from '../reference/types';
import type { DateValue } from '../reference/values';
import { dayNumberOf, dayOnPage, weekdayOf } from './day-numbers';
import type { Clue } from './event-evidence';

export interface EventIndex {
  /** Events by their day number, ascending. */
  byDay: ReadonlyArray<{ day: number; event: Event }>;
  /** Events by the weekday of their day (0 for Sunday). */
  byWeekday: ReadonlyArray<readonly Event[]>;
  /** Events by the entities that favour them: anchors, the groups they hit, their places. */
  byName: ReadonlyMap<string, readonly Event[]>;
  /** Events by an aircraft family their sources say flew. */
  byAircraft: ReadonlyMap<string, readonly Event[]>;
  /** Events by the month and day of an attack that led to them ("2-15"). */
  byIncidentDate: ReadonlyMap<string, readonly Event[]>;
  /** Events with wordings of their own (signatures, the attacks before them): tested on every article. */
  always: readonly Event[];
  /** The first and last years of the events, for a month and day without a year. */
  years: readonly [number, number];
}

const dayOf = (e: Event) => dayNumberOf(e.day.year, e.day.month, e.day.day);

function file<K>(into: Map<K, Event[]>, key: K, event: Event): void {
  const list = into.get(key);
  if (list) {
    if (!list.includes(event)) list.push(event);
  } else into.set(key, [event]);
}

export function indexEvents(events: readonly Event[], aircraft: ReadonlyMap<EventId, ReadonlySet<string>>): EventIndex {
  const byName = new Map<string, Event[]>();
  const byAircraft = new Map<string, Event[]>();
  const byIncidentDate = new Map<string, Event[]>();
  const byWeekday: Event[][] = Array.from({ length: 7 }, () => []);
  for (const event of events) {
    for (const id of [...event.anchors, ...event.markers.groups, ...event.markers.places]) file(byName, id, event);
    for (const family of aircraft.get(event.id) ?? []) file(byAircraft, family, event);
    for (const incident of event.incidents) for (const d of incident.dates) file(byIncidentDate, `${d.month}-${d.day}`, event);
    byWeekday[weekdayOf(dayOf(event))]!.push(event);
  }
  const years = events.map((e) => e.day.year);
  return {
    byDay: events.map((event) => ({ day: dayOf(event), event })).sort((a, b) => a.day - b.day),
    byWeekday,
    byName,
    byAircraft,
    byIncidentDate,
    always: events.filter((e) => e.signatures.length > 0 || e.markers.precededBy.length > 0),
    years: years.length ? [Math.min(...years), Math.max(...years)] : [0, -1],
  };
}

/** Where the events a day clue can favour lie: a stretch of day numbers, a month and day in any year, or a weekday. */
type Reach = { days: readonly [number, number] } | { monthDay: readonly [number, number] } | { weekday: number };

/**
 * A day clue's reach, as event.ts reads it (`daysOf`), widened by the days around it that still favour an event:
 * a strike day favours an event of that day or the day before, a statement day one up to a week before.
 */
function reachOf(clue: { date: DateValue | null; relative: readonly [number, number] | null }, published: PublishedDate | null): Reach | null {
  const p = published ? dayNumberOf(published.year, published.month, published.day) : null;
  const widen = (from: number, to: number): Reach => ({ days: [from - 8, to + 1] });
  if (clue.relative) return p === null ? null : widen(p + clue.relative[0] - 1, p + clue.relative[1] + 1);
  const date = clue.date;
  if (!date) return null;
  if (date.month !== null && date.day !== null) {
    if (date.year !== null) return widen(dayNumberOf(date.year, date.month, date.day), dayNumberOf(date.year, date.month, date.day));
    if (published) return widen(dayOnPage(date.month, date.day, published), dayOnPage(date.month, date.day, published));
    return { monthDay: [date.month, date.day] };
  }
  if (date.weekday === null) return null;
  // With a page date, the last such weekday on or before it, counted from the page's day in any clock.
  if (p !== null) return widen(p - 8, p + 2);
  return { weekday: date.weekday };
}

/** The events whose day falls in [from, to]. */
function eventsBetween(index: EventIndex, from: number, to: number): Event[] {
  const { byDay } = index;
  let lo = 0;
  let hi = byDay.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDay[mid]!.day < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Event[] = [];
  for (let k = lo; k < byDay.length && byDay[k]!.day <= to; k++) out.push(byDay[k]!.event);
  return out;
}

function eventsReached(index: EventIndex, reach: Reach): Event[] {
  if ('days' in reach) return eventsBetween(index, reach.days[0], reach.days[1]);
  if ('weekday' in reach) {
    // A weekday read near each event is within three days of it: it favours the events of that weekday and the three before.
    return [0, 1, 2, 3].flatMap((back) => index.byWeekday[(reach.weekday - back + 7) % 7]!);
  }
  // A month and day read near each event falls in the event's year or the one either side.
  const [month, day] = reach.monthDay;
  const out: Event[] = [];
  for (let year = index.years[0] - 1; year <= index.years[1] + 1; year++) {
    const d = dayNumberOf(year, month, day);
    out.push(...eventsBetween(index, d - 8, d + 1));
  }
  return out;
}

/** What the lookup reads of the article: the same evidence the weighing reads. */
export interface CandidateEvidence {
  published: PublishedDate | null;
  clues: readonly Clue[];
  /** The dates with a month and a day that the article gives anywhere. */
  dates: ReadonlyArray<{ month: number | null; day: number | null }>;
  /** The entities the story names. */
  mentioned: ReadonlySet<string | null>;
}

/** The events the evidence may favour, in the reference's order (`events`). */
export function candidateEvents(index: EventIndex, events: readonly Event[], evidence: CandidateEvidence): Event[] {
  const found = new Set<Event>(index.always);
  const add = (list: readonly Event[] | undefined) => list?.forEach((e) => found.add(e));
  const { published } = evidence;
  if (published) {
    const p = dayNumberOf(published.year, published.month, published.day);
    // A page up to four days after an event (a UTC stamp a day either side) is one of its days' news (event.ts, WITHIN_DAYS).
    add(eventsBetween(index, p - 5, p + 1));
  }
  const seen = new Set<string>();
  for (const clue of evidence.clues) {
    if (clue.kind === 'aircraft') add(index.byAircraft.get(clue.family));
    if (clue.kind !== 'strike-day' && clue.kind !== 'statement-day') continue;
    const reach = reachOf(clue, published);
    const key = JSON.stringify(reach);
    if (reach === null || seen.has(key)) continue;
    seen.add(key);
    add(eventsReached(index, reach));
  }
  for (const d of evidence.dates) add(index.byIncidentDate.get(`${d.month}-${d.day}`));
  for (const id of evidence.mentioned) if (id !== null) add(index.byName.get(id));
  return events.filter((e) => found.has(e));
}
