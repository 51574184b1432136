/**
 * The engine runs here, in the background, not in the page: a content script whose cheap gate let a
 * page through sends the article it read, and gets the engine's answer in wire form
 * (lib/engine/findings-wire.ts). The page's main thread never runs the engine, and the script on
 * every page never carries the reference, however large it grows.
 *
 * The article comes from a content script, so it is checked for shape and size before the engine
 * reads it; anything else is answered with null (the page then shows no event).
 */
import * as v from 'valibot';
import { answerFor } from '../../lib/engine/answer';
import { packAnswer, type WireAnswer } from '../../lib/engine/findings-wire';
import type { ArticleText } from '../../lib/article/types';
import type { Reference } from '../../lib/engine/reference';

/** Far beyond any article (a 100k-word live blog is about 0.6 MB), short of what could hold the background up. */
export const MAX_ARTICLE_CHARS = 4_000_000;
const MAX_BLOCKS = 100_000;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ARTICLE_CHARS));
const ArticleSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
  blocks: v.pipe(
    v.array(v.object({ start: offset, end: offset, kind: v.picklist(['heading', 'paragraph', 'quote', 'list-item']) })),
    v.maxLength(MAX_BLOCKS),
  ),
  title: v.nullable(v.pipe(v.string(), v.maxLength(10_000))),
  published: v.optional(v.nullable(v.object({ year: v.number(), month: v.number(), day: v.number(), utc: v.boolean(), instant: v.optional(v.number()), from: v.picklist(['meta', 'json-ld', 'microdata', 'time', 'byline', 'dateline']) }))),
});

/**
 * The answer for the article in an 'annotate' message, or null when the message does not hold one.
 * `reference` is the bundled one unless given (the background passes it with the reader's own sources,
 * reader-reference.ts).
 */
export function answerAnnotate(message: { article?: unknown }, reference?: Reference): WireAnswer | null {
  const started = performance.now();
  const parsed = v.safeParse(ArticleSchema, message.article);
  if (!parsed.success) return null;
  const article = parsed.output as ArticleText;
  if (article.blocks.some((b) => b.end > article.text.length || b.start > b.end)) return null;
  const answer = packAnswer(answerFor(article, reference));
  // The engine's share of a pass, for benchmarks and the background's DevTools; only the latest is kept.
  performance.clearMeasures(ENGINE_MEASURE);
  performance.measure(ENGINE_MEASURE, { start: started, detail: { chars: article.text.length } });
  return answer;
}

export const ENGINE_MEASURE = 'crosscheck:engine';
