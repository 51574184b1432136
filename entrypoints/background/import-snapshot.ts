/**
 * The safety copy of an import: every note as it was, written to the extension's `storage.local` before
 * the import writes a row, and removed once the import finished or was undone. On a full disk Chromium can
 * lose an origin's whole IndexedDB store (its LevelDB fails to write, and the store is dropped when the
 * browser starts again); `storage.local` is another store, not written during the import. At the next start
 * (notes-startup.ts), a copy still there means the import never finished: every note in it that the
 * database lacks is put back.
 */
import { browser } from 'wxt/browser';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import type { NotesDb } from './notes-db';

export const SNAPSHOT_KEY = 'crosscheck:import-snapshot';

export interface ImportSnapshot {
  /** ISO 8601: when the import began. */
  started: string;
  annotations: ReaderAnnotation[];
}

/** Where the copy is kept (storage.local in the extension; memory in tests). */
export interface SnapshotStore {
  get(): Promise<ImportSnapshot | null>;
  set(snapshot: ImportSnapshot): Promise<void>;
  clear(): Promise<void>;
}

export function storageLocalSnapshots(): SnapshotStore {
  return {
    async get() {
      const found = (await browser.storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as ImportSnapshot | undefined;
      return found && Array.isArray(found.annotations) ? found : null;
    },
    set: (snapshot) => browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot }),
    clear: () => browser.storage.local.remove(SNAPSHOT_KEY),
  };
}

/** Puts back every note of a left-over copy that the database lacks, then drops the copy. Returns how many. */
export async function restoreFromSnapshot(db: NotesDb, store: SnapshotStore): Promise<number> {
  const snapshot = await store.get();
  if (!snapshot) return 0;
  const ids = snapshot.annotations.map((a) => a.id);
  const restored = await db.transaction('rw', db.annotations, async () => {
    const present = await db.annotations.bulkGet(ids);
    const missing = snapshot.annotations.filter((_, i) => present[i] === undefined);
    if (missing.length) await db.annotations.bulkPut(missing);
    return missing.length;
  });
  await store.clear();
  return restored;
}
