/**
 * Whether a sentence's own day rules out an earlier attack the reference knows: "an American civilian contractor
 * died … early Wednesday" is no death of the Erbil attack, which was on a Monday (15 February 2021). Only a
 * single attack with known days is ruled out this way; the strike and a series of attacks span several days.
 */
import type { FigureMention } from '../extract/types';
import type { FigureValue } from '../reference/values';
import type { Event, IncidentId } from '../reference/types';
import { dayNumberOf, weekdayOf } from './day-numbers';
import { daysFromEvent } from './when';

/** True when a day among `days` (the figure's sentence's dates and weekdays) is none of the incident's days. */
export function ruledOutByDay(days: readonly FigureMention[], event: Event, incident: IncidentId): boolean {
  const known = (event.incidents.find((i) => i.id === incident)?.dates ?? []).map((d) => dayNumberOf(event.day.year, d.month, d.day));
  if (known.length === 0) return false;
  // The strike's own day and the next ("the Thursday night attack was in retaliation for a rocket attack that killed
  // one American contractor") date the strike the sentence also names, not the toll.
  const strike = dayNumberOf(event.day.year, event.day.month, event.day.day);
  const strikeDays = [strike, strike + 1];
  return days.some((f) => {
    const v = f.value.type === 'date' ? f.value : f.value.type === 'time' ? f.value.date : null;
    if (!v) return false;
    if (v.month !== null && v.day !== null) {
      const day = dayNumberOf(v.year ?? event.day.year, v.month, v.day);
      return !known.includes(day) && !strikeDays.includes(day);
    }
    // A weekday alone: the incident's days fall on their own weekdays in the event's year.
    const isAmong = (dayNumbers: number[]) => dayNumbers.some((d) => weekdayOf(d) === v.weekday);
    return v.weekday !== null && v.month === null && !isAmong(known) && !isAmong(strikeDays);
  });
}

/**
 * True when a day falls on the known day of an attack that led to the strike: "No casualties were reported from
 * Monday's strike", on the Thursday of the strike, is the Monday of the Green Zone rockets, not the strike misdated.
 */
export function onAnAttacksDay(value: FigureValue, event: Event): boolean {
  const offset = daysFromEvent(value, event);
  if (offset === null) return false;
  const day = dayNumberOf(event.day.year, event.day.month, event.day.day) + offset;
  return event.incidents.some((i) => !i.isStrike && i.dates.some((d) => dayNumberOf(event.day.year, d.month, d.day) === day));
}
