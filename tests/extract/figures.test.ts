import { describe, expect, it } from 'vitest';
import { findFigures, findFiguresButCounts, resolveOverlaps, withCounts } from '../../lib/extract/figures';
import type { FigureMention } from '../../lib/extract/types';
import { checked } from './helpers';

/** [text, kind] of every mention, after checking offsets, order and non-overlap. */
function kinds(s: string): Array<[string, string]> {
  return checked(s, findFigures(s)).map((m: FigureMention) => [m.text, m.value.type]);
}

function m(text: string, start: number, value: FigureMention['value']): FigureMention {
  return { start, end: start + text.length, text, value };
}

describe('resolveOverlaps', () => {
  const count = { type: 'count', n: 2021, qualifier: 'at-least' } as const;
  const date = { type: 'date', year: 2021, month: 2, day: 25, weekday: null, part: null, zone: null } as const;
  const time = { type: 'time', hour: 18, minute: 0, approximate: false, zone: null, date: null } as const;

  it('lets any other kind beat a longer count', () => {
    // "at least 2021-02-25": the count candidate "at least 2021" is longer than the date.
    const kept = resolveOverlaps([m('at least 2021', 0, count), m('2021-02-25', 9, date)]);
    expect(kept.map((k) => k.text)).toEqual(['2021-02-25']);
  });

  it('keeps the longer of two non-count mentions, then the earlier', () => {
    const kept = resolveOverlaps([m('Thursday', 7, date), m('6 p.m. Thursday', 0, time)]);
    expect(kept.map((k) => k.text)).toEqual(['6 p.m. Thursday']);
    const tie = resolveOverlaps([m('bcd', 1, date), m('abc', 0, date)]);
    expect(tie.map((k) => k.start)).toEqual([0]);
  });

  it('keeps disjoint mentions and sorts them by start', () => {
    const kept = resolveOverlaps([m('b', 5, count), m('a', 0, count), m('c', 9, date)]);
    expect(kept.map((k) => k.start)).toEqual([0, 5, 9]);
  });
});

describe('findFigures: overlaps', () => {
  it('keeps a long time with its zone and day as one mention', () => {
    expect(kinds('The strikes came at about 6 PM East Standard Time Thursday afternoon, officials said.')).toEqual([
      ['about 6 PM East Standard Time Thursday afternoon', 'time'],
    ]);
  });

  it('prefers an aircraft, a calibre, a weight, a date or a relative date to a count inside it', () => {
    expect(kinds('an F-15E')).toEqual([['F-15E', 'aircraft']]);
    expect(kinds('a 107 mm rocket')).toEqual([['107 mm', 'calibre']]);
    expect(kinds('a 2,000-pound bomb')).toEqual([['2,000-pound', 'weight']]);
    expect(kinds('on Feb. 15')).toEqual([['Feb. 15', 'date']]);
    expect(kinds('on 15 Feb 2021')).toEqual([['15 Feb 2021', 'date']]);
    expect(kinds('published 2021-02-25')).toEqual([['2021-02-25', 'date']]);
    expect(kinds('Two days later, it struck.')).toEqual([['Two days later', 'relative-date']]);
    expect(kinds('at 6 in the evening')).toEqual([['6 in the evening', 'time']]);
  });

  it('keeps counts next to other figures', () => {
    expect(kinds('Two F-15E Strike Eagles dropped seven 500-pound bombs at around 1 a.m. local time on Friday.')).toEqual([
      ['Two', 'count'],
      ['F-15E Strike Eagles', 'aircraft'],
      ['seven', 'count'],
      ['500-pound', 'weight'],
      ['around 1 a.m. local time on Friday', 'time'],
    ]);
    expect(kinds('three 107mm Katyusha rockets')).toEqual([
      ['three', 'count'],
      ['107mm', 'calibre'],
    ]);
  });

  it('reads a US-style report', () => {
    const s =
      'WASHINGTON (AP) — U.S. military airstrikes in eastern Syria on Thursday, Feb. 25, killed at least 22 ' +
      'Iran-backed militia fighters, a war monitor said. The strikes, by two F-15E jets, came at about 6 p.m. ET ' +
      'and followed a Feb. 15 rocket attack in Erbil that killed one civilian contractor. A week later, ' +
      'the Pentagon said "one of" the targets was hit by seven 500-pound bombs.';
    expect(kinds(s)).toEqual([
      ['Thursday, Feb. 25', 'date'],
      ['at least 22', 'count'],
      ['two', 'count'],
      ['F-15E', 'aircraft'],
      ['about 6 p.m. ET', 'time'],
      ['Feb. 15', 'date'],
      ['one', 'count'],
      ['A week later', 'relative-date'],
      ['seven', 'count'],
      ['500-pound', 'weight'],
    ]);
  });

  it('reads a UK-style report', () => {
    const s =
      'Some 22 people, most of them fighters, died when US jets struck late on Thursday. The Syrian Observatory ' +
      'said on 26 February that the toll had risen to 17, nearly two dozen by other counts. The attack came at ' +
      'around 1am local time on Friday (2200 GMT Thursday), three days after 14 rockets hit Erbil.';
    expect(kinds(s)).toEqual([
      ['Some 22', 'count'],
      ['late on Thursday', 'date'],
      ['26 February', 'date'],
      ['17', 'count'],
      ['nearly two dozen', 'count'],
      ['around 1am local time on Friday', 'time'],
      ['2200 GMT Thursday', 'time'],
      ['three days after', 'relative-date'],
      ['14', 'count'],
    ]);
  });

  it('emits nothing for negatives', () => {
    const s =
      'After 2019 and in 2023, the first and 2nd strikes; one of them; 22% of voters; $20 million; ' +
      'https://example.com/2021/02/25/22; desk22@example.com; +1 202 555 0134; COVID-19; G-7; Boeing 737; ' +
      'the A-1 road; Resolution 2254; Air Force One; earlier this month; yesterday; last week.';
    expect(kinds(s)).toEqual([]);
  });

  it('returns an empty list for empty text', () => {
    expect(findFigures('')).toEqual([]);
  });
});

describe('findFiguresButCounts, then withCounts', () => {
  const text =
    'On Feb. 25, at 6 p.m., two F-15E jets dropped seven bombs nearby, killing 22 people (17 by another count); ' +
    'a week later 3 rockets hit, see example.com/22 for 4 more.';

  it('finds every kind but counts, and counts only afterwards, with the same result as findFigures', () => {
    const butCounts = findFiguresButCounts(text);
    expect(butCounts.mentions.map((f) => f.value.type)).not.toContain('count');
    expect(butCounts.mentions.map((f) => f.text)).toEqual(['Feb. 25, at 6 p.m.', 'F-15E', 'a week later']);
    const all = withCounts(butCounts);
    expect(all).toEqual(findFigures(text));
    // The numbers inside the date, the time, the aircraft and the address are not counts.
    expect(all.filter((f) => f.value.type === 'count').map((f) => f.text)).toEqual(['two', 'seven', '22', '17', '3', '4']);
  });
});

describe('findFigures: long text', () => {
  it('handles about 200 KB, including hostile runs, and finds every figure', () => {
    const sentence =
      'At least 22 people were killed late Thursday at about 6 p.m. ET when two F-15E Strike Eagles dropped ' +
      'seven 500-pound bombs; a week later three 107mm rockets hit on Feb. 25, 2021. ';
    const perSentence = 10;
    const hostile = [
      ' '.repeat(5000),
      '1'.repeat(5000),
      '1,000'.repeat(1000),
      'at least '.repeat(500),
      'F-'.repeat(2500),
      'a'.repeat(5000),
      'twenty-'.repeat(700),
      '\t\n'.repeat(2500),
    ].join('. ');
    const reps = Math.ceil(200_000 / sentence.length);
    const text = sentence.repeat(reps) + '\n\n' + hostile + '\n\n' + sentence;
    expect(text.length).toBeGreaterThan(200_000);
    const found = checked(text, findFigures(text));
    const mainPart = found.filter((m) => m.end <= sentence.length * reps);
    expect(mainPart.length).toBe(reps * perSentence);
    expect(found.filter((m) => m.start >= text.length - sentence.length).length).toBe(perSentence);
    expect(found.slice(0, perSentence).map((m) => m.text)).toEqual([
      'At least 22',
      'late Thursday at about 6 p.m. ET',
      'two',
      'F-15E Strike Eagles',
      'seven',
      '500-pound',
      'a week later',
      'three',
      '107mm',
      'Feb. 25, 2021',
    ]);
  });
});
