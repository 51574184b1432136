/**
 * When a page was written against the events it weighs: a page dated while one strike was news, and years
 * after the other, is about the news of its day. Comparison pages ("the second time since 2021…") give the
 * older strike as many names and groups as the new one; their date is what tells them apart.
 */
import type { PublishedDate } from '../article/published';
import type { Event } from '../reference/types';
import { dayNumberOfDay as dayNumber } from './day-numbers';

/** A page this many days after the event or fewer was written while it was news: a fact-check of the Monday after a Thursday's strike. */
export const WITHIN_DAYS = 4;
/** An event this many days before the page is history to it, whatever the page recalls of it. */
const HISTORY_DAYS = 365;

/** A page dated from the event's day to WITHIN_DAYS after it. */
export function writtenWhileNews(event: Event | undefined, published: PublishedDate | null): boolean {
  if (!event || !published) return false;
  const p = dayNumber(published);
  return p >= dayNumber(event.day) && p <= dayNumber(event.day) + WITHIN_DAYS;
}

/**
 * The lead the best event needs over the next: the usual `margin`, or one point when the page was written while
 * the best was news and the next was history by then (a page of 28 October 2023 recalling February 2021 at length).
 */
export function leadNeeded(margin: number, best: Event | undefined, next: Event | undefined, published: PublishedDate | null): number {
  if (!next || !published || !writtenWhileNews(best, published)) return margin;
  return dayNumber(published) - dayNumber(next.day) > HISTORY_DAYS ? 1 : margin;
}
