/**
 * A sentence that credits the one before it: "At least 22 fighters were killed in the raid. So said the Syrian
 * Observatory", "…two others were partly destroyed. That is what the Pentagon said last week", "Those are the findings
 * of the Observatory". News puts the source after the figures, by a word that points back at them.
 */
import type { Frame } from './credit-leads';
import type { Sentence } from './sentences';

const POINTS_BACK = new RegExp(
  [
    String.raw`^(?:so|thus)\s+(?:said|says|reported|reports|claimed|claims)\b`,
    String.raw`^(?:that|this|those|these)\s+(?:is|was|are|were)\s+(?:what|how|according|the\s+(?:[\w'’-]+\s+){0,3}?(?:account|findings|figures?|numbers?|count|tally|toll|estimate|version|assessment)s?)\b`,
    String.raw`^(?:the|those|these)\s+(?:[\w-]+\s+)?(?:figures?|numbers?|count|tally|toll|estimates?)\s+(?:come|came|comes|were|was)\b`,
  ].join('|'),
  'i',
);

/**
 * Who the next sentence credits, when it points back and sentence i credits no one: the next of sentence i's
 * paragraph, or the first of the paragraph right after ("…killed one militia member and injured two." then, as a
 * paragraph of its own, "The casualty figures were part of the Pentagon's initial assessment, Kirby said").
 */
export function creditedBelow(text: string, sentences: readonly Sentence[], framesAt: (i: number) => readonly Frame[], i: number): string | null {
  const next = sentences[i + 1];
  const block = (sentences[i] as Sentence).block;
  if (!next || (next.block !== block && next.block !== block + 1)) return null;
  if (!POINTS_BACK.test(text.slice(next.start, next.end))) return null;
  return framesAt(i + 1)[0]?.speaker ?? null;
}
