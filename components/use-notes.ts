/**
 * The reader's notes, wired to the browser, for the popup and the side panel: the target page's notes (which
 * the page's notes UI placed), search across all pages, export and import, all through the background's typed
 * messages. A thin layer: the decisions are in `notes-view.ts`, the drawing in the Notes components.
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
  type PageNotesState,
} from '../lib/annotations/notes-wire';
import type { BackgroundReply, BackgroundType, ToBackground } from '../lib/messages';
import type { ReaderAnnotation } from '../lib/annotations/model';
import { normaliseUrl } from '../lib/annotations/url';
import { asBackupFile, errorText, IDLE_SEARCH, isPageNotesState, type ExportRequest, type PageNotesView, type SearchView } from './notes-view';
import { classifyUrl } from './page-view';
import type { TargetTab } from './use-target-tab';
import { wait } from '../lib/wait';
import { listen, sendToBackground, sendToTab } from '../utils/messaging';

/** The reader's notes as the extension pages show them, and what can be done with them. */
export interface NotesData {
  page: PageNotesView;
  /** Why the last note could not be shown on the page. */
  pageError?: string | null;
  search: SearchView;
  /** The target page's normalised URL, when it is a web page. */
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
}

/** How long after such a request the list is read again: the background writes it first. */
const CHANGE_SETTLE_MS = 300;


const STORE_ERROR = 'Crosscheck couldn’t reach your saved notes. Close Crosscheck and open it again.';

/** Ask the background; rejects with words when it does not answer. */
export async function askNotes<K extends BackgroundType>(request: { type: K } & ToBackground[K]['request']): Promise<BackgroundReply<K>> {
  const reply = await sendToBackground(request);
  if (reply === undefined || reply === null) throw new Error(STORE_ERROR);
  return reply;
}

async function askNoteList(request: { type: 'notes:list'; url: string } | { type: 'notes:search'; query: string }): Promise<ReaderAnnotation[]> {
  const reply: unknown = await askNotes<'notes:list' | 'notes:search'>(request);
  if (!Array.isArray(reply)) throw new Error(STORE_ERROR);
  return reply as ReaderAnnotation[];
}

/** The tab's notes UI's view of the page, or null when none answers (not injected there yet). */
export async function requestPageState(tabId: number): Promise<PageNotesState | null> {
  try {
    const reply: unknown = await sendToTab(tabId, { type: 'notes:page-state' });
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
  const sent = sendToTab(tabId, { type: 'notes:reveal', id }).then(
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

export interface UseNotesOptions {
  searchDelayMs?: number;
  /** What follows showing a note on the page: the popup closes (the default), the side panel stays. */
  close?: () => void;
}

/** A value that outlives renders (a Preact ref). */
type Box<T> = { current: T };

/**
 * The page's notes UI saving or deleting a note in the target tab: the list is read again (the side panel
 * stays open meanwhile). These are the notes UI's requests to the background, heard here too.
 */
function useNoteChanges(tabRef: Box<{ id: number } | null>, live: Box<boolean>, reload: () => Promise<void>, cleanup: () => void): void {
  useEffect(() => {
    live.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (_message: unknown, sender: { tab?: { id?: number } }): undefined => {
      if (sender.tab?.id === undefined || sender.tab.id !== tabRef.current?.id) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), CHANGE_SETTLE_MS);
    };
    const stop = listen<ToBackground>({ 'notes:save': onChange, 'notes:delete': onChange });
    return () => {
      live.current = false;
      clearTimeout(timer);
      cleanup();
      stop();
    };
  }, []);
}

/** Search across every page's notes, a moment after the reader stops typing; a later query wins. */
function useNoteSearch(live: Box<boolean>, searchDelayMs: number) {
  const [search, setSearch] = useState<SearchView>(IDLE_SEARCH);
  const searchSeq = useRef(0);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const runSearch = async (query: string, seq: number) => {
    try {
      const results = await askNoteList({ type: 'notes:search', query: query.trim() });
      if (live.current && seq === searchSeq.current) setSearch({ query, status: 'ready', results });
    } catch (error) {
      if (live.current && seq === searchSeq.current)
        setSearch({ query, status: 'error', results: [], error: errorText(error, 'Crosscheck couldn’t search your notes. Try again.') });
    }
  };
  const onSearch = (query: string) => {
    clearTimeout(searchTimer.current);
    const seq = ++searchSeq.current;
    if (!query.trim()) {
      setSearch({ ...IDLE_SEARCH, query });
      return;
    }
    setSearch((s) => ({ query, status: 'searching', results: s.results }));
    searchTimer.current = setTimeout(() => void runSearch(query, seq), searchDelayMs);
  };
  /** The current query again (after an import). */
  const refresh = async () => {
    if (search.query.trim()) await runSearch(search.query, ++searchSeq.current);
  };
  return { search, setSearch, onSearch, refresh, stop: () => clearTimeout(searchTimer.current) };
}

/** Delete and undo on the target page's list, kept in step with the background's answer. */
function pageNoteEdits(live: Box<boolean>, setPage: (update: (p: PageNotesView) => PageNotesView) => void): Pick<NotesData, 'onDelete' | 'onRestore'> {
  return {
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
  };
}

export function useNotes(tab: TargetTab, { searchDelayMs = 200, close = () => window.close() }: UseNotesOptions = {}): NotesData {
  const [page, setPage] = useState<PageNotesView>({ kind: 'loading' });
  const [pageError, setPageError] = useState<string | null>(null);
  const tabRef = useRef<{ id: number; url: string | null } | null>(null);
  const live = useRef(true);
  const { search, setSearch, onSearch, refresh, stop } = useNoteSearch(live, searchDelayMs);
  const tabKey = tab === undefined ? 'finding' : tab === null ? 'none' : `${tab.id} ${tab.load} ${tab.url ?? ''}`;

  const reload = async () => {
    const target = tabRef.current;
    const view = await loadPageNotes(target);
    // A reply about a tab the page no longer follows is dropped.
    if (live.current && target === tabRef.current) setPage(view);
  };
  useNoteChanges(tabRef, live, reload, stop);

  useEffect(() => {
    if (tab === undefined) return;
    tabRef.current = tab;
    setPage({ kind: 'loading' });
    setPageError(null);
    void reload();
  }, [tabKey]);

  const pageUrl = page.kind === 'ready' ? page.url : null;

  const reveal = (note: ReaderAnnotation) => {
    const tab = tabRef.current;
    if (!tab) return;
    setPageError(null);
    void revealNote(tab.id, note.id, close).then((reached) => {
      if (!reached && live.current) setPageError('Crosscheck couldn’t reach the page to show this note. Reload the page and try again.');
    });
  };

  return {
    page,
    pageError,
    search,
    pageUrl,
    onReveal: reveal,
    ...pageNoteEdits(live, setPage),
    onSearch,
    onChooseResult: (note) => {
      if (tabRef.current && note.url === pageUrl) {
        reveal(note);
        return;
      }
      void openPage(note.url, close).catch(() => {
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
        await refresh();
      }
      return result;
    },
  };
}
