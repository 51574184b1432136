/** The reader's notes in the popup, below the findings: this page's, a search of all, export and import. */
import type { JSX } from 'preact';
import type { BackupInfo, ExportFile, ImportResult } from '../../../lib/annotations/messages';
import type { ReaderAnnotation } from '../../../lib/annotations/model';
import type { PageNotesView, SearchView } from '../notes';
import { BackupNotice } from './BackupNotice';
import { NotesExport, type ExportRequest } from './NotesExport';
import { NotesImport } from './NotesImport';
import { NotesSearch } from './NotesSearch';
import { PageNotes } from './PageNotes';

export type { ExportRequest };

export interface NotesPanelProps {
  page: PageNotesView;
  /** Why the last note could not be shown on the page. */
  pageError?: string | null;
  search: SearchView;
  /** The active page's normalised URL, when it is a web page. */
  pageUrl: string | null;
  onReveal: (note: ReaderAnnotation) => void;
  onDelete: (note: ReaderAnnotation) => Promise<void>;
  onRestore: (note: ReaderAnnotation) => Promise<void>;
  onSearch: (query: string) => void;
  onChooseResult: (note: ReaderAnnotation) => void;
  onExport: (request: ExportRequest) => Promise<ExportFile>;
  onImport: (json: string, onProgress?: (done: number, total: number) => void) => Promise<ImportResult>;
  /** Every note as a backup file, offered before an import. */
  onBackup?: () => Promise<ExportFile>;
  /** Backups made before a schema upgrade (the newest is offered for download). */
  listBackups?: () => Promise<BackupInfo[]>;
  getBackup?: (id: number) => Promise<ExportFile>;
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
