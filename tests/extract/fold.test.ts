import { describe, expect, it } from 'vitest';
import { fold, foldedUnitAt, foldSlice } from '../../lib/extract/fold';

/** fold as its definition reads: one code point at a time. */
function foldEach(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/['’‘`´ʼ]/.test(ch)) out += "'";
    else if (/[-‐‑‒–—]/.test(ch)) out += '-';
    else if (ch === '\u00a0') out += ' ';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

const SAMPLES = [
  'Kata’ib Hezbollah — ‘Abu-Kamal’ said´ʼ`',
  'ΟΔΟΣ ΣΑΣ Σ İstanbul',
  '𐐀𐐁 Deseret, lone \ud800 and \udc00 halves, 😀',
  'no\u00a0break – dash ‑ hyphen',
];

describe('fold', () => {
  it.each(SAMPLES.map((s) => [s]))('folds %j one character at a time, keeping its length', (text) => {
    expect(fold(text)).toBe(foldEach(text));
    expect(fold(text)).toHaveLength(text.length);
  });

  it('folds every BMP unit as it would on its own', () => {
    let all = '';
    for (let c = 0; c < 65536; c++) all += String.fromCharCode(c);
    expect(fold(all)).toBe(foldEach(all));
  });

  it('reads one unit, or a stretch, as the whole text folds it, even across a surrogate pair', () => {
    const text = SAMPLES.join(' ');
    const whole = fold(text);
    for (let i = 0; i < text.length; i++) expect(foldedUnitAt(text, i)).toBe(whole.charCodeAt(i));
    for (let from = 0; from < text.length; from += 3) expect(foldSlice(text, from, from + 7)).toBe(whole.slice(from, from + 7));
  });
});
