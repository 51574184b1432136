/**
 * What the background does when it starts, so that the first article a reader opens finds the reference's
 * indexes built and the engine's code compiled and partly optimised (entrypoints/background/warm-up.ts):
 * answers to stories of its own (warm-up-stories.ts) and one reading of every name in the reference. The
 * bench's "first article" figures warm the engine the same way (scripts/bench/cold.ts).
 */
import { extractFromPlainText } from '../article/from-text';
import type { ArticleText } from '../article/types';
import { answerFor } from './answer';
import type { Reference } from './reference';
import { WARM_UP_STORIES } from './warm-up-stories';

/**
 * V8 compiles a path well only once it has run many times: each story is read in this many copies joined, as
 * one article. In Node, a reader's first 1k-word article after the warm-up took 13–17 ms with two copies of
 * each story read once, and no less with four copies or with every story read twice (which cost 20–50 ms
 * more warming); with only the first story, in four copies and six answers, it took 32–48 ms.
 */
const COPIES = 2;

export function warmUpArticles(): ArticleText[] {
  return WARM_UP_STORIES.map((story) => extractFromPlainText(Array.from({ length: COPIES }, () => story).join('\n\n')));
}

/**
 * Every alias of the reference, one to a line: the name finder tries the aliases filed under a word's first
 * letters as one regular expression, compiled the first time such a word is met and compiled again to
 * machine code the second. Read twice here, so that no article pays for either.
 */
function everyName(reference: Reference): string {
  return reference.entities.flatMap((e) => [...e.aliases, ...(e.shortAliases ?? [])]).join('.\n');
}

/** A step of the warm-up, run against the reference the background answers with at that moment. */
export type WarmUpStep = (reference: Reference) => void;

/** The warm-up, as steps the background runs each in a task of its own, so that a page's request waits for one at most. */
export function warmUpSteps(): WarmUpStep[] {
  // Read from their text in the first step, not when the background starts.
  let articles: ArticleText[] | null = null;
  const answers: WarmUpStep[] = WARM_UP_STORIES.map((_, k) => (reference: Reference) => void answerFor((articles ??= warmUpArticles())[k]!, reference));
  const names: WarmUpStep = (reference) => {
    const text = everyName(reference);
    reference.findNames(text);
    reference.findNames(text);
  };
  // The first answer builds the indexes; the names come next, before the stories that use them.
  return [answers[0]!, names, ...answers.slice(1)];
}
