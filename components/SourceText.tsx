/**
 * A source article's text with its claims marked: each claim's quote found in the text is a <mark>, the
 * figure or name inside it in bold, and a hidden word after it tells a screen reader which fact it is.
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

interface Span {
  start: number;
  end: number;
  claim: MarkedClaim;
}

/** Where each claim's quote is in `text`, first occurrence, in text order; a quote overlapping an earlier one is left out. */
export function claimSpans(text: string, claims: readonly MarkedClaim[]): Span[] {
  const found = claims
    .map((claim) => ({ start: text.indexOf(claim.quote), claim }))
    .filter((s) => s.start >= 0 && s.claim.quote.length > 0)
    .map((s) => ({ ...s, end: s.start + s.claim.quote.length }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const span of found) if (spans.length === 0 || span.start >= spans[spans.length - 1]!.end) spans.push(span);
  return spans;
}

export function SourceText({ text, claims }: { text: string; claims: readonly MarkedClaim[] }): JSX.Element {
  const spans = claimSpans(text, claims);
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
          <p key={p.start}>{pieces(text, p, spans)}</p>
        ))}
    </div>
  );
}

/** A paragraph's text as plain runs and marks (a mark crossing a paragraph break is cut at it). */
function pieces(text: string, paragraph: { start: number; end: number }, spans: readonly Span[]): Array<string | JSX.Element> {
  const out: Array<string | JSX.Element> = [];
  let at = paragraph.start;
  for (const span of spans) {
    const start = Math.max(span.start, paragraph.start);
    const end = Math.min(span.end, paragraph.end);
    if (start >= end) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(<ClaimMark key={start} quote={text.slice(start, end)} claim={span.claim} />);
    at = end;
  }
  if (at < paragraph.end) out.push(text.slice(at, paragraph.end));
  return out;
}

function ClaimMark({ quote, claim }: { quote: string; claim: MarkedClaim }): JSX.Element {
  const at = claim.text ? quote.indexOf(claim.text) : -1;
  return (
    <mark class="source-claim" data-crosscheck-claim={claim.label}>
      {at < 0 ? (
        quote
      ) : (
        <>
          {quote.slice(0, at)}
          <strong>{claim.text}</strong>
          {quote.slice(at + claim.text.length)}
        </>
      )}
      <span class="cc-visually-hidden"> (claim: {claim.label})</span>
    </mark>
  );
}
