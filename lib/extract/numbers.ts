/**
 * Numbers written as digits ("22", "1,200", "1.5 million") or as English words
 * ("seven", "twenty-two", "twenty two", "two hundred and fifty", "two dozen").
 */
import type { TokenSource } from './tokens';
import { adjacent } from './tokens';

// Maps, not object literals: a lookup must not find "constructor" or "toString" on Object.prototype.
const UNITS = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
const TEENS = new Map(Object.entries({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES = new Map(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9 }));

/** Words a number written in words starts with: "seven", "fifteen", "twenty". */
export const NUMBER_WORDS: readonly string[] = [...UNITS.keys(), ...TEENS.keys(), ...TENS.keys()];

const UNIT_SRC = [...UNITS.keys()].join('|');
const TEEN_SRC = [...TEENS.keys()].join('|');
const TENS_SRC = [...TENS.keys()].join('|');

/**
 * Regex source (no groups, use with the `i` flag) for a number 1-99 in words:
 * "seven", "fifteen", "twenty", "twenty-two", "twenty two".
 */
export const SMALL_NUMBER_WORDS_SRC = `(?:(?:${TENS_SRC})(?:[- ](?:${UNIT_SRC}))?|${TEEN_SRC}|${UNIT_SRC})(?![A-Za-z])`;

/** Regex source for an hour 1-12 in words. */
export const HOUR_WORDS_SRC = `(?:${TEEN_SRC.split('|').filter((w) => TEENS.get(w)! <= 12).join('|')}|${UNIT_SRC})(?![A-Za-z])`;

/** Value of a single number word ("seven" → 7, "twenty" → 20), or null. */
export function numberWordValue(word: string): number | null {
  const w = word.toLowerCase();
  return UNITS.get(w) ?? TEENS.get(w) ?? TENS.get(w) ?? null;
}

/** Value of a text matched by SMALL_NUMBER_WORDS_SRC or HOUR_WORDS_SRC ("twenty-two" → 22). */
export function smallNumberWordsValue(s: string): number | null {
  let total = 0;
  for (const part of s.toLowerCase().split(/[- ]/)) {
    const v = numberWordValue(part);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** "22" → 22, "1,200" → 1200, "1.5" → 1.5; badly grouped commas ("1,20") → null. */
export function parseDigits(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) || /^\d+(?:\.\d+)?$/.test(s)) {
    return Number(s.replace(/,/g, ''));
  }
  return null;
}

export interface ParsedNumber {
  value: number;
  /** Token index just after the number. */
  end: number;
  /** Written in words ("twenty-two") rather than digits. */
  words: boolean;
  /** Digits with a decimal part and no scale word ("1.5"): not a count. */
  fraction: boolean;
}

type Kind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';
type Last = 'none' | Kind;

/** Every number word with its kind, so that classifying a token is one lookup. */
const KINDS = new Map<string, Kind>([
  ...[...UNITS.keys()].map((w) => [w, 'unit'] as const),
  ...[...TEENS.keys()].map((w) => [w, 'teen'] as const),
  ...[...TENS.keys()].map((w) => [w, 'tens'] as const),
  ['hundred', 'hundred'],
  ...[...SCALES.keys()].map((w) => [w, 'scale'] as const),
  ['dozen', 'dozen'],
]);

function classify(w: string): Kind | null {
  return KINDS.get(w) ?? null;
}

/** May a word of kind `k` follow `last` (with `cur` the value since the last scale word)? */
function allowed(last: Last, k: Kind, cur: number, hundred: boolean): boolean {
  switch (k) {
    case 'unit':
      return last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && cur % 10 === 0);
    case 'teen':
    case 'tens':
      return last === 'none' || last === 'hundred' || last === 'scale';
    case 'hundred':
      // "two hundred", "twenty-two hundred"; not "two hundred two hundred".
      return !hundred && (last === 'unit' || last === 'teen');
    case 'scale':
      return last !== 'none' && last !== 'scale' && last !== 'dozen';
    case 'dozen':
      return last === 'unit' || last === 'teen' || last === 'tens';
  }
}

/** The token after `tokens.at(j)` that could continue a number: a word after a space, or after an adjacent hyphen. */
function nextWord(tokens: TokenSource, j: number): { k: number; hyphen: boolean } | null {
  const a = tokens.at(j);
  const b = tokens.at(j + 1);
  if (a === undefined || b === undefined) return null;
  if (b.kind === 'word' && !adjacent(a, b)) return { k: j + 1, hyphen: false };
  const c = tokens.at(j + 2);
  if ((b.text === '-' || b.text === '‑') && adjacent(a, b) && adjacent(b, c) && c !== undefined && c.kind === 'word') {
    return { k: j + 2, hyphen: true };
  }
  return null;
}

/**
 * Parse a number that starts at token `i`: digits with an optional scale word ("1.2 million",
 * "2 dozen") or number words ("twenty-two", "two hundred and fifty", "two dozen").
 * Articles ("a dozen") and qualifiers are the caller's business.
 */
export function parseNumberAt(tokens: TokenSource, i: number): ParsedNumber | null {
  const first = tokens.at(i);
  if (first === undefined) return null;

  if (first.kind === 'num') {
    const v = parseDigits(first.text);
    if (v === null) return null;
    const nw = nextWord(tokens, i);
    const scaleTok = nw !== null && !nw.hyphen ? tokens.at(nw.k) : undefined;
    if (scaleTok !== undefined) {
      const s = scaleTok.lower === 'hundred' ? 100 : scaleTok.lower === 'dozen' ? 12 : SCALES.get(scaleTok.lower);
      if (s !== undefined) return { value: Math.round(v * s), end: i + 2, words: false, fraction: false };
    }
    return { value: v, end: i + 1, words: false, fraction: first.text.includes('.') };
  }

  if (first.kind !== 'word') return null;
  let total = 0;
  let cur = 0;
  let last: Last = 'none';
  let end = i;
  let j = i;
  let hyphen = false;
  let hundred = false;
  for (;;) {
    const t = tokens.at(j);
    if (t === undefined || t.kind !== 'word') break;
    const k = classify(t.lower);
    if (k === null || (hyphen && k !== 'unit') || !allowed(last, k, cur, hundred)) break;
    if (k === 'unit') cur += UNITS.get(t.lower)!;
    else if (k === 'teen') cur += TEENS.get(t.lower)!;
    else if (k === 'tens') cur += TENS.get(t.lower)!;
    else if (k === 'hundred') (cur *= 100), (hundred = true);
    else if (k === 'dozen') cur *= 12;
    else {
      total += cur * SCALES.get(t.lower)!;
      cur = 0;
      hundred = false;
    }
    last = k;
    end = j + 1;
    if (k === 'dozen') break;
    const nw = nextWord(tokens, j);
    if (nw === null) break;
    const nt = tokens.at(nw.k);
    // "two hundred and fifty": step over the "and" when a number word follows it.
    if (!nw.hyphen && nt?.lower === 'and' && (last === 'hundred' || last === 'scale')) {
      const after = nextWord(tokens, nw.k);
      if (after === null || after.hyphen || classify(tokens.at(after.k)?.lower ?? '') === null) break;
      j = after.k;
      hyphen = false;
      continue;
    }
    if (nw.hyphen && last !== 'tens') break;
    j = nw.k;
    hyphen = nw.hyphen;
  }
  if (end === i) return null;
  return { value: total + cur, end, words: true, fraction: false };
}
