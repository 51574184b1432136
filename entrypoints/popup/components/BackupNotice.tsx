/** "A backup made before an update is available — Download": the copy of the notes made before a schema upgrade. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { BackupInfo, ExportFile } from '../../../lib/annotations/notes-wire';
import { errorText, saveExportFile, savedText } from '../../../components/notes-view';
import { NotesStatus, type NotesStatusMessage } from '../../../components/NotesStatus';

export interface BackupNoticeProps {
  listBackups: () => Promise<BackupInfo[]>;
  getBackup: (id: number) => Promise<ExportFile>;
  save?: (file: ExportFile) => void;
}

export function BackupNotice({ listBackups, getBackup, save = (file) => saveExportFile(file) }: BackupNoticeProps): JSX.Element | null {
  const [newest, setNewest] = useState<BackupInfo | null>(null);
  const [status, setStatus] = useState<NotesStatusMessage>(null);

  useEffect(() => {
    let live = true;
    listBackups().then(
      (list) => live && setNewest(list[0] ?? null),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  if (!newest) return null;
  const rows = newest.rows === 1 ? '1 row' : `${newest.rows.toLocaleString('en')} rows`;
  const download = async () => {
    try {
      const file = await getBackup(newest.id);
      save(file);
      setStatus({ text: savedText(file) });
    } catch (e) {
      setStatus({ text: errorText(e, 'Crosscheck couldn’t save the backup. Try again.'), error: true });
    }
  };
  return (
    <section class="notes-part notes-backup" aria-labelledby="notes-backup-title">
      <p id="notes-backup-title">{`A backup made before an update is available (${rows}, ${newest.created.slice(0, 10)}).`}</p>
      <div class="notes-actions">
        <button type="button" class="cc-button" onClick={() => void download()}>
          Download
        </button>
      </div>
      <NotesStatus status={status} />
    </section>
  );
}
