/**
 * Calendar days as day numbers (days since 1 January 1970) and back, in integer arithmetic (H. Hinnant's
 * days-from-civil): the event decision weighs every day an article gives against every event, and
 * building a Date for each was most of that weighing's time with a large reference. Outside what the
 * arithmetic covers (a month out of 1–12, a year below 100, which Date.UTC reads as 19xx) Date.UTC decides.
 */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar day; a day past its month's end runs on into the next month, as in Date.UTC. */
export function dayNumberOf(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && year >= 100 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) {
    return Date.UTC(year, month - 1, day) / MS_PER_DAY;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of a calendar day given as one value ("published", an event's day). */
export function dayNumberOfDay(d: CalendarDay): number {
  return dayNumberOf(d.year, d.month, d.day);
}

/** The calendar day of a day number (a fraction is the day it falls in). */
export function calendarDayOf(dayNumber: number): CalendarDay {
  const z = Math.floor(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

/**
 * The day number of a month and day with no year, read on a page of `page`: that year, or the one before
 * when that would be more than a month after the page ("Dec. 30" on a page of 2 January is last December).
 */
export function dayOnPage(month: number, day: number, page: CalendarDay): number {
  const pageDay = dayNumberOf(page.year, page.month, page.day);
  const d = dayNumberOf(page.year, month, day);
  return d > pageDay + 31 ? dayNumberOf(page.year - 1, month, day) : d;
}

/** The weekday of a day number, 0 for Sunday (day 0, 1 January 1970, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((Math.floor(dayNumber) + 4) % 7) + 7) % 7;
}

/** How many days back from `dayNumber` the last `weekday` falls, 0 when it is that day ("Monday" on a Monday). */
export function daysBackTo(weekday: number, dayNumber: number): number {
  return (weekdayOf(dayNumber) - weekday + 7) % 7;
}

/**
 * The day it already was where an event happened when a page was published, from the page's stamp with
 * its time (published.ts); null without one. A US evening stamp is the next morning in Syria, and a weekday
 * on such a page may name that morning ("early Friday local time" on a Thursday night).
 */
export function dayAtOffset(instant: number | undefined, offsetMinutes: number): number | null {
  return instant === undefined ? null : Math.floor((instant + offsetMinutes * 60_000) / MS_PER_DAY);
}

/** The instant an hour of a day begins on a clock `offsetMinutes` east of UTC: dayAtOffset's way back. */
export function instantAt(dayNumber: number, hour: number, offsetMinutes: number): number {
  return dayNumber * MS_PER_DAY + hour * 3_600_000 - offsetMinutes * 60_000;
}
