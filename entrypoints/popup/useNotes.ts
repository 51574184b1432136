/**
 * The popup's notes, wired to the browser: the active page's notes (which the page's notes UI placed),
 * search across all pages, export and import, all through the background's typed messages. A thin layer:
 * the decisions are in `notes.ts`, the drawing in `components/Notes*.tsx`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  IMPORT_PORT,
  type BackupInfo,
  type ExportFile,
  type ImportPortMessage,
  type ImportPortRequest,
  type ImportResult,
  type NotesReply,
  type NotesRequest,
  type NotesTabRequest,
  type PageNotesState,
} from '../../lib/annotations/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { normaliseUrl } from '../../lib/annotations/url';
import type { NotesPanelProps, ExportRequest } from './components/NotesPanel';
import { asBackupFile, errorText, IDLE_SEARCH, isPageNotesState, type PageNotesView, type SearchView } from './notes';
import { classifyUrl } from './page';
import { activeTab } from './usePageSummary';
import { wait } from '../../lib/wait';


const STORE_ERROR = 'Crosscheck couldn’t reach your saved notes. Close this popup and open it again.';

/** Ask the background; rejects with words when it does not answer as the request's reply type says. */
export async function askNotes<T extends NotesRequest>(request: T): Promise<NotesReply[T['type']]> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (reply === undefined || reply === null) throw new Error(STORE_ERROR);
  return reply as NotesReply[T['type']];
}

async function askNoteList(request: Extract<NotesRequest, { type: 'notes:list' | 'notes:search' }>): Promise<ReaderAnnotation[]> {
  const reply: unknown = await askNotes(request);
  if (!Array.isArray(reply)) throw new Error(STORE_ERROR);
  return reply as ReaderAnnotation[];
}

/** The tab's notes UI's view of the page, or null when none answers (not injected there yet). */
export async function requestPageState(tabId: number): Promise<PageNotesState | null> {
  const message: NotesTabRequest = { type: 'notes:page-state' };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    return isPageNotesState(reply) ? reply : null;
  } catch {
    return null;
  }
}

/** The page's URL as notes are kept: from its notes UI, else the tab's URL normalised here. */
function fallbackUrl(tabUrl: string | null): string | null {
  if (!tabUrl || classifyUrl(tabUrl) !== 'web') return null;
  try {
    return normaliseUrl(tabUrl) || null;
  } catch {
    return null;
  }
}

/** The active page's notes and which of them the page could place. */
export async function loadPageNotes(tab: { id: number; url: string | null } | null): Promise<PageNotesView> {
  if (!tab) return { kind: 'unavailable' };
  if (tab.url && classifyUrl(tab.url) !== 'web') return { kind: 'unavailable' };
  const state = await requestPageState(tab.id);
  const url = state?.url ?? fallbackUrl(tab.url);
  if (!url) return { kind: 'unavailable' };
  try {
    const notes = await askNoteList({ type: 'notes:list', url });
    return { kind: 'ready', url, notes, missing: state?.missing ?? [], live: state !== null };
  } catch (error) {
    return { kind: 'error', message: errorText(error, STORE_ERROR) };
  }
}

/** Ask the page to show a note, then close; if the page can't be reached, say so and stay open. */
export async function revealNote(tabId: number, id: string, close: () => void = () => window.close()): Promise<boolean> {
  const message: NotesTabRequest = { type: 'notes:reveal', id };
  const sent = browser.tabs.sendMessage(tabId, message).then(
    () => true,
    () => false,
  );
  // Let the message leave before the popup goes; don't wait on a page that never answers.
  const reached = await Promise.race([sent, wait(300).then(() => true)]);
  if (reached) close();
  return reached;
}

export async function openPage(url: string, close: () => void = () => window.close()): Promise<void> {
  await browser.tabs.create({ url });
  close();
}

export async function exportNotes({ format, scope, includeFindings }: ExportRequest): Promise<ExportFile> {
  const file = await askNotes({ type: 'notes:export', format, scope, includeFindings });
  if (typeof file !== 'object' || typeof file.filename !== 'string' || typeof file.content !== 'string') throw new Error(STORE_ERROR);
  return file;
}

/** What importNotes needs of runtime.connect (tests pass a fake). */
type Connect = (info: { name: string }) => {
  postMessage(message: ImportPortRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
};

/**
 * Imports through the background's import port (import-port.ts), telling `onProgress` how far it got.
 * Rejects with words when the background goes away without a result.
 */
export function importNotes(
  json: string,
  onProgress: (done: number, total: number) => void = () => {},
  connect: Connect = (info) => browser.runtime.connect(info) as unknown as ReturnType<Connect>,
): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    let port: ReturnType<Connect>;
    try {
      port = connect({ name: IMPORT_PORT });
    } catch {
      reject(new Error(STORE_ERROR));
      return;
    }
    let done = false;
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as ImportPortMessage | null;
      if (message?.type === 'progress' && typeof message.done === 'number' && typeof message.total === 'number') onProgress(message.done, message.total);
      if (message?.type === 'result' && typeof message.result?.ok === 'boolean') {
        done = true;
        resolve(message.result);
        port.disconnect();
      }
    });
    port.onDisconnect.addListener(() => {
      if (!done) reject(new Error(STORE_ERROR));
    });
    port.postMessage({ json });
  });
}

/** Every note as a JSON export, named as a backup (saved before an import). */
export async function backupNotes(now: () => Date = () => new Date()): Promise<ExportFile> {
  return asBackupFile(await exportNotes({ format: 'json', scope: 'all', includeFindings: false }), now());
}

/** The backups made before a schema upgrade, newest first. */
export async function listBackups(): Promise<BackupInfo[]> {
  const list = await askNotes({ type: 'notes:backup-list' });
  return Array.isArray(list) ? list : [];
}

export async function getBackup(id: number): Promise<ExportFile> {
  const file = await askNotes({ type: 'notes:backup-get', id });
  if (typeof file !== 'object' || typeof file.filename !== 'string' || typeof file.content !== 'string') throw new Error(STORE_ERROR);
  return file;
}

export function useNotes(searchDelayMs = 200): NotesPanelProps {
  const [page, setPage] = useState<PageNotesView>({ kind: 'loading' });
  const [search, setSearch] = useState<SearchView>(IDLE_SEARCH);
  const [pageError, setPageError] = useState<string | null>(null);
  const tabRef = useRef<{ id: number; url: string | null } | null>(null);
  const live = useRef(true);
  const searchSeq = useRef(0);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = async () => {
    const view = await loadPageNotes(tabRef.current);
    if (live.current) setPage(view);
  };

  useEffect(() => {
    live.current = true;
    void (async () => {
      try {
        tabRef.current = await activeTab();
      } catch {
        tabRef.current = null;
      }
      await reload();
    })();
    return () => {
      live.current = false;
      clearTimeout(searchTimer.current);
    };
  }, []);

  const runSearch = async (query: string, seq: number) => {
    try {
      const results = await askNoteList({ type: 'notes:search', query: query.trim() });
      if (live.current && seq === searchSeq.current) setSearch({ query, status: 'ready', results });
    } catch (error) {
      if (live.current && seq === searchSeq.current)
        setSearch({ query, status: 'error', results: [], error: errorText(error, 'Crosscheck couldn’t search your notes. Try again.') });
    }
  };

  const pageUrl = page.kind === 'ready' ? page.url : null;

  const reveal = (note: ReaderAnnotation) => {
    const tab = tabRef.current;
    if (!tab) return;
    setPageError(null);
    void revealNote(tab.id, note.id).then((reached) => {
      if (!reached && live.current) setPageError('Crosscheck couldn’t reach the page to show this note. Reload the page and try again.');
    });
  };

  return {
    page,
    pageError,
    search,
    pageUrl,
    onReveal: reveal,
    onDelete: async (note) => {
      const done = await askNotes({ type: 'notes:delete', id: note.id });
      if (done !== true) throw new Error('Crosscheck couldn’t delete this note. Try again.');
      if (live.current) setPage((p) => (p.kind === 'ready' ? { ...p, notes: p.notes.filter((n) => n.id !== note.id) } : p));
    },
    onRestore: async (note) => {
      const saved = await askNotes({ type: 'notes:save', annotation: note });
      if (!saved?.ok) throw new Error(saved?.ok === false ? saved.error : 'Crosscheck couldn’t put this note back. Try again.');
      if (live.current) setPage((p) => (p.kind === 'ready' && !p.notes.some((n) => n.id === note.id) ? { ...p, notes: [...p.notes, note] } : p));
    },
    onSearch: (query) => {
      clearTimeout(searchTimer.current);
      const seq = ++searchSeq.current;
      if (!query.trim()) {
        setSearch({ ...IDLE_SEARCH, query });
        return;
      }
      setSearch((s) => ({ query, status: 'searching', results: s.results }));
      searchTimer.current = setTimeout(() => void runSearch(query, seq), searchDelayMs);
    },
    onChooseResult: (note) => {
      if (tabRef.current && note.url === pageUrl) {
        reveal(note);
        return;
      }
      void openPage(note.url).catch(() => {
        if (live.current) setSearch((s) => ({ ...s, status: 'error', error: 'Crosscheck couldn’t open that page.' }));
      });
    },
    onExport: exportNotes,
    onBackup: () => backupNotes(),
    listBackups,
    getBackup,
    onImport: async (json, onProgress) => {
      const result = await importNotes(json, onProgress);
      if (result.ok) {
        await reload();
        if (search.query.trim()) {
          const seq = ++searchSeq.current;
          await runSearch(search.query, seq);
        }
      }
      return result;
    },
  };
}
