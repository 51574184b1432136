/**
 * Sentences of an article, with offsets. Periods in abbreviations ("U.S.", "Feb.", "p.m.", "Gen.")
 * and initials ("John F. Kirby") do not end a sentence.
 */
import type { ArticleText } from '../article/types';
import { DIGIT, LETTER, UPPER } from '../extract/letter-classes';
import { spanIndexAt } from './spans';

// What a sentence starts with: a capital, a digit or an opening quote or bracket.
const SENTENCE_OPENER = new RegExp(String.raw`[${UPPER}${DIGIT}"'“‘(]`, 'u');
const DIGIT_OR_HYPHEN = new RegExp(String.raw`[${DIGIT}-]`, 'u');

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block (paragraph) it belongs to. */
  block: number;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt',
  'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft', 'brig', 'cmdr', 'sec', 'secy',
]);

const LIST_NUMBER = /^\s*\d{1,2}$/;

/** Where sentences end inside [start, end) of `text`. */
function splitBlock(text: string, start: number, end: number, block: number, out: Sentence[]): void {
  let sentenceStart = start;
  // Footnote markers may follow the stop: "…a contractor.[12] On 22 February…". A page may lose the space after a
  // stop between a word and a capitalised one: "…rocket attacks on US forces in Iraq.According to CNN, …".
  const boundary = /[.!?]+["'”’)\]]*(?:\[\d{1,3}\])*(?=\s+|$)|(?<=[a-z]{3})\.(?=[A-Z][a-z])/g;
  boundary.lastIndex = start;
  for (let m = boundary.exec(text); m && m.index < end; m = boundary.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > end) break;
    if (m[0].startsWith('.') && isAbbreviation(text, m.index, sentenceStart)) continue;
    // "1. Coronavirus", "3. The strike…": an item's number opens its sentence.
    if (m[0] === '.' && LIST_NUMBER.test(text.slice(sentenceStart, m.index))) continue;
    // The next sentence must start with a capital, a digit or an opening quote.
    const next = /\S/.exec(text.slice(stop, Math.min(end, stop + 4)));
    if (next && !SENTENCE_OPENER.test(next[0])) continue;
    pushTrimmed(text, sentenceStart, stop, block, out);
    sentenceStart = stop;
  }
  pushTrimmed(text, sentenceStart, end, block, out);
}

// Character tests with an ASCII fast path (these run on every character near a sentence end); other
// characters go to the regular expressions they replace, one UTF-16 unit at a time as before.
const NON_ASCII_LETTER = new RegExp(String.raw`[${LETTER}]`, 'u');
const NON_ASCII_SPACE = /\s/;

function isLetterOrDot(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return NON_ASCII_SPACE.test(String.fromCharCode(c));
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let i = dot;
  while (i > floor && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot).toLowerCase();
  // Single letters are initials ("John F. Kirby"), unless they end a longer token ("two F-16s."); "U.S." and friends are listed.
  if (word.length === 1) return !DIGIT_OR_HYPHEN.test(text.charAt(i - 1));
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, block: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, block });
}

export function splitSentences(article: ArticleText): Sentence[] {
  const out: Sentence[] = [];
  article.blocks.forEach((b, i) => splitBlock(article.text, b.start, b.end, i, out));
  return out;
}

/** The index of the first sentence of sentence i's block (paragraph). */
export function firstOfBlock(sentences: readonly Sentence[], i: number): number {
  const block = (sentences[i] as Sentence).block;
  let k = i;
  while (k > 0 && (sentences[k - 1] as Sentence).block === block) k--;
  return k;
}

/** The block (paragraph) of the sentence holding `at`, or -1 when no sentence does. */
export function blockAt(sentences: readonly Sentence[], at: number): number {
  return sentences[spanIndexAt(sentences, at)]?.block ?? -1;
}

// "Middle East", "Home / News / Miscellaneous": a section's label or a trail of links above the headline.
const KICKER = /^(?:[^\s\d]+(?:\s+[^\s\d]+){0,2}|[^\d]{0,80}?\s[/›»>|]\s[^\d]*)$/u;
const ENDS_WITH_STOP = /[.!?]["”’]?$/;

/**
 * The block that is the page's headline: the first, or the second under a kicker or a trail of links (a single
 * line of at most three words, or of links set apart by "/", "›", "»", ">" or "|", with no figure and no stop).
 */
export function headlineBlock(text: string, sentences: readonly Sentence[]): number {
  const [first, second, third] = sentences;
  if (!first || !second || first.block !== 0 || second.block !== 1 || third?.block === 1) return 0;
  const kicker = text.slice(first.start, first.end);
  return KICKER.test(kicker) && !ENDS_WITH_STOP.test(text.slice(second.start, second.end)) ? 1 : 0;
}
