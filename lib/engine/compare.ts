/**
 * Whether two claims about the same fact say the same thing, allowing for equivalent forms:
 * F-15E and F15; "one" and 1; "at least 22" and 22; 6 p.m. ET Thursday and 1 a.m. Friday in Syria.
 * 'unsure' keeps a comparison out of the status: a wrong "differs" misleads a reader.
 * 'less-specific': one side gives a number and the other only "multiple" or "several", which allows it;
 * a reader learns nothing from calling that agreement, and nothing is wrong with either.
 */
import type { ClaimValue, Event } from '../reference/types';
import { namesNoDay, type CountValue, type DateValue } from '../reference/values';
import { dayNumberOf } from './day-numbers';
import type { Status } from './findings';
import { overlaps, stretchesOfDate, stretchesOfTime, type Stretch } from './when';

export type Relation = 'same' | 'different' | 'less-specific' | 'unsure';
/** The relations a reader is shown: 'unsure' ones are left out. */
export type ShownRelation = Exclude<Relation, 'unsure'>;

/**
 * A figure's status from how the other reports relate to it: any report that contradicts it makes it differ;
 * else any that confirms it makes it agree. Reports that are only less (or more) specific do neither: "nine
 * facilities" against nothing but "multiple facilities" stays unique.
 */
export function statusOf(relations: readonly ShownRelation[]): Status {
  if (relations.includes('different')) return 'differs';
  return relations.includes('same') ? 'agrees' : 'unique';
}

/** Whether a count gives no number ("multiple facilities", "service members"). */
export function isVague(value: ClaimValue): boolean {
  return value.type === 'count' && (value.qualifier === 'several' || value.n === null);
}

function isExactlyOne(value: CountValue): boolean {
  return value.qualifier === 'exact' && value.n === 1;
}

function isAtLeastOne(value: CountValue): boolean {
  return value.qualifier === 'at-least' && value.n === 1;
}

/** "at least 16": a count given as its lower bound ("more than a dozen" is as often loose wording). */
function isFloor(value: CountValue): boolean {
  return value.n !== null && value.qualifier === 'at-least';
}

/** "up to 22", "as many as 22": a count given as its upper bound. */
function isCeiling(value: CountValue): boolean {
  return value.n !== null && value.qualifier === 'up-to';
}

/** The whole numbers a count allows, as [min, max] (max may be Infinity). */
export function countRange(value: CountValue): [number, number] {
  const n = value.n ?? 0;
  switch (value.qualifier) {
    case 'exact':
      return [n, n];
    case 'at-least':
      return [n, Infinity];
    case 'more-than':
      return [n + 1, Infinity];
    case 'about':
      return [Math.floor(n * 0.85), Math.ceil(n * 1.15)];
    case 'up-to':
      return [0, n];
    case 'several':
      return [2, Infinity];
  }
}

/**
 * `instant` is the moment of the incident when the reference knows it: a day that contains it, in
 * some clock, is right, so "Thursday" and "Friday" both agree with a strike at 1 a.m. Friday Syrian time.
 */
export function relate(a: ClaimValue, b: ClaimValue, event: Event, instant: number | null): Relation {
  if (a.type === 'count' && b.type === 'count') {
    const [aMin, aMax] = countRange(a);
    const [bMin, bMax] = countRange(b);
    // "wounded U.S. service members" against "a U.S. service member": a plural with no number is loose wording
    // as often as a count of two or more, so it neither confirms nor contradicts exactly one; the reader is
    // still shown the number ("Only a vaguer count here; … gives a number: 1"), never told no one else reports it.
    if (isVague(a) !== isVague(b) && (isExactlyOne(a) || isExactlyOne(b))) return 'less-specific';
    // "at least one fighter was killed" against 22: a lower bound that says only someone died, which allows 22.
    if ((isAtLeastOne(a) && bMin > 1) || (isAtLeastOne(b) && aMin > 1)) return 'less-specific';
    // "up to 22" or "as many as 22" against 1 or 17: a ceiling names its top number, and a count below it is
    // neither confirmed nor contradicted; against 22 it agrees, above 22 it differs.
    if (isCeiling(a) !== isCeiling(b)) {
      const [ceiling, other] = isCeiling(a) ? [a, b] : [b, a];
      if (other.n !== null && !isVague(other) && countRange(other)[0] < (ceiling.n ?? 0)) return 'unsure';
    }
    // "at least 16" against "at least 19": two floors are two tallies reported, not one allowed by the other.
    if (isFloor(a) && isFloor(b) && aMin !== bMin) return 'different';
    if (aMin > bMax || bMin > aMax) return 'different';
    // "nine facilities" inside "multiple facilities": allowed by it, not confirmed.
    return isVague(a) !== isVague(b) ? 'less-specific' : 'same';
  }
  if (a.type === 'aircraft' && b.type === 'aircraft') {
    if (a.family !== b.family) return 'different';
    return a.variant && b.variant && a.variant !== b.variant ? 'different' : 'same';
  }
  if (a.type === 'calibre' && b.type === 'calibre') return Math.abs(a.mm - b.mm) <= 1 ? 'same' : 'different';
  if (a.type === 'weight' && b.type === 'weight') return Math.abs(a.pounds - b.pounds) <= 0.05 * a.pounds ? 'same' : 'different';
  if (a.type === 'entity' && b.type === 'entity') return a.id === b.id ? 'same' : 'different';
  if (a.type === 'date' && b.type === 'date') {
    const month = monthAgainstDay(a, b) ?? monthAgainstDay(b, a);
    if (month) return month;
  }
  const sa = stretchesOf(a, event);
  const sb = stretchesOf(b, event);
  if (!sa || !sb || sa.length === 0 || sb.length === 0) return 'unsure';
  const relation = relateStretches(sa, sb, instant);
  // "A week later" counted from a day a page gives one off: a week is a loose count, a day either side no difference.
  if (relation === 'different' && a.type === 'date' && b.type === 'date' && (a.approximate || b.approximate) && daysApart(a, b) <= 1) return 'unsure';
  // "strikes in Syria on Thursday local time", in a paper datelined Washington: a day's "local" is the writer's place
  // as often as the strike's, so a day that holds in either clock is no difference.
  if (relation === 'different' && (isLocalDay(a) || isLocalDay(b))) {
    const either = relateStretches(stretchesOf(anyClock(a), event) ?? [], stretchesOf(anyClock(b), event) ?? [], instant);
    if (either === 'same') return 'unsure';
  }
  return relation;
}

/** Days between two dates, read in one year when either gives none. */
function daysApart(a: DateValue, b: DateValue): number {
  if (a.month === null || a.day === null || b.month === null || b.day === null) return Infinity;
  const both = a.year !== null && b.year !== null;
  return Math.abs(dayNumberOf(both ? a.year! : 2000, a.month, a.day) - dayNumberOf(both ? b.year! : 2000, b.month, b.day));
}

function isLocalDay(value: ClaimValue): boolean {
  return value.type === 'date' && value.zone === 'local';
}

function anyClock(value: ClaimValue): ClaimValue {
  return isLocalDay(value) ? { ...(value as DateValue), zone: null } : value;
}

/**
 * "Earlier in February" against "February 15": the month holds the day, so it is less specific. A month named
 * without a day gives no moment to compare, so another month stays unsure ("in March" may be when it was reported).
 */
function monthAgainstDay(month: DateValue, day: DateValue): Relation | null {
  if (month.month === null || !namesNoDay(month) || day.month === null || day.day === null) return null;
  const sameYear = month.year === null || day.year === null || month.year === day.year;
  return sameYear && month.month === day.month ? 'less-specific' : 'unsure';
}

/**
 * Stretches worked out, by value and event: a reference claim is compared with every figure on its fact,
 * and a figure with every claim, so each is worked out once (values are never changed once made).
 */
const stretchesMade = new WeakMap<ClaimValue, { event: Event; stretches: Stretch[] | null }>();

function stretchesOf(value: ClaimValue, event: Event): Stretch[] | null {
  const made = stretchesMade.get(value);
  if (made !== undefined && made.event === event) return made.stretches;
  const stretches = value.type === 'date' ? stretchesOfDate(value, event) : value.type === 'time' ? stretchesOfTime(value, event) : null;
  stretchesMade.set(value, { event, stretches });
  return stretches;
}

function relateStretches(a: Stretch[], b: Stretch[], instant: number | null): Relation {
  if (instant !== null) {
    const contains = (s: Stretch) => s.from <= instant && instant <= s.to;
    const aRight = a.some(contains);
    const bRight = b.some(contains);
    if (aRight && bRight) return 'same';
    if (aRight !== bRight) return 'different';
  }
  // Without a known moment, two days with no stated clock compare clock for clock:
  // 15 February is not 16 February just because the clocks could differ.
  // Two values in one clock compare in the same reading of it ("local" may be read in two).
  const bothUnstated = clocksOf(a) > 1 && clocksOf(b) > 1;
  const pairs = a.flatMap((x) => b.map((y) => [x, y] as const));
  const comparable = pairs.filter(([x, y]) => (x.zone === y.zone ? x.offset === y.offset : !bothUnstated));
  return comparable.some(([x, y]) => overlaps(x, y)) ? 'same' : 'different';
}

/** How many clocks a value's stretches are in: more than one when it stated none. */
function clocksOf(stretches: readonly Stretch[]): number {
  return stretches.some((s) => s.zone !== stretches[0]?.zone) ? 2 : 1;
}
