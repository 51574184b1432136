/**
 * The phrases a count is made of besides its number ("at least", "several", "a dozen"), filed by their
 * first word, and the test of whether a word can start a count at all, which the scan in counts.ts asks
 * of every word.
 */
import type { CountQualifier } from '../reference/values';
import { NUMBER_WORDS } from './numbers';
import { isSpace, nextTokenStart, tokenEnd, tokenKind } from './tokens';

interface Phrase {
  words: string[];
  qualifier: CountQualifier;
}

function phrases(list: Array<[string, CountQualifier]>): Phrase[] {
  return list
    .map(([s, qualifier]) => ({ words: s.split(' '), qualifier }))
    .sort((a, b) => b.words.length - a.words.length);
}

/**
 * Phrases grouped by their first word, each group in the list's order: a token is tried only against
 * the phrases that can start with it, instead of every phrase.
 */
function byFirstWord<T>(list: readonly T[], words: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const first = words(item)[0]!;
    const group = out.get(first);
    if (group) group.push(item);
    else out.set(first, [item]);
  }
  return out;
}

/** Words before a number that qualify it. Longest phrases are tried first. */
const QUALIFIERS = phrases([
  ['at least', 'at-least'],
  ['a minimum of', 'at-least'],
  ['no fewer than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['more than', 'more-than'],
  ['well over', 'more-than'],
  ['just over', 'more-than'],
  ['over', 'more-than'],
  ['upwards of', 'more-than'],
  ['upward of', 'more-than'],
  ['in excess of', 'more-than'],
  ['greater than', 'more-than'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'about'],
  ['just under', 'about'],
  ['circa', 'about'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
  // "put the death toll as high as 22": the top of a range, as "up to 22" is.
  ['as high as', 'up-to'],
  ['no more than', 'up-to'],
  ['not more than', 'up-to'],
  ['at most', 'up-to'],
  ['fewer than', 'up-to'],
  ['less than', 'up-to'],
]);

/** What a word that starts no phrase is tried against. */
export const NONE: readonly never[] = [];

export const QUALIFIERS_BY_FIRST = byFirstWord(QUALIFIERS, (q) => q.words);

/** Qualifiers that are also used with years ("around 2015"): with them a year stays a year. */
export const YEAR_QUALIFIERS = new Set(['about', 'around', 'approximately', 'approx', 'roughly', 'circa']);

/** Vague counts: qualifier 'several', n null. */
const VAGUE = [
  'several', 'multiple', 'numerous', 'many', 'a number of', 'a handful of', 'a handful', 'a few', 'dozens',
  'several dozen', 'several hundred', 'several thousand', 'a few dozen', 'a few hundred', 'a few thousand',
  'scores of', 'hundreds of thousands', 'tens of thousands', 'hundreds', 'thousands', 'millions',
]
  .map((s) => s.split(' '))
  .sort((a, b) => b.length - a.length);
export const VAGUE_BY_FIRST = byFirstWord(VAGUE, (v) => v);

/** Phrases with an article: value and qualifier. */
const ARTICLE_NUMBERS: Array<{ words: string[]; n: number; qualifier: CountQualifier }> = [
  { words: ['half', 'a', 'dozen'], n: 6, qualifier: 'exact' },
  { words: ['a', 'couple', 'of'], n: 2, qualifier: 'about' },
  { words: ['a', 'pair', 'of'], n: 2, qualifier: 'exact' },
  { words: ['a', 'single'], n: 1, qualifier: 'exact' },
  // "both facilities were destroyed": two, which only a fact makes worth a highlight (annotate.ts).
  { words: ['both'], n: 2, qualifier: 'exact' },
  { words: ['a', 'dozen'], n: 12, qualifier: 'exact' },
  { words: ['a', 'hundred'], n: 100, qualifier: 'exact' },
  { words: ['a', 'thousand'], n: 1000, qualifier: 'exact' },
];
export const ARTICLE_NUMBERS_BY_FIRST = byFirstWord(ARTICLE_NUMBERS, (a) => a.words);

/**
 * Every phrase a count can start with, as words: the phrases above, and each number word alone (a
 * number in words starts with one; digits need no phrase).
 */
const STARTING_PHRASES: ReadonlyArray<readonly string[]> = [
  ...QUALIFIERS.map((q) => q.words),
  ...VAGUE,
  ...ARTICLE_NUMBERS.map((a) => a.words),
  ...NUMBER_WORDS.map((w) => [w]),
];

/** Slots of a trie node: the letters a-z, then the space between two words of a phrase. */
const SLOTS = 27;
const BETWEEN_WORDS = 26;

/**
 * STARTING_PHRASES as a trie over the letters a-z and the gap between words, SLOTS slots a node (0: no
 * child), so a phrase is checked where it stands in the text, in either case, without cutting out a
 * word. Phrases are plain ASCII words; a word token with an apostrophe is none of them.
 */
const PHRASE_TRIE = (() => {
  const children: number[] = new Array(SLOTS).fill(0);
  const ends: boolean[] = [false];
  for (const words of STARTING_PHRASES) {
    const phrase = words.join(' ');
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const slot = node * SLOTS + (phrase[i] === ' ' ? BETWEEN_WORDS : phrase.charCodeAt(i) - 97);
      if (children[slot] === 0) {
        children[slot] = ends.length;
        ends.push(false);
        children.push(...new Array(SLOTS).fill(0));
      }
      node = children[slot]!;
    }
    ends[node] = true;
  }
  return { children: Int32Array.from(children), ends: Uint8Array.from(ends, Number) };
})();

/**
 * Whether a count may start with the token `text[start, end)`: digits, or the whole of one of
 * STARTING_PHRASES from there, word by word, each word a whole token after a space (as counts.ts
 * matches them). Anything else ("at" not followed by "least" or "most", "a" not by "dozen" or the like)
 * starts no count, and is passed over without reading tokens around it.
 */
const OPENING_QUOTE_CODES = new Set(['"', '“', "'", '‘'].map((c) => c.charCodeAt(0)));

export function mayStartCount(text: string, start: number, end: number): boolean {
  const kind = tokenKind(text, start);
  if (kind !== 'word') return kind === 'num';
  let node = 0;
  let from = start;
  let to = end;
  for (;;) {
    for (let i = from; i < to; i++) {
      // ASCII letters lower-cased; an apostrophe falls outside a-z and ends the walk.
      const letter = (text.charCodeAt(i) | 32) - 97;
      if (letter < 0 || letter > 25) return false;
      node = PHRASE_TRIE.children[node * SLOTS + letter]!;
      if (node === 0) return false;
    }
    if (PHRASE_TRIE.ends[node] === 1) return true;
    node = PHRASE_TRIE.children[node * SLOTS + BETWEEN_WORDS]!;
    // The phrase goes on: its next word must be the next token, after a space.
    if (node === 0 || to >= text.length || !isSpace(text.charCodeAt(to))) return false;
    from = nextTokenStart(text, to);
    // 'at a "handful"': an opening quote glued to the next word is read past (counts.ts reads it so too).
    if (from < text.length && OPENING_QUOTE_CODES.has(text.charCodeAt(from)) && from + 1 < text.length && !isSpace(text.charCodeAt(from + 1))) from++;
    if (from >= text.length || tokenKind(text, from) !== 'word') return false;
    to = tokenEnd(text, from);
  }
}
