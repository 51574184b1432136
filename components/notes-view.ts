/**
 * The popup's notes, decided from plain data: which of the page's notes were placed, search results by page,
 * the words for an import's result, and saving an export through a download. No browser messaging here
 * (`useNotes.ts` does that); the components render.
 */
import type { ExportFile, ExportFormat, ImportResult, PageNotesState } from '../lib/annotations/notes-wire';
import type { AnnotationId, HighlightColour, ReaderAnnotation } from '../lib/annotations/model';

/** Where the active page's notes stand. */
export type PageNotesView =
  | { kind: 'loading' }
  /** Not a web page (browser pages, stores, no tab): Crosscheck keeps no notes here. */
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      /** The page's normalised URL. */
      url: string;
      notes: ReaderAnnotation[];
      /** Notes the page's notes UI could not find in the article again. */
      missing: AnnotationId[];
      /** Whether the page's notes UI answered (so notes can be shown on the page). */
      live: boolean;
    };

/** What the reader asked to export: a format, all pages or one, with or without Crosscheck's findings. */
export interface ExportRequest {
  format: ExportFormat;
  scope: 'all' | { url: string };
  includeFindings: boolean;
}

/** Where a search across all pages stands. */
export interface SearchView {
  query: string;
  status: 'idle' | 'searching' | 'ready' | 'error';
  results: ReaderAnnotation[];
  error?: string;
}

export const IDLE_SEARCH: SearchView = { query: '', status: 'idle', results: [] };

export const NO_NOTES_TEXT = 'Select text in an article to highlight it.';

/** The quote as one line: spaces collapsed, cut at a word near `max` characters. */
export function quoteText(quote: string, max = 160): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

export function colourWord(colour: HighlightColour): string {
  return { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' }[colour] ?? colour;
}

/** The page's notes in article order, split into those placed on the page and those it could not find. */
export function splitByPlacement(notes: ReaderAnnotation[], missing: AnnotationId[]): { placed: ReaderAnnotation[]; missing: ReaderAnnotation[] } {
  const lost = new Set(missing);
  const ordered = [...notes].sort((a, b) => a.position.start - b.position.start || a.created.localeCompare(b.created));
  return { placed: ordered.filter((n) => !lost.has(n.id)), missing: ordered.filter((n) => lost.has(n.id)) };
}

export interface PageGroup {
  url: string;
  title: string;
  notes: ReaderAnnotation[];
}

/** Search results by page, pages in the order their first result came; a page without a title shows its URL. */
export function groupByPage(results: ReaderAnnotation[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const note of results) {
    let group = groups.get(note.url);
    if (!group) {
      group = { url: note.url, title: '', notes: [] };
      groups.set(note.url, group);
    }
    if (!group.title && note.title.trim()) group.title = note.title.trim();
    group.notes.push(note);
  }
  return [...groups.values()].map((g) => ({ ...g, title: g.title || g.url }));
}

const notesWord = (n: number) => (n === 1 ? '1 note' : `${n} notes`);

/** "3 notes on 2 pages", "No notes match “cat”." */
export function searchSummary(view: SearchView): string {
  if (view.status !== 'ready') return '';
  if (view.results.length === 0) return `No notes match “${view.query.trim()}”.`;
  const pages = new Set(view.results.map((n) => n.url)).size;
  return `${notesWord(view.results.length)} on ${pages === 1 ? '1 page' : `${pages} pages`}.`;
}

/** "Imported 12 notes (3 already there).", or the background's own error message. */
export function importResultText(result: ImportResult): string {
  if (!result.ok) return result.error;
  const notes = importedNotesText(result);
  const sources = result.sources;
  if (!sources) return notes;
  // The reader's own sources, when the file had some: "Imported 2 notes. Sources added to your comparison: 1."
  const sourcesLine = sources.added > 0 ? `Sources added to your comparison: ${sources.added}.` : 'Your sources in it were already there.';
  return result.added + result.updated + result.unchanged === 0 ? sourcesLine : `${notes} ${sourcesLine}`;
}

function importedNotesText(result: ImportResult & { ok: true }): string {
  const { added, updated, unchanged } = result;
  if (added + updated + unchanged === 0) return 'The file has no notes to import.';
  if (added + updated === 0) return unchanged === 1 ? 'Nothing new: the note was already there.' : `Nothing new: all ${unchanged} notes were already there.`;
  const changed = updated > 0 ? `, updated ${notesWord(updated)}` : '';
  const already = unchanged > 0 ? ` (${unchanged} already there)` : '';
  return `Imported ${notesWord(added)}${changed}${already}.`;
}

/** The refusal of a file too large to import, before it is read (the same words as the background's). */
export const TOO_LARGE_TEXT = 'This file cannot be imported: it is larger than 20 MB.';

/** "Importing… 1,500 of 10,000". */
export function importProgressText(done: number, total: number): string {
  return `Importing… ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
}

/** A JSON export of every note, renamed as the backup made before an import: crosscheck-backup-2026-11-22.json. */
export function asBackupFile(file: ExportFile, now: Date): ExportFile {
  return { ...file, filename: `crosscheck-backup-${now.toISOString().slice(0, 10)}.json` };
}

export function savedText(file: ExportFile): string {
  return `Saved ${file.filename}`;
}

/** The words for an error: its message when it has one a reader can use, else a fallback. */
export function errorText(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  // The browser's own messaging errors mean nothing to a reader.
  if (!message || /receiving end|establish connection|no listeners|message port/i.test(message)) return fallback;
  return message;
}

/** A reply from a tab's notes UI that looks like its page state. */
export function isPageNotesState(value: unknown): value is PageNotesState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<PageNotesState>;
  return typeof s.url === 'string' && s.url !== '' && Array.isArray(s.anchored) && Array.isArray(s.missing);
}

/** How long the blob URL lives after the click: long enough for the browser to start reading it. */
export const REVOKE_DELAY_MS = 1000;

/**
 * Save a file through a download, as a page would: a Blob, an `<a download>` in the popup's document, a click,
 * and the URL revoked a moment later. Needs no `downloads` permission; works in Chromium and Firefox
 * (Firefox wants the link in the document).
 */
export function saveExportFile(
  file: ExportFile,
  { doc = document, urls = URL, revokeAfterMs = REVOKE_DELAY_MS }: { doc?: Document; urls?: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>; revokeAfterMs?: number } = {},
): void {
  const blob = new Blob([file.content], { type: file.mime });
  const href = urls.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = href;
  link.download = file.filename;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    setTimeout(() => {
      urls.revokeObjectURL(href);
      link.remove();
    }, revokeAfterMs);
  }
}
