/**
 * What the page sends the background to keep: a new note for the reader's selection, and Crosscheck's
 * findings on the page beside the notes (for exports). Pure apart from the clock and the random id.
 */
import type { HighlightColour, PageFindings, ReaderAnnotation } from '../../lib/annotations/model';
import { describeRange } from '../../lib/annotations/selectors';
import { normaliseUrl } from '../../lib/annotations/url';
import type { DomArticle } from '../../lib/article/from-dom';
import type { Findings } from '../../lib/engine/findings';
import type { ArticleSpan } from './range-offsets';

/** The page a note is kept for: its address as notes are kept, and its title. */
export interface NotedPage {
  url: string;
  title: string;
}

/** The page's URL as notes are kept (lib/annotations/url.ts). */
export function pageUrl(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return normaliseUrl(doc.location?.href ?? '', canonical?.href || null);
}

/** The page's title for a note: the document's, else the article's heading, else the address. */
export function pageTitle(doc: Document, article: DomArticle, url: string): string {
  return doc.title.replace(/\s+/g, ' ').trim() || article.title || url;
}

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and a content script
 * on a plain-http page is not one; `getRandomValues` works everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new highlight (no note text yet) over `span` of the article text. */
export function draftAnnotation(text: string, span: ArticleSpan, page: NotedPage, colour: HighlightColour, now = new Date()): ReaderAnnotation {
  const { quote, position } = describeRange(text, span.start, span.end);
  const stamp = now.toISOString();
  return { id: newId(), url: page.url, title: page.title, quote, position, colour, note: '', tags: [], created: stamp, modified: stamp };
}

/** Crosscheck's findings as kept beside the notes; null when the page matched no event. */
export function pageFindingsFor(findings: Findings | null | undefined, page: NotedPage, now = new Date()): PageFindings | null {
  if (!findings?.event) return null;
  return {
    url: page.url,
    title: page.title,
    event: findings.event,
    findings: findings.marks.map((m) => ({
      text: m.text,
      kind: m.kind,
      fact: m.fact,
      status: m.status,
      others: m.others.map((o) => ({ outlet: o.label, value: o.value, attribution: o.attribution })),
    })),
    recorded: now.toISOString(),
  };
}
