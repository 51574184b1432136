/**
 * Who speaks words inside quotation marks that no frame of their own sentence credits: the speaker of the
 * quotation they run on in ('"…," Austin's statement said. "… 21 U.S. personnel suffered minor injuries."'), or
 * the one named after its close ('"… At least 17 were killed. Many were ours," the commander said.').
 */
import type { Frame } from './credit-leads';
import { insideQuotation, QUOTATION_REACH } from './quotation';
import { firstOfBlock, type Sentence } from './sentences';
import { spanIndexAt } from './spans';

// The next quotation mark after a place inside a quotation is the one that closes it.
const QUOTE_MARK = /[“”"]/;
// '…were ours," the commander said': a quotation closed on a comma (or ? !) goes on to name who said it.
const SPEAKER_FOLLOWS_CLOSE = /^[,!?][”"]\s/;

/** The speaker of the quotation holding `at` in sentence i, by the frames `framesAt` gives each sentence. */
export function quotationSpeaker(text: string, sentences: readonly Sentence[], framesAt: (i: number) => readonly Frame[], i: number, at: number): string | null {
  if (!insideQuotation(text, sentences, at)) return null;
  // 'Austin said: "One contractor died…; 21 personnel suffered minor injuries."': the quotation runs on past a
  // semicolon in its own sentence.
  const own = framesAt(i).filter((f) => f.at.end <= at);
  if (own.length > 0) return (own[own.length - 1] as Frame).speaker;
  // A quotation running on needs no new "he said": the last speaker of the paragraph's sentences before.
  const block = (sentences[i] as Sentence).block;
  for (let j = i - 1; j >= 0 && (sentences[j] as Sentence).block === block && (sentences[j] as Sentence).end >= at - QUOTATION_REACH; j--) {
    const frames = framesAt(j);
    if (frames.length > 0) return (frames[frames.length - 1] as Frame).speaker;
  }
  return speakerAfterClose(text, sentences, framesAt, i, at);
}

/** A quotation of several sentences whose speaker follows its close is that speaker's from its first sentence on, within the paragraph. */
function speakerAfterClose(text: string, sentences: readonly Sentence[], framesAt: (i: number) => readonly Frame[], i: number, at: number): string | null {
  const block = (sentences[i] as Sentence).block;
  const close = QUOTE_MARK.exec(text.slice(at, at + QUOTATION_REACH));
  if (close === null) return null;
  const closeAt = at + close.index;
  const j = spanIndexAt(sentences, closeAt);
  const closing = sentences[j];
  // The figure's own sentence was read above; a close in another paragraph ends no quotation of this one.
  if (j <= i || closing === undefined || closing.block !== block || !SPEAKER_FOLLOWS_CLOSE.test(text.slice(closeAt - 1, closeAt + 2))) return null;
  const after = framesAt(j).find((f) => f.at.start > closeAt && !/[“”"]/.test(text.slice(closeAt + 1, f.at.start)));
  return after?.speaker ?? null;
}

// A paragraph that opens a quotation, and one that leaves it open at its end: news carries a long quotation over
// several paragraphs, each opening with a mark and none but the last closing it.
const OPENS_QUOTATION = /^\s*[“"‘']/;
const OPENS_INSIDE = /[:,]\s*[“"‘']\S/;
const CLOSES_QUOTATION = /[”"’'][)\]]?\s*$/;

/**
 * The speaker of a quotation carried over from the paragraphs before: 'Austin said: \'Today, US forces…' then
 * '\'As a result of these attacks, one contractor died…; 21 personnel suffered minor injuries.\''.
 */
export function carriedQuotationSpeaker(text: string, sentences: readonly Sentence[], framesAt: (i: number) => readonly Frame[], i: number): string | null {
  let first = firstOfBlock(sentences, i);
  for (let hops = 0; hops < 6; hops++) {
    const opening = sentences[first] as Sentence;
    const before = sentences[first - 1];
    if (!OPENS_QUOTATION.test(text.slice(opening.start, opening.end)) || !before || before.block !== opening.block - 1) return null;
    if (CLOSES_QUOTATION.test(text.slice(before.start, before.end))) return null;
    const from = firstOfBlock(sentences, first - 1);
    for (let k = first - 1; k >= from; k--) {
      const frames = framesAt(k);
      if (frames.length > 0) return OPENS_INSIDE.test(text.slice((sentences[from] as Sentence).start, before.end)) ? (frames[frames.length - 1] as Frame).speaker : null;
    }
    first = from;
  }
  return null;
}

// "According to the Pentagon, US bases have been attacked at least 19 times since October 17. Those attacks left 21
// U.S. personnel injured.": a sentence that goes on about what the one before told, by a demonstrative.
// Not "That attack killed a contractor…", the writer's own word on the one attack the sentence before recalled.
// So is "The attacks led to the death of a contractor…" after "…, the Pentagon said.": harm the attacks just counted caused.
const GOES_ON_ABOUT = /^(?:(?:those|these)\s+(?:attacks|strikes|barrages)|(?:over|in|during)\s+(?:that|this|the\s+same)\s+(?:period|time|span|stretch)|the\s+attacks\s+(?:have\s+|had\s+)?(?:led\s+to|left|caused|resulted\s+in))\b/i;

/** The speaker who opens the sentence before, when this one, in the same paragraph, goes on about what it told. */
export function continuedSpeaker(text: string, sentences: readonly Sentence[], framesAt: (i: number) => readonly Frame[], i: number): string | null {
  const sentence = sentences[i] as Sentence;
  const before = sentences[i - 1];
  if (!before || before.block !== sentence.block || !GOES_ON_ABOUT.test(text.slice(sentence.start, sentence.end))) return null;
  // Who opens the sentence before, or closes it ("…, the Pentagon said.").
  const frames = framesAt(i - 1);
  const whole = frames.find((f) => f.at.start - before.start < 3) ?? frames.find((f) => /^\s*[.!?]?["”]?\s*$/.test(text.slice(f.at.end, before.end)) && f.covers.start <= before.start + 3);
  return whole?.speaker ?? null;
}
