/**
 * The day a story was written, when its page's stamp says another: a repost or a scraper's copy stamped 8 March
 * that opens "DAMASCUS, Feb. 26 (Xinhua) —" was written on 26 February, and its "Friday" is the Friday before
 * that; a page stamped 25 October that opens "UPDATE, Friday, Oct. 27: Late Thursday night…" was written on 27
 * October. Weekdays, "yesterday" and "weeks after" are counted from the day the story was written.
 */
import type { PublishedDate } from '../article/published';
import type { DateValue } from '../reference/values';
import { calendarDayOf, dayNumberOf, dayOnPage } from './day-numbers';

/** A dispatch dated a day before its page's stamp is the same day in another clock; further back, an older story's. */
const MIN_DAYS_EARLIER = 2;
/** A dispatch dated months before the stamp is more likely a date the story names than the day it was filed. */
const MAX_DAYS_EARLIER = 60;

/** An update dated this many days after the page's stamp or fewer updates that story; later, it is another's. */
const MAX_DAYS_LATER = 30;

/**
 * The page's stamp; or the day its opening dispatch was filed, when that is days before the stamp; or the day of
 * the update the story opens with ("UPDATE, Friday, Oct. 27: Late Thursday night…"), when that is after it.
 */
export function filedDay(stamp: PublishedDate | null, dispatch: DateValue | null, update: DateValue | null = null): PublishedDate | null {
  if (!stamp) return stamp;
  const page = dayNumberOf(stamp.year, stamp.month, stamp.day);
  const updated = update ? dayNumber(update, stamp) : null;
  if (updated !== null && updated > page && updated - page <= MAX_DAYS_LATER) return asStamp(updated, 'byline');
  const filed = dispatch ? dayNumber(dispatch, stamp) : null;
  if (filed === null || page - filed < MIN_DAYS_EARLIER || page - filed > MAX_DAYS_EARLIER) return stamp;
  return asStamp(filed, 'dateline');
}

/** A date's day number, read near the page's stamp; null when it names no month and day. */
function dayNumber(date: DateValue, stamp: PublishedDate): number | null {
  if (date.month === null || date.day === null) return null;
  return date.year !== null ? dayNumberOf(date.year, date.month, date.day) : dayOnPage(date.month, date.day, stamp);
}

function asStamp(dayNumber: number, from: PublishedDate['from']): PublishedDate {
  const day = calendarDayOf(dayNumber);
  return { year: day.year, month: day.month, day: day.day, utc: false, from };
}
