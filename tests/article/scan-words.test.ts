import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { onlyInvisible, scanPhrases, scanWords, WORD } from '../../lib/article/invisible';

/** The words and gaps as the DOM walk read them before: WORD matches, a gap before each, one at the end. */
function byRegex(text: string): string[] {
  const out: string[] = [];
  let prev = 0;
  for (const m of text.matchAll(new RegExp(WORD))) {
    if (m.index > prev) out.push(`gap ${prev}`);
    prev = m.index + m[0].length;
    if (!onlyInvisible(text, m.index, prev)) out.push(`word ${m.index}-${prev}`);
  }
  if (prev < text.length) out.push(`gap ${prev}`);
  return out;
}

function scanned(text: string): string[] {
  const out: string[] = [];
  scanWords(
    text,
    (at) => out.push(`gap ${at}`),
    (start, end) => out.push(`word ${start}-${end}`),
  );
  return out;
}

describe('scanWords', () => {
  it.each([
    ['  The river\trose\n by 3\u00a0metres. '],
    ['2\u00AD2 fighters \u200B and \uFEFF17\uFEFF, a\u2028b'],
    ['\u200B \u200C\u200D word'],
    [''],
  ])('reads %j as the WORD pattern does', (text) => {
    expect(scanned(text)).toEqual(byRegex(text));
  });

  it('agrees with the WORD pattern on random text', () => {
    const alphabet = ['a', 'Z', '9', ' ', '\t', '\n', '\u00a0', '\u00AD', '\u200B', '\uFEFF', '\u2028', '.', 'é'];
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(scanned(text)).toEqual(byRegex(text));
    }
  });

  it('says whether the text holds an invisible character', () => {
    const clean: boolean[] = [];
    scanWords('plain words', () => {}, (_s, _e, c) => clean.push(c));
    scanWords('soft\u00ADhyphen', () => {}, (_s, _e, c) => clean.push(c));
    expect(clean).toEqual([true, true, false]);
  });
});

/** scanPhrases's report taken back to words: each phrase split at its single spaces, a gap at each. */
function phrasesAsWords(text: string): string[] {
  const out: string[] = [];
  scanPhrases(
    text,
    (at) => out.push(`gap ${at}`),
    (start, end, clean, spaces) => {
      let from = start;
      let seen = 0;
      for (let i = start; i < end; i++) {
        if (text[i] !== ' ') continue;
        out.push(`word ${from}-${i}`, `gap ${i}`);
        from = i + 1;
        seen++;
      }
      out.push(`word ${from}-${end}`);
      // Only a clean text has phrases of several words, and the count of spaces is the phrase's own.
      expect(seen).toBe(spaces);
      if (spaces > 0) expect(clean).toBe(true);
    },
  );
  return out;
}

describe('scanPhrases', () => {
  it('reads a plain paragraph as one phrase', () => {
    const text = ' The strike killed 22 fighters, the monitor said.\n';
    const phrases: Array<[number, number, number]> = [];
    scanPhrases(text, () => {}, (start, end, _clean, spaces) => phrases.push([start, end, spaces]));
    // From the first word to the last, its seven single spaces inside.
    expect(phrases).toEqual([[1, text.length - 1, 7]]);
  });

  it('gives, taken back to words, exactly what scanWords gives, on any text', () => {
    const unit = fc.constantFrom('a', 'Z', '9', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u00AD', '\u200B', '\uFEFF', '\u2028', '.', 'é');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(phrasesAsWords(text)).toEqual(scanned(text));
      }),
      { numRuns: 2000 },
    );
  });
});
