/** The reader's notes in the popup, below the findings: this page's, a search of all, export and import. */
import type { JSX } from 'preact';
import type { ExportFile } from '../../../lib/annotations/notes-wire';
import type { NotesData } from '../../../components/use-notes';
import { BackupNotice } from './BackupNotice';
import { NotesExport, type ExportRequest } from './NotesExport';
import { NotesImport } from './NotesImport';
import { NotesSearch } from './NotesSearch';
import { PageNotes } from '../../../components/PageNotes';

export type { ExportRequest };

/** The notes' data and actions (components/use-notes.ts), and how a file is saved. */
export interface NotesPanelProps extends NotesData {
  /** Saves an exported file (a download by default). */
  save?: (file: ExportFile) => void;
}

export function NotesPanel(props: NotesPanelProps): JSX.Element {
  return (
    <section class="notes" aria-labelledby="notes-title">
      <h2 id="notes-title" class="section-title">
        Your notes
      </h2>
      <PageNotes view={props.page} error={props.pageError} onReveal={props.onReveal} onDelete={props.onDelete} onRestore={props.onRestore} />
      <NotesSearch view={props.search} pageUrl={props.pageUrl} onSearch={props.onSearch} onChoose={props.onChooseResult} />
      <NotesExport pageUrl={props.pageUrl} onExport={props.onExport} save={props.save} />
      <NotesImport onImport={props.onImport} onBackup={props.onBackup} save={props.save} />
      {props.listBackups && props.getBackup ? <BackupNotice listBackups={props.listBackups} getBackup={props.getBackup} save={props.save} /> : null}
    </section>
  );
}
