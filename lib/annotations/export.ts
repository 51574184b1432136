/**
 * Exports of the reader's notes (and, when asked, Crosscheck's findings) as a file to download:
 * JSON (W3C Web Annotation, re-importable), Markdown (for reading and notes apps) or CSV (for
 * spreadsheets). Each format is its own module; this one picks the notes in scope and names the file.
 */
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { exportMarkdown } from './export-markdown';
import type { ExportFile, ExportFormat } from './notes-wire';
import type { PageFindings, ReaderAnnotation } from './model';
import type { ReaderSource } from './reader-source';
import { foldText } from './search';
import { isoTime } from './time';
import { normaliseUrl } from './url';

export { exportCsv, exportJson, exportMarkdown };

const FORMATS: Record<
  ExportFormat,
  { extension: string; mime: string; write: (a: ReaderAnnotation[], f: PageFindings[] | null, generated: Date, s: ReaderSource[]) => string }
> = {
  json: { extension: 'json', mime: 'application/ld+json', write: exportJson },
  markdown: { extension: 'md', mime: 'text/markdown', write: exportMarkdown },
  csv: { extension: 'csv', mime: 'text/csv', write: exportCsv },
};

const MAX_SLUG_LENGTH = 50;

/**
 * The export file for all notes or one page's. Its name carries the export date (UTC), and for one
 * page a slug of the page's title (or its host): crosscheck-notes-2026-11-22-storm-hits-the-coast.md.
 */
export function exportFile(
  format: ExportFormat,
  scope: 'all' | { url: string },
  annotations: ReaderAnnotation[],
  findings: PageFindings[] | null,
  generated: Date,
  /** The reader's own sources: all of them, or the one of the page in scope. The JSON file restores them, Markdown lists them, CSV leaves them out. */
  sources: ReaderSource[] = [],
): ExportFile {
  const spec = FORMATS[format];
  let inScope = annotations;
  let findingsInScope = findings;
  let sourcesInScope = sources;
  let name = `crosscheck-notes-${isoTime(generated).slice(0, 10)}`;
  if (scope !== 'all') {
    const url = normaliseUrl(scope.url);
    inScope = annotations.filter((a) => a.url === scope.url || normaliseUrl(a.url) === url);
    findingsInScope = findings && findings.filter((f) => f.url === scope.url || normaliseUrl(f.url) === url);
    sourcesInScope = sources.filter((s) => s.url === url);
    const title = latestTitle(inScope) || findingsInScope?.find((f) => f.title.trim())?.title || '';
    const slug = slugify(title) || slugify(hostOf(url).replace(/^www\./, ''));
    if (slug) name += `-${slug}`;
  }
  return { filename: `${name}.${spec.extension}`, mime: spec.mime, content: spec.write(inScope, findingsInScope, generated, sourcesInScope) };
}

/** Lower-case ASCII letters and digits joined by hyphens, at most 50 characters, cut at a hyphen. */
export function slugify(text: string): string {
  let slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    slug = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const cut = slug.lastIndexOf('-');
    slug = (cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
  }
  return slug;
}

function latestTitle(annotations: ReaderAnnotation[]): string {
  let best: ReaderAnnotation | null = null;
  for (const a of annotations) {
    if (a.title.trim() && (!best || a.modified > best.modified || (a.modified === best.modified && a.id < best.id))) best = a;
  }
  return best?.title ?? '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
