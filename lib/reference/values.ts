/**
 * Normalised values of figures, shared by the reference dataset and the recognizers.
 * A value says what the words mean, not how they were written; the text as written is kept beside it.
 */

/** How a count was qualified: "at least 22" is not the same claim as "22". */
export type CountQualifier =
  | 'exact' // "22", "one", "a"
  | 'at-least' // "at least 22", "22 or more"
  | 'more-than' // "more than 30", "over 30"
  | 'about' // "about 20", "around 20", "some 20", "nearly 20", "roughly 20"
  | 'up-to' // "up to 30"
  | 'several'; // "several", "multiple", "numerous", or a bare plural ("service members"): more than one

export interface CountValue {
  type: 'count';
  /** null only for 'several'. */
  n: number | null;
  qualifier: CountQualifier;
}

/** Which clock a date or time was given in. `local` is the clock where the event happened. */
export type Zone = 'ET' | 'UTC' | 'local' | null;

export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night' | 'late' | 'early';

/** A calendar day, possibly partial ("Thursday", "Feb. 15", "15 February 2021"). 0 = Sunday. */
export interface DateValue {
  type: 'date';
  year: number | null;
  month: number | null; // 1-12
  day: number | null;
  weekday: number | null;
  /** "late Thursday", "Thursday evening". */
  part: DayPart | null;
  zone: Zone;
  /** Counted in weeks from another day ("a week later"): the day either side is as likely. */
  approximate?: boolean;
}

/** A date that names no day: a month alone ("Earlier in February", "June 2021"). */
export function namesNoDay(date: DateValue): boolean {
  return date.day === null && date.weekday === null;
}

/** A clock time, optionally with the day it falls on ("about 6 p.m. ET Thursday", "1 a.m. Friday local time"). */
export interface TimeValue {
  type: 'time';
  hour: number; // 0-23
  minute: number;
  approximate: boolean;
  zone: Zone;
  /** The day named next to the time, if any. */
  date: DateValue | null;
}

/** A date given relative to another date in the same text: "a week later", "two days earlier". */
export interface RelativeDateValue {
  type: 'relative-date';
  days: number; // +7 for "a week later", -2 for "two days earlier"
}

export interface AircraftValue {
  type: 'aircraft';
  /** "F-15" for F15, F-15E, F-15E Strike Eagle. */
  family: string;
  /** "E" for F-15E, null when not given. */
  variant: string | null;
}

export interface CalibreValue {
  type: 'calibre';
  mm: number;
}

export interface WeightValue {
  type: 'weight';
  pounds: number;
}

export type FigureValue =
  | CountValue
  | DateValue
  | TimeValue
  | RelativeDateValue
  | AircraftValue
  | CalibreValue
  | WeightValue;
