/**
 * The engine on one corpus article, scored: what `npm run eval` and the corpus tests share, so both read
 * and judge an article the same way.
 */
import { dirname } from 'node:path';
import type { ArticleText } from '../../lib/article/types';
import { annotate } from '../../lib/engine/annotate';
import { getReference } from '../../lib/engine/reference';
import type { Findings } from '../../lib/engine/findings';
import { CorpusError, extractArticle, type CorpusArticle } from './load';
import { scoreArticle, type ArticleScore } from './score';

export interface CorpusRun {
  entry: CorpusArticle;
  article: ArticleText;
  findings: Findings;
  score: ArticleScore;
}

export function runCorpusArticle(entry: CorpusArticle): CorpusRun {
  const article = extractArticle(entry);
  let findings: Findings;
  try {
    findings = annotate(article);
  } catch (error) {
    // The engine has never crashed on an article; if it does, say where.
    throw new CorpusError(entry.slug, dirname(entry.file), `the engine failed: ${(error as Error).stack ?? String(error)}`);
  }
  return { entry, article, findings, score: scoreArticle(entry.slug, entry.expected, article.text, findings, { canonical: canonicalSpeaker }) };
}

/** The attribution with every known name replaced by its entity id ("John F. Kirby" → "{john-kirby}"). */
export function canonicalSpeaker(attribution: string): string {
  let out = '';
  let at = 0;
  for (const name of getReference().findNames(attribution)) {
    if (!name.entity) continue;
    out += `${attribution.slice(at, name.start)}{${name.entity}}`;
    at = name.end;
  }
  return out + attribution.slice(at);
}
