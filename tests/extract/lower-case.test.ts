import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCased } from '../../lib/extract/lower-case';

describe('lowerCased', () => {
  it('is toLowerCase on any word, ASCII or not', () => {
    const char = fc.constantFrom('a', 'z', 'A', 'Z', '@', '[', '`', '{', '7', "'", '.', 'é', 'É', 'İ', 'Σ', '’', '𝐀');
    fc.assert(
      fc.property(fc.stringOf(char, { maxLength: 12 }), (word) => {
        expect(lowerCased(word)).toBe(word.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a lower-case ASCII word as it is and lowers one with a curly apostrophe', () => {
    const word = 'militia-backed';
    expect(lowerCased(word)).toBe(word);
    expect(lowerCased('Kata’ib')).toBe('kata’ib');
  });
});
