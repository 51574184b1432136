/**
 * What is left out once every figure has its fact: the smaller counts of one series, the drones that flew
 * beside the jets the sources name, and counts of another order than every source's. They need all of an
 * article's ties, or the sources' claims, to decide.
 */
import type { FigureMention } from '../extract/types';
import type { Event, FactDef } from '../reference/types';
import type { Reference } from './reference';
import { claimsOn } from './reference-index';

/**
 * "Three rockets were fired … two fell on a residential area", "19 attacks: 12 in Iraq and seven in Syria":
 * only the largest count of a series is its total.
 */
export function dropPartialCounts(ties: Map<FigureMention, FactDef>): void {
  const largest = new Map<string, number>();
  for (const [figure, fact] of ties) {
    if (!isVolley(fact) || figure.value.type !== 'count' || figure.value.n === null) continue;
    largest.set(fact.key, Math.max(largest.get(fact.key) ?? 0, figure.value.n));
  }
  for (const [figure, fact] of [...ties]) {
    if (!isVolley(fact) || figure.value.type !== 'count' || figure.value.n === null) continue;
    if (figure.value.n < (largest.get(fact.key) ?? 0)) ties.delete(figure);
  }
}

function isVolley(fact: FactDef): boolean {
  return fact.measure === 'rockets' || fact.measure === 'aircraft-count' || fact.measure === 'attacks';
}

// Drones that watch over a strike (MQ-1, MQ-9, RQ-4…): flying beside the jets, not what struck.
const OVERWATCH = /^[MR]Q-/;

export function isOverwatchDrone(family: string): boolean {
  return OVERWATCH.test(family);
}

/**
 * "Two F-16s, accompanied by MQ-9 drones": an article that names the jets its sources name adds the drones
 * that watched over them, it does not contradict them. Another jet ("F-16 and F-15 fighter jets took part")
 * still differs.
 */
export function dropOverwatchDrones(ties: Map<FigureMention, FactDef>, reference: Reference, event: Event): void {
  const familyOf = (figure: FigureMention) => (figure.value.type === 'aircraft' ? figure.value.family : null);
  const named = (figure: FigureMention, fact: FactDef) =>
    claimsOn(reference, event.id, fact.key).some((c) => c.value.type === 'aircraft' && c.value.family === familyOf(figure));
  const agreeing = new Set<string>();
  for (const [figure, fact] of ties) if (familyOf(figure) !== null && named(figure, fact)) agreeing.add(fact.key);
  for (const [figure, fact] of [...ties]) {
    if (isOverwatchDrone(familyOf(figure) ?? '') && agreeing.has(fact.key) && !named(figure, fact)) ties.delete(figure);
  }
}

/** A count this many times every source's, and at least OTHER_ORDER_FLOOR, is of another matter. */
const OTHER_ORDER = 10;
const OTHER_ORDER_FLOOR = 100;

/**
 * "More than 505,000 people in the U.S. have died" in a news roundup: a count ten times every source's count
 * of the fact is another matter's (a pandemic's dead, a country's troops), whatever words it shares with the
 * strike's. Tied, it could only differ; outlets disagree on tolls, not on their order of magnitude.
 */
export function dropCountsOfAnotherOrder(ties: Map<FigureMention, FactDef>, reference: Reference, event: Event): void {
  for (const [figure, fact] of [...ties]) {
    const n = figure.value.type === 'count' ? figure.value.n : null;
    if (n === null || n < OTHER_ORDER_FLOOR) continue;
    const known = claimsOn(reference, event.id, fact.key).map((c) => (c.value.type === 'count' ? c.value.n : null));
    if (known.length > 0 && known.every((k) => k !== null && n > OTHER_ORDER * k)) ties.delete(figure);
  }
}

/**
 * "Pentagon: US forces attacked 23 times since October 17" over a body whose "23 attacks to date" is a count told
 * days after the strike: the headline repeats that later count, so it is tied no more than the body's.
 */
export function dropHeadlineCopies(ties: Map<FigureMention, FactDef>, laterTallies: ReadonlyArray<{ figure: FigureMention; fact: FactDef }>, headline: number, blockOf: (at: number) => number): void {
  for (const [figure, fact] of [...ties]) {
    if (figure.value.type !== 'count' || blockOf(figure.start) !== headline) continue;
    const n = figure.value.n;
    if (laterTallies.some((later) => later.fact.key === fact.key && later.figure.value.type === 'count' && later.figure.value.n === n)) ties.delete(figure);
  }
}
