/** Import a JSON file saved by Export JSON; says what it added, or the background's reason for refusing it. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ImportResult } from '../../../lib/annotations/messages';
import { errorText, importResultText } from '../notes';

export interface NotesImportProps {
  onImport: (json: string) => Promise<ImportResult>;
}

export function NotesImport({ onImport }: NotesImportProps): JSX.Element {
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || busy) return;
    setBusy(true);
    setStatus({ text: `Importing ${file.name}…` });
    try {
      let json: string;
      try {
        json = await file.text();
      } catch {
        setStatus({ text: `Crosscheck couldn’t read ${file.name}.`, error: true });
        return;
      }
      const result = await onImport(json);
      setStatus({ text: importResultText(result), error: !result.ok });
    } catch (e) {
      setStatus({ text: errorText(e, 'Crosscheck couldn’t import the file. Try again.'), error: true });
    } finally {
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <section class="notes-part" aria-labelledby="notes-import-title">
      <h3 id="notes-import-title" class="notes-subtitle">
        Import
      </h3>
      <p class="hint" id="notes-import-hint">
        Add notes from a file saved with Export JSON. Notes you already have are kept.
      </p>
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
      <p class={status?.error ? 'notes-status notes-error' : 'notes-status'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
