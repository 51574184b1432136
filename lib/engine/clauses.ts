/**
 * The clauses of a sentence, for attribution: "X said A, while Y said B" gives each clause its own speaker,
 * and a speaker closing the sentence vouches for the clauses before it that credit no one of their own.
 */
import { allMatches } from './all-matches';
import type { Frame } from './credit-leads';
import type { Sentence } from './sentences';
import type { Span } from './spans';
import { AFTER_SPEAKER_TAIL } from './speaker-phrase';

/** Clauses a sentence splits into for attribution: "X said A, while Y said B" gives each its own speaker. */
export function segmentsOf(text: string, sentence: Sentence): Span[] {
  const out: Span[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  // A bare "while" is as often "during" ("died while sheltering"): only a comma before it opens another speaker's clause.
  // "Austin said the attacks had failed, but that one contractor died": "but that" goes on with what was said.
  const split = /;|,\s*(?:while|whereas|but|though|although)\b(?!\s+that\s)|\swhereas\s/gi;
  let from = 0;
  for (const m of allMatches(split, slice)) {
    out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}

/**
 * "Twenty-one were hurt…, though several are still being watched, officials said.": a speaker closing the
 * sentence, in its last clause, vouches for the clauses before it that credit no one of their own.
 */
export function closeTheSentence(text: string, frames: Frame[], segments: readonly Span[]): void {
  const last = frames[frames.length - 1];
  const lastSegment = segments[segments.length - 1] as Span;
  if (!last || segments.length < 2 || frames.some((f) => f.at.start < lastSegment.start)) return;
  if (last.covers.start !== lastSegment.start || !AFTER_SPEAKER_TAIL.test(text.slice(last.at.end, lastSegment.end))) return;
  last.covers = { start: (segments[0] as Span).start, end: last.covers.end };
}

// What joins a clause to the one before by "while"; words that name another source than the sentence's opener.
const WHILE_JOINT = /^,\s*(?:while|whereas)$|^\s*whereas\s*$/i;
const SEMICOLON_JOINT = /^;\s*$/;
const ANOTHER_SOURCE = /\b(?:monitor\w*|observatory|officials?|sources?|reports?|media|agenc(?:y|ies)|ministry|militias?|group|spokes\w+|tally|count|outlets?|television|broadcaster|newspaper)\b/i;

/**
 * "According to Austin, one contractor died…, while 21 personnel suffered minor injuries", "Reports also said more
 * than 20 soldiers were hurt, while one contractor died": a credit that opens the sentence vouches for the clauses
 * joined by "while" after it that credit no one of their own. Not across "but" or "though", which as often turn to
 * another account.
 */
export function openTheSentence(text: string, frames: Frame[], segments: readonly Span[]): void {
  const first = frames[0];
  const opening = segments[0];
  if (!first || !opening || segments.length < 2 || first.covers.end !== opening.end || first.covers.start < first.at.start) return;
  if (!/^\s*$/.test(text.slice(opening.start, first.at.start))) return;
  first.covers = { start: first.covers.start, end: stretched(text, frames, segments, 0, WHILE_JOINT) };
}

/**
 * The end of segment k and of the segments after it, joined to it by `joint`, that credit no one of their own: no
 * frame starts in them, and they name no other source ("…, while a monitoring group's tally stood at 22" is not the
 * opener's, even in words no frame reads).
 */
function stretched(text: string, frames: readonly Frame[], segments: readonly Span[], k: number, joint: RegExp): number {
  let end = (segments[k] as Span).end;
  for (let j = k + 1; j < segments.length; j++) {
    const segment = segments[j] as Span;
    if (!joint.test(text.slice((segments[j - 1] as Span).end, segment.start))) break;
    if (frames.some((f) => f.at.start >= segment.start && f.at.start < segment.end)) break;
    if (ANOTHER_SOURCE.test(text.slice(segment.start, segment.end))) break;
    end = segment.end;
  }
  return end;
}

/**
 * "…at least 12 times in Iraq and four times in Syria, the Pentagon said; a contractor died while sheltering, and 21
 * personnel suffered minor injuries": a speaker closing a clause before a semicolon goes on through the clauses after
 * it that credit no one of their own and name no other source.
 */
export function carryPastSemicolons(text: string, frames: Frame[], segments: readonly Span[]): void {
  for (let k = 0; k < segments.length - 1; k++) {
    const segment = segments[k] as Span;
    const closing = frames.find((f) => f.at.start >= segment.start && f.at.end <= segment.end && f.covers.end === segment.end && endsTheClause(text.slice(f.at.end, segment.end)));
    if (closing) closing.covers = { start: closing.covers.start, end: stretched(text, frames, segments, k, SEMICOLON_JOINT) };
  }
}

/** Whether what follows a speaker is only when or where it spoke, to the clause's end ("the Pentagon said on Friday"). */
function endsTheClause(tail: string): boolean {
  const m = AFTER_SPEAKER_TAIL.exec(tail);
  return m !== null && tail.slice(m[0].length).trim() === '';
}
