/**
 * The reader's own sources in the comparison: the bundled reference with them added as sources of
 * their event, so the engine compares a page with them exactly as with a bundled source. The bundled
 * reference is never changed: a new Reference is made over it (and its index is built once for it,
 * reference-index.ts, so the caller keeps it until the reader's sources change).
 */
import type { ReaderSource } from '../annotations/reader-source';
import type { Claim, Source, SourceId } from '../reference/types';
import type { Findings, OtherReport } from './findings';
import type { Reference } from './reference';

/** A source the reader added: labelled with its outlet, with the page's address. */
export interface ReaderSourceEntry extends Source {
  byReader: true;
  url: string;
}

export function isReaderEntry(source: Source | undefined): source is ReaderSourceEntry {
  return (source as Partial<ReaderSourceEntry> | undefined)?.byReader === true;
}

/**
 * `reference` with `readerSources` added. Sources of an event the reference does not know, and
 * claims on a fact their event does not have, are left out (a reader source saved by another version).
 */
export function withReaderSources(reference: Reference, readerSources: readonly ReaderSource[]): Reference {
  const added: ReaderSourceEntry[] = [];
  const claims: Claim[] = [];
  for (const reader of readerSources) {
    if (!reference.event(reader.event) || reference.source(reader.id)) continue;
    added.push({
      id: reader.id,
      outlet: reader.outlet,
      label: reader.outlet,
      event: reader.event,
      published: reader.published,
      url: reader.url,
      byReader: true,
    });
    for (const claim of reader.claims) {
      const known = claim.fact.startsWith('name.') || reference.fact(reader.event, claim.fact);
      if (!known) continue;
      claims.push({ ...claim, source: reader.id, start: 0, end: claim.quote.length });
    }
  }
  if (added.length === 0) return reference;
  const byId = new Map<SourceId, Source>(added.map((s) => [s.id, s]));
  return {
    ...reference,
    sources: [...reference.sources, ...added],
    claims: [...reference.claims, ...claims],
    source: (id) => reference.source(id) ?? byId.get(id),
  };
}

/** Each report from a reader source says so and links its page ("added by you"), for the popover. */
export function markReaderReports(findings: Findings, reference: Reference): Findings {
  const readerReport = (report: OtherReport): OtherReport => {
    const source = reference.source(report.source);
    return isReaderEntry(source) ? { ...report, byReader: true, url: source.url } : report;
  };
  if (!reference.sources.some(isReaderEntry)) return findings;
  return { ...findings, marks: findings.marks.map((mark) => ({ ...mark, others: mark.others.map(readerReport) })) };
}
