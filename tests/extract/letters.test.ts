import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lettersAndDigits } from '../../lib/extract/letters';

const byRegex = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

// Letters, digits, separators, astral letters and digits, and lone surrogates.
const piece = fc.constantFrom('a', 'Z', '7', ' ', '-', "'", '’', '.', 'é', 'İ', 'ـ', '٣', '𝐀', '𝟙', '😀', '\ud835', '\udc00', '\u00a0', '中');

describe('lettersAndDigits', () => {
  it('keeps only letters and digits, as the Unicode regular expression does', () => {
    expect(lettersAndDigits("Kata'ib Hezbollah")).toBe('KataibHezbollah');
    expect(lettersAndDigits('al-Bukamal, 𝐀1')).toBe('alBukamal𝐀1');
    expect(lettersAndDigits('--')).toBe('');
  });

  it('agrees with the regular expression on any mix of letters, digits, marks and surrogates', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const s = pieces.join('');
      expect(lettersAndDigits(s)).toBe(byRegex(s));
    }));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
      expect(lettersAndDigits(s)).toBe(byRegex(s));
    }));
  });
});
