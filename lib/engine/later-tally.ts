/**
 * Counts told as they stood days after the event: "By 9 November, 56 … had been hurt", "the Pentagon has
 * logged 27 attacks" on a page of 31 October. Tied, they could only differ from the counts of the time.
 */
import { findDates } from '../extract/dates';
import { WEEKDAY_SRC, weekdayNumber } from '../extract/calendar';
import { dayNumberOf, weekdayOf } from './day-numbers';
import type { FigureMention } from '../extract/types';
import type { Event, FactDef, IncidentId, Measure } from '../reference/types';
import type { Sentence } from './sentences';
import { daysFromEvent } from './when';

/** What the page says about when it was written, and which incidents are the strike. */
export interface TallyPage {
  event: Event;
  isStrike: (incident: IncidentId) => boolean;
  /** Days from the event to the page's own date, when it has one. */
  pageDaysAfter: number | null;
  /** Incidents that are a series of attacks, counted as such ("19 attacks since 17 October"). */
  series: ReadonlySet<string>;
}

// "By 9 November, 56 U.S. personnel had been hurt", "as of Oct. 31, 27 attacks": a tally at a later day.
// The words that make a day the one a tally stands at: "by", "as of", "through".
const TALLY_DAY_BEFORE = /\b(?:by|as of|as at|through|until)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
const TALLY_WORD = /(?:by|as of|as at|through|until)\s/i;
const TALLIES = new Set<Measure>(['attacks', 'wounded', 'killed']);
// The attacks and their wounded kept growing after the strike: any later day before such a count dates it
// ("On Nov. 9, the Pentagon said 56 troops had been hurt"; a tracker's row "Nov. 9; Pentagon tally; 56 injured").
// A strike's toll is one number however late it is told ("March 1 (UPI) -- The strike … injured two others"),
// and only "by" or "as of" make it a later one.
const RUNNING_TALLIES = new Set<Measure>(['attacks', 'wounded']);
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
// "the Pentagon has logged 27 attacks", "says it's tracking 27 attacks", "over the past two weeks", "targets have come under
// attack at least 23 times", "bases have been hit
// by at least 38 attacks", "there have been at least 38 attacks … since Oct. 17": a count kept up to the page's day.
const NOW_TALLY =
  /\b(?:(?:has|have)\s+now\s+(?:been|risen|reached|climbed|grown)|now\s+(?:stands?|totals?|numbers?)|so far|to date|thus far|(?:has|have)\s+(?:logged|recorded|counted|tallied|tracked)|(?:is|are|it['’]s|they['’]re)\s+(?:tracking|keeping\s+track\s+of)|(?:keeps|kept)\s+track\s+of|(?:over|in|during)\s+(?:(?:roughly|about|around|nearly|some)\s+)?(?:the\s+)?(?:last|past) (?:[\w-]+\s+){0,2}(?:days|weeks)|(?:has|have)\s+been\s+(?:hit|attacked|targeted|struck)|(?:has|have)\s+come\s+under\s+(?:attack|fire)|there\s+(?:have|has)\s+(?:now\s+)?been\b[^;]{0,100}?\bsince)\b/i;

/**
 * Days after the event from which a page's running counts are its own day's: the attacks were counted anew every
 * day or two (19 on the strike's day, 23 four days later, 27 five days later), the wounded more slowly (21 for a week).
 */
const LATER_DAYS: Partial<Record<Measure, number>> = { attacks: 3, wounded: 7 };
// What sets a count at the strike: what the strikes answered, what came before them ("came after", "after 19
// attacks"; not "said on Monday, after several attempts over the weekend, that…").
const AT_THE_STRIKE = /\b(?:before|prior to|prompt\w*|in response to|respon\w+|answer\w*|retaliat\w*|led to|leading up to|preceding|precede\w*|at the time|triggered|provoked|(?:came|comes|come)\s+after|after\s+(?:at least\s+|more than\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+)?(?:\d+|a\s+(?:series|string|spate|wave|run)))\b/i;

/**
 * A count whose clause dates it days after the event ("By 9 November, 56 … had been hurt") is a later tally:
 * tied, it could only differ from the counts the sources gave at the time. The day is read again here: as the
 * day a tally stands at, the figures read it as a statement's and keep no figure of it.
 */
export function isLaterTally(text: string, sentence: Sentence, figure: FigureMention, fact: FactDef, page: TallyPage): boolean {
  if (figure.value.type !== 'count' || !TALLIES.has(fact.measure)) return false;
  const clause = text.slice(sentence.start, figure.start);
  const running = RUNNING_TALLIES.has(fact.measure) && !page.isStrike(fact.incident);
  // "as many as 45 U.S. personnel have now been hurt", on a page of 7 November: the count as it stood that day.
  if (running && (page.pageDaysAfter ?? 0) > 3 && NOW_TALLY.test(text.slice(sentence.start, sentence.end))) return true;
  // "US forces attacked 52 times in Syria and Iraq", on a page of 14 November: a running count told days later is
  // the count of the page's day, unless its sentence sets it at the strike ("the strikes answered 19 attacks").
  // Not one told on the strike's day or the next ("…27 times since Oct. 17, the Pentagon said Thursday").
  const words = text.slice(sentence.start, sentence.end);
  const toldAtTheStrike = (toldDaysAfter(words, page) ?? Infinity) <= 2;
  if (running && page.series.has(fact.incident) && (page.pageDaysAfter ?? 0) > (LATER_DAYS[fact.measure] ?? Infinity) && !AT_THE_STRIKE.test(words) && !toldAtTheStrike) return true;
  // "…at least 27 times since Oct. 17, the Pentagon confirmed Tuesday", on a page of Tuesday 31 October: told that day.
  if (running && (page.pageDaysAfter ?? 0) > 3 && (toldDaysAfter(text.slice(figure.end, sentence.end), page) ?? 0) > 2) return true;
  // Most clauses hold no month, or no "by", "as of", "through" or "until": their dates need not be read.
  if (!(running ? MONTH_WORD : TALLY_WORD).test(clause)) return false;
  return findDates(clause).some(
    (d) =>
      (running || TALLY_DAY_BEFORE.test(clause.slice(Math.max(0, d.start - 16), d.start))) &&
      (daysFromEvent(d.value, page.event) ?? 0) > 2,
  );
}

const TOLD_ON_WEEKDAY = new RegExp(String.raw`\b(?:said|says|confirmed|announced|acknowledged|reported|added)\s+(?:on\s+)?(${WEEKDAY_SRC})`, 'i');

/**
 * Days after the event of the weekday a count was told on ("the Pentagon confirmed Tuesday"): the last such day up to
 * the page's; null when the words tell no weekday or the page has no date.
 */
function toldDaysAfter(words: string, page: TallyPage): number | null {
  const told = TOLD_ON_WEEKDAY.exec(words);
  const weekday = told ? weekdayNumber(told[1] ?? '') : null;
  if (weekday === null || page.pageDaysAfter === null) return null;
  const { year, month, day } = page.event.day;
  const pageWeekday = weekdayOf(dayNumberOf(year, month, day) + page.pageDaysAfter);
  return page.pageDaysAfter - ((pageWeekday - weekday + 7) % 7);
}
