/**
 * What happens before the background answers its first notes request: a database that the update is
 * about to upgrade is copied to a backup first (backups.ts), then opened (Dexie runs the upgrade), and an
 * import the browser was killed in the middle of is undone (import-journal.ts). Each step is guarded:
 * one that fails is logged and the notes stay reachable.
 */
import { backupBeforeUpgrade, type BackupsDb } from './backups';
import { undoImport, type ImportJournal } from './import-journal';
import type { NotesDb, NotesDbDeps } from './notes-db';

export async function prepareNotesStore(db: NotesDb, { backups, journal, deps = {} }: { backups: BackupsDb; journal: ImportJournal; deps?: NotesDbDeps }): Promise<void> {
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
}
