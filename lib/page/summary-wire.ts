/**
 * The page summary as it travels ('page-summary', 'get-summary'): its findings as one JSON string. An
 * extension message is copied a value at a time in one task on the page's main thread; a long page's
 * thousands of findings, each with the other outlets' values, held the page for over 100 ms that way, while
 * one string is copied whole. Findings that share the same other reports (same fact, same value) share one
 * entry of the table, by reference, as the engine's answer hands them over.
 */
import type { MarkKind, Status } from '../engine/findings';
import type { PageSummary, SummaryMark, SummaryOther, SummaryWire } from '../messages';
import type { FactKey } from '../reference/types';

export type { SummaryWire };

/** One finding: id, kind, text, status, fact, label, and the index of its others in the table (-1: none). */
type PackedMark = [string, MarkKind, string, Status, FactKey | null, string | null, number];

interface PackedMarks {
  others: SummaryOther[][];
  marks: PackedMark[];
}

export function packSummary(summary: PageSummary): SummaryWire {
  const table: SummaryOther[][] = [];
  const index = new Map<SummaryOther[], number>();
  const marks = summary.marks.map((m): PackedMark => {
    let at = -1;
    if (m.others) {
      at = index.get(m.others) ?? -1;
      if (at < 0) {
        at = table.push(m.others) - 1;
        index.set(m.others, at);
      }
    }
    return [m.id, m.kind, m.text, m.status, m.fact, m.label, at];
  });
  const packed: PackedMarks = { others: table, marks };
  return { ...summary, marks: JSON.stringify(packed) };
}

const STATES: ReadonlySet<string> = new Set<PageSummary['state']>(['matched', 'no-event', 'disabled', 'off']);

/** The summary back, or null for anything that is not a packed summary (a message is untrusted input). */
export function unpackSummary(value: unknown): PageSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const w = value as Partial<SummaryWire>;
  if (typeof w.url !== 'string' || typeof w.state !== 'string' || !STATES.has(w.state)) return null;
  if (typeof w.counts !== 'object' || w.counts === null || typeof w.marks !== 'string') return null;
  let packed: PackedMarks;
  try {
    packed = JSON.parse(w.marks) as PackedMarks;
  } catch {
    return null;
  }
  if (!Array.isArray(packed?.marks) || !Array.isArray(packed.others)) return null;
  const marks = packed.marks.map(([id, kind, text, status, fact, label, at]): SummaryMark => {
    const others = packed.others[at];
    return { id, kind, text, status, fact, label, ...(others ? { others } : {}) };
  });
  return { url: w.url, state: w.state, event: w.event ?? null, eventTitle: w.eventTitle ?? null, counts: w.counts, marks };
}
