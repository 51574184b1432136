import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/extract/tokens';
import { parseDigits, parseNumberAt, smallNumberWordsValue } from '../../lib/extract/numbers';

function parse(s: string): { value: number; text: string } | null {
  const tokens = tokenize(s);
  const p = parseNumberAt(tokens, 0);
  if (p === null) return null;
  return { value: p.value, text: s.slice(0, tokens[p.end - 1]!.end) };
}

describe('parseDigits', () => {
  it('reads plain and grouped digits', () => {
    expect(parseDigits('22')).toBe(22);
    expect(parseDigits('1,200')).toBe(1200);
    expect(parseDigits('12,000,000')).toBe(12000000);
    expect(parseDigits('1.5')).toBe(1.5);
  });
  it('refuses badly grouped digits', () => {
    expect(parseDigits('1,20')).toBeNull();
    expect(parseDigits('1.2.3')).toBeNull();
  });
});

describe('parseNumberAt', () => {
  it.each([
    ['seven rockets', 7, 'seven'],
    ['Nineteen were hurt', 19, 'Nineteen'],
    ['twenty-two people', 22, 'twenty-two'],
    ['twenty two people', 22, 'twenty two'],
    ['thirty', 30, 'thirty'],
    ['two hundred and fifty troops', 250, 'two hundred and fifty'],
    ['one hundred twenty', 120, 'one hundred twenty'],
    ['two thousand five hundred', 2500, 'two thousand five hundred'],
    ['two dozen', 24, 'two dozen'],
    ['1.2 million people', 1200000, '1.2 million'],
    ['3 dozen', 36, '3 dozen'],
    ['1,200 members', 1200, '1,200'],
  ])('%s', (s, value, text) => {
    expect(parse(s)).toEqual({ value, text });
  });

  it('stops where the number stops', () => {
    expect(parse('two three')).toEqual({ value: 2, text: 'two' });
    expect(parse('twenty-first')).toEqual({ value: 20, text: 'twenty' });
    expect(parse('two hundred and the rest')).toEqual({ value: 200, text: 'two hundred' });
    expect(parse('two hundred two hundred')).toEqual({ value: 202, text: 'two hundred two' });
    expect(parse('seventeen twenty')).toEqual({ value: 17, text: 'seventeen' });
  });

  it('does not read non-numbers', () => {
    expect(parse('hundred')).toBeNull();
    expect(parse('dozen')).toBeNull();
    expect(parse('someone')).toBeNull();
    expect(parse('first')).toBeNull();
  });
});

describe('smallNumberWordsValue', () => {
  it('adds compound parts', () => {
    expect(smallNumberWordsValue('twenty-two')).toBe(22);
    expect(smallNumberWordsValue('Forty one')).toBe(41);
    expect(smallNumberWordsValue('twelve')).toBe(12);
    expect(smallNumberWordsValue('tw')).toBeNull();
  });
});
