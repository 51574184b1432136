import { describe, expect, it } from 'vitest';
import { findRelativeDates } from '../../lib/extract/relative';
import { checked } from './helpers';

function rel(s: string): Array<[string, number]> {
  return checked(s, findRelativeDates(s)).map((m) => {
    if (m.value.type !== 'relative-date') throw new Error('not a relative date');
    return [m.text, m.value.days];
  });
}

describe('findRelativeDates', () => {
  it.each([
    ['A week later, the US struck back.', 'A week later', 7],
    ['two days later', 'two days later', 2],
    ['Two days earlier, rockets hit Erbil.', 'Two days earlier', -2],
    ['a day earlier', 'a day earlier', -1],
    ['the next day', 'the next day', 1],
    ['The following day, the ministry said', 'The following day', 1],
    ['the following morning', 'the following morning', 1],
    ['the day before', 'the day before', -1],
    ['the day after the strike', 'the day after', 1],
    ['the previous day', 'the previous day', -1],
    ['three days after the rocket attack', 'three days after', 3],
    ['ten days before the strike', 'ten days before', -10],
    ['21 days later', '21 days later', 21],
    ['twenty-one days later', 'twenty-one days later', 21],
    ['a fortnight later', 'a fortnight later', 14],
    ['two weeks earlier', 'two weeks earlier', -14],
    ['A week on, nothing had changed.', 'A week on', 7],
  ])('%s', (s, span, days) => {
    expect(rel(s)).toEqual([[span, days]]);
  });

  it('does not read dates relative to today or durations', () => {
    for (const s of [
      'yesterday',
      'two days ago',
      'the day before yesterday',
      'the day after tomorrow',
      'last week',
      'days later',
      'they spent two days on the front',
      'over the next two days',
    ]) {
      expect(rel(s), s).toEqual([]);
    }
  });
});
