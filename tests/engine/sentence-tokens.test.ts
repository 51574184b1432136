import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/engine/sentence-tokens';

// The definition the scanner implements.
const TOKEN = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|[,;:()—–"“”]/gu;
function byRegex(text: string, from: number, to: number) {
  const out = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const word = m[0].toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, word: word.endsWith('.') ? word.slice(0, -1) : word });
  }
  return out;
}

describe('tokenize', () => {
  it('reads words, inner dots and apostrophes, and clause punctuation', () => {
    const text = 'U.S. jets hit Kata’ib Hezbollah sites, killing 22—Reuters said.';
    expect(tokenize(text, 0, text.length).map((t) => t.word)).toEqual([
      'u.s', 'jets', 'hit', 'kata’ib', 'hezbollah', 'sites', ',', 'killing', '22', '—', 'reuters', 'said',
    ]);
  });

  it('starts tokens only inside [from, to), the last one may run on', () => {
    const text = 'one two three';
    expect(tokenize(text, 3, 5)).toEqual([{ start: 4, end: 7, word: 'two' }]);
  });

  it('gives exactly the tokens of its regular expression, on any text', () => {
    const char = fc.constantFrom('a', 'Z', '7', 'é', 'İ', '𝐀', '😀', '.', "'", '’', '-', ' ', ',', '—', '"', '?', '\n');
    fc.assert(
      fc.property(fc.stringOf(char, { maxLength: 40 }), fc.nat(45), fc.nat(45), (text, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        // Offsets inside a surrogate pair are not sentence boundaries.
        fc.pre(!/[\uDC00-\uDFFF]/.test(text.charAt(from)));
        expect(tokenize(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
