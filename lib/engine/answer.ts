/** The engine's whole answer for one article: its findings and the matched event's title. */
import type { ArticleText } from '../article/types';
import { getReference, type Reference } from './reference';
import { annotate } from './annotate';
import type { EngineAnswer } from './findings-wire';

export function answerFor(article: ArticleText, reference: Reference = getReference()): EngineAnswer {
  const findings = annotate(article, reference);
  return { findings, eventTitle: findings.event ? (reference.event(findings.event)?.title ?? null) : null };
}
