/**
 * Export: JSON, Markdown or CSV, of all pages or this page, with or without Crosscheck's findings.
 * The background writes the file; the popup saves it through a download and says so.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../../../lib/annotations/notes-wire';
import { errorText, saveExportFile, savedText, type ExportRequest } from '../../../components/notes-view';
import type { NotesStatusMessage } from '../../../components/NotesStatus';
import { NotesPart } from './NotesPart';

export type { ExportRequest };

export interface NotesExportProps {
  /** The active page's normalised URL; "This page" is offered only with one. */
  pageUrl: string | null;
  onExport: (request: ExportRequest) => Promise<ExportFile>;
  /** Saves the file (a download by default). */
  save?: (file: ExportFile) => void;
}

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'json', label: 'Export JSON' },
  { format: 'markdown', label: 'Export Markdown' },
  { format: 'csv', label: 'Export CSV' },
];

export function NotesExport({ pageUrl, onExport, save = (file) => saveExportFile(file) }: NotesExportProps): JSX.Element {
  const [scope, setScope] = useState<'all' | 'page'>('all');
  const [includeFindings, setIncludeFindings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<NotesStatusMessage>(null);
  const pageScope = scope === 'page' && pageUrl !== null;

  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(true);
    setStatus({ text: 'Preparing the file…' });
    try {
      const file = await onExport({ format, scope: scope === 'page' && pageUrl !== null ? { url: pageUrl } : 'all', includeFindings });
      save(file);
      setStatus({ text: savedText(file) });
    } catch (e) {
      setStatus({ text: errorText(e, 'Crosscheck couldn’t export your notes. Try again.'), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <NotesPart titleId="notes-export-title" title="Export" status={status}>
      <fieldset class="notes-options">
        <legend class="cc-visually-hidden">Notes to export</legend>
        <label class="notes-option">
          <input type="radio" name="notes-export-scope" value="all" checked={!pageScope} onChange={() => setScope('all')} />
          All pages
        </label>
        <label class="notes-option">
          <input type="radio" name="notes-export-scope" value="page" checked={pageScope} disabled={pageUrl === null} onChange={() => setScope('page')} />
          This page
        </label>
      </fieldset>
      <label class="notes-option">
        <input type="checkbox" checked={includeFindings} onChange={(event) => setIncludeFindings(event.currentTarget.checked)} />
        Include Crosscheck's findings
      </label>
      <div class="notes-actions" aria-busy={busy}>
        {FORMATS.map(({ format, label }) => (
          <button key={format} type="button" class="cc-button" data-format={format} onClick={() => void run(format)}>
            {label}
          </button>
        ))}
      </div>
    </NotesPart>
  );
}
