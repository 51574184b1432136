/**
 * The engine on one corpus article, scored: what `npm run eval` and the corpus tests share, so both read
 * and judge an article the same way.
 */
import { dirname } from 'node:path';
import type { ArticleText } from '../../lib/article/types';
import { annotate } from '../../lib/engine/annotate';
import { getReference } from '../../lib/reference/index';
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
  return { entry, article, findings, score: scoreArticle(entry.slug, entry.expected, article.text, findings, { speakerOf }) };
}

/** The entity an attribution wholly names ("the Pentagon", "John F. Kirby"), so spellings of one speaker match. */
export function speakerOf(attribution: string): string | null {
  const text = attribution.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[.,;:]+$/, '');
  const names = getReference().findNames(text);
  const only = names.length === 1 ? names[0] : undefined;
  return only && only.start === 0 && only.end === text.length ? (only.entity ?? null) : null;
}
