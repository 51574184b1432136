import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { relate, statusOf } from '../../lib/engine/compare';
import { eventById, STRIKE_2021 } from '../../lib/reference/events';
import type { ClaimValue } from '../../lib/reference/types';
import type { CountQualifier, DateValue, Zone } from '../../lib/reference/values';

const event = eventById.get(STRIKE_2021)!;
const instant = Date.parse(event.instant!);
const count = (n: number | null, qualifier: CountQualifier = 'exact'): ClaimValue => ({ type: 'count', n, qualifier });
const date = (fields: Partial<DateValue>): DateValue => ({ type: 'date', year: null, month: null, day: null, weekday: null, part: null, zone: null, ...fields });
const time = (hour: number, zone: Zone, on: Partial<DateValue>, approximate = false): ClaimValue => ({ type: 'time', hour, minute: 0, approximate, zone, date: date(on) });

describe('comparison rules', () => {
  it('treats "at least 22" as agreeing with 22 and differing from 17', () => {
    expect(relate(count(22, 'at-least'), count(22), event, null)).toBe('same');
    expect(relate(count(22, 'at-least'), count(17), event, null)).toBe('different');
    expect(relate(count(17), count(22), event, null)).toBe('different');
  });

  it('treats two different floors as two tallies: "at least 16" attacks differs from "at least 19"', () => {
    expect(relate(count(16, 'at-least'), count(19, 'at-least'), event, null)).toBe('different');
    expect(relate(count(19, 'at-least'), count(19, 'at-least'), event, null)).toBe('same');
    // A floor against a number it allows still agrees, and "more than a dozen" is loose wording, not a tally.
    expect(relate(count(16, 'at-least'), count(19), event, null)).toBe('same');
    expect(relate(count(12, 'more-than'), count(19, 'at-least'), event, null)).toBe('same');
  });

  it('treats a ceiling as its top number: "up to 22" agrees with 22, differs from 25, and says nothing of 17 or 1', () => {
    expect(relate(count(22, 'up-to'), count(22), event, null)).toBe('same');
    expect(relate(count(22, 'up-to'), count(25), event, null)).toBe('different');
    expect(relate(count(22, 'up-to'), count(17), event, null)).toBe('unsure');
    expect(relate(count(1), count(22, 'up-to'), event, null)).toBe('unsure');
    expect(relate(count(22, 'up-to'), count(17, 'at-least'), event, null)).toBe('unsure');
  });

  it('treats "more than 20" as 21 or more and "nearly two dozen" as about 24', () => {
    expect(relate(count(20, 'more-than'), count(20), event, null)).toBe('different');
    expect(relate(count(20, 'more-than'), count(22), event, null)).toBe('same');
    expect(relate(count(24, 'about'), count(22), event, null)).toBe('same');
    expect(relate(count(24, 'about'), count(17), event, null)).toBe('different');
  });

  it('calls a plural with no number less specific than exactly one: "service members" is loose wording as often as a count', () => {
    expect(relate(count(null, 'several'), count(1), event, null)).toBe('less-specific');
    expect(relate(count(1), count(null, 'several'), event, null)).toBe('less-specific');
    // Not one exactly: "at least one" is inside "service members", and zero is not.
    expect(relate(count(1, 'at-least'), count(null, 'several'), event, null)).toBe('less-specific');
    expect(relate(count(0), count(null, 'several'), event, null)).toBe('different');
  });

  it('calls "at least one" less specific than a larger count, not the same: a militia’s floor does not confirm 22', () => {
    expect(relate(count(1, 'at-least'), count(22), event, null)).toBe('less-specific');
    expect(relate(count(17, 'at-least'), count(1, 'at-least'), event, null)).toBe('less-specific');
    expect(relate(count(1, 'at-least'), count(1), event, null)).toBe('same');
    expect(relate(count(17, 'at-least'), count(22), event, null)).toBe('same');
  });

  it('calls a number inside a vague count less specific, not the same: "nine facilities" against "multiple facilities"', () => {
    expect(relate(count(9), count(null, 'several'), event, null)).toBe('less-specific');
    expect(relate(count(null, 'several'), count(4), event, null)).toBe('less-specific');
    // "at least 3" is a number too: "multiple" neither confirms nor contradicts it.
    expect(relate(count(3, 'at-least'), count(null, 'several'), event, null)).toBe('less-specific');
    // Two vague reports say the same thing.
    expect(relate(count(null, 'several'), count(null, 'several'), event, null)).toBe('same');
  });

  it('gives a figure the status of the specific reports only', () => {
    expect(statusOf(['less-specific', 'less-specific'])).toBe('unique');
    expect(statusOf(['less-specific', 'same'])).toBe('agrees');
    expect(statusOf(['same', 'less-specific', 'different'])).toBe('differs');
    expect(statusOf([])).toBe('unique');
  });

  it('compares aircraft by family: F-15E agrees with F15 and differs from F-16', () => {
    const f15 = { type: 'aircraft', family: 'F-15', variant: null } as const;
    expect(relate({ type: 'aircraft', family: 'F-15', variant: 'E' }, f15, event, null)).toBe('same');
    expect(relate({ type: 'aircraft', family: 'F-16', variant: null }, f15, event, null)).toBe('different');
  });

  it('agrees 6 p.m. ET Thursday with 1 a.m. Friday local time, and not with 10 p.m. ET', () => {
    const reported = time(18, 'ET', { weekday: 4 }, true);
    expect(relate(time(1, 'local', { weekday: 5 }), reported, event, instant)).toBe('same');
    expect(relate(time(23, 'UTC', { weekday: 4 }), reported, event, instant)).toBe('same');
    expect(relate(time(22, 'ET', { weekday: 4 }), reported, event, instant)).toBe('different');
  });

  it('reads a local time at the Iraqi border in either country’s clock, and only one hour either way', () => {
    const reported = time(18, 'ET', { weekday: 4 }, true);
    // 2 a.m. Friday in Iraq (UTC+3) is 6 p.m. Thursday in Washington; 3 a.m. is in neither clock.
    expect(relate(time(2, 'local', { weekday: 5 }), reported, event, instant)).toBe('same');
    expect(relate(time(3, 'local', { weekday: 5 }), reported, event, instant)).toBe('different');
    // Without a known moment, two local times compare in the same clock: 2 a.m. is not 3 a.m.
    expect(relate(time(2, 'local', { weekday: 5 }), time(3, 'local', { weekday: 5 }), event, null)).toBe('different');
    expect(relate(date({ month: 2, day: 16, zone: 'local' }), date({ month: 2, day: 15, zone: 'local' }), event, null)).toBe('different');
  });

  it('compares a time given without a day as a time of day', () => {
    const reported = time(18, 'ET', { weekday: 4 }, true);
    const midnightLocal: ClaimValue = { type: 'time', hour: 0, minute: 30, approximate: true, zone: 'local', date: null };
    const noonLocal: ClaimValue = { type: 'time', hour: 12, minute: 0, approximate: false, zone: 'local', date: null };
    expect(relate(midnightLocal, reported, event, instant)).toBe('same');
    expect(relate(noonLocal, reported, event, instant)).toBe('different');
  });

  it('reads "midnight on Thursday" as the start or the end of Thursday', () => {
    const reported = time(18, 'ET', { weekday: 4 }, true);
    // The end of Thursday in Syria is late Thursday afternoon in Washington.
    expect(relate(time(0, 'local', { weekday: 4 }, true), reported, event, instant)).toBe('same');
    // Either end of Wednesday is a day or more before it.
    expect(relate(time(0, 'local', { weekday: 3 }, true), reported, event, instant)).toBe('different');
    // Only midnight is read both ways: 1 a.m. Thursday is early Thursday.
    expect(relate(time(1, 'local', { weekday: 4 }, true), reported, event, instant)).toBe('different');
  });

  it('reads a small hour of a weekday’s night as the next day’s: "Thursday night at 1 a.m." is Friday', () => {
    const reported = time(18, 'ET', { weekday: 4 }, true);
    expect(relate(time(1, 'local', { weekday: 4, part: 'night' }), reported, event, instant)).toBe('same');
    expect(relate(time(23, 'UTC', { weekday: 4, part: 'night' }), reported, event, instant)).toBe('same');
    // Without the night, 1 a.m. Thursday is a day early.
    expect(relate(time(1, 'local', { weekday: 4 }), reported, event, instant)).toBe('different');
  });

  it('accepts Thursday and Friday for a strike at 1 a.m. Friday in Syria, but not Wednesday', () => {
    const thursday = date({ weekday: 4 });
    expect(relate(date({ weekday: 5 }), thursday, event, instant)).toBe('same');
    expect(relate(date({ weekday: 4, part: 'late' }), thursday, event, instant)).toBe('same');
    expect(relate(date({ weekday: 3 }), thursday, event, instant)).toBe('different');
    expect(relate(date({ month: 2, day: 25, year: 2021 }), thursday, event, instant)).toBe('same');
    // "Thursday night EST": 6 p.m. on a February evening is night in news copy.
    expect(relate(date({ weekday: 4, part: 'night', zone: 'ET' }), thursday, event, instant)).toBe('same');
    expect(relate(date({ weekday: 4, part: 'morning', zone: 'ET' }), thursday, event, instant)).toBe('different');
    // "Friday morning" counts the small hours: 1 a.m. Friday in Syria is in it.
    expect(relate(date({ weekday: 5, part: 'morning' }), thursday, event, instant)).toBe('same');
  });

  it('reads "the night of February 26" as the night into the 26th or out of it, and a weekday’s night as its evening', () => {
    const thursday = date({ weekday: 4 });
    const nightOf = (day: number) => date({ month: 2, day, year: 2021, part: 'night' });
    // The strike, 1 a.m. on Friday 26 February in Syria: TASS's "night of February 26", and the English "night of the 25th".
    expect(relate(nightOf(26), thursday, event, instant)).toBe('same');
    expect(relate(nightOf(25), thursday, event, instant)).toBe('same');
    expect(relate(nightOf(27), thursday, event, instant)).toBe('different');
    expect(relate(nightOf(24), thursday, event, instant)).toBe('different');
    expect(relate(date({ weekday: 5, part: 'night' }), thursday, event, instant)).toBe('different');
  });

  it('is unsure of a day in "local time" that holds in the other clock: the writer’s place may be its "local"', () => {
    const thursday = date({ weekday: 4 });
    expect(relate(date({ weekday: 4, zone: 'local' }), thursday, event, instant)).toBe('unsure');
    expect(relate(date({ weekday: 5, zone: 'local' }), thursday, event, instant)).toBe('same');
    expect(relate(date({ weekday: 2, zone: 'local' }), thursday, event, instant)).toBe('different');
  });

  it('calls a month with no day less specific than a day in it, and unsure of a day in another month', () => {
    expect(relate(date({ month: 2 }), date({ month: 2, day: 15 }), event, null)).toBe('less-specific');
    expect(relate(date({ month: 2, day: 15, year: 2021 }), date({ month: 2, year: 2021 }), event, null)).toBe('less-specific');
    expect(relate(date({ month: 3 }), date({ month: 2, day: 15 }), event, null)).toBe('unsure');
    expect(relate(date({ month: 2, year: 2020 }), date({ month: 2, day: 15, year: 2021 }), event, null)).toBe('unsure');
  });

  it('compares days with no known moment clock for clock: 15 February is not 16 February', () => {
    expect(relate(date({ month: 2, day: 15 }), date({ month: 2, day: 15 }), event, null)).toBe('same');
    expect(relate(date({ month: 2, day: 16 }), date({ month: 2, day: 15 }), event, null)).toBe('different');
    expect(relate(date({ month: 2, day: 22 }), date({ month: 2, day: 15 }), event, null)).toBe('different');
  });

  it('is unsure across kinds of value rather than guessing', () => {
    expect(relate(count(3), date({ weekday: 4 }), event, null)).toBe('unsure');
  });
});

describe('a day counted in weeks from another', () => {
  it('is no difference a day either side: "a week later" from a day a page gives one off', () => {
    const event = eventById.get(STRIKE_2021)!;
    const weekOn = date({ year: 2021, month: 2, day: 23, approximate: true });
    expect(relate(weekOn, date({ year: 2021, month: 2, day: 22 }), event, null)).toBe('unsure');
    expect(relate(weekOn, date({ year: 2021, month: 2, day: 20 }), event, null)).toBe('different');
    expect(relate(date({ year: 2021, month: 2, day: 23 }), date({ year: 2021, month: 2, day: 22 }), event, null)).toBe('different');
  });
});

describe('"a week later" on a page', () => {
  it('is counted as a loose day: one off from other outlets\' is no difference', () => {
    const text = [
      'U.S. F-15E jets struck militia sites near Al Bukamal in eastern Syria on Thursday, Feb. 25, 2021, Pentagon spokesman John Kirby said.',
      'On February 16, rockets fired at Erbil killed a contractor. A week later, three rockets landed near the U.S. Embassy in Baghdad.',
    ].join('\n\n');
    const mark = annotate(extractFromPlainText(text)).marks.find((m) => m.text === 'A week later');
    expect(mark?.fact).toBe('baghdad.date');
    expect(mark?.status).not.toBe('differs');
  });
});
