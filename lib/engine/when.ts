/**
 * Dates and times as stretches of real time. "Thursday" in an article about the 2021 strike is
 * 25 February; without a stated clock it may be US Eastern or Syrian local time, so it stands for
 * one stretch per clock.
 */
import type { Event } from '../reference/types';
import type { DateValue, DayPart, FigureValue, TimeValue, Zone } from '../reference/values';
import { calendarDayOf, dayNumberOf, weekdayOf } from './day-numbers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A stretch of time in UTC milliseconds, [from, to). */
export interface Stretch {
  from: number;
  to: number;
  zone: Exclude<Zone, null>;
  /** The clock's offset east of UTC in ms: "local" may be read in two (Event.offsets.localAlso). */
  offset: number;
}

function utcDay(d: Day): number {
  return dayNumberOf(d.year, d.month, d.day) * DAY;
}

function toDay(ms: number): Day {
  return calendarDayOf(ms / DAY);
}

/** The calendar day a (possibly partial) date names, read near the event: "Thursday" is the Thursday closest to it. */
export function resolveDay(value: DateValue, event: Event): Day | null {
  if (value.month !== null && value.day !== null) {
    let year = value.year ?? event.day.year;
    // "December 27" in a February story is last December.
    if (value.year === null && value.month - event.day.month > 6) year -= 1;
    if (value.year === null && event.day.month - value.month > 6) year += 1;
    return { year, month: value.month, day: value.day };
  }
  if (value.weekday !== null) {
    const eventDay = utcDay(event.day);
    const eventWeekday = weekdayOf(eventDay / DAY);
    let shift = value.weekday - eventWeekday;
    if (shift > 3) shift -= 7;
    if (shift < -3) shift += 7;
    return toDay(eventDay + shift * DAY);
  }
  return null;
}

/** How many days a date (or a time's date), read near the event, lies after the event's day; null when it names no day. */
export function daysFromEvent(value: FigureValue, event: Event): number | null {
  const date = value.type === 'date' ? value : value.type === 'time' ? value.date : null;
  const day = date ? resolveDay(date, event) : null;
  return day ? (utcDay(day) - utcDay(event.day)) / DAY : null;
}

/** Adds `days` to a day: "a week later" than 15 February is 22 February. */
export function shiftDay(day: Day, days: number): Day {
  return toDay(utcDay(day) + days * DAY);
}

const PARTS: Record<DayPart, [number, number]> = {
  early: [0, 8],
  // "1 a.m. Friday morning": news counts the small hours as morning.
  morning: [0, 12],
  afternoon: [12, 18],
  evening: [17, 24],
  // "Thursday night" runs past midnight, and news calls 6 p.m. on a winter evening night too.
  night: [18, 30],
  late: [18, 24],
};

/**
 * The day a clock's own date puts it on: "Thursday night at 1 a.m." and "the night of Thursday to Friday, at
 * 01:00" are already Friday, as a night runs past midnight. Null when the clock names no day.
 */
export function clockDay(value: TimeValue, event: Event): Day | null {
  const day = value.date ? resolveDay(value.date, event) : null;
  const smallHours = value.hour < 12 && !(value.hour === 0 && value.minute === 0);
  return day && value.date?.part === 'night' && smallHours ? shiftDay(day, 1) : day;
}

/** The hour a part of the day begins: 0 for a whole day. */
export function partStartHour(part: DayPart | null): number {
  return part ? PARTS[part][0] : 0;
}

/** The offsets, in ms, a clock may stand for: "local time" at a border between zones may be either side's. */
function offsetsOf(zone: Exclude<Zone, null>, event: Event): number[] {
  if (zone === 'UTC') return [0];
  if (zone === 'ET' || event.offsets.localAlso === undefined) return [event.offsets[zone] * 60_000];
  return [event.offsets.local * 60_000, event.offsets.localAlso * 60_000];
}

function zonesOf(zone: Zone): Array<Exclude<Zone, null>> {
  return zone ? [zone] : ['ET', 'local'];
}

/**
 * "The night of February 26" is the night running into the 26th as often as the one after it: Russian and
 * other agencies' English renders "the night to the 26th" so (TASS on the strike of 1 a.m. on the 26th). A
 * weekday's night ("Thursday night") is the evening of that day in English, and stays so.
 */
const NIGHT_OF_DATE: [number, number] = [-6, 30];

function isNightOfDate(value: DateValue): boolean {
  return value.part === 'night' && value.day !== null && value.weekday === null;
}

/** The stretches a date may stand for, one per clock it may be in. */
export function stretchesOfDate(value: DateValue, event: Event): Stretch[] {
  const day = resolveDay(value, event);
  if (!day) return [];
  const [fromHour, toHour] = isNightOfDate(value) ? NIGHT_OF_DATE : value.part ? PARTS[value.part] : [0, 24];
  return zonesOf(value.zone).flatMap((zone) =>
    offsetsOf(zone, event).map((offset) => {
      const midnight = utcDay(day) - offset;
      return { from: midnight + fromHour * HOUR, to: midnight + toHour * HOUR, zone, offset };
    }),
  );
}

/**
 * The stretches a clock time may stand for: an hour either side when approximate, half an hour when not.
 * A time with no day ("shortly after midnight") is a time of day: it may fall on the event's day or either side.
 */
export function stretchesOfTime(value: TimeValue, event: Event): Stretch[] {
  const slack = (value.approximate ? 60 : 30) * 60_000;
  const named = clockDay(value, event);
  // "Midnight on Thursday" is where Thursday begins as often as where it ends: it stands for both.
  const midnight = value.hour === 0 && value.minute === 0;
  const days = named ? (midnight ? [named, shiftDay(named, 1)] : [named]) : [-1, 0, 1].map((d) => shiftDay(event.day, d));
  return zonesOf(value.zone ?? value.date?.zone ?? null).flatMap((zone) =>
    offsetsOf(zone, event).flatMap((offset) =>
      days.map((day) => {
        const at = utcDay(day) - offset + value.hour * HOUR + value.minute * 60_000;
        return { from: at - slack, to: at + slack, zone, offset };
      }),
    ),
  );
}

export function overlaps(a: Stretch, b: Stretch): boolean {
  return a.from < b.to && b.from < a.to;
}

/** ISO date of a resolved day, "2021-02-25". */
export function isoDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
