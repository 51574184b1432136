/**
 * What happens before the background answers its first notes request: a database that the update is
 * about to upgrade is copied to a backup first (backups.ts), then opened (Dexie runs the upgrade), an
 * import the browser was killed in the middle of is undone (import-journal.ts), and the notes of its safety
 * copy that the database lost are put back (import-snapshot.ts). Each step is guarded:
 * one that fails is logged and the notes stay reachable.
 */
import { backupBeforeUpgrade, type BackupsDb } from './backups';
import { undoImport, type ImportJournal } from './import-journal';
import { restoreFromSnapshot, type SnapshotStore } from './import-snapshot';
import type { NotesDb, NotesDbDeps } from './notes-db';

export async function prepareNotesStore(
  db: NotesDb,
  { backups, journal, snapshot, deps = {} }: { backups: BackupsDb; journal: ImportJournal; snapshot?: SnapshotStore; deps?: NotesDbDeps },
): Promise<void> {
  try {
    await backupBeforeUpgrade(db.name, backups, { deps });
  } catch (error) {
    console.error('Crosscheck: could not back up the notes before an update', error);
  }
  try {
    await db.open();
    if ((await journal.entries.count()) > 0) await undoImport(db, journal);
  } catch (error) {
    console.error('Crosscheck: could not finish undoing an interrupted import', error);
  }
  try {
    // An import that never finished, on a store the browser may have dropped: put back what is missing.
    if (snapshot) await restoreFromSnapshot(db, snapshot);
  } catch (error) {
    console.error('Crosscheck: could not restore the notes from the safety copy', error);
  }
}
