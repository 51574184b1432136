import { describe, expect, it } from 'vitest';
import { anchoredMatches, startsBefore } from '../../lib/extract/anchored';

const globalMatches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags + 'g'))].map((m) => [m.index, m[0]]);
const anchored = (re: RegExp, anchor: RegExp, words: number, text: string) =>
  anchoredMatches(text, re, anchor, (t, at) => startsBefore(t, at, words)).map((m) => [m.index, m[0]]);

describe('startsBefore', () => {
  it('lists word starts in the runs before an anchor that follows a separator, then the anchor', () => {
    const text = 'x (late on\u00a0Thursday';
    expect(startsBefore(text, text.indexOf('Thursday'), 2)).toEqual([3, 8, 11]);
    expect(startsBefore(text, text.indexOf('Thursday'), 1)).toEqual([8, 11]);
    expect(startsBefore('ab-Thursday', 3, 2)).toEqual([3]);
  });
});

describe('anchoredMatches', () => {
  const RELATIVE = /(?<![\w-])(?:(?:an?|two|twenty[- ]two|\d{1,3})[ \t]+(?:days?|weeks?)[ \t]+(?:later|earlier)|the[ \t]+(?:next|previous)[ \t]+day)(?![\w-])/i;
  const ANCHOR = /day|week|next|previous/i;

  it('finds what the global scan finds, in order, when every match holds an anchor', () => {
    const words = ['a', 'two', 'twenty', 'twenty-two', '22', 'days', 'day', 'weeks', 'later', 'earlier', 'the', 'next', 'previous', 'Thursday', '-', ',', 'x'];
    let seed = 21;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(next() < 0.8 ? ' ' : '\t');
      expect(anchored(RELATIVE, ANCHOR, 2, text), text).toEqual(globalMatches(RELATIVE, text));
    }
  });

  it('looks back only as many words as it is told', () => {
    const text = 'twenty two days later';
    expect(anchored(RELATIVE, ANCHOR, 2, text)).toEqual([[0, 'twenty two days later']]);
    // One word back, "twenty" is out of reach: the shorter match inside is what is left.
    expect(anchored(RELATIVE, ANCHOR, 1, text)).toEqual([[7, 'two days later']]);
  });
});
