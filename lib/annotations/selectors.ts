/**
 * Describing a passage of the article text with W3C selectors, and finding it again later, when the
 * text may have changed a little (lib/article's extraction of an edited or re-rendered page).
 *
 * Finding it again follows Hypothesis's client (match-quote.ts): the exact quote at its stored
 * position; else every exact occurrence of the quote, ranked by how well the text around it agrees
 * with the stored prefix and suffix and by its distance from the stored position; else approximate
 * matches (approx-string-match, Myers' bit-parallel algorithm), scored the same way. Unlike
 * Hypothesis, a match must clear a bar: a wrong highlight is worse than a note listed as not found.
 *
 * - A quote of 32 characters or more that matches with few errors (≤ 10%) identifies itself.
 * - Anything shorter, or with more errors, needs the text around it to agree:
 *   - on at least one side, the 4 characters touching the match are exactly the stored ones (context
 *     similarity alone forgives a shift of a few characters, which would let a short quote whose own
 *     text was edited away land on the next word with nearly the same surroundings);
 *   - and its score (quote 50, prefix 20, suffix 20, position 2, as Hypothesis weighs them) reaches
 *     0.82, or 0.88 for quotes under 8 characters. Context similarity is an edit distance aligned at
 *     the side touching the quote; unrelated 32-character stretches of English agree about 0.25–0.45.
 *     So an exact short quote needs well over half its context to still agree, a fuzzy one most of it.
 * - Fuzzy matching allows at most a quarter of the quote's length in errors (capped at 256): none for
 *   quotes under 4 characters, so "22" is found exactly, in context, or not at all.
 * - Cost: exact search and scoring are linear in the text (a one-letter quote scores at most 1,000
 *   pre-selected occurrences); fuzzy search, O(errors/32 × length), runs only when no exact match
 *   qualifies, first within a few thousand characters of the stored position when the text is long.
 */
import approxSearch from 'approx-string-match';
import { isLowSurrogate } from '../extract/letters';
import type { TextPositionSelector, TextQuoteSelector } from './model';

/** How many characters of context `describeRange` keeps on each side. */
export const CONTEXT_LENGTH = 32;

export interface Anchor {
  start: number;
  end: number;
  /** position: the quote is where it was; quote: found elsewhere, unchanged; fuzzy: found with edits. */
  method: 'position' | 'quote' | 'fuzzy';
}

export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  let s = clampOffset(start, text.length);
  let e = clampOffset(end, text.length);
  if (e < s) [s, e] = [e, s];
  // Never cut a surrogate pair in half at the outer edge of the context.
  let prefixStart = Math.max(0, s - CONTEXT_LENGTH);
  if (prefixStart > 0 && prefixStart < s && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, e + CONTEXT_LENGTH);
  if (suffixEnd < text.length && suffixEnd > e && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(prefixStart, s),
      suffix: text.slice(e, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

const WEIGHT_QUOTE = 50;
const WEIGHT_PREFIX = 20;
const WEIGHT_SUFFIX = 20;
const WEIGHT_POSITION = 2;
const WEIGHT_TOTAL = WEIGHT_QUOTE + WEIGHT_PREFIX + WEIGHT_SUFFIX + WEIGHT_POSITION;

/** The score a match needs unless its quote identifies itself; more for short quotes. */
const MIN_SCORE = 0.82;
const MIN_SCORE_SHORT = 0.88;
const SHORT_QUOTE_LENGTH = 8;

/** The score a match of a quote this long needs (unless it identifies itself). */
export function minScoreFor(length: number): number {
  return length < SHORT_QUOTE_LENGTH ? MIN_SCORE_SHORT : MIN_SCORE;
}

/** Quotes at least this long that match with ≤ 10% errors are accepted whatever surrounds them. */
const SELF_EVIDENT_LENGTH = 32;
const MAX_ERRORS_CAP = 256;
/** Above this length, a fuzzy search looks near the stored position before searching everywhere. */
const WINDOWED_TEXT_LENGTH = 20_000;
const WINDOW_MARGIN = 2_000;
/** Characters next to a short quote's match of which one side must agree exactly with the stored context. */
const ADJACENT_CONTEXT = 4;
/** Exact occurrences scored at most: half the nearest to the stored position, half the best by adjoining context. */
const MAX_EXACT_CANDIDATES = 1_000;
/** Approximate matches scored at most per search. */
const MAX_FUZZY_CANDIDATES = 200;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Errors a fuzzy match of a quote this long may have: a quarter of it, capped; none under 4 characters. */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(length / 4));
}

export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor | null {
  const exact = quote.exact;
  if (exact.length === 0 || exact.length > text.length + maxErrorsFor(exact.length)) return null;
  const hint = validPosition(position, text.length);
  const matcher = new Matcher(text, quote, hint);

  // 1. The quote where it was, in the same surroundings.
  if (hint && text.slice(hint.start, hint.end) === exact) {
    const before = text.slice(Math.max(0, hint.start - quote.prefix.length), hint.start);
    const after = text.slice(hint.end, hint.end + quote.suffix.length);
    if (before === quote.prefix && after === quote.suffix) return { start: hint.start, end: hint.end, method: 'position' };
  }

  // 2. The quote, unchanged, wherever it agrees best with its context and stored position.
  const exactBest = matcher.best(exactOccurrences(text, quote, hint));
  if (exactBest) return matcher.toAnchor(exactBest);

  // 3. Approximate matches, near the stored position first when the text is long.
  if (maxErrorsFor(exact.length) === 0) return null;
  if (hint && text.length > WINDOWED_TEXT_LENGTH) {
    const margin = WINDOW_MARGIN + 2 * exact.length;
    const from = Math.min(text.length, Math.max(0, hint.start - margin));
    const to = Math.min(text.length, hint.end + margin);
    const near = matcher.best(fuzzyCandidates(text, quote, from, to));
    if (near) return matcher.toAnchor(near);
    if (from === 0 && to === text.length) return null;
  }
  const anywhere = matcher.best(fuzzyCandidates(text, quote, 0, text.length));
  return anywhere ? matcher.toAnchor(anywhere) : null;
}

/** Scores candidates against the stored quote, context and position. */
class Matcher {
  constructor(
    private readonly text: string,
    private readonly quote: TextQuoteSelector,
    private readonly hint: TextPositionSelector | null,
  ) {}

  score(c: Candidate): number {
    const { text, quote } = this;
    const quoteScore = 1 - c.errors / quote.exact.length;
    const prefixStart = Math.max(0, c.start - quote.prefix.length);
    const suffixEnd = c.end + quote.suffix.length;
    // "At the edge": the text before (after) the match is no longer than the stored context.
    const prefixScore = contextScore(text.slice(prefixStart, c.start), quote.prefix, c.start - quote.prefix.length <= 0, 'prefix');
    const suffixScore = contextScore(text.slice(c.end, suffixEnd), quote.suffix, suffixEnd >= text.length, 'suffix');
    const positionScore = this.hint ? Math.max(0, 1 - Math.abs(c.start - this.hint.start) / Math.max(1, text.length)) : 1;
    return (
      (WEIGHT_QUOTE * quoteScore + WEIGHT_PREFIX * prefixScore + WEIGHT_SUFFIX * suffixScore + WEIGHT_POSITION * positionScore) /
      WEIGHT_TOTAL
    );
  }

  /** Quotes of 32 characters or more, matched with at most 10% errors, are accepted on their own. */
  selfEvident(c: Candidate): boolean {
    const length = this.quote.exact.length;
    return length >= SELF_EVIDENT_LENGTH && c.errors <= Math.floor(length / 10);
  }

  /**
   * Whether the text right beside the match agrees with the stored context on at least one side
   * (its nearest few characters, exactly). Context similarity alone forgives a shift of a few
   * characters, which would let a short quote whose own text was edited away land on the next
   * letter or word with nearly the same surroundings.
   */
  touchesContext(c: Candidate): boolean {
    const { text, quote } = this;
    const before = quote.prefix.slice(-ADJACENT_CONTEXT);
    const after = quote.suffix.slice(0, ADJACENT_CONTEXT);
    const prefixAgrees = before === '' ? c.start === 0 : text.slice(Math.max(0, c.start - before.length), c.start) === before;
    const suffixAgrees = after === '' ? c.end === text.length : text.slice(c.end, c.end + after.length) === after;
    return prefixAgrees || suffixAgrees;
  }

  /**
   * The best-scoring candidate, if it is good enough: self-evident, or touching its context and
   * scoring at least minScoreFor(its length). Candidates that could not pass are not scored at all.
   */
  best(candidates: Candidate[]): Candidate | null {
    let best: Candidate | null = null;
    let bestScore = -1;
    for (const c of candidates) {
      const selfEvident = this.selfEvident(c);
      if (!selfEvident && !this.touchesContext(c)) continue;
      const score = this.score(c);
      if (!selfEvident && score < minScoreFor(this.quote.exact.length)) continue;
      if (score > bestScore || (score === bestScore && best !== null && c.start < best.start)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  toAnchor(c: Candidate): Anchor {
    const unchanged = this.text.slice(c.start, c.end) === this.quote.exact;
    const inPlace = this.hint !== null && c.start === this.hint.start && c.end === this.hint.end;
    return { start: c.start, end: c.end, method: unchanged ? (inPlace ? 'position' : 'quote') : 'fuzzy' };
  }
}

/**
 * How well the text beside a match agrees with the stored context, from 0 to 1. A stored context
 * shorter than CONTEXT_LENGTH means the quote was near an edge of the text: only a match as near the
 * same edge gets full credit; elsewhere the missing characters count as half agreeing, so that a few
 * characters of context do not weigh as much as thirty-two.
 */
function contextScore(actual: string, expected: string, atEdge: boolean, side: 'prefix' | 'suffix'): number {
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  const similarity = actual === expected ? 1 : 1 - adjoiningDistance(actual, expected, side) / expected.length;
  if (expected.length >= CONTEXT_LENGTH || atEdge) return Math.max(0, similarity);
  return (Math.max(0, similarity) * expected.length + 0.5 * (CONTEXT_LENGTH - expected.length)) / CONTEXT_LENGTH;
}

/**
 * The edit distance between the stored context and the text beside a match, aligned at the side that
 * touches the quote (the end of a prefix, the start of a suffix); at the far side the stored context
 * may begin anywhere in the text, so an insertion there costs little. O(32 × 32) per call.
 */
function adjoiningDistance(actual: string, expected: string, side: 'prefix' | 'suffix'): number {
  const n = actual.length;
  const m = expected.length;
  // Character codes from the adjoining side: the last characters of a prefix come first.
  const a = new Uint16Array(n);
  const e = new Uint16Array(m);
  for (let j = 0; j < n; j += 1) a[j] = actual.charCodeAt(side === 'prefix' ? n - 1 - j : j);
  for (let i = 0; i < m; i += 1) e[i] = expected.charCodeAt(side === 'prefix' ? m - 1 - i : i);
  // row[j]: distance between the first i stored characters and the first j actual ones.
  let row = new Uint32Array(n + 1);
  let next = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j += 1) row[j] = j;
  for (let i = 1; i <= m; i += 1) {
    next[0] = i;
    const ei = e[i - 1];
    for (let j = 1; j <= n; j += 1) {
      const substitute = row[j - 1]! + (a[j - 1] === ei ? 0 : 1);
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, substitute);
    }
    [row, next] = [next, row];
  }
  // The far end is free: the stored context may stop anywhere in the text.
  let best = row[0]!;
  for (let j = 1; j <= n; j += 1) best = Math.min(best, row[j]!);
  return best;
}

/**
 * Every exact occurrence (overlapping ones too). When there are very many (a one-letter quote), only
 * those nearest the stored position and those whose adjoining text agrees longest with the stored
 * context are kept: a cheap pre-selection before the costlier similarity scores.
 */
function exactOccurrences(text: string, quote: TextQuoteSelector, hint: TextPositionSelector | null): Candidate[] {
  const exact = quote.exact;
  let starts: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) starts.push(i);
  if (starts.length > MAX_EXACT_CANDIDATES) {
    const keep = new Set<number>();
    if (hint) {
      const byDistance = [...starts].sort((a, b) => Math.abs(a - hint.start) - Math.abs(b - hint.start) || a - b);
      for (const s of byDistance.slice(0, MAX_EXACT_CANDIDATES / 2)) keep.add(s);
    }
    const agreement = (s: number): number =>
      commonSuffixLength(text.slice(Math.max(0, s - quote.prefix.length), s), quote.prefix) +
      commonPrefixLength(text.slice(s + exact.length, s + exact.length + quote.suffix.length), quote.suffix);
    const scored = starts.map((s) => ({ s, a: agreement(s) })).sort((x, y) => y.a - x.a || x.s - y.s);
    for (const { s } of scored) {
      if (keep.size >= MAX_EXACT_CANDIDATES) break;
      keep.add(s);
    }
    starts = [...keep].sort((a, b) => a - b);
  }
  return starts.map((start) => ({ start, end: start + exact.length, errors: 0 }));
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i += 1;
  return i;
}

/**
 * Approximate matches of the quote in text[from, to). approx-string-match reports only the matches
 * with the fewest errors, so an unchanged copy of a short quote elsewhere would hide the edited
 * original; searching also for the quote with its context (prefix + exact + suffix), then for the
 * quote inside each place that context is found, brings the original back among the candidates.
 */
function fuzzyCandidates(text: string, quote: TextQuoteSelector, from: number, to: number): Candidate[] {
  const exact = quote.exact;
  const maxErrors = maxErrorsFor(exact.length);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (list: Array<{ start: number; end: number; errors: number }>, offset: number): void => {
    for (const m of list.slice(0, MAX_FUZZY_CANDIDATES)) {
      if (m.end <= m.start) continue;
      const c = { start: m.start + offset, end: m.end + offset, errors: m.errors };
      const key = `${c.start}:${c.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  };
  const slice = text.slice(from, to);
  add(approxSearch(slice, exact, maxErrors), from);

  if (quote.prefix.length > 0 || quote.suffix.length > 0) {
    const withContext = quote.prefix + exact + quote.suffix;
    const contextErrors = maxErrorsFor(withContext.length);
    for (const region of approxSearch(slice, withContext, contextErrors).slice(0, MAX_FUZZY_CANDIDATES)) {
      const regionFrom = Math.max(0, region.start - contextErrors);
      const regionTo = Math.min(slice.length, region.end + contextErrors);
      add(approxSearch(slice.slice(regionFrom, regionTo), exact, maxErrors), from + regionFrom);
    }
  }
  return out;
}

function validPosition(position: TextPositionSelector | undefined, length: number): TextPositionSelector | null {
  if (!position) return null;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  // Past the end of a text that has since shrunk, it still says roughly where to look.
  return start <= length ? position : { type: 'TextPositionSelector', start: length, end: length };
}

function clampOffset(n: number, length: number): number {
  if (!Number.isFinite(n)) return n > 0 ? length : 0;
  return Math.min(length, Math.max(0, Math.trunc(n)));
}
