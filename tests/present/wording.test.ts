import { describe, expect, it } from 'vitest';
import type { Mark, OtherReport } from '../../lib/engine/findings';
import { listValues, markDescription, outletCount, relationNote, reportsHeading, verdict } from '../../lib/present/wording';

// Findings built by hand: the wording must follow the relations and sources, whatever the reference holds.
const other = (source: string, relation: OtherReport['relation'], value: string): OtherReport => ({
  source,
  outlet: null,
  label: `outlet ${source}`,
  value,
  attribution: null,
  quote: `They said ${value}.`,
  relation,
});
const mark = (partial: Partial<Mark>): Mark => ({
  id: 'm1',
  kind: 'figure',
  text: '22',
  start: 0,
  end: 2,
  fact: 'strike.killed',
  factLabel: 'people killed in the strike',
  value: { type: 'count', n: 22, qualifier: 'exact' },
  status: 'differs',
  others: [],
  attribution: null,
  ...partial,
});

describe('verdict', () => {
  it('leads with the values the others report, each once, and how many other outlets agree', () => {
    const m = mark({ others: [other('a', 'different', '17'), other('b', 'different', '19'), other('c', 'different', '17'), other('d', 'same', '22')] });
    expect(verdict(m)).toBe('Others report 17 and 19; 1 other outlet agrees');
  });

  it('counts outlets, not claims: one outlet with two agreeing claims is one outlet', () => {
    const m = mark({ status: 'agrees', others: [other('a', 'same', '22'), other('a', 'same', 'twenty-two'), other('b', 'same', '22')] });
    expect(outletCount(m.others)).toBe(2);
    expect(verdict(m)).toBe('2 other outlets agree');
    expect(verdict({ ...m, others: m.others.slice(0, 2) })).toBe('1 other outlet agrees');
  });

  it('says "another outlet" for one differing outlet', () => {
    expect(verdict(mark({ others: [other('a', 'different', '17')] }))).toBe('Another outlet reports 17');
  });

  it('words names, unique findings and vaguer reports', () => {
    expect(verdict(mark({ kind: 'name', status: 'agrees', others: [other('a', 'same', 'Kirby')] }))).toBe('Also named by 1 other outlet');
    expect(verdict(mark({ status: 'unique', others: [] }))).toBe('No other outlet reports this');
    expect(verdict(mark({ status: 'unique', others: [other('a', 'less-specific', 'multiple facilities')] }))).toBe(
      'Only here with a number; 1 other outlet says multiple facilities, without one',
    );
    const vague = mark({ text: 'several', value: { type: 'count', n: null, qualifier: 'several' }, status: 'unique', others: [other('a', 'less-specific', 'two'), other('b', 'less-specific', 'three')] });
    expect(verdict(vague)).toBe('Only a vaguer count here; 2 other outlets give a number: two and three');
    const atLeastOne = mark({ text: 'at least one', value: { type: 'count', n: 1, qualifier: 'at-least' }, status: 'unique', others: [other('a', 'less-specific', '17')] });
    expect(verdict(atLeastOne)).toBe('Only a vaguer count here; 1 other outlet gives a number: 17');
  });
});

describe('listValues', () => {
  it('joins values with commas and a final "and", each once', () => {
    expect(listValues(['1', '2', '1', '3'])).toBe('1, 2 and 3');
    expect(listValues(['1'])).toBe('1');
    expect(listValues([])).toBe('');
  });
});

describe('markDescription (what a screen reader hears after the text)', () => {
  it('says the kind and the status with outlet counts', () => {
    expect(markDescription(mark({ others: [other('a', 'different', '17'), other('b', 'same', '22')] }))).toBe('figure, differs from 1 other outlet');
    expect(markDescription(mark({ status: 'agrees', others: [other('a', 'same', '22'), other('b', 'same', '22')] }))).toBe('figure, agrees with 2 other outlets');
    expect(markDescription(mark({ kind: 'name', status: 'agrees', others: [other('a', 'same', 'x')] }))).toBe('name, also named by 1 other outlet');
    expect(markDescription(mark({ status: 'unique' }))).toBe('figure, reported only here');
  });

  it('never says "reported only here" of a count that other outlets give in vaguer or more exact words', () => {
    const several = mark({ text: 'several', value: { type: 'count', n: null, qualifier: 'several' }, status: 'unique', others: [other('a', 'less-specific', 'one'), other('b', 'less-specific', '1')] });
    expect(markDescription(several)).toBe("figure, a vaguer count than 2 other outlets'");
    const nine = mark({ text: 'nine', value: { type: 'count', n: 9, qualifier: 'exact' }, status: 'unique', others: [other('a', 'less-specific', 'multiple')] });
    expect(markDescription(nine)).toBe('figure, a number where 1 other outlet gives none');
    const february = mark({ text: 'February', value: { type: 'date', year: null, month: 2, day: null, weekday: null, part: null, zone: null }, status: 'unique', others: [other('a', 'less-specific', 'Feb. 15')] });
    expect(markDescription(february)).toBe('figure, only the month, where 1 other outlet gives the day');
    expect(verdict(february)).toBe('Only the month here; 1 other outlet gives the day: Feb. 15');
    expect(reportsHeading(february, 'less-specific')).toBe('Reported with the day by');
  });
});

describe('relationNote', () => {
  const day = (text: string, weekday: number): Mark =>
    mark({ text, fact: 'strike.date', status: 'agrees', value: { type: 'date', year: null, month: null, day: null, weekday, part: null, zone: null } });

  it('says why a report a day later in its words is the same moment: two clocks', () => {
    expect(relationNote(day('Thursday', 4), other('a', 'same', 'Friday'))).toBe(
      'Same moment in two clocks: Friday in Syria was still Thursday in US Eastern time (ET)',
    );
    expect(relationNote(day('Friday', 5), other('a', 'same', 'late Thursday'))).toBe(
      'Same moment in two clocks: Friday in Syria was still Thursday in US Eastern time (ET)',
    );
  });

  it('says nothing when the same day is written the same or in another form', () => {
    expect(relationNote(day('Thursday', 4), other('a', 'same', 'late Thursday'))).toBeNull();
    expect(relationNote(day('Thursday', 4), other('a', 'same', 'Feb. 25'))).toBeNull();
  });

  it('says several against one for a count against a singular', () => {
    const one = mark({ text: 'a U.S. service member', fact: 'erbil.wounded', value: { type: 'count', n: 1, qualifier: 'exact' } });
    expect(relationNote(one, other('a', 'different', 'two service members'))).toBeNull();
    expect(relationNote(mark({}), other('a', 'different', 'a soldier'))).toBe('Several here, one there');
  });
});
