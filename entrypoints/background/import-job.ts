/**
 * Importing a JSON export into the reader's notes so that nothing is ever lost:
 * 1. the file is parsed and every note checked (lib/annotations/import.ts, notes-validate.ts); dates in
 *    the future are capped at now, and such a note never replaces one the reader has;
 * 2. the storage estimate is checked: an import that would not fit, with a safety margin, is refused
 *    before anything is written;
 * 3. the undo journal (import-journal.ts) is written, then the rows in chunks of IMPORT_CHUNK_ROWS, one
 *    transaction per chunk, reporting progress after each;
 * 4. on any failure (quota, error, a write not done within IMPORT_TIMEOUT_MS) the chunks already written are undone and
 *    the answer says what happened: a failed import changes nothing.
 * One import runs at a time.
 */
import { mergeImport, parseImport } from '../../lib/annotations/import';
import { importSources } from './reader-sources';
import type { ImportResult } from '../../lib/annotations/notes-wire';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { undoImport, type ImportJournal, type JournalEntry } from './import-journal';
import type { SnapshotStore } from './import-snapshot';
import type { NotesDb } from './notes-db';
import { capDate, sanitizeAnnotation } from './notes-validate';

export const IMPORT_CHUNK_ROWS = 500;
export const IMPORT_TIMEOUT_MS = 60_000;
/** How long an undo may take before the answer goes out anyway (the journal finishes it at next start). */
export const UNDO_TIMEOUT_MS = 20_000;
const UNDO_RETRY_MS = 500;
/** Free space an import must leave: IndexedDB's own overhead and the journal are counted on top. */
export const STORAGE_MARGIN_BYTES = 5 * 1024 * 1024;
/** Bytes of storage per character of the rows' JSON: UTF-16, indexes, and room to spare. */
export const STORAGE_BYTES_PER_CHAR = 3;

export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

export interface ImportJobOptions {
  now: Date;
  journal: ImportJournal;
  /** navigator.storage.estimate (tests replace it); without one, no check is made. */
  estimate?: () => Promise<StorageEstimate>;
  onProgress?: (done: number, total: number) => void;
  /** Where the safety copy of every note goes before the import writes (import-snapshot.ts). */
  snapshot?: SnapshotStore;
  chunkRows?: number;
  timeoutMs?: number;
  undoTimeoutMs?: number;
}

class ImportTimeout extends Error {}

/** The databases an import is running on (one at a time for each). */
const running = new WeakSet<NotesDb>();

const NOTHING_CHANGED = 'Your notes are as they were before.';

/** Imports `json` (a JSON export). Never throws: a refusal or failure is `{ ok: false, error }`. */
export async function runImport(db: NotesDb, json: unknown, options: ImportJobOptions): Promise<ImportResult> {
  if (running.has(db)) return { ok: false, error: 'Another import is still running. Wait for it to finish, then try again.' };
  running.add(db);
  try {
    const parsed = parseImport(json as string);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const result = await importOnce(db, parsed.annotations, options);
    if (!result.ok || parsed.sources.length === 0) return result;
    return { ...result, sources: await importSources(db, parsed.sources) };
  } finally {
    running.delete(db);
  }
}

async function importOnce(db: NotesDb, annotations: ReaderAnnotation[], options: ImportJobOptions): Promise<ImportResult> {
  let incoming: Array<{ note: ReaderAnnotation; futureDated: boolean }>;
  try {
    incoming = annotations.map((a, i) => {
      // The same checks as a saved note (and the same canonical dates and URLs).
      const note = sanitizeAnnotation(a, `annotation ${(i + 1).toLocaleString('en')}`);
      const modified = capDate(note.modified, options.now);
      return { note: { ...note, created: capDate(note.created, options.now), modified }, futureDated: modified !== note.modified };
    });
  } catch (e) {
    return { ok: false, error: `This file cannot be imported: ${errorMessage(e)}.` };
  }

  const { journal } = options;
  // Each write (the journal, each chunk) must finish within the timeout: a large import on a slow disk
  // may take longer in all, but a write that never answers is a failure.
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const deadline = () => Date.now() + timeoutMs;
  try {
    // A journal left by an import that never finished: undo it first.
    if ((await journal.entries.count()) > 0) await undoImport(db, journal);

    const ids = [...new Set(incoming.map((x) => x.note.id))];
    const existing = (await db.annotations.bulkGet(ids)).filter((a): a is ReaderAnnotation => a !== undefined);
    const stored = new Map(existing.map((a) => [a.id, a] as const));
    // A note dated in the future has no date to trust: it may add a note, never replace the reader's.
    const untrusted = new Set(incoming.filter((x) => x.futureDated && stored.has(x.note.id)).map((x) => x.note.id));
    const merge = mergeImport(
      existing,
      incoming.map((x) => x.note),
    );
    const toWrite = merge.toWrite.filter((a) => !untrusted.has(a.id));
    const result = {
      ok: true as const,
      added: merge.added,
      updated: merge.updated - (merge.toWrite.length - toWrite.length),
      unchanged: merge.unchanged + (merge.toWrite.length - toWrite.length),
    };
    if (toWrite.length === 0) return result;

    const entries: JournalEntry[] = toWrite.map((a) => ({ id: a.id, previous: stored.get(a.id) ?? null, written: a.modified }));
    const refusal = await checkRoom(options.estimate, entries, toWrite);
    if (refusal) return { ok: false, error: refusal };

    if (options.snapshot) {
      try {
        await options.snapshot.set({ started: options.now.toISOString(), annotations: await db.annotations.toArray() });
      } catch (e) {
        return { ok: false, error: `Nothing was imported: Crosscheck could not save a safety copy of your notes first (${errorMessage(e)}). ${NOTHING_CHANGED}` };
      }
    }
    try {
      await beforeDeadline(journal.entries.bulkPut(entries), deadline());
      const chunkRows = options.chunkRows ?? IMPORT_CHUNK_ROWS;
      for (let i = 0; i < toWrite.length; i += chunkRows) {
        const chunk = toWrite.slice(i, i + chunkRows);
        await beforeDeadline(
          db.transaction('rw', db.annotations, () => db.annotations.bulkPut(chunk)),
          deadline(),
        );
        options.onProgress?.(Math.min(i + chunkRows, toWrite.length), toWrite.length);
      }
      await journal.entries.clear();
      await options.snapshot?.clear();
      return result;
    } catch (e) {
      return { ok: false, error: await undoAfter(e, db, options) };
    }
  } catch (e) {
    return { ok: false, error: `Nothing was imported: ${errorMessage(e)}. ${NOTHING_CHANGED}` };
  }
}

/** Why the import would not fit in the storage left, or null when it fits (or nothing says). */
async function checkRoom(estimate: ImportJobOptions['estimate'], entries: JournalEntry[], rows: ReaderAnnotation[]): Promise<string | null> {
  if (!estimate) return null;
  let usage: number | undefined;
  let quota: number | undefined;
  try {
    ({ usage, quota } = await estimate());
  } catch {
    return null;
  }
  if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(quota)) return null;
  const chars = JSON.stringify(rows).length + JSON.stringify(entries.map((e) => e.previous)).length;
  const needed = chars * STORAGE_BYTES_PER_CHAR + STORAGE_MARGIN_BYTES;
  if (quota - usage >= needed) return null;
  return `Nothing was imported: the browser has too little storage left for these notes (about ${megabytes(needed)} needed, ${megabytes(Math.max(0, quota - usage))} free). Free some disk space, or import a smaller file. ${NOTHING_CHANGED}`;
}

async function undoAfter(e: unknown, db: NotesDb, options: ImportJobOptions): Promise<string> {
  const why =
    e instanceof ImportTimeout
      ? `the browser did not finish writing within ${((options.timeoutMs ?? IMPORT_TIMEOUT_MS) / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds`
      : isQuotaError(e)
        ? 'the browser ran out of storage'
        : isAbort(e)
          ? 'the browser stopped saving them (the disk may be full)'
          : errorMessage(e);
  // On a full disk even the undo's deletes can fail at first: try again until its own deadline.
  const deadline = Date.now() + (options.undoTimeoutMs ?? UNDO_TIMEOUT_MS);
  for (;;) {
    try {
      await beforeDeadline(undoImport(db, options.journal), deadline);
      await options.snapshot?.clear().catch(() => undefined);
      return `Nothing was imported: ${why}. ${NOTHING_CHANGED}`;
    } catch (error) {
      if (error instanceof ImportTimeout || Date.now() + UNDO_RETRY_MS >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, UNDO_RETRY_MS));
    }
  }
  return `The import stopped: ${why}. Crosscheck will finish undoing it the next time the browser starts; until then some imported notes may show, and none of yours is lost.`;
}

function beforeDeadline<T>(work: PromiseLike<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportTimeout('timeout')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([Promise.resolve(work), timeout]).finally(() => clearTimeout(timer));
}

/** The error's name, its inner error's (Dexie wraps them) and those of a bulk operation's failures. */
function errorNames(e: unknown): unknown[] {
  const x = e as { name?: unknown; inner?: { name?: unknown }; failures?: Array<{ name?: unknown }> } | null;
  return [x?.name, x?.inner?.name, ...(Array.isArray(x?.failures) ? x.failures.map((f) => f?.name) : [])];
}

function isQuotaError(e: unknown): boolean {
  return errorNames(e).includes('QuotaExceededError') || /quota/i.test(errorMessage(e));
}

/** A transaction the browser aborted under the import (on a full disk, Chromium aborts rather than says why). */
function isAbort(e: unknown): boolean {
  return errorNames(e).some((n) => n === 'AbortError' || n === 'UnknownError');
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
