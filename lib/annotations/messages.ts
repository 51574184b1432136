/**
 * Messages to the background, which owns the reader's database (Dexie, in the extension's own origin:
 * a page can neither read nor wipe it). Types only; each request's reply type is in `NotesReply`.
 */
import type { AnnotationId, HighlightColour, PageFindings, ReaderAnnotation } from './model';
import type { ReaderSource, ReaderSourceDraft, ReaderSourceId } from './reader-source';
import type { EventId } from '../reference/types';

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
  | { type: 'notes:has'; href: string; canonical: string | null }
  /** From the popup or options page: the backups made before a schema upgrade, newest first. */
  | { type: 'notes:backup-list' }
  /** From the popup or options page: one backup as a file to download. */
  | { type: 'notes:backup-get'; id: number };

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number; /** The reader's own sources in the file, when it had any. */ sources?: { added: number; unchanged: number } }
  | { ok: false; error: string };

/** A copy of the reader's database made before a schema upgrade (entrypoints/background/backups.ts). */
export interface BackupInfo {
  id: number;
  /** ISO 8601. */
  created: string;
  /** Why it was made ("before the update from version 1 to 2"). */
  reason: string;
  /** How many rows it holds, all tables together. */
  rows: number;
}

/**
 * Imports with progress: the popup opens `runtime.connect({ name: IMPORT_PORT })`, posts one
 * `ImportPortRequest`, and gets `progress` messages, then one `result`.
 */
export const IMPORT_PORT = 'notes:import';
export interface ImportPortRequest {
  json: string;
}
export type ImportPortMessage = { type: 'progress'; done: number; total: number } | { type: 'result'; result: ImportResult };

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
  'notes:backup-list': BackupInfo[];
  'notes:backup-get': ExportFile;
}

/**
 * The reader's own sources (lib/annotations/reader-source.ts), kept by the background with the notes.
 * Extension pages only (the popup saves, the options page removes, the facts table lists).
 */
export type SourcesRequest =
  /** Every reader source, or those of one event, oldest first. */
  | { type: 'sources:list'; event?: EventId }
  /** Saves the page as a source; a page saved before (same normalised URL) is replaced, keeping its id. */
  | { type: 'sources:save'; source: ReaderSourceDraft }
  | { type: 'sources:remove'; id: ReaderSourceId };

/** The answer to 'sources:save'. */
export type SourceSaveResult = { ok: true; source: ReaderSource } | { ok: false; error: string };

export interface SourcesReply {
  'sources:list': ReaderSource[];
  'sources:save': SourceSaveResult;
  /** False when there was no such source. */
  'sources:remove': boolean;
}

/** Messages to a tab's notes UI (injected into the page, see entrypoints/notes-ui). */
export type NotesTabRequest =
  | { type: 'notes:page-state' }
  | { type: 'notes:reveal'; id: AnnotationId }
  | { type: 'notes:highlight-selection' }
  /** From the background: what the note editor frame of session `token` did (see EditorRequest). */
  | { type: 'notes:editor-event'; token: string; report: EditorReport };

/**
 * The note editor is an extension page (entrypoints/note-editor) in a frame inside the page, so the page
 * can neither read nor hear what the reader types. The notes UI opens a session with the background
 * (a random token, which the frame's address carries in its fragment); the frame claims it once, saves
 * and deletes itself, and its reports reach the notes UI through the background.
 */
export type EditorTarget =
  /** A new note on the selection: the annotation as it would be saved without a note (no id is stored yet). */
  | { kind: 'new'; annotation: ReaderAnnotation }
  | { kind: 'edit'; id: AnnotationId };

/** What the editor frame shows and edits: for an edit, the stored note as it was when the editor opened (its base). */
export interface EditorSession {
  mode: 'new' | 'edit';
  annotation: ReaderAnnotation;
}

export type EditorReport =
  /** The frame's content height in CSS pixels, for the host to size it. */
  | { kind: 'resize'; height: number }
  | { kind: 'saved'; annotation: ReaderAnnotation }
  | { kind: 'deleted'; id: AnnotationId }
  /** Cancelled or Escape: nothing changed. */
  | { kind: 'closed' };

export type EditorRequest =
  /** From the notes UI (a content script): open an editor for the sender's tab and frame. */
  | { type: 'notes:editor-open'; target: EditorTarget }
  /** From the editor page (extension origin only), once: the session its fragment names. */
  | { type: 'notes:editor-session'; token: string }
  /** From the editor page: tell the notes UI that opened it. 'saved', 'deleted' and 'closed' end the session. */
  | { type: 'notes:editor-report'; token: string; report: EditorReport };

export interface EditorReply {
  /** The session's token, or null when the note is not there (deleted meanwhile). */
  'notes:editor-open': { token: string } | null;
  /** Null for an unknown, already claimed or foreign token. */
  'notes:editor-session': EditorSession | null;
  'notes:editor-report': boolean;
}

/** Which of the page's saved notes were found again, and which were not. */
export interface PageNotesState {
  url: string;
  anchored: AnnotationId[];
  missing: AnnotationId[];
}
