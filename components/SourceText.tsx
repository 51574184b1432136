/**
 * A source article's text with its claims marked: the claims' quotes found in the text are <mark>s (overlapping
 * quotes share one), every figure or name they report in bold, and hidden words after each mark tell a screen
 * reader which facts it reports.
 * Paragraphs are the text's blank-line breaks. Text only: Preact escapes everything.
 */
import type { JSX } from 'preact';

export interface MarkedClaim {
  quote: string;
  /** The figure or name as written, inside the quote. */
  text: string;
  /** What the fact is: "people killed in the strike". */
  label: string;
}

/** A stretch of the text that one or more overlapping quotes cover, and the figures or names inside it. */
interface Region {
  start: number;
  end: number;
  claims: MarkedClaim[];
  /** Where each claim's figure or name is, inside its own quote; never overlapping. */
  figures: Array<{ start: number; end: number }>;
}

/** The claims' quotes found in `text` (first occurrence), overlapping ones merged into one region, in text order. */
export function claimRegions(text: string, claims: readonly MarkedClaim[]): Region[] {
  const found = claims
    .map((claim) => ({ claim, start: claim.quote ? text.indexOf(claim.quote) : -1 }))
    .filter((f) => f.start >= 0)
    .sort((a, b) => a.start - b.start);
  const regions: Region[] = [];
  for (const { claim, start } of found) {
    const end = start + claim.quote.length;
    const last = regions[regions.length - 1];
    const region = last && start < last.end ? last : { start, end, claims: [], figures: [] };
    if (region !== last) regions.push(region);
    region.end = Math.max(region.end, end);
    region.claims.push(claim);
    const at = claim.text ? claim.quote.indexOf(claim.text) : -1;
    if (at >= 0) region.figures.push({ start: start + at, end: start + at + claim.text.length });
  }
  for (const region of regions) {
    region.figures.sort((a, b) => a.start - b.start);
    region.figures = region.figures.filter((f, i, all) => i === 0 || f.start >= all[i - 1]!.end);
  }
  return regions;
}

export function SourceText({ text, claims }: { text: string; claims: readonly MarkedClaim[] }): JSX.Element {
  const regions = claimRegions(text, claims);
  const paragraphs: Array<{ start: number; end: number }> = [];
  const breaks = /\n\s*\n/g;
  let at = 0;
  for (const m of text.matchAll(breaks)) {
    paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  paragraphs.push({ start: at, end: text.length });
  return (
    <div class="source-text">
      {paragraphs
        .filter((p) => text.slice(p.start, p.end).trim() !== '')
        .map((p) => (
          <p key={p.start}>{pieces(text, p, regions)}</p>
        ))}
    </div>
  );
}

/** A paragraph's text as plain runs and marks (a mark crossing a paragraph break is cut at it). */
function pieces(text: string, paragraph: { start: number; end: number }, regions: readonly Region[]): Array<string | JSX.Element> {
  const out: Array<string | JSX.Element> = [];
  let at = paragraph.start;
  for (const region of regions) {
    const start = Math.max(region.start, paragraph.start);
    const end = Math.min(region.end, paragraph.end);
    if (start >= end) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(<ClaimMark key={start} text={text} start={start} end={end} region={region} />);
    at = end;
  }
  if (at < paragraph.end) out.push(text.slice(at, paragraph.end));
  return out;
}

function ClaimMark({ text, start, end, region }: { text: string; start: number; end: number; region: Region }): JSX.Element {
  const runs: Array<string | JSX.Element> = [];
  let at = start;
  for (const figure of region.figures) {
    if (figure.start < at || figure.end > end) continue;
    if (figure.start > at) runs.push(text.slice(at, figure.start));
    runs.push(<strong key={figure.start}>{text.slice(figure.start, figure.end)}</strong>);
    at = figure.end;
  }
  if (at < end) runs.push(text.slice(at, end));
  const labels = [...new Set(region.claims.map((c) => c.label))];
  return (
    <mark class="source-claim" data-crosscheck-claims={labels.join('; ')}>
      {runs}
      <span class="cc-visually-hidden"> (reports: {labels.join('; ')})</span>
    </mark>
  );
}
