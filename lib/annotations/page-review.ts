/**
 * "Add to comparison": what the popup shows the reader to review before a page becomes one of their
 * sources. The content script hands over what it found on the page (`PageClaimsInput`: its marks,
 * text and metadata, no engine); this module turns that into one claim per fact, each with the sentence
 * it was written in, and the reader's decisions (keep, correct, drop) into a `ReaderSourceDraft`.
 * Pure: runs in the popup and in tests.
 */
import { splitSentences } from '../engine/sentences';
import type { Mark } from '../engine/findings';
import type { TextBlock } from '../article/types';
import { findFigures } from '../extract/figures';
import type { ClaimValue, EventId, FactKey, SourceId } from '../reference/types';
import type { ReaderClaim, ReaderSource, ReaderSourceDraft } from './reader-source';
import { normaliseUrl } from './url';

/** A mark as the review needs it: no other sources' reports. */
export type ReviewMark = Pick<Mark, 'id' | 'kind' | 'text' | 'start' | 'end' | 'fact' | 'factLabel' | 'value' | 'attribution'>;

/** What the content script sends the popup ('get-page-claims'). */
export interface PageClaimsInput {
  /** location.href */
  href: string;
  /** The page's canonical link, honoured only on its own host (normaliseUrl). */
  canonical: string | null;
  /** og:site_name, when the page gives one. */
  siteName: string | null;
  title: string;
  /** ISO day ("2021-02-26") the page says it was published, or null. */
  published: string | null;
  event: EventId | null;
  eventTitle: string | null;
  /** The bundled source this page is, when the engine recognised one: such a page cannot be added. */
  referenceSource: SourceId | null;
  /** The article text the marks' offsets point into. */
  text: string;
  marks: ReviewMark[];
}

/** One claim for the reader to keep, correct or drop. */
export interface ReviewClaim extends ReaderClaim {
  /** The mark it came from, unique in the review. */
  id: string;
  /** "people killed in the strike", or the name. */
  label: string;
  kind: Mark['kind'];
}

/** The outlet a page is labelled with: its og:site_name, or its host name without "www.". */
export function outletOf(siteName: string | null, href: string): string {
  const named = siteName?.replace(/\s+/g, ' ').trim();
  if (named) return named.slice(0, 200);
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href.slice(0, 200);
  }
}

/** Blocks of an article text whose paragraphs are joined by blank lines (lib/article/types.ts). */
function blocksOf(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ start, end: start + part.length, kind: 'paragraph' });
    start += part.length + 2;
  }
  return blocks;
}

/**
 * The claims a page offers: the first mention of each fact, with its sentence, figures first and then names
 * (each in page order). Marks tied to no fact are left out.
 */
export function reviewClaims(input: PageClaimsInput): ReviewClaim[] {
  const sentences = splitSentences({ text: input.text, blocks: blocksOf(input.text), title: null });
  const seen = new Set<FactKey>();
  const claims: ReviewClaim[] = [];
  const order = (m: ReviewMark) => (m.kind === 'figure' ? 0 : 1);
  for (const mark of [...input.marks].sort((a, b) => order(a) - order(b) || a.start - b.start)) {
    if (!mark.fact || mark.value.type === 'person' || seen.has(mark.fact)) continue;
    seen.add(mark.fact);
    const sentence = sentences.find((s) => s.start <= mark.start && mark.end <= s.end);
    const quote = sentence ? input.text.slice(sentence.start, sentence.end) : mark.text;
    const { iso: _iso, ...value } = mark.value as ClaimValue & { iso?: string };
    claims.push({
      id: mark.id,
      fact: mark.fact,
      label: mark.factLabel ?? mark.text,
      kind: mark.kind,
      value: value as ClaimValue,
      text: mark.text,
      quote: quote.trim(),
      attribution: mark.attribution,
    });
  }
  return claims;
}

/**
 * What the popup offers for a page: nothing on a page about no event or on a bundled source; the saved
 * source when the reader already added this page (same normalised URL); otherwise "Add to comparison".
 */
export function offerFor(
  input: PageClaimsInput | null,
  saved: readonly ReaderSource[],
): { kind: 'hidden' } | { kind: 'saved'; source: ReaderSource } | { kind: 'offer'; input: PageClaimsInput } {
  if (!input || !input.event || input.referenceSource) return { kind: 'hidden' };
  const url = normaliseUrl(input.href, input.canonical);
  const source = saved.find((s) => s.url === url && s.event === input.event);
  return source ? { kind: 'saved', source } : { kind: 'offer', input };
}

/** What the reader decided for one claim: keep it as found, keep it with corrected text, or drop it. */
export type ClaimDecision = { action: 'keep' } | { action: 'correct'; text: string } | { action: 'drop' };

/**
 * The value of a corrected figure: the first figure of the same kind read in the reader's text, or an
 * error that says what could not be read. Names cannot be corrected (only kept or dropped).
 */
export function correctedValue(claim: ReviewClaim, text: string): { ok: true; value: ClaimValue } | { ok: false; error: string } {
  const typed = text.trim();
  if (!typed) return { ok: false, error: `Type a value for “${claim.label}”, or drop it.` };
  if (claim.value.type === 'entity') return { ok: false, error: `A name cannot be corrected: keep or drop “${claim.text}”.` };
  const figure = findFigures(typed).find((f) => f.value.type === claim.value.type);
  if (!figure) return { ok: false, error: `Crosscheck cannot read “${typed}” as a ${claim.value.type.replace('-', ' ')} for “${claim.label}”.` };
  return { ok: true, value: figure.value };
}

/** The source to save, or the first problem in the reader's words. */
export function draftFromReview(
  input: PageClaimsInput,
  claims: readonly ReviewClaim[],
  decisions: ReadonlyMap<string, ClaimDecision>,
): { ok: true; draft: ReaderSourceDraft } | { ok: false; error: string } {
  if (!input.event) return { ok: false, error: 'This page is not about an event Crosscheck knows.' };
  if (input.referenceSource) return { ok: false, error: 'This page is already one of the bundled sources.' };
  const kept: ReaderClaim[] = [];
  for (const claim of claims) {
    const decision = decisions.get(claim.id) ?? { action: 'keep' };
    if (decision.action === 'drop') continue;
    const { id: _id, label: _label, kind: _kind, ...stored } = claim;
    if (decision.action === 'keep') {
      kept.push(stored);
      continue;
    }
    const corrected = correctedValue(claim, decision.text);
    if (!corrected.ok) return corrected;
    kept.push({ ...stored, text: decision.text.trim(), value: corrected.value });
  }
  if (kept.length === 0) return { ok: false, error: 'Keep at least one claim to add this page to the comparison.' };
  return {
    ok: true,
    draft: {
      event: input.event,
      outlet: outletOf(input.siteName, input.href),
      url: normaliseUrl(input.href, input.canonical),
      title: input.title.slice(0, 1_000),
      published: input.published,
      claims: kept,
    },
  };
}
