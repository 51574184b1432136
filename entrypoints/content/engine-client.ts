/**
 * The content script's way to the engine, which runs in the background (background/annotate.ts): the
 * article read in the page goes out as plain data, the answer comes back in wire form
 * (lib/engine/findings-wire.ts) and is unpacked against the text the page still holds.
 */
import type { ArticleText } from '../../lib/article/types';
import { unpackAnswer, wireArticle, type EngineAnswer, type WireAnswer } from '../../lib/engine/findings-wire';
import { sendLargeToBackground } from '../../utils/messaging';

/** The engine's answer for `article`, or null when the background cannot give one. */
export async function askEngine(article: ArticleText): Promise<EngineAnswer | null> {
  const reply: WireAnswer | null = await sendLargeToBackground({ type: 'annotate', article: wireArticle(article) });
  return reply && Array.isArray(reply.marks) ? unpackAnswer(reply, article.text) : null;
}
