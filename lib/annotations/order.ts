/**
 * The order every export lists notes and pages in, so the same notes always give the same file:
 * by URL, then by position in the article, then by creation time and id.
 */
import type { PageFindings, ReaderAnnotation } from './model';

export function compareAnnotations(a: ReaderAnnotation, b: ReaderAnnotation): number {
  return (
    compareStrings(a.url, b.url) ||
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    compareStrings(a.created, b.created) ||
    compareStrings(a.id, b.id)
  );
}

export function sortAnnotations(annotations: readonly ReaderAnnotation[]): ReaderAnnotation[] {
  return [...annotations].sort(compareAnnotations);
}

export function sortFindings(findings: readonly PageFindings[]): PageFindings[] {
  return [...findings].sort((a, b) => compareStrings(a.url, b.url) || compareStrings(a.recorded, b.recorded));
}

/** One article's notes and findings, in export order. */
export interface ArticleGroup {
  url: string;
  title: string;
  annotations: ReaderAnnotation[];
  findings: PageFindings | null;
}

/**
 * Groups notes by page, with each page's findings when given (the latest recorded, if several).
 * Pages with findings but no notes are listed too. The title is the latest note's, else the findings'.
 */
export function groupByArticle(annotations: readonly ReaderAnnotation[], findings: readonly PageFindings[] | null): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  const groupFor = (url: string): ArticleGroup => {
    let g = groups.get(url);
    if (!g) {
      g = { url, title: '', annotations: [], findings: null };
      groups.set(url, g);
    }
    return g;
  };
  for (const a of sortAnnotations(annotations)) groupFor(a.url).annotations.push(a);
  for (const f of sortFindings(findings ?? [])) groupFor(f.url).findings = f;
  for (const g of groups.values()) {
    const latest = [...g.annotations].sort((a, b) => compareStrings(b.modified, a.modified) || compareStrings(a.id, b.id))[0];
    g.title = latest?.title || g.findings?.title || '';
  }
  return [...groups.values()].sort((a, b) => compareStrings(a.url, b.url));
}

/** Code-unit order: the same in every locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
