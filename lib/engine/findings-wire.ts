/**
 * The engine's answer as it travels from the background, where the engine runs, to the page that
 * asked. The page already holds the article's text, so it is left out; and the other sources'
 * reports, the bulk of a reply (their quotes), are sent once each in a table the marks point into:
 * on a long live blog thousands of marks share the same few dozen reports.
 * Types and plain functions only: the content script imports this, and must not carry the engine.
 */
import type { ArticleText } from '../article/types';
import type { Findings, Mark, OtherReport } from './findings';

/** What the page needs from the engine: the findings, and the event's title (the page has no reference). */
export interface EngineAnswer {
  findings: Findings;
  eventTitle: string | null;
}

export interface WireMark extends Omit<Mark, 'others'> {
  /** Indexes into `WireAnswer.reports`. */
  others: number[];
}

export interface WireAnswer {
  event: Findings['event'];
  eventTitle: string | null;
  source: Findings['source'];
  marks: WireMark[];
  reports: OtherReport[];
}

/** The article as the engine reads it: what can be cloned out of a page (no DOM nodes). */
export function wireArticle(article: ArticleText): ArticleText {
  return { text: article.text, blocks: article.blocks, title: article.title, published: article.published ?? null };
}

export function packAnswer({ findings, eventTitle }: EngineAnswer): WireAnswer {
  const reports: OtherReport[] = [];
  const index = new Map<string, number>();
  const refer = (report: OtherReport): number => {
    const key = JSON.stringify(report);
    let at = index.get(key);
    if (at === undefined) {
      at = reports.push(report) - 1;
      index.set(key, at);
    }
    return at;
  };
  const marks = findings.marks.map((mark) => ({ ...mark, others: mark.others.map(refer) }));
  return { event: findings.event, eventTitle, source: findings.source, marks, reports };
}

/** Back to the answer for `articleText`; a report index out of range is dropped rather than trusted. */
export function unpackAnswer(wire: WireAnswer, articleText: string): EngineAnswer {
  const marks = wire.marks.map((mark) => ({
    ...mark,
    others: mark.others.map((i) => wire.reports[i]).filter((r): r is OtherReport => r !== undefined),
  }));
  return { findings: { event: wire.event, article: articleText, source: wire.source, marks }, eventTitle: wire.eventTitle };
}
