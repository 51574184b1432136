import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatcher } from '../../lib/engine/anchored-match';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('anchoredMatcher', () => {
  it('finds what matchAll finds, captures included, when the anchor covers every start', () => {
    const pattern = /\b(kill(?:ed|ing)?|wound(?:ed)?)\s+(an?\s+)?(\p{L}+)/giu;
    const read = anchoredMatcher(pattern, /k(?=ill)|\u212A(?=ill)|w(?=ound)/gi);
    const text = 'Rockets killed a contractor and Wounded two soldiers; KILLING civilians, skilled men.';
    expect(shape(read(text))).toEqual(shape(text.matchAll(pattern)));
    expect(read(text).map((m) => m[3])).toEqual(['contractor', 'two', 'civilians']);
  });

  it('never reports overlapping matches, like matchAll', () => {
    const pattern = /a+b?/g;
    const read = anchoredMatcher(pattern, /a/g);
    expect(read('aaab aab xa').map((m) => m[0])).toEqual(['aaab', 'aab', 'a']);
  });

  it('agrees with matchAll on random texts', () => {
    const pattern = /\b(?:ab|ba)c*\b/gu;
    const read = anchoredMatcher(pattern, /[ab]/g);
    fc.assert(
      fc.property(fc.stringOf(fc.constantFrom('a', 'b', 'c', ' ', '.')), (text) => {
        expect(shape(read(text))).toEqual(shape(text.matchAll(pattern)));
      }),
    );
  });

  it('misses a match whose start the anchor does not cover: the anchor is the caller’s promise', () => {
    const read = anchoredMatcher(/xy/g, /y/g);
    expect(read('xy')).toEqual([]);
  });
});
