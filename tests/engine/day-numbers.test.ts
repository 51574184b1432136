import { describe, expect, it } from 'vitest';
import { calendarDayOf, dayNumberOf, dayOnPage, weekdayOf } from '../../lib/engine/day-numbers';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('agree with Date on every day from 1601 to 2399, both ways, with the weekday', () => {
    const from = Date.UTC(1601, 0, 1) / MS_PER_DAY;
    const to = Date.UTC(2399, 11, 31) / MS_PER_DAY;
    const wrong: string[] = [];
    for (let n = from; n <= to; n++) {
      const date = new Date(n * MS_PER_DAY);
      const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      if (dayNumberOf(day.year, day.month, day.day) !== n) wrong.push(`dayNumberOf ${JSON.stringify(day)}`);
      const back = calendarDayOf(n);
      if (back.year !== day.year || back.month !== day.month || back.day !== day.day) wrong.push(`calendarDayOf ${n}`);
      if (weekdayOf(n) !== date.getUTCDay()) wrong.push(`weekdayOf ${n}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('runs a day past its month on into the next, as Date.UTC does', () => {
    expect(dayNumberOf(2021, 4, 31)).toBe(dayNumberOf(2021, 5, 1));
    expect(dayNumberOf(2021, 3, 0)).toBe(dayNumberOf(2021, 2, 28));
    expect(dayNumberOf(2024, 2, 30)).toBe(dayNumberOf(2024, 3, 1));
  });

  it('leaves what the arithmetic does not cover to Date.UTC: months out of range, years below 100', () => {
    expect(dayNumberOf(2021, 13, 1)).toBe(Date.UTC(2022, 0, 1) / MS_PER_DAY);
    expect(dayNumberOf(21, 2, 25)).toBe(Date.UTC(1921, 1, 25) / MS_PER_DAY);
  });

  it('takes a fraction of a day as the day it falls in, before 1970 too', () => {
    expect(calendarDayOf(dayNumberOf(2021, 2, 25) + 0.9)).toEqual({ year: 2021, month: 2, day: 25 });
    expect(calendarDayOf(-0.5)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(weekdayOf(-1)).toBe(3);
  });

  it('reads a month and day with no year in the page\'s year, or the one before when it would lie more than a month ahead', () => {
    expect(dayOnPage(10, 27, { year: 2023, month: 10, day: 28 })).toBe(dayNumberOf(2023, 10, 27));
    expect(dayOnPage(12, 30, { year: 2021, month: 1, day: 2 })).toBe(dayNumberOf(2020, 12, 30));
    expect(dayOnPage(3, 1, { year: 2021, month: 2, day: 26 })).toBe(dayNumberOf(2021, 3, 1));
  });
});
