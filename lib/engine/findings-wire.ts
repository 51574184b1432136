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

/** What marks share: everything but where they are. On a long page many marks say the same thing. */
export interface WireBody extends Omit<Mark, 'id' | 'start' | 'end' | 'others'> {
  /** Indexes into `WireAnswer.reports`. */
  others: number[];
}

/**
 * The answer as sent. A browser copies an extension message value by value, in one task on each side,
 * so its size is a freeze on a long page: the marks travel as flat numbers (start, end, body) pointing
 * into a table of distinct bodies, which point into the table of distinct reports.
 */
export interface WireAnswer {
  event: Findings['event'];
  eventTitle: string | null;
  source: Findings['source'];
  /** Three numbers a mark: its start, its end, and its body's index in `bodies`. */
  marks: number[];
  bodies: WireBody[];
  reports: OtherReport[];
  /** Each mark's id, or null when they are m1, m2, … in order (as the engine numbers them). */
  ids: string[] | null;
}

/** The article as the engine reads it: what can be cloned out of a page (no DOM nodes). */
export function wireArticle(article: ArticleText): ArticleText {
  return { text: article.text, blocks: article.blocks, title: article.title, published: article.published ?? null };
}

/** Adds values to a table once each, by their JSON, and says where each is. */
function interner<T>(): { table: T[]; indexOf(value: T): number } {
  const table: T[] = [];
  const index = new Map<string, number>();
  return {
    table,
    indexOf(value: T): number {
      const key = JSON.stringify(value);
      let at = index.get(key);
      if (at === undefined) {
        at = table.push(value) - 1;
        index.set(key, at);
      }
      return at;
    },
  };
}

export function packAnswer({ findings, eventTitle }: EngineAnswer): WireAnswer {
  const reports = interner<OtherReport>();
  const bodies = interner<WireBody>();
  const marks: number[] = [];
  let numbered = true;
  findings.marks.forEach(({ id, start, end, others, ...rest }, i) => {
    numbered &&= id === `m${i + 1}`;
    marks.push(start, end, bodies.indexOf({ ...rest, others: others.map((r) => reports.indexOf(r)) }));
  });
  const ids = numbered ? null : findings.marks.map((m) => m.id);
  return { event: findings.event, eventTitle, source: findings.source, marks, bodies: bodies.table, reports: reports.table, ids };
}

/** Back to the answer for `articleText`; an index out of range (a body, a report) is dropped rather than trusted. */
export function unpackAnswer(wire: WireAnswer, articleText: string): EngineAnswer {
  const others = wire.bodies.map((body) => body.others.map((i) => wire.reports[i]).filter((r): r is OtherReport => r !== undefined));
  const marks: Mark[] = [];
  for (let i = 0; i + 2 < wire.marks.length; i += 3) {
    const at = wire.marks[i + 2]!;
    const body = wire.bodies[at];
    if (!body) continue;
    const n = i / 3;
    const id = wire.ids ? wire.ids[n] : `m${n + 1}`;
    if (id === undefined) continue;
    // Marks with one body share its list of reports: nothing in the page changes a mark's reports.
    marks.push({ ...body, id, start: wire.marks[i]!, end: wire.marks[i + 1]!, others: others[at]! });
  }
  return { findings: { event: wire.event, article: articleText, source: wire.source, marks }, eventTitle: wire.eventTitle };
}
