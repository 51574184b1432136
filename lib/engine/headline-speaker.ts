/**
 * Who a headline credits: a speaker it opens with before a colon ("Militia official: US strike in Syria kills 1",
 * "Pentagon: 1 militia member killed") or closes with after a dash ("US strike kills 22 in eastern Syria – war
 * monitor"). A speaker's word or a body the reference knows, never a place ("Syria: US strikes…", "BAGHDAD:").
 */
import type { NameMention } from '../extract/names';
import { HAS_SMALL_LETTER, LETTER } from '../extract/letter-classes';
import { entityById } from '../reference/entities';
import type { Sentence } from './sentences';
import { SPEAKER_HEAD } from './speaker-phrase';
import { spansWithin, type Span } from './spans';

const OPENING = new RegExp(String.raw`^((?:[${LETTER}.’'-]+\s+){0,3}[${LETTER}.’'-]+):\s+\S`, 'u');
const CLOSING = new RegExp(String.raw`\s[–—-]\s+((?:[${LETTER}.’'-]+\s+){0,3}[${LETTER}.’'-]+)\s*$`, 'u');

/** Whether a headline's words may hold a credit of their own (a cheap test before reading it). */
export function mayCreditHeadline(words: string): boolean {
  return OPENING.test(words) || CLOSING.test(words);
}

/** The headline's speaker, where it stands, and the words it credits; null when it credits no one. */
export function headlineCredit(text: string, sentence: Sentence, names: readonly NameMention[]): { np: Span; at: Span; covers: Span } | null {
  const words = text.slice(sentence.start, sentence.end);
  const opening = OPENING.exec(words);
  if (opening?.[1]) {
    const np = { start: sentence.start, end: sentence.start + opening[1].length };
    return isSpeaker(text, np, names) ? { np, at: { start: np.start, end: np.end + 1 }, covers: { start: np.end + 1, end: sentence.end } } : null;
  }
  const closing = CLOSING.exec(words);
  if (!closing?.[1]) return null;
  const start = sentence.start + closing.index + closing[0].indexOf(closing[1]);
  const np = { start, end: start + closing[1].length };
  return isSpeaker(text, np, names) ? { np, at: { start: sentence.start + closing.index, end: np.end }, covers: { start: sentence.start, end: sentence.start + closing.index } } : null;
}

function isSpeaker(text: string, np: Span, names: readonly NameMention[]): boolean {
  const phrase = text.slice(np.start, np.end);
  if (!HAS_SMALL_LETTER.test(phrase)) return false;
  // The phrase ends on the body's name: "Israel-Hamas war:" is a topic, not Hamas speaking.
  const known = spansWithin(names, np).some((n) => n.end === np.end && n.entity && entityById.get(n.entity)?.kind !== 'place');
  return known || SPEAKER_HEAD.test(phrase) || /\b(?:monitor|ministry|military|army|spokesperson)$/i.test(phrase);
}

// "Statement From Secretary of Defense Lloyd J. Austin III on U.S. Military Strikes in Eastern Syria": a page that
// is someone's own statement or remarks.
const STATEMENT_BY = new RegExp(String.raw`^(?:Statement|Remarks)\s+(?:[Bb]y|[Ff]rom)\s+((?:[${LETTER}.’'-]+\s+){0,7}?[${LETTER}.’'-]+)\s+(?:[Oo]n|[Rr]egarding|[Aa]bout|[Ff]ollowing|[Aa]fter|[Ii]n)\s`, 'u');

/**
 * The author of a page that is a statement or remarks by a name the reference knows, by its headline (the first
 * block, or the second under a kicker such as "Release"): its words are theirs.
 */
export function statementPageAuthor(text: string, sentences: readonly Sentence[], names: readonly NameMention[]): Span | null {
  for (const headline of sentences) {
    if (headline.block > 1) break;
    const by = STATEMENT_BY.exec(text.slice(headline.start, headline.end));
    if (!by?.[1]) continue;
    const start = headline.start + by[0].indexOf(by[1]);
    const np = { start, end: start + by[1].length };
    return spansWithin(names, np).some((n) => n.entity && entityById.get(n.entity)?.kind !== 'place') ? np : null;
  }
  return null;
}
