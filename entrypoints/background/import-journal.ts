/**
 * The undo record of an import, so that a failed import changes nothing even when it fails half-way
 * (a full disk, an error, a timeout, the browser killed): before the first row is written, the journal
 * holds, for every row the import will write, the version it replaces (or none, for a new note) and the
 * `modified` time of what the import writes. Undoing puts back each previous version and deletes each
 * added row, but only where the row is still what the import wrote: an edit the reader made since is
 * kept. A journal left over (the browser was killed) is undone the next time the background starts.
 *
 * It is its own small database (`crosscheck-import-journal`), so the notes schema does not change.
 */
import Dexie, { type Table } from 'dexie';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import type { NotesDb, NotesDbDeps } from './notes-db';

export const IMPORT_JOURNAL_DB_NAME = 'crosscheck-import-journal';

export interface JournalEntry {
  /** The annotation's id. */
  id: string;
  /** The stored version the import replaces; null when the import adds the note. */
  previous: ReaderAnnotation | null;
  /** `modified` of the version the import writes: undo touches the row only while it still has it. */
  written: string;
}

export type ImportJournal = Dexie & { entries: Table<JournalEntry, string> };

export function openImportJournal(name: string = IMPORT_JOURNAL_DB_NAME, deps: NotesDbDeps = {}): ImportJournal {
  const db = new Dexie(name, {
    ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
    ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
  }) as ImportJournal;
  db.version(1).stores({ entries: 'id' });
  return db;
}

/** Rows per undo transaction. */
const UNDO_CHUNK = 500;

/**
 * Undoes what the journal records (nothing when it is empty), then empties it. Returns how many rows
 * were put back or removed.
 */
export async function undoImport(db: NotesDb, journal: ImportJournal): Promise<number> {
  const entries = await journal.entries.toArray();
  let undone = 0;
  for (let i = 0; i < entries.length; i += UNDO_CHUNK) {
    const chunk = entries.slice(i, i + UNDO_CHUNK);
    undone += await db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.bulkGet(chunk.map((e) => e.id));
      const toDelete: string[] = [];
      const toRestore: ReaderAnnotation[] = [];
      chunk.forEach((entry, j) => {
        const now = current[j];
        // Not written yet (the import stopped before this chunk), or changed since: leave it.
        if (!now || now.modified !== entry.written) return;
        if (entry.previous) toRestore.push(entry.previous);
        else toDelete.push(entry.id);
      });
      if (toDelete.length) await db.annotations.bulkDelete(toDelete);
      if (toRestore.length) await db.annotations.bulkPut(toRestore);
      return toDelete.length + toRestore.length;
    });
  }
  await journal.entries.clear();
  return undone;
}
