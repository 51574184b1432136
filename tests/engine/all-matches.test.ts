import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../lib/engine/all-matches';

// Patterns with and without empty matches, groups, the `u` flag and a look-behind.
const PATTERNS = [/\b(strikes?|attack)\b/gi, /\S+/g, /,?\s*/g, /(?<=a)|b+/g, /x*/gu, /[,;]|(?:while)\b/gi, /\p{Lu}\p{Ll}*/gu];

describe('allMatches', () => {
  it('gives what matchAll gives, and leaves lastIndex as it was', () => {
    const char = fc.constantFrom('a', 'b', 'x', 'S', 'strike', 'attack', 'while', ' ', ',', ';', '😀', 'É', '\n');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 25 }).map((c) => c.join('')), fc.constantFrom(...PATTERNS), fc.nat(4), (text, pattern, from) => {
        const re = new RegExp(pattern.source, pattern.flags);
        re.lastIndex = from;
        const expected = [...text.matchAll(re)].map((m) => [m.index, [...m]]);
        expect(allMatches(re, text).map((m) => [m.index, [...m]])).toEqual(expected);
        expect(re.lastIndex).toBe(from);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/, 'aa')).toThrow(TypeError);
  });
});
