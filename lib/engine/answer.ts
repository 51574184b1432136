/** The engine's whole answer for one article: its findings and the matched event's title. */
import type { ArticleText } from '../article/types';
import { getReference, type Reference } from './reference';
import { annotate } from './annotate';
import type { EngineAnswer } from './findings-wire';
import { markReaderReports } from './reader-sources';

/** `reference` may hold the reader's own sources (reader-sources.ts `withReaderSources`): their reports say so. */
export function answerFor(article: ArticleText, reference: Reference = getReference()): EngineAnswer {
  const findings = markReaderReports(annotate(article, reference), reference);
  return { findings, eventTitle: findings.event ? (reference.event(findings.event)?.title ?? null) : null };
}
