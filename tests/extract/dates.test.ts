import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/extract/dates';
import type { DateValue } from '../../lib/reference/values';
import { checked, only, texts } from './helpers';

function date(partial: Partial<DateValue>): DateValue {
  return { type: 'date', year: null, month: null, day: null, weekday: null, part: null, zone: null, ...partial };
}

function one(s: string, span: string): DateValue {
  return only(s, findDates(s), span).value as DateValue;
}

describe('findDates: calendar dates', () => {
  it.each([
    ['The strike came on Feb. 15 after a rocket attack.', 'Feb. 15', date({ month: 2, day: 15 })],
    ['It was Feb 15 in Erbil.', 'Feb 15', date({ month: 2, day: 15 })],
    ['On February 15, rockets hit Erbil.', 'February 15', date({ month: 2, day: 15 })],
    ['Rockets struck on 15 February, the ministry said.', '15 February', date({ month: 2, day: 15 })],
    ['on February 15, 2021, at the airport', 'February 15, 2021', date({ year: 2021, month: 2, day: 15 })],
    ['on 15 Feb 2021 near Erbil', '15 Feb 2021', date({ year: 2021, month: 2, day: 15 })],
    ['the Oct. 17 raid', 'Oct. 17', date({ month: 10, day: 17 })],
    ['October 17th', 'October 17th', date({ month: 10, day: 17 })],
    ['the 15th of February', '15th of February', date({ month: 2, day: 15 })],
    ['Sept. 11, 2001', 'Sept. 11, 2001', date({ year: 2001, month: 9, day: 11 })],
    ['published 2021-02-25 by the ministry', '2021-02-25', date({ year: 2021, month: 2, day: 25 })],
    ['in February 2021', 'February 2021', date({ year: 2021, month: 2 })],
    ['strikes on Feb. 15-16', 'Feb. 15-16', date({ month: 2, day: 15 })],
    ['attacks on Oct. 17 – 19 at two bases', 'Oct. 17 – 19', date({ month: 10, day: 17 })],
    ['rockets from Feb. 15 to 22 in Iraq', 'Feb. 15 to 22', date({ month: 2, day: 15 })],
    ['on Oct. 17 and 19 people fled', 'Oct. 17', date({ month: 10, day: 17 })],
    ['16 attacks between October 17 and 26, he said', 'October 17 and 26', date({ month: 10, day: 17 })],
    ['attacks between Oct. 17 and 26.', 'Oct. 17 and 26', date({ month: 10, day: 17 })],
    ['overnight from 25 to 26 February in Deir ez-Zor', '25 to 26 February', date({ month: 2, day: 25 })],
    ['talks between 3 and 5 March 2021', '3 and 5 March 2021', date({ year: 2021, month: 3, day: 3 })],
  ])('%s', (s, span, value) => {
    expect(one(s, span)).toEqual(value);
  });

  it('reads a month alone only after a preposition or with early/late/mid-', () => {
    expect(one('Attacks rose in March.', 'March')).toEqual(date({ month: 3 }));
    expect(one('since early February', 'early February')).toEqual(date({ month: 2, part: 'early' }));
    expect(one('by mid-February', 'mid-February')).toEqual(date({ month: 2 }));
    expect(texts('March on, they said. May God help us. August was hot.', findDates('March on, they said. May God help us. August was hot.'))).toEqual([]);
  });

  it('reads a range in words only before its month: "on Feb. 25 and 26 people died" is a date and a count', () => {
    expect(texts('on Feb. 25 and 26 people died', findDates('on Feb. 25 and 26 people died'))).toEqual(['Feb. 25']);
  });

  it('refuses impossible days and lower-case months', () => {
    expect(findDates('February 30 and Feb 31')).toEqual([]);
    expect(findDates('they may 15 times')).toEqual([]);
  });
});

describe('findDates: weekdays', () => {
  it.each([
    ['The strike came Thursday.', 'Thursday', date({ weekday: 4 })],
    ['on Thursday, officials said', 'Thursday', date({ weekday: 4 })],
    ['late Thursday, the Pentagon said', 'late Thursday', date({ weekday: 4, part: 'late' })],
    ['It happened late on Thursday.', 'late on Thursday', date({ weekday: 4, part: 'late' })],
    ['early Friday', 'early Friday', date({ weekday: 5, part: 'early' })],
    ['Thursday evening', 'Thursday evening', date({ weekday: 4, part: 'evening' })],
    ['on Thursday night', 'Thursday night', date({ weekday: 4, part: 'night' })],
    ['Friday morning', 'Friday morning', date({ weekday: 5, part: 'morning' })],
    ["Thursday afternoon's raid", 'Thursday afternoon', date({ weekday: 4, part: 'afternoon' })],
    ['late Thursday night', 'late Thursday night', date({ weekday: 4, part: 'night' })],
    ['in the early hours of Friday', 'early hours of Friday', date({ weekday: 5, part: 'early' })],
    // A night that runs into the next day is named by the day it begins on.
    ['in the night of Thursday to Friday, at 01:00', 'night of Thursday to Friday', date({ weekday: 4, part: 'night' })],
    ['overnight Thursday into Friday', 'overnight Thursday into Friday', date({ weekday: 4, part: 'night' })],
    ['the night between Thursday and Friday', 'night between Thursday and Friday', date({ weekday: 4, part: 'night' })],
    ['from Thursday to Friday', 'Thursday', date({ weekday: 4 })],
    ["Thursday's strike", 'Thursday', date({ weekday: 4 })],
    ['Friday local time', 'Friday local time', date({ weekday: 5, zone: 'local' })],
    ['Friday (local time)', 'Friday (local time)', date({ weekday: 5, zone: 'local' })],
    ['Thursday GMT', 'Thursday GMT', date({ weekday: 4, zone: 'UTC' })],
  ])('%s', (s, span, value) => {
    expect(one(s, span)).toEqual(value);
  });

  it('joins a weekday to its date', () => {
    expect(one('On Thursday, Feb. 25, the US struck.', 'Thursday, Feb. 25')).toEqual(
      date({ weekday: 4, month: 2, day: 25 }),
    );
    expect(one('on Thursday 25 February 2021', 'Thursday 25 February 2021')).toEqual(
      date({ weekday: 4, year: 2021, month: 2, day: 25 }),
    );
    expect(one('Thursday, February 25, 2021, officials said', 'Thursday, February 25, 2021')).toEqual(
      date({ weekday: 4, year: 2021, month: 2, day: 25 }),
    );
    expect(one('Thursday evening, Feb. 25, the US struck', 'Thursday evening, Feb. 25')).toEqual(
      date({ weekday: 4, month: 2, day: 25, part: 'evening' }),
    );
  });

  it('does not read plurals or names as weekdays', () => {
    const s = 'Strikes on Thursdays, the Sunday Times said, and the Mail on Sunday, on Bloody Sunday.';
    expect(texts(s, findDates(s))).toEqual([]);
  });

  it('does not take "Eastern" alone as a zone after a day', () => {
    const s = 'Thursday Eastern Ghouta was shelled.';
    expect(texts(s, findDates(s))).toEqual(['Thursday']);
  });

  it('does not read vague dates or bare years', () => {
    const s = 'Earlier this month, yesterday, today, last week, in 2019 and after 2020.';
    expect(findDates(s)).toEqual([]);
  });

  it('finds several dates in order', () => {
    const s = 'The Feb. 15 attack in Erbil, followed on Feb. 22 and Thursday by others.';
    expect(texts(s, checked(s, findDates(s)))).toEqual(['Feb. 15', 'Feb. 22', 'Thursday']);
  });
});

describe('findDates: a day in another zone', () => {
  it('leaves out a day whose zone the reference does not place, and keeps one in a zone it does', () => {
    const s = 'The raid came on Thursday ET, which was Friday NZT, or Friday (AEDT) in Sydney; Friday local time in Syria.';
    expect(texts(s, findDates(s))).toEqual(['Thursday ET', 'Friday local time']);
  });
});
