/**
 * Messages to the background, which owns the reader's database (Dexie, in the extension's own origin:
 * a page can neither read nor wipe it). Types only; each request's reply type is in `NotesReply`.
 */
import type { AnnotationId, HighlightColour, PageFindings, ReaderAnnotation } from './model';

/**
 * What an editor started from: the stored note as it was when the reader opened it. The background
 * compares it with the stored row to tell a concurrent edit (another tab, the popup) from a stale one:
 * fields only one side changed are merged; a field both changed differently is a conflict, never a
 * silent revert.
 */
export interface EditBase {
  modified: string;
  colour: HighlightColour;
  note: string;
  tags: string[];
}

/** The answer to 'notes:save'. */
export type SaveResult =
  | { ok: true; annotation: ReaderAnnotation; /** another edit was merged in */ merged: boolean }
  | { ok: false; /** the stored note, as the other edit left it */ conflict: ReaderAnnotation; error: string };

export type ExportFormat = 'json' | 'markdown' | 'csv';

export type NotesRequest =
  | { type: 'notes:list'; url: string }
  | { type: 'notes:save'; annotation: ReaderAnnotation; base?: EditBase }
  | { type: 'notes:delete'; id: AnnotationId }
  | { type: 'notes:search'; query: string }
  | { type: 'notes:record-findings'; page: PageFindings }
  | { type: 'notes:export'; scope: 'all' | { url: string }; format: ExportFormat; includeFindings: boolean }
  | { type: 'notes:import'; json: string }
  /** From the content script: inject the notes UI into the sender's frame (first selection, or saved notes). */
  | { type: 'notes:load-ui' }
  /**
   * From the content script, once a page is read: whether the page has saved notes (then it asks for
   * 'notes:load-ui'). The raw address and canonical link: the background normalises them
   * (`normaliseUrl(href, canonical)`), so the URL code need not load on every page.
   */
  | { type: 'notes:has'; href: string; canonical: string | null };

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

export type ImportResult = { ok: true; added: number; updated: number; unchanged: number } | { ok: false; error: string };

export interface NotesReply {
  'notes:list': ReaderAnnotation[];
  'notes:save': SaveResult;
  'notes:delete': boolean;
  'notes:search': ReaderAnnotation[];
  'notes:record-findings': boolean;
  'notes:export': ExportFile;
  'notes:import': ImportResult;
  'notes:load-ui': boolean;
  'notes:has': boolean;
}

/** Messages to a tab's notes UI (injected into the page, see entrypoints/notes-ui). */
export type NotesTabRequest =
  | { type: 'notes:page-state' }
  | { type: 'notes:reveal'; id: AnnotationId }
  | { type: 'notes:highlight-selection' };

/** Which of the page's saved notes were found again, and which were not. */
export interface PageNotesState {
  url: string;
  anchored: AnnotationId[];
  missing: AnnotationId[];
}
