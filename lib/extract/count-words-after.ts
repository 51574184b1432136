/**
 * Words read token by token around a count: a fixed phrase ("at least", "or more") matched over whitespace, and
 * what qualifies a count after its number or its noun ("22 or more", "22 people or more", "20-odd", "17+").
 */
import type { CountQualifier } from '../reference/values';
import type { TokenSource } from './tokens';
import { adjacent } from './tokens';

const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);

/** Match lower-case `words` at token i (words separated by whitespace); returns the end index or -1. */
export function matchWords(tokens: TokenSource, i: number, words: string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++, j++) {
    let t = tokens.at(j);
    // 'put the toll at a "handful"': a quote mark opening inside the phrase is read past.
    const quote = k > 0 && t !== undefined && OPENING_QUOTES.has(t.text) && adjacent(t, tokens.at(j + 1)) && !adjacent(tokens.at(j - 1), t);
    if (quote) t = tokens.at(++j);
    if (t === undefined || t.kind !== 'word' || t.lower !== words[k]) return -1;
    if (k > 0 && !quote && adjacent(tokens.at(j - 1), t)) return -1;
  }
  return j;
}

/** Post-qualifier after the number: "or more", "or so", "-odd", "-plus", "+". */
export function postQualifier(tokens: TokenSource, end: number): { end: number; qualifier: CountQualifier } | null {
  const a = tokens.at(end);
  const last = tokens.at(end - 1);
  if (a === undefined) return null;
  if (adjacent(last, a)) {
    if (a.text === '+') return { end: end + 1, qualifier: 'at-least' };
    const b = tokens.at(end + 1);
    if ((a.text === '-' || a.text === '–') && adjacent(a, b)) {
      if (b?.lower === 'odd') return { end: end + 2, qualifier: 'about' };
      if (b?.lower === 'plus') return { end: end + 2, qualifier: 'at-least' };
    }
    return null;
  }
  let e = matchWords(tokens, end, ['or', 'more']);
  if (e >= 0 && tokens.at(e)?.lower !== 'than') return { end: e, qualifier: 'at-least' };
  e = matchWords(tokens, end, ['or', 'so']);
  if (e >= 0) return { end: e, qualifier: 'about' };
  // "seventeen people at least were killed": "at least" after the count or its noun (the noun is left out of the mark).
  const atLeast = (from: number) => {
    const after = matchWords(tokens, from, ['at', 'least']);
    return after >= 0 && tokens.at(after)?.kind !== 'num' && !/^(?:one|some|in|partly)$/.test(tokens.at(after)?.lower ?? '');
  };
  if (atLeast(end)) return { end: end + 2, qualifier: 'at-least' };
  if (a.kind === 'word' && /^[a-z]+$/.test(a.text)) {
    if (atLeast(end + 1)) return { end, qualifier: 'at-least' };
    // "22 people or more were killed", "20 fighters or so": the same after the noun.
    e = matchWords(tokens, end + 1, ['or', 'more']);
    if (e >= 0 && tokens.at(e)?.lower !== 'than') return { end, qualifier: 'at-least' };
    if (matchWords(tokens, end + 1, ['or', 'so']) >= 0) return { end, qualifier: 'about' };
  }
  return null;
}
