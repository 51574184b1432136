/**
 * Counts: "22", "1,200", "twenty-two", "at least 22", "some 22", "nearly two dozen",
 * "22 or more", "several", "a handful of".
 *
 * Works on tokens (see tokens.ts) so that context checks are cheap and the scan is linear.
 * Not emitted: ordinals, years standing alone, percentages, money, measurements, numbers glued
 * to letters or hyphenated designations ("F-15", "COVID-19", "22nd", "107mm", "22-year-old"),
 * identifiers ("Flight 752", "Resolution 2254", "Air Force One"), list numbering, pronoun uses of
 * "one" ("one of", "no one", "one another"), and the article "a"/"an".
 * Numbers inside dates and times are mostly refused here too, but findFigures is what guarantees it.
 */
import type { CountQualifier, CountValue } from '../reference/values';
import type { FigureMention } from './types';
import { inOtherCalendarDate } from './other-calendars';
import type { Token, TokenSource } from './tokens';
import { adjacent, inTitleCaseLine, isCapitalised, nextTokenStart, tokenEnd, TokenStream } from './tokens';
import { ARTICLE_NUMBERS_BY_FIRST, mayStartCount, NONE, QUALIFIERS_BY_FIRST, VAGUE_BY_FIRST, YEAR_QUALIFIERS } from './count-phrases';
import { parseNumberAt } from './numbers';
import { matchWords, postQualifier } from './count-words-after';
import { monthNumber } from './calendar';
import { boundRanges } from './count-ranges';
import { ABSTRACT_AFTER, COUNTED_NOUN, FLAG, IDENT_BEFORE, MANY_PREV, ONE_NEXT, ONE_PREV, ORDINALS, PREPOSITION_AFTER, PRONOUN_VERB, SUMMED_BEFORE, UNIT_AFTER } from './not-count-words';

/** Whether a counted noun follows the number ending at token `end`, past a flag. */
function countsNoun(tokens: TokenSource, end: number): boolean {
  const nw = wordAfter(tokens, end);
  if (nw === undefined) return false;
  if (COUNTED_NOUN.test(nw.lower)) return true;
  if (!FLAG.test(nw.lower)) return false;
  for (let i = end + 1; i < end + 5; i++) {
    const w = wordAfter(tokens, i);
    if (w !== undefined) return COUNTED_NOUN.test(w.lower);
  }
  return false;
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

const MONEY_BEFORE = new Set(['$', '£', '€', '¥', '#', '@', '/', ':', '.', "'", '’', '+', ',']);


function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Whether a token before a word shows the word is not a sentence's first: a word, or punctuation that ends no sentence. */
function insideSentence(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || (t.kind === 'punct' && !/^[.!?]$/.test(t.text)));
}

/** A word token preceding `tokens.at(i)` with whitespace between them. */
function wordBefore(tokens: TokenSource, i: number): Token | undefined {
  const p = tokens.at(i - 1);
  return isWordToken(p) && !adjacent(p, tokens.at(i)) ? p : undefined;
}

/** A word token following `tokens.at(i - 1)` with whitespace between them. */
function wordAfter(tokens: TokenSource, i: number): Token | undefined {
  const n = tokens.at(i);
  return isWordToken(n) && !adjacent(tokens.at(i - 1), n) ? n : undefined;
}

interface Core {
  /** Token range of the number itself. */
  start: number;
  end: number;
  n: number | null;
  qualifier: CountQualifier;
  words: boolean;
  /** Single digit token as written, for the year and leading-zero checks. */
  digits: string | null;
}

/** The number (or vague phrase) at token i, without qualifier or exclusion checks. */
function coreAt(tokens: TokenSource, i: number, qualified: boolean): Core | null {
  const t = tokens.at(i);
  if (t === undefined) return null;
  if (t.kind === 'word') {
    if (!qualified) {
      for (const v of VAGUE_BY_FIRST.get(t.lower) ?? NONE) {
        const e = matchWords(tokens, i, v);
        if (e >= 0) return { start: i, end: e, n: null, qualifier: 'several', words: true, digits: null };
      }
    }
    for (const a of ARTICLE_NUMBERS_BY_FIRST.get(t.lower) ?? NONE) {
      const e = matchWords(tokens, i, a.words);
      if (e >= 0) return { start: i, end: e, n: a.n, qualifier: a.qualifier, words: true, digits: null };
    }
  }
  const p = parseNumberAt(tokens, i);
  if (p === null || p.fraction) return null;
  const digits = !p.words && p.end === i + 1 ? t.text : null;
  return { start: i, end: p.end, n: p.value, qualifier: 'exact', words: p.words, digits };
}

const BOTH_COUNTS = /^(?:[a-z-]+s|men|women|people|children)$/;

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '-' || t.text === '–');
}

/** How many numbers are joined by adjacent hyphens around the number token at i ("9-1-1" → 3), capped at 3. */
function hyphenChain(tokens: TokenSource, i: number): number {
  let n = 1;
  for (let k = i; k >= 2 && n < 3; k -= 2) {
    const h = tokens.at(k - 1);
    const p = tokens.at(k - 2);
    if (!isHyphen(h) || p?.kind !== 'num' || !adjacent(p, h) || !adjacent(h, tokens.at(k))) break;
    n++;
  }
  for (let k = i; n < 3; k += 2) {
    const h = tokens.at(k + 1);
    const x = tokens.at(k + 2);
    if (!isHyphen(h) || x?.kind !== 'num' || !adjacent(tokens.at(k), h) || !adjacent(h, x)) break;
    n++;
  }
  return n;
}

/** Whether text between the line start and `pos` is blank (optionally an opening bracket). */
function atLineStart(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '(') return false;
  }
  return true;
}

/** Whether a core is not a count after all, judging by the text around it. */
function rejected(text: string, tokens: TokenSource, core: Core, qualifierWords: string[] | null): boolean {
  if (core.n === null) return vagueRejected(tokens, core);
  return gluedRejected(tokens, core) || digitsRejected(text, tokens, core, qualifierWords) || wordsAroundRejected(text, tokens, core, qualifierWords);
}

/** A vague count word ("many", "multiple") in one of its own traps: "how many", "a multiple", "multiple-choice". */
function vagueRejected(tokens: TokenSource, core: Core): boolean {
  const first = tokens.at(core.start)!;
  const lastTok = tokens.at(core.end - 1)!;
  const next = tokens.at(core.end);
  // Vague words with their own traps.
  const w = first.lower;
  const pw = wordBefore(tokens, core.start)?.lower;
  if (w === 'many' && pw !== undefined && MANY_PREV.has(pw)) return true;
  if (w === 'multiple' && ((pw !== undefined && /^(?:a|an|the)$/.test(pw)) || next?.text === '-')) return true;
  if (adjacent(lastTok, next) && next?.text === '-') return true;
  // "a few hours", "several miles": a stretch of time or a measure, as after a number.
  return next !== undefined && UNIT_AFTER.has(next.lower);
}

/** A number glued to what is before or after it: part of an identifier, a sum of money, a unit, an ordinal. */
function gluedRejected(tokens: TokenSource, core: Core): boolean {
  const first = tokens.at(core.start)!;
  const lastTok = tokens.at(core.end - 1)!;
  const prev = tokens.at(core.start - 1);
  const next = tokens.at(core.end);
  const next2 = tokens.at(core.end + 1);
  // "9-1-1", "555-0134-22": a chain of three or more hyphenated numbers is an identifier.
  if (!core.words && hyphenChain(tokens, core.start) > 2) return true;

  // Glued to the previous token: "F15", "F-15", "COVID-19", "$20", "#3", "24/7", "'90s".
  if (adjacent(prev, first) && prev !== undefined) {
    if (prev.kind !== 'punct') return true;
    if (prev.text === '-' || prev.text === '–') {
      const pp = tokens.at(core.start - 2);
      // "20-25" is a range; "F-15" and "-5" are not counts.
      if (!(pp !== undefined && pp.kind === 'num' && adjacent(pp, prev))) return true;
      // The second number of a range shares the first one's context: "pages 10-12".
      const before = wordBefore(tokens, core.start - 2);
      if (before !== undefined && IDENT_BEFORE.has(before.lower)) return true;
    } else if (MONEY_BEFORE.has(prev.text)) return true;
  }
  // A footnote marker: "killed.[3]".
  if (prev?.text === '[' && adjacent(prev, first) && next?.text === ']' && adjacent(lastTok, next)) return true;
  // Money or currency word before: "US$ 20", "USD 20".
  if (prev !== undefined && (prev.text === '$' || prev.text === '£' || prev.text === '€')) return true;

  // Glued to the next token: "22nd", "107mm", "6pm", "1990s", "22%", "9/11", "3:16", "22-year-old".
  if (adjacent(lastTok, next) && next !== undefined) {
    if (next.kind !== 'punct') return true;
    if (next.text === '%' || next.text === '/' || next.text === '°') return true;
    if (next.text === ':' && next2?.kind === 'num') return true;
    if ((next.text === "'" || next.text === '’') && next2?.lower === 's') return true;
    if (next.text === '-' || next.text === '–') {
      if (adjacent(next, next2) && next2 !== undefined) {
        if (next2.kind === 'word' && next2.lower !== 'odd' && next2.lower !== 'plus') return true;
      }
    }
  }

  return false;
}

/** Digits that are not a count: a leading zero, a year, list numbering. */
function digitsRejected(text: string, tokens: TokenSource, core: Core, qualifierWords: string[] | null): boolean {
  if (core.words || core.digits === null || core.n === null) return false;
  const first = tokens.at(core.start)!;
  const next = tokens.at(core.end);
  const d = core.digits;
  if (d.length > 1 && d[0] === '0') return true;
  if (/^\d{4}$/.test(d) && core.n >= 1900 && core.n <= 2099) {
    const q = qualifierWords?.[0];
    if (q === undefined || YEAR_QUALIFIERS.has(q)) return true;
  }
  // List numbering: "1." or "1)" at the start of a line.
  if (atLineStart(text, first.start) && adjacent(first, next) && (next?.text === '.' || next?.text === ')')) return true;
  return false;
}

// "The dead now number 22", "casualties number 17": "number" as a verb after its subject, not "Number 22".
const NUMBER_VERB_AFTER = new Set('now dead killed deaths casualties victims fatalities wounded injured to'.split(' '));

function numberAsVerb(tokens: TokenSource, at: number, before: Token): boolean {
  if (before.text !== 'number') return false;
  const subject = wordBefore(tokens, at - 1);
  return subject !== undefined && NUMBER_VERB_AFTER.has(subject.lower);
}

/** The words around say it is a name, a date, a measure or an ordinal: "Flight 752", "Feb 15", "22 per cent". */
function wordsAroundRejected(text: string, tokens: TokenSource, core: Core, qualifierWords: string[] | null): boolean {
  const first = tokens.at(core.start)!;
  const prev = tokens.at(core.start - 1);
  const next2 = tokens.at(core.end + 1);
  // After an identifier word: "Flight 752", "Resolution 2254", "Section 3", "No. 5".
  const pw = wordBefore(tokens, core.start);
  if (qualifierWords === null) {
    if (pw !== undefined && IDENT_BEFORE.has(pw.lower) && !numberAsVerb(tokens, core.start, pw)) return true;
    if (prev?.text === '.' && isWordToken(tokens.at(core.start - 2)) && adjacent(tokens.at(core.start - 2), prev)) {
      const w = tokens.at(core.start - 2)!.lower;
      if (/^(?:no|nos|p|pp|vol|fig|art|sec|para)$/.test(w)) return true;
      // "Feb. 15": a date.
      if (monthNumber(w) !== null && isCapitalised(tokens.at(core.start - 2))) return true;
    }
    // "Feb 15", "February 15": a date.
    if (pw !== undefined && monthNumber(pw.lower) !== null && isCapitalised(pw)) return true;
    // "Air Force One", "Marine One": the aircraft's name.
    if (core.words && first.lower === 'one' && isCapitalised(first) && pw !== undefined && /^(?:force|marine)$/.test(pw.lower) && isCapitalised(pw)) return true;
    // "Kurdistan 24", "France 24": digits after a name in a sentence are part of it, not after a line break.
    if (!core.words && isCapitalised(pw) && !WEEKDAYS.has(pw!.lower) && insideSentence(tokens.at(core.start - 2)) && !inTitleCaseLine(text, first.start) && !text.slice(pw!.end, first.start).includes('\n')) {
      return true;
    }
  }

  // The word after the number.
  const nw = wordAfter(tokens, core.end);
  if (nw !== undefined) {
    if (UNIT_AFTER.has(nw.lower) || ABSTRACT_AFTER.has(nw.lower)) return true;
    // "four or five minutes", "two to three miles": the first number of a range shares the second's unit.
    if (nw.lower === 'or' || nw.lower === 'to') {
      const second = parseNumberAt(tokens, core.end + 1);
      if (second !== null && UNIT_AFTER.has(wordAfter(tokens, second.end)?.lower ?? '')) return true;
    }
    // "22 per cent"
    if (nw.lower === 'per' && wordAfter(tokens, core.end + 1)?.lower === 'cent') return true;
    // "6 a.m.", "6 p.m."
    if ((nw.lower === 'a' || nw.lower === 'p') && adjacent(nw, next2) && next2?.text === '.') return true;
    // "15 February": a date.
    if (monthNumber(nw.text) !== null && isCapitalised(nw)) return true;
  }
  if (inOtherCalendarDate(tokens, core.start, core.n)) return true;

  if (core.words) {
    if (nw !== undefined && ORDINALS.has(nw.lower)) return true;
    // "both facilities", "both men", not "both put the number far lower", "by both the military and the militia".
    if (tokens.at(core.start)?.lower === 'both' && !(nw !== undefined && BOTH_COUNTS.test(nw.lower))) return true;
    // "Air Force One", "Formula One", "Big Three": a capitalised number word after a capitalised word.
    // A headline's title case goes on after the number: "Pentagon Says One Militant Killed" counts.
    // A headline's last word is no part of the paragraph after it: "…in Syria\n\nOne member of a militia was killed".
    if (isCapitalised(first) && pw !== undefined && isCapitalised(pw) && !isCapitalised(nw) && !text.slice(pw.end, first.start).includes('\n')) return true;
    if (pw !== undefined && IDENT_BEFORE.has(pw.lower) && qualifierWords === null) return true;
    if (first.lower === 'one' && core.end === core.start + 1) {
      if (nw !== undefined && ONE_NEXT.has(nw.lower)) return true;
      // "the 2002 one": a pronoun after a year.
      if (qualifierWords === null && prev?.kind === 'num' && /^(?:19|20)\d\d$/.test(prev.text)) return true;
      // "that one was", "the one who" are pronouns; "said that one militant was killed" counts.
      const counts = countsNoun(tokens, core.end);
      if (qualifierWords === null && pw !== undefined && ONE_PREV.has(pw.lower) && !counts) return true;
      // "replace it with a narrower one", "the first one": an article and an adjective before a pronoun;
      // "during the attacks one US contractor died" counts.
      const pw2 = pw === undefined ? undefined : wordBefore(tokens, core.start - 1);
      if (qualifierWords === null && pw2 !== undefined && /^(?:a|an|the|another)$/.test(pw2.lower) && !counts) return true;
    }
    // "the two are close allies", "the two may not be connected", "between the two.": a pronoun for what was named.
    if (qualifierWords === null && pw?.lower === 'the' && core.end === core.start + 1 && (nw === undefined || PRONOUN_VERB.has(nw.lower))) return true;
  }
  return false;
}


function mention(text: string, start: number, end: number, n: number | null, qualifier: CountQualifier): FigureMention {
  const value: CountValue = { type: 'count', n, qualifier };
  return { start, end, text: text.slice(start, end), value };
}

/** Try a count starting at token i; returns the mention and the next token index. */
function countAt(text: string, tokens: TokenSource, i: number): { m: FigureMention; next: number } | null {
  const t = tokens.at(i)!;
  if (t.kind === 'punct') return null;

  if (t.kind === 'word') {
    for (const q of QUALIFIERS_BY_FIRST.get(t.lower) ?? NONE) {
      let e = matchWords(tokens, i, q.words);
      if (e < 0) continue;
      // "approx. 20"
      if (q.words[0] === 'approx' && tokens.at(e)?.text === '.' && adjacent(tokens.at(e - 1), tokens.at(e))) e++;
      // The number must follow after a space ("over-", "about-face" are not qualifiers).
      if (adjacent(tokens.at(e - 1), tokens.at(e))) break;
      const prev = wordBefore(tokens, i);
      if (t.lower === 'up' && prev !== undefined && SUMMED_BEFORE.has(prev.lower)) break;
      const core = coreAt(tokens, e, true);
      if (core === null || rejected(text, tokens, core, q.words)) break;
      // "bombs over two sites", "talked about one dead": a preposition, and the count is exact. Not before "times":
      // "targeted with rockets and drones over a dozen times" is more than a dozen.
      if (q.words.length === 1 && prev !== undefined && PREPOSITION_AFTER[t.lower]?.has(prev.lower) && wordAfter(tokens, core.end)?.lower !== 'times') break;
      const post = postQualifier(tokens, core.end);
      const end = post?.end ?? core.end;
      // The qualifier phrase wins over a post-qualifier ("about 20 or so" is 'about').
      const qualifier = core.qualifier === 'exact' ? q.qualifier : core.qualifier;
      return { m: mention(text, t.start, tokens.at(end - 1)!.end, core.n, qualifier), next: end };
    }
  }

  const core = coreAt(tokens, i, false);
  if (core === null || rejected(text, tokens, core, null)) return null;
  const post = core.n === null ? null : postQualifier(tokens, core.end);
  const end = post?.end ?? core.end;
  // "two dozen fighters", "a dozen rockets": a count in dozens is a round figure, as "about" would say.
  const inDozens = core.qualifier === 'exact' && tokens.at(core.end - 1)?.lower === 'dozen';
  const qualifier = core.qualifier === 'exact' && post !== null ? post.qualifier : inDozens ? 'about' : core.qualifier;
  return { m: mention(text, t.start, tokens.at(end - 1)!.end, core.n, qualifier), next: end };
}

/** How many tokens before a candidate the checks read (hyphenChain, the range rule), with room to spare. */
const LOOK_BACK = 8;

/**
 * Counts in `text`, sorted by start and non-overlapping. See the module comment for what is left out.
 * Tokens are only delimited as the scan goes; those around a possible start are read (TokenStream), so
 * the cost is one pass over the characters and a few tokens per number or qualifier.
 */
export function findCounts(text: string): FigureMention[] {
  const tokens = new TokenStream(text);
  const out: FigureMention[] = [];
  // Where the last LOOK_BACK tokens start, by index modulo LOOK_BACK.
  const recent = new Int32Array(LOOK_BACK);
  // Tokens starting before `resume` belong to a count already found.
  let resume = 0;
  let index = 0;
  for (let pos = nextTokenStart(text, 0); pos < text.length; index++) {
    const end = tokenEnd(text, pos);
    recent[index % LOOK_BACK] = pos;
    if (pos >= resume && mayStartCount(text, pos, end)) {
      const from = Math.max(0, index - (LOOK_BACK - 1));
      tokens.seek(from, recent[from % LOOK_BACK]!);
      const r = countAt(text, tokens, index);
      if (r !== null) {
        out.push(r.m);
        resume = r.m.end;
      }
    }
    pos = nextTokenStart(text, end);
  }
  boundRanges(text, out);
  return out;
}
