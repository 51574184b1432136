/**
 * What the notes messages carry (the messages themselves are declared once, by direction, in
 * lib/messages.ts): the reader's database lives in the background (Dexie, in the extension's own origin:
 * a page can neither read nor wipe it), and these are its requests' parts and its answers. Types only.
 */
import type { AnnotationId, HighlightColour, ReaderAnnotation } from './model';
import type { ReaderSource } from './reader-source';

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

/** The answer to 'sources:save'. */
export type SourceSaveResult = { ok: true; source: ReaderSource } | { ok: false; error: string };

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

/** Which of the page's saved notes were found again, and which were not. */
export interface PageNotesState {
  url: string;
  anchored: AnnotationId[];
  missing: AnnotationId[];
}
