/**
 * The days a day clue of an article can stand for, read for one event against the page's publication date:
 * "Feb. 25, 2021" is itself, "Thursday" on a page of Saturday 27 February is the 25th, "last night" is counted back
 * from the page. event.ts weighs them against the event's day.
 */
import type { PublishedDate } from '../article/published';
import type { Event } from '../reference/types';
import type { DateValue } from '../reference/values';
import { dayAtOffset, dayNumberOfDay as dayNumber, dayOnPage, daysBackTo, instantAt } from './day-numbers';
import { partStartHour, resolveDay } from './when';

export type Range = readonly [number, number];

/**
 * The days (as day numbers) a day clue stands for, read for one event: a full date is itself; with a
 * publication date, a weekday is the last such day on or before it and "last night" is counted back
 * from it; without one, a weekday is the one nearest the event (resolveDay). `anchored` says whether
 * the reading depends on the event (so it cannot point at a near miss's day).
 */
export function daysOf(clue: { date: DateValue | null; relative: readonly [number, number] | null }, event: Event, published: PublishedDate | null): { range: Range; anchored: boolean } | null {
  const slack = published?.utc ? 1 : 0;
  const p = published ? dayNumber(published) : null;
  if (clue.relative) {
    if (p === null) return null;
    return { range: [p + clue.relative[0] - slack, p + clue.relative[1] + slack], anchored: true };
  }
  const date = clue.date;
  if (!date) return null;
  if (date.month !== null && date.day !== null) {
    if (date.year === null && p !== null && published) {
      // "Oct. 27" on a page of 28 October 2023 is that October, not the one nearest the event.
      const d = dayOnPage(date.month, date.day, published);
      return { range: [d, d], anchored: true };
    }
    const day = resolveDay(date, event);
    return day ? { range: [dayNumber(day), dayNumber(day)], anchored: date.year !== null } : null;
  }
  if (date.weekday !== null && p !== null && published) {
    const latest = Math.max(p + slack, dayAtOffset(published.instant, event.offsets.local) ?? p);
    let d = latest - daysBackTo(date.weekday, latest);
    // "Thursday night" on a page stamped 01:52 on Thursday in Syria (a US evening) is the Thursday before: that
    // night had not begun when the page went out.
    if (d > p && published.instant !== undefined && published.instant < instantAt(d, partStartHour(date.part), event.offsets.local)) d -= 7;
    return { range: [d, d], anchored: true };
  }
  const day = resolveDay(date, event);
  return day ? { range: [dayNumber(day), dayNumber(day)], anchored: false } : null;
}

/** How a range of days stands to the event's day, for the explanation: "+7 d", "the event day". */
export function describe(range: Range, eventDay: number): string {
  const off = (n: number) => (n === 0 ? 'the event day' : `${n > 0 ? '+' : ''}${n} d`);
  return range[0] === range[1] ? off(range[0] - eventDay) : `${off(range[0] - eventDay)} to ${off(range[1] - eventDay)}`;
}
