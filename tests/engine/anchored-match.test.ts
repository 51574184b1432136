import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatcher, anchorsIn } from '../../lib/engine/anchored-match';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('anchoredMatcher', () => {
  it('finds what matchAll finds, captures included, when the anchor covers every start', () => {
    const pattern = /\b(kill(?:ed|ing)?|wound(?:ed)?)\s+(an?\s+)?(\p{L}+)/giu;
    const read = (t: string) => anchoredMatcher(pattern)(t, anchorsIn(t, /k(?=ill)|\u212A(?=ill)|w(?=ound)/gi));
    const text = 'Rockets killed a contractor and Wounded two soldiers; KILLING civilians, skilled men.';
    expect(shape(read(text))).toEqual(shape(text.matchAll(pattern)));
    expect(read(text).map((m) => m[3])).toEqual(['contractor', 'two', 'civilians']);
  });

  it('never reports overlapping matches, like matchAll', () => {
    const pattern = /a+b?/g;
    const read = (t: string) => anchoredMatcher(pattern)(t, anchorsIn(t, /a/g));
    expect(read('aaab aab xa').map((m) => m[0])).toEqual(['aaab', 'aab', 'a']);
  });

  it('agrees with matchAll on random texts', () => {
    const pattern = /\b(?:ab|ba)c*\b/gu;
    const read = (t: string) => anchoredMatcher(pattern)(t, anchorsIn(t, /[ab]/g));
    fc.assert(
      fc.property(fc.stringOf(fc.constantFrom('a', 'b', 'c', ' ', '.')), (text) => {
        expect(shape(read(text))).toEqual(shape(text.matchAll(pattern)));
      }),
    );
  });

  it('misses a match whose start the anchor does not cover: the anchor is the caller’s promise', () => {
    expect(anchoredMatcher(/xy/g)('xy', anchorsIn('xy', /y/g))).toEqual([]);
  });

  it('finds each one-character anchor, in order', () => {
    expect(anchorsIn('a killer skill', /k(?=ill)/g)).toEqual([2, 10]);
  });
});
