/**
 * Sentences about another time than the event's: the engine ties nothing in them. A sentence says so by its
 * own words ("previously", "in March", a near miss's wording), by a year or a day far from the event, or by
 * going on from one that does ("On December 27 of that year, rockets hit K-1. Two days later, American
 * aircraft struck…"; "…on March 23, killing a contractor. US F-15 jets then bombed…").
 */
import type { PublishedDate } from '../article/published';
import { MONTH_SRC, monthNumber } from '../extract/calendar';
import { nearMisses as knownNearMisses } from '../reference/events';
import type { Event } from '../reference/types';
import { allMatches } from './all-matches';
import type { Sentence } from './sentences';
import { LETTER } from '../extract/letter-classes';

// The drone strike that killed Qassem Soleimani (January 2020) is recalled often, and never either event's.
const BACKGROUND = /\b(?:for example|for instance|previously|last year|years ago|Soleimani)\b/i;
// "in March", with no day: another month's, unless the event's own ("the rocket attack in Iraq earlier in February").
const IN_MONTH = /\bin (January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d)/gi;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;
const YEAR_IN = new RegExp(YEAR.source);
// What only a near miss had ("K-1 base near Kirkuk", "Tower 22"): a sentence naming it is about that strike.
const NEAR_MISS_WORDS = new RegExp(knownNearMisses.flatMap((m) => m.only).join('|'));
// A sentence that opens by counting on from the one before: "Two days later,", "The next day,", "That night,".
const GOES_ON = new RegExp(String.raw`^(?:[${LETTER}-]+\s+(?:days?|weeks?|hours?|months?)\s+(?:later|after)|(?:the\s+)?(?:next|following|same)\s+(?:day|week|morning|night)|that\s+(?:day|night|week|morning)|later\s+that)\b`, 'iu');
// "US F-15 jets then bombed…": the next step of what the sentence before told, early in the sentence.
const THEN_EARLY = /^[^,.;:]{0,50}\bthen\b/i;
// "on March 23", "in March 2023": a month and its day, or a month and its year.
const MONTH_DAY = new RegExp(`\\b(${MONTH_SRC})\\s+(?:\\d{1,2}(?!\\d)|(?:of\\s+)?(?:19|20)\\d\\d\\b)`, 'g');
// A sentence that gives a day or a year of its own: a month, a weekday, a year, or a day counted from now.
const GIVES_A_DAY = new RegExp(`\\b(?:${MONTH_SRC}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\\d\\d|yesterday|today|tonight|last (?:night|week|month))`, 'i');
const MONTH_ALONE = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g;
// A day, a month and a year, either way round.
const FULL_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+(${MONTH_SRC})|(${MONTH_SRC})\\s+(\\d{1,2}),?)\\s+((?:19|20)\\d\\d)\\b`, 'g');
/** A full date more than this many days from the event's is another time's. */
const FAR_DAYS = 21;
/** A day whose month is this many months or more from the event's is another time's. */
const FAR_MONTHS = 2;
// "On November 8": the day of a near miss, whose sentence reports that strike.
const NEAR_MISS_DAYS = new Set(knownNearMisses.map((m) => `${m.day.month}-${m.day.day}`));

/** Whether each sentence is about another time, read once per sentence. */
export function backgroundReader(text: string, sentences: readonly Sentence[], event: Event, published: PublishedDate | null = null): (i: number) => boolean {
  const known: Array<boolean | undefined> = [];
  // Asked of most sentences twice (their own words, then as the day a paragraph carries on): read once.
  const another: Array<boolean | undefined> = [];
  const anotherAt = (k: number): boolean => {
    const s = sentences[k] as Sentence;
    return (another[k] ??= anotherTimesDay(text.slice(s.start, s.end), event));
  };
  // Sentences dated another time by a day or a year of their own, or that carry such a date on (below).
  const dated: Array<boolean | undefined> = [];
  // "On November 8, Austin issued another statement. … Two F-15s hit a weapons storage facility.": a paragraph's
  // sentences with no day or year of their own stay at the other time its earlier sentence gave. Filled forward
  // from the paragraph's first unread sentence, not by recursion: a long text may be one paragraph.
  const datedAt = (i: number): boolean => {
    if (dated[i] !== undefined) return dated[i]!;
    const block = (sentences[i] as Sentence).block;
    let first = i;
    while (first > 0 && dated[first - 1] === undefined && (sentences[first - 1] as Sentence).block === block) first--;
    for (let k = first; k <= i; k++) {
      const s = sentences[k] as Sentence;
      const words = text.slice(s.start, s.end);
      const carried = sentences[k - 1]?.block === block && (dated[k - 1] ?? false) && !GIVES_A_DAY.test(words);
      dated[k] = anotherAt(k) || afterThePage(words, event, published) || carried;
    }
    return dated[i]!;
  };
  let sections: boolean[] | null = null;
  const at = (i: number): boolean => {
    const s = sentences[i] as Sentence;
    sections ??= otherYearSections(text, sentences, event);
    known[i] ??= isBackground(text, s, event, anotherAt(i)) || goesOn(text, sentences, i, at, anotherAt) || datedAt(i) || sections[i]!;
    return known[i]!;
  };
  return at;
}

const YEAR_HEADING = /^(?:19|20)\d\d$/;

/**
 * A timeline's year headings ("2017", then its entries "May 18: …") date what follows them up to the next:
 * whether each sentence stands under the heading of another year than the event's. One pass over the text.
 */
function otherYearSections(text: string, sentences: readonly Sentence[], event: Event): boolean[] {
  let other = false;
  return sentences.map((s) => {
    if (s.end - s.start === 4 && YEAR_HEADING.test(text.slice(s.start, s.end))) other = Number(text.slice(s.start, s.end)) !== event.day.year;
    return other;
  });
}

/** Sentence i goes on, in the same paragraph, from one about another time. */
function goesOn(text: string, sentences: readonly Sentence[], i: number, at: (i: number) => boolean, anotherAt: (i: number) => boolean): boolean {
  const s = sentences[i] as Sentence;
  const previous = sentences[i - 1];
  if (!previous || previous.block !== s.block) return false;
  const opening = text.slice(s.start, s.start + 60);
  if (GOES_ON.test(opening)) return at(i - 1);
  // "then" goes on only from a sentence whose own day or year is another time's: "in February" alone is too weak.
  return THEN_EARLY.test(opening) && anotherAt(i - 1);
}

function isBackground(text: string, sentence: Sentence, event: Event, anotherTime: boolean): boolean {
  const s = text.slice(sentence.start, sentence.end);
  return BACKGROUND.test(s) || allMatches(IN_MONTH, s).some((m) => monthNumber(m[1] ?? '') !== event.day.month) || anotherTime;
}

/** Months between a month and the event's, either way round the year. */
function monthsAway(month: number, event: Event): number {
  const apart = Math.abs(month - event.day.month);
  return Math.min(apart, 12 - apart);
}

/** A near miss's words, a year not the event's, or a day or a month months away from it. */
/**
 * "A March 11 rocket attack on Camp Taji …", on a page of 26 February 2021: a day with no year, more than a week
 * after the page's own, is the year before's, another time's.
 */
function afterThePage(s: string, event: Event, published: PublishedDate | null): boolean {
  if (!published || YEAR_IN.test(s)) return false;
  const page = Date.UTC(published.year, published.month - 1, published.day);
  for (const m of allMatches(MONTH_DAY, s)) {
    const month = monthNumber(m[1] ?? '');
    const day = /\d+$/.exec(m[0])?.[0] ?? '';
    if (month === null || day.length > 2) continue;
    // A week's margin: a page updated days after its stamp may give a day after it ("On March 1, the Pentagon said").
    if (Date.UTC(event.day.year, month - 1, Number(day)) - page > 7 * 86_400_000) return true;
  }
  return false;
}

function anotherTimesDay(s: string, event: Event): boolean {
  if (NEAR_MISS_WORDS.test(s)) return true;
  for (const m of allMatches(YEAR, s)) if (Number(m[0]) !== event.day.year) return true;
  // "Then came August, and the chaotic end of the war in Afghanistan": a month alone, months away (not "May", a verb too).
  for (const m of allMatches(MONTH_ALONE, s)) {
    const month = monthNumber(m[0]);
    if (month !== null && monthsAway(month, event) >= FAR_MONTHS) return true;
  }
  for (const m of allMatches(MONTH_DAY, s)) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) continue;
    if (monthsAway(month, event) >= FAR_MONTHS) return true;
    const day = /\d+$/.exec(m[0])?.[0] ?? '';
    if (day.length <= 2 && NEAR_MISS_DAYS.has(`${month}-${Number(day)}`)) return true;
  }
  // "on 13 January 2021", "on January 13, 2021": a full date of the event's year, weeks from it.
  for (const m of allMatches(FULL_DATE, s)) {
    const month = monthNumber(m[2] ?? m[3] ?? '');
    const day = Number(m[1] ?? m[4]);
    if (month !== null && Math.abs(Date.UTC(Number(m[5]), month - 1, day) - Date.UTC(event.day.year, event.day.month - 1, event.day.day)) > FAR_DAYS * 86_400_000) return true;
  }
  return false;
}
