/**
 * A flat word/number/punctuation tokenizer for the count recognizer.
 * Tokens never span whitespace; any gap between two tokens is whitespace.
 *
 * Words are ASCII letters with inner apostrophes ("Kata'ib"), numbers are digits with inner "." or ","
 * ("1,200", "7.62"), and any other non-whitespace character is a punctuation token of its own (one
 * UTF-16 unit, as the regular expression `\S` reads it). A hand-written scan rather than a regex: it
 * allocates nothing but the tokens, which is most of the cost on a long article.
 */

import { LETTER, STARTS_WITH_CAPITAL } from './letter-classes';
const WORDS = new RegExp(String.raw`[${LETTER}][${LETTER}'’-]*`, 'gu');

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** `text` lower-cased. */
  lower: string;
  start: number;
  end: number;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What JavaScript's `\s` matches: ASCII and Unicode spaces, line breaks, U+FEFF. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// wordEnd and numberEnd have one shape on purpose: one scanner taking the character tests as arguments runs
// on every token of the text and was not inlined (findCounts at 100k words: 17.5 ms against 10.2).

/** End of the word (letters, single inner apostrophes) whose first letter is at `i`. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    if (j + 1 < text.length && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

/** End of the number (digits, single inner "." or ",") whose first digit is at `i`. */
function numberEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    if (j + 1 < text.length && isDecimalMark(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isDecimalMark(c: number): boolean {
  return c === 46 || c === 44;
}

/** Index of the first non-space character at or after `from` (the text's length when there is none). */
export function nextTokenStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the token starting at `start` (a non-space character). */
export function tokenEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  // One scanner per kind, not one taking the character tests as arguments: it runs on every token of the text.
  if (isLetter(c)) return wordEnd(text, start);
  if (isDigit(c)) return numberEnd(text, start);
  return start + 1;
}

/** The kind of the token starting at `start`. */
export function tokenKind(text: string, start: number): TokenKind {
  const c = text.charCodeAt(start);
  return isLetter(c) ? 'word' : isDigit(c) ? 'num' : 'punct';
}

/** The first token at or after `from`, or null at the end of the text. */
function tokenAt(text: string, from: number): Token | null {
  const i = nextTokenStart(text, from);
  if (i >= text.length) return null;
  const end = tokenEnd(text, i);
  const kind = tokenKind(text, i);
  const t = text.slice(i, end);
  return { kind, text: t, lower: kind === 'num' ? t : t.toLowerCase(), start: i, end };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let t = tokenAt(text, 0); t !== null; t = tokenAt(text, t.end)) out.push(t);
  return out;
}

/** Tokens by index: undefined before the first token and after the last. A `Token[]` is one. */
export interface TokenSource {
  at(i: number): Token | undefined;
}

/**
 * The tokens of a text, read as they are asked for, keeping only those not yet forgotten. A scan that
 * looks only a few tokens back holds a small window instead of every token of a long article, which
 * would outlive the young generation of the garbage collector and cost more per token as the text grows.
 */
export class TokenStream implements TokenSource {
  private window: Token[] = [];
  /** Index of `window[0]`. */
  private first = 0;
  private pos = 0;

  constructor(private readonly text: string) {}

  at(i: number): Token | undefined {
    if (i < 0) return undefined;
    while (i >= this.first + this.window.length) {
      const t = tokenAt(this.text, this.pos);
      if (t === null) return undefined;
      this.window.push(t);
      this.pos = t.end;
    }
    if (i < this.first) throw new Error(`token ${i} was forgotten (window starts at ${this.first})`);
    return this.window[i - this.first];
  }

  /**
   * Go on from token `index`, which starts at `offset` (a token start: the text's start, or a
   * non-space character after a space), skipping the tokens between the window and it unread.
   */
  seek(index: number, offset: number): void {
    if (index <= this.first + this.window.length) {
      this.forget(index);
      return;
    }
    this.window = [];
    this.first = index;
    this.pos = offset;
  }

  /** Tokens before index `i` will not be asked for again. */
  forget(i: number): void {
    const drop = i - this.first;
    // Dropping in batches keeps the copying to a fraction of the tokens.
    if (drop < 256) return;
    this.window = this.window.slice(drop);
    this.first = i;
  }
}

/** True when `b` directly follows `a` with no whitespace in between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Whether the line holding `at` is a headline in title case ("US Strike In Syria Kills 17"): most of its words capitalised. */
export function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const words = text.slice(start, end < 0 ? text.length : end).match(WORDS) ?? [];
  const capitalised = words.filter((w) => STARTS_WITH_CAPITAL.test(w)).length;
  return words.length >= 3 && words.length <= 20 && capitalised / words.length >= 0.7;
}
