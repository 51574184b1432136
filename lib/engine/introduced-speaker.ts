/**
 * A paragraph that ends on a colon hands what follows to its speaker: "Kirby said in a statement:", "This is the
 * statement released by Secretary of Defense Lloyd J. Austin III:", "Here is what the president wrote:". What follows
 * is the next paragraph, or every paragraph of the block quotation after it: pages repost a statement whole.
 * When the colon's own sentence only points at what follows ("Here is the statement:", "Read the full remarks
 * below:"), the sentence before it in its paragraph names whose words they are. A release's line "(Attributable to
 * Pentagon Press Secretary John Kirby)" hands what follows to the one it names, colon or not.
 */
import type { NameMention } from '../extract/names';
import { LETTER, UPPER } from '../extract/letter-classes';
import type { Frame } from './credit-leads';
import { firstOfBlock, type Sentence } from './sentences';
import { speakerName, type Carried } from './speaker-name';
import { phraseAfter, statementAuthor } from './speaker-phrase';
import type { Span } from './spans';

const INTRODUCES = /:\s*$/;
const ATTRIBUTABLE = /^\(?\s*(?:[Aa]ttributable|[Aa]ttributed) to\s+/;
const ATTRIBUTABLE_END = /\)?\s*:?\s*$/;
// A statement reposted whole runs on over a few paragraphs, not a page.
const MAX_QUOTED_BLOCKS = 12;
// How many sentences before the colon's own may name the speaker.
const SENTENCES_BEFORE = 2;
const DOCUMENT = String.raw`(?:statement|remarks|letter|passage|text|bulletin|update|message|communiqu[eé]|release|speech|address|transcript|post)`;
// "a statement from spokesman John Kirby", "Statement by Sec. Austin:": a document's author after it.
const DOCUMENT_BY = new RegExp(String.raw`\b${DOCUMENT}\s+(?:by|from)\s+`, 'giu');
// "Secretary Austin's statement", "Kirby's full remarks": a document's author before it.
const DOCUMENT_OF = new RegExp(String.raw`((?:[${UPPER}][${LETTER}.’'-]*\s+){0,4}[${UPPER}][${LETTER}’'-]*)['’]s\s+(?:(?:full|own|short|brief|written|latest|complete|key)\s+)?${DOCUMENT}`, 'u');
const NO_ONE: Carried = { previous: null, last: null };

/**
 * The speaker of the paragraph that introduces sentence i's, when sentence i's is the paragraph right after it or
 * one of the block quotation's paragraphs right after it. `quoted` says which blocks are block quotations.
 */
export function introducedSpeaker(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  framesAt: (i: number) => readonly Frame[],
  quoted: (block: number) => boolean,
  i: number,
): string | null {
  const k = introductionOf(sentences, quoted, i);
  const intro = sentences[k];
  if (!intro) return null;
  const words = text.slice(intro.start, intro.end);
  // "(Attributable to Pentagon Press Secretary John Kirby)": a release's line naming whose words follow.
  const attributable = ATTRIBUTABLE.exec(words);
  if (attributable) {
    const np = phraseAfter(text, intro.start + attributable[0].length, intro.start + ATTRIBUTABLE_END.exec(words)!.index);
    return np ? speakerName(text, np, names, NO_ONE) : null;
  }
  if (!INTRODUCES.test(words)) return null;
  const own = framesAt(k);
  if (own.length > 0) return (own[own.length - 1] as Frame).speaker;
  for (let j = k; j >= 0 && j >= k - SENTENCES_BEFORE && (sentences[j] as Sentence).block === intro.block; j--) {
    const speaker = (j < k ? framesAt(j).at(-1)?.speaker : null) ?? documentAuthor(text, sentences[j] as Sentence, names);
    if (speaker) return speaker;
  }
  return null;
}

/** The last sentence of the paragraph that introduces sentence i's: the one before it, or before its block quotation. */
function introductionOf(sentences: readonly Sentence[], quoted: (block: number) => boolean, i: number): number {
  const block = (sentences[i] as Sentence).block;
  let k = firstOfBlock(sentences, i);
  if (!quoted(block)) return (sentences[k - 1]?.block ?? -1) === block - 1 ? k - 1 : -1;
  // Back over the quotation's paragraphs to the first that is not one.
  k--;
  while (k >= 0 && quoted((sentences[k] as Sentence).block) && block - (sentences[k] as Sentence).block < MAX_QUOTED_BLOCKS) k--;
  return k >= 0 && !quoted((sentences[k] as Sentence).block) ? k : -1;
}

/** Who a sentence names as a document's author: "a statement from X", "X's statement", "X issued a statement". */
function documentAuthor(text: string, sentence: Sentence, names: readonly NameMention[]): string | null {
  const words = text.slice(sentence.start, sentence.end);
  DOCUMENT_BY.lastIndex = 0;
  const by = DOCUMENT_BY.exec(words);
  const after = by ? phraseAfter(text, sentence.start + by.index + by[0].length, sentence.end) : null;
  const of = DOCUMENT_OF.exec(words);
  const before: Span | null = of ? { start: sentence.start + of.index, end: sentence.start + of.index + (of[1] as string).length } : null;
  const issuer = statementAuthor(text, sentence.start, sentence.end);
  const np = after ?? before ?? issuer;
  return np ? speakerName(text, np, names, NO_ONE) : null;
}
