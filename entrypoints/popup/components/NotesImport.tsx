/**
 * Import a JSON file saved by Export JSON. The file's size is checked before it is read; by default a
 * backup of every note is downloaded first ("Save a backup first"); the background's progress shows
 * ("Importing… 1,500 of 10,000"), and the popup never waits forever: with no word from the background
 * for IMPORT_WAIT_MS it says so.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../lib/annotations/import-schema';
import type { ExportFile, ImportResult } from '../../../lib/annotations/notes-wire';
import { saveExportFile, TOO_LARGE_TEXT } from '../../../components/notes-view';
import type { NotesStatusMessage } from '../../../components/NotesStatus';
import { importNotesFile } from './import-steps';
import { NotesPart } from './NotesPart';

/** How long the popup waits for a word (progress or result) from the background: longer than its own timeout. */
export const IMPORT_WAIT_MS = 90_000;

export interface NotesImportProps {
  /** Imports the file's text; `onProgress` is told how many rows are written so far. */
  onImport: (json: string, onProgress?: (done: number, total: number) => void) => Promise<ImportResult>;
  /** A JSON export of every note, downloaded before the import when "Save a backup first" is ticked. */
  onBackup?: () => Promise<ExportFile>;
  /** Saves a file (a download by default). */
  save?: (file: ExportFile) => void;
  /** The largest file read, in bytes. */
  maxBytes?: number;
  waitMs?: number;
}

export function NotesImport({
  onImport,
  onBackup,
  save = (file) => saveExportFile(file),
  maxBytes = LIMITS.inputChars,
  waitMs = IMPORT_WAIT_MS,
}: NotesImportProps): JSX.Element {
  const [status, setStatus] = useState<NotesStatusMessage>(null);
  const [busy, setBusy] = useState(false);
  const [backupFirst, setBackupFirst] = useState(true);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || busy) return;
    // Checked before a byte is read: a huge file is refused at once.
    if (file.size > maxBytes) {
      setStatus({ text: TOO_LARGE_TEXT, error: true });
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      const backup = onBackup && backupFirst ? onBackup : null;
      await importNotesFile({ file, backup, save, onImport, waitMs, say: setStatus });
    } finally {
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <NotesPart titleId="notes-import-title" title="Import" status={status}>
      <p class="hint" id="notes-import-hint">
        Add notes from a file saved with Export JSON. Notes you already have are kept.
      </p>
      {onBackup ? (
        <label class="notes-option" for="notes-import-backup">
          <input id="notes-import-backup" type="checkbox" checked={backupFirst} onChange={(event) => setBackupFirst(event.currentTarget.checked)} />
          Save a backup first
        </label>
      ) : null}
      <div class="notes-actions">
        <input
          id="notes-import"
          type="file"
          accept=".json,application/json"
          class="notes-file-input"
          aria-describedby="notes-import-hint"
          disabled={busy}
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <label for="notes-import" class="cc-button notes-file-label">
          Import JSON
        </label>
      </div>
    </NotesPart>
  );
}
