import { describe, expect, it } from 'vitest';
import { findTimes } from '../../lib/extract/times';
import type { DateValue, TimeValue } from '../../lib/reference/values';
import { checked, only, texts } from './helpers';

function time(partial: Partial<TimeValue>): TimeValue {
  return { type: 'time', hour: 0, minute: 0, approximate: false, zone: null, date: null, ...partial };
}
function day(partial: Partial<DateValue>): DateValue {
  return { type: 'date', year: null, month: null, day: null, weekday: null, part: null, zone: null, ...partial };
}
function one(s: string, span: string): TimeValue {
  return only(s, findTimes(s), span).value as TimeValue;
}

describe('findTimes: clock forms', () => {
  it.each([
    ['at 6 p.m. the jets took off', '6 p.m.', 18, 0],
    ['at 6 PM', '6 PM', 18, 0],
    ['by 6pm', '6pm', 18, 0],
    ['at 1 a.m.', '1 a.m.', 1, 0],
    ['at 12 a.m.', '12 a.m.', 0, 0],
    ['at 12 p.m.', '12 p.m.', 12, 0],
    ['at 6:30 p.m. on the dot', '6:30 p.m.', 18, 30],
    ['at 6.30pm', '6.30pm', 18, 30],
    ['at 7:20pm', '7:20pm', 19, 20],
    ['The order came at 18:00.', '18:00', 18, 0],
    ['at 9:45, the sirens', '9:45', 9, 45],
    ["at six o'clock", "six o'clock", 6, 0],
    ["at 9 o'clock in the evening", "9 o'clock in the evening", 21, 0],
    ['at six in the morning', 'six in the morning', 6, 0],
    ['at 11 at night', '11 at night', 23, 0],
    ['at noon', 'noon', 12, 0],
    ['Midnight came.', 'Midnight', 0, 0],
    ['at 12 noon', '12 noon', 12, 0],
    ['at 1800 hrs', '1800 hrs', 18, 0],
  ])('%s', (s, span, hour, minute) => {
    expect(one(s, span)).toEqual(time({ hour, minute }));
  });

  it('skips a bare clock in brackets, a transcript’s timestamp, but not one with its zone', () => {
    expect(findTimes('Mayor Ruiz: (03:40) The water is falling.')).toEqual([]);
    expect(findTimes('The dam gave way at 1:30 (0130 GMT).').map((t) => t.text)).toEqual(['1:30', '0130 GMT']);
  });

  it('reads zones', () => {
    expect(one('6 p.m. ET', '6 p.m. ET').zone).toBe('ET');
    expect(one('6 p.m. EST', '6 p.m. EST').zone).toBe('ET');
    expect(one('6 p.m. EDT', '6 p.m. EDT').zone).toBe('ET');
    expect(one('6 p.m. Eastern,', '6 p.m. Eastern').zone).toBe('ET');
    expect(one('6 p.m. Eastern Time', '6 p.m. Eastern Time').zone).toBe('ET');
    expect(one('at 6 pm eastern time on', '6 pm eastern time').zone).toBe('ET');
    expect(one('6 p.m. Eastern Standard Time', '6 p.m. Eastern Standard Time').zone).toBe('ET');
    expect(one('6 PM East Standard Time', '6 PM East Standard Time').zone).toBe('ET');
    expect(one('6 p.m. Washington time', '6 p.m. Washington time').zone).toBe('ET');
    expect(one('2300 GMT', '2300 GMT')).toEqual(time({ hour: 23, zone: 'UTC' }));
    expect(one('18:00 UTC', '18:00 UTC').zone).toBe('UTC');
    expect(one('0100Z', '0100Z')).toEqual(time({ hour: 1, zone: 'UTC' }));
    expect(one('23:00 Zulu', '23:00 Zulu').zone).toBe('UTC');
    expect(one('1 a.m. local time', '1 a.m. local time').zone).toBe('local');
    expect(one('1 a.m. Syria time', '1 a.m. Syria time').zone).toBe('local');
    expect(one('1 a.m. (local)', '1 a.m. (local)').zone).toBe('local');
    expect(one('1 a.m., local time', '1 a.m., local time').zone).toBe('local');
    // A bare "local" after a clock, and Iraq's clock, which the 2021 strike's "local" may be.
    expect(one('at 01:00 local, the monitor said', '01:00 local').zone).toBe('local');
    expect(one('2 a.m. Iraqi time', '2 a.m. Iraqi time').zone).toBe('local');
  });

  it('does not read a UTC offset as UTC', () => {
    expect(one('at 11 PM GMT+3', '11 PM').zone).toBeNull();
  });

  it('does not swallow a name after a bare "Eastern" or a closing bracket it did not open', () => {
    const s = 'shelling at 6 p.m. Eastern Ghouta time';
    expect(texts(s, findTimes(s))).toEqual(['6 p.m.']);
    const t = '(the strike came at 6 p.m.) and more';
    expect(texts(t, findTimes(t))).toEqual(['6 p.m.']);
  });
});

describe('findTimes: qualifiers and days', () => {
  it('reads the example wordings', () => {
    expect(one('The strikes came at about 6 PM East Standard Time Thursday afternoon.', 'about 6 PM East Standard Time Thursday afternoon')).toEqual(
      time({ hour: 18, approximate: true, zone: 'ET', date: day({ weekday: 4, part: 'afternoon', zone: 'ET' }) }),
    );
    expect(one('Rockets hit around 1 a.m. Friday.', 'around 1 a.m. Friday')).toEqual(
      time({ hour: 1, approximate: true, date: day({ weekday: 5 }) }),
    );
    expect(one('It happened at around 1 a.m. local time on Friday.', 'around 1 a.m. local time on Friday')).toEqual(
      time({ hour: 1, approximate: true, zone: 'local', date: day({ weekday: 5, zone: 'local' }) }),
    );
    expect(one('late Thursday at 6 p.m.', 'late Thursday at 6 p.m.')).toEqual(
      time({ hour: 18, date: day({ weekday: 4, part: 'late' }) }),
    );
    expect(one('at 1 a.m. on Friday', '1 a.m. on Friday')).toEqual(time({ hour: 1, date: day({ weekday: 5 }) }));
  });

  it('takes the zone from the day after the time', () => {
    expect(one('at 1 a.m. Friday local time', '1 a.m. Friday local time')).toEqual(
      time({ hour: 1, zone: 'local', date: day({ weekday: 5, zone: 'local' }) }),
    );
  });

  it('joins a full date before or after', () => {
    expect(one('On Thursday, February 25, 2021, at 6 p.m. EST', 'Thursday, February 25, 2021, at 6 p.m. EST')).toEqual(
      time({ hour: 18, zone: 'ET', date: day({ weekday: 4, year: 2021, month: 2, day: 25, zone: 'ET' }) }),
    );
    expect(one('at 9 p.m. on Feb. 25', '9 p.m. on Feb. 25')).toEqual(time({ hour: 21, date: day({ month: 2, day: 25 }) }));
    expect(one('at noon Thursday', 'noon Thursday')).toEqual(time({ hour: 12, date: day({ weekday: 4 }) }));
  });

  it.each([
    ['shortly after 6 p.m.', 'shortly after 6 p.m.'],
    ['just before midnight', 'just before midnight'],
    ['approximately 9:30 p.m.', 'approximately 9:30 p.m.'],
    ['roughly 2 a.m.', 'roughly 2 a.m.'],
  ])('%s is approximate', (s, span) => {
    expect(one(s, span).approximate).toBe(true);
  });

  it('does not take "after" or "at" alone as a qualifier or part of the span', () => {
    expect(one('after 6 p.m.', '6 p.m.').approximate).toBe(false);
    expect(one('at 6 p.m.', '6 p.m.').approximate).toBe(false);
  });

  it('finds two times with their own days', () => {
    const s = 'The jets left at 6 p.m. Thursday and struck at 1 a.m. Friday local time (2200 GMT Thursday).';
    expect(texts(s, findTimes(s))).toEqual(['6 p.m. Thursday', '1 a.m. Friday local time', '2200 GMT Thursday']);
  });

  it('reads "after midnight" as some time in the small hours, and as no time of its own after an hour', () => {
    expect(texts("struck at one o'clock after midnight on Friday", findTimes("struck at one o'clock after midnight on Friday"))).toEqual(["one o'clock"]);
    expect(texts('struck at 01:00 after midnight', findTimes('struck at 01:00 after midnight'))).toEqual(['01:00']);
    expect(one('struck after midnight on Friday', 'after midnight on Friday').approximate).toBe(true);
    expect(one('struck at midnight', 'midnight').approximate).toBe(false);
  });

  it('gives a clock glossed in brackets the day of the clock beside it, moved by the hours between them', () => {
    const weekday = (s: string) => findTimes(s).map((t) => (t.value as TimeValue).date?.weekday ?? null);
    // 4:30 local on Friday is 01:30 GMT the same Friday; 1:30 local on Friday is 22:30 GMT on Thursday.
    expect(weekday('The jets struck at about 4:30 a.m. local time on Friday (0130 GMT).')).toEqual([5, 5]);
    expect(weekday('The jets struck at 1:30 a.m. local time on Friday (2230 GMT).')).toEqual([5, 4]);
    // The day after the brackets is the first clock's, and so the gloss's.
    expect(weekday('The jets struck at around 4:30 a.m. local time (0130 GMT) on Friday.')).toEqual([5, 5]);
    // Clocks that only follow each other share nothing.
    expect(weekday('The jets left at 6 p.m. on Thursday and were back by 2300 GMT.')).toEqual([4, null]);
  });
});

describe('findTimes: what is not a time', () => {
  it.each([
    'verse 3:16',
    'a 1.50 rating',
    'in 2021',
    '22 rockets',
    '13 p.m.',
    'the score was 2-1',
    'Operation Midnight Hammer',
    'the afternoon session',
    'some 6 people in am bush',
    'a 6.30 finish',
    // A video's timecode or chapter, or a live blog entry's stamp, opening a line.
    '00:07 the strikes coming in retaliation',
    'Intro\n03:15 The strike',
    '• 18:45 Pentagon confirms strike',
    'Chapters 00:00 Biden warns Iran 00:22 Video from the border 01:03 Kirby speaks',
  ])('%s', (s) => {
    expect(checked(s, findTimes(s))).toEqual([]);
  });

  it('leaves out a clock, and its day, in a zone the reference does not place', () => {
    const s = 'The raid came about 6pm ET (12pm Friday NZT); the ministry spoke at 9 p.m. IST, and again at 10 a.m. Moscow time.';
    expect(texts(s, findTimes(s))).toEqual(['about 6pm ET']);
    // Words that only look like zones leave a time alone.
    const t = 'It ended at 9 p.m. ATTACKS resumed at 11 p.m. CTRL';
    expect(texts(t, findTimes(t))).toEqual(['9 p.m.', '11 p.m.']);
  });

  it('still reads a time opening a line with its zone, or after "at"', () => {
    const s = '18:45 GMT: jets struck the crossing';
    expect(texts(s, findTimes(s))).toEqual(['18:45 GMT']);
  });
});
