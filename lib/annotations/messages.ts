/**
 * Messages to the background, which owns the reader's database (Dexie, in the extension's own origin:
 * a page can neither read nor wipe it). Types only; each request's reply type is in `NotesReply`.
 */
import type { AnnotationId, PageFindings, ReaderAnnotation } from './model';

export type ExportFormat = 'json' | 'markdown' | 'csv';

export type NotesRequest =
  | { type: 'notes:list'; url: string }
  | { type: 'notes:save'; annotation: ReaderAnnotation }
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
  'notes:save': ReaderAnnotation;
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
