/**
 * A sentence's words and clause punctuation, with their offsets: what measures.ts reads around a count.
 * Tokens are what `/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|[,;:()—–"“”]/gu` matches (the unit test holds
 * the two together), read by a scanner over character codes: the Unicode classes made the regular
 * expression the costliest part of reading a count.
 */
import { lowerCased } from '../extract/lower-case';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased word, or the punctuation mark itself. */
  word: string;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/uy;
const PUNCTUATION = new Set([...',;:()—–"“”'].map((c) => c.charCodeAt(0)));
// Inside a word when a letter or digit follows: "U.S", "al-Assad", "Kata'ib".
const JOINERS = new Set([...".'’-"].map((c) => c.charCodeAt(0)));
const PERIOD = 46;

/** Where the letter or digit at `i` ends (an astral one takes two units), or -1 when there is none. */
function wordCharEnd(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? i + 1 : -1;
  NON_ASCII_WORD_CHAR.lastIndex = i;
  return NON_ASCII_WORD_CHAR.test(text) ? NON_ASCII_WORD_CHAR.lastIndex : -1;
}

/** Past the run of letters and digits that starts at `i`. */
function runEnd(text: string, i: number): number {
  let end = i;
  for (let next = wordCharEnd(text, end); next >= 0; next = wordCharEnd(text, end)) end = next;
  return end;
}

/** The tokens starting in [from, to) of `text` (the last may run past `to`). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to && i < text.length) {
    if (wordCharEnd(text, i) < 0) {
      if (PUNCTUATION.has(text.charCodeAt(i))) out.push({ start: i, end: i + 1, word: text.charAt(i) });
      i++;
      continue;
    }
    let end = runEnd(text, i);
    while (JOINERS.has(text.charCodeAt(end)) && wordCharEnd(text, end + 1) >= 0) end = runEnd(text, end + 1);
    // A trailing period belongs to the token but not to its word ("U.S." keeps its inner dots as "u.s").
    const tokenEnd = text.charCodeAt(end) === PERIOD ? end + 1 : end;
    out.push({ start: i, end: tokenEnd, word: lowerCased(text.slice(i, end)) });
    i = tokenEnd;
  }
  return out;
}
