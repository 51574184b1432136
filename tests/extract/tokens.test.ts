import { describe, expect, it } from 'vitest';
import { isSpace, tokenize, TokenStream, type Token } from '../../lib/extract/tokens';

/** The tokenizer as a regular expression: what the hand-written scan must agree with. */
function byRegex(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*|\S/g)) {
    const t = m[0];
    const kind = /\d/.test(t[0]!) ? 'num' : /[A-Za-z]/.test(t[0]!) ? 'word' : 'punct';
    out.push({ kind, text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

const SAMPLES = [
  'At least 22 people, including Kata’ib Hezbollah fighters, were killed.',
  "1,200.5 and 1..2 and 3,,4 and F-15E's 'quoted' rock'n'roll o’clock",
  'tabs\tand\u00a0no-break\u2028line\ufeffmark\u200bzero width',
  'émigré Ünïcödé 𐐀𐐨 😀 x\ud800y end.',
  '',
  '   ',
];

describe('tokenize', () => {
  it.each(SAMPLES.map((s) => [s]))('splits %j as the regular expression does', (text) => {
    expect(tokenize(text)).toEqual(byRegex(text));
  });

  it('agrees with the regular expression on random text', () => {
    const alphabet = "aZ9 .,'’-\u00a0\t\nx1é😀";
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 300; n++) {
      const chars = Array.from({ length: Math.floor(next() * 40) }, () => [...alphabet][Math.floor(next() * [...alphabet].length)]);
      const text = chars.join('');
      expect(tokenize(text)).toEqual(byRegex(text));
    }
  });
});

describe('isSpace', () => {
  it('is what \\s matches, for every BMP unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c)) !== isSpace(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('TokenStream', () => {
  const text = SAMPLES[0]!;
  const all = tokenize(text);

  it('gives the same tokens by index, and undefined outside them', () => {
    const stream = new TokenStream(text);
    expect(stream.at(-1)).toBeUndefined();
    expect(stream.at(all.length)).toBeUndefined();
    for (let i = all.length - 1; i >= 0; i--) expect(stream.at(i)).toEqual(all[i]);
  });

  it('goes on from a token start it is told about, skipping what lies between', () => {
    const stream = new TokenStream(text);
    expect(stream.at(0)).toEqual(all[0]);
    stream.seek(5, all[5]!.start);
    expect(stream.at(5)).toEqual(all[5]);
    expect(stream.at(9)).toEqual(all[9]);
    expect(() => stream.at(2)).toThrow(/forgotten/);
  });

  it('forgets what is behind it in batches, never what is asked for next', () => {
    const long = 'word '.repeat(2000);
    const stream = new TokenStream(long);
    for (let i = 0; i < 1500; i++) {
      expect(stream.at(i)?.start).toBe(i * 5);
      stream.forget(i - 8);
    }
    expect(stream.at(1495)?.text).toBe('word');
    expect(() => stream.at(10)).toThrow(/forgotten/);
  });
});
