/**
 * The steps of importing a notes file once it is chosen and its size checked: a backup first when asked,
 * read the file, hand its text to the background, and say how each step went. The popup never waits
 * forever: with no word from the background (progress or result) for `waitMs`, it says so.
 */
import type { ExportFile, ImportResult } from '../../../lib/annotations/notes-wire';
import { errorText, importProgressText, importResultText } from '../../../components/notes-view';
import type { NotesStatusMessage } from '../../../components/NotesStatus';

export interface ImportSteps {
  file: File;
  /** Makes and saves a backup of every note; null when none is wanted. */
  backup: (() => Promise<ExportFile>) | null;
  save: (file: ExportFile) => void;
  /** Imports the file's text; `onProgress` is told how many rows are written so far. */
  onImport: (json: string, onProgress?: (done: number, total: number) => void) => Promise<ImportResult>;
  waitMs: number;
  say: (status: NotesStatusMessage) => void;
}

class NoAnswer extends Error {}

export async function importNotesFile({ file, backup, save, onImport, waitMs, say }: ImportSteps): Promise<void> {
  try {
    if (backup) {
      say({ text: 'Importing… saving a backup of your notes first.' });
      try {
        save(await backup());
      } catch {
        say({ text: 'Crosscheck couldn’t save a backup, so nothing was imported. Untick “Save a backup first” to import without one.', error: true });
        return;
      }
    }
    say({ text: `Importing ${file.name}…` });
    let json: string;
    try {
      json = await file.text();
    } catch {
      say({ text: `Crosscheck couldn’t read ${file.name}.`, error: true });
      return;
    }
    const result = await withWatchdog(waitMs, (alive) =>
      onImport(json, (done, total) => {
        alive();
        say({ text: importProgressText(done, total) });
      }),
    );
    say({ text: importResultText(result), error: !result.ok });
  } catch (e) {
    say({ text: e instanceof NoAnswer ? NO_ANSWER_TEXT : errorText(e, 'Crosscheck couldn’t import the file. Try again.'), error: true });
  }
}

const NO_ANSWER_TEXT =
  'The import did not answer in time. If it did not finish, Crosscheck undoes it, so your notes stay as they were. Close this popup and open it again to see them.';

/** `work`'s result, or a NoAnswer rejection once `ms` pass without `alive()` being called. */
function withWatchdog<T>(ms: number, work: (alive: () => void) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer = setTimeout(() => reject(new NoAnswer()), ms);
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new NoAnswer()), ms);
    };
    work(alive).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
