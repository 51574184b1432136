/**
 * The background's answers to the notes messages (lib/annotations/messages.ts). Plain functions over a
 * `NotesDb`, so tests call them directly; `index.ts` wires them to runtime.onMessage.
 *
 * Every request is checked before it touches the database: first who sent it (sender-policy.ts: a
 * content script reaches only its own site's notes; search, export, import and backups only the
 * extension's own pages), then every field (notes-validate.ts). A bad one is refused with an error
 * saying why, changing nothing.
 */
import { browser, type Browser } from 'wxt/browser';
import { CONFLICT_MESSAGE, mergeEdit } from '../../lib/annotations/edit-merge';
import { exportFile } from '../../lib/annotations/export';
import type { EditBase, ExportFile, ExportFormat, ImportResult, SaveResult } from '../../lib/annotations/notes-wire';
import type { PageFindings, ReaderAnnotation } from '../../lib/annotations/model';
import { compareAnnotations, compareStrings } from '../../lib/annotations/order';
import { matchesQuery } from '../../lib/annotations/search';
import { isWebUrl, normaliseUrl } from '../../lib/annotations/url';
import type { BackgroundMessage, BackgroundReply } from '../../lib/messages';
import { backupFile, listBackups, openBackupsDb, type BackupsDb } from './backups';
import { openImportJournal, type ImportJournal } from './import-journal';
import type { SnapshotStore } from './import-snapshot';
import { runImport, type StorageEstimate } from './import-job';
import { injectNotesUi } from './inject-ui';
import type { NotesDb } from './notes-db';
import {
  annotationId,
  capDate,
  editBase,
  LIMITS,
  NotesError,
  isoDate,
  obj,
  pageUrl,
  sanitizeAnnotation,
  sanitizePageFindings,
  text,
} from './notes-validate';
import { answer, type BackgroundHandlers } from './dispatch';
import { assertReaches, type Access } from './sender-policy';

export { NotesError } from './notes-validate';

/** Search results stop here, newest first. */
export const SEARCH_LIMIT = 200;

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'csv'];

export type NotesRequestType =
  | 'notes:list'
  | 'notes:save'
  | 'notes:delete'
  | 'notes:search'
  | 'notes:record-findings'
  | 'notes:export'
  | 'notes:import'
  | 'notes:load-ui'
  | 'notes:has'
  | 'notes:backup-list'
  | 'notes:backup-get';
export type NotesRequest = BackgroundMessage<NotesRequestType>;

export const NOTES_REQUEST_TYPES: readonly NotesRequestType[] = [
  'notes:list',
  'notes:save',
  'notes:delete',
  'notes:search',
  'notes:record-findings',
  'notes:export',
  'notes:import',
  'notes:load-ui',
  'notes:has',
  'notes:backup-list',
  'notes:backup-get',
];

/**
 * A request these handlers answer. Only the type is checked here; each handler checks its fields.
 * (The 'notes:*' messages to a tab's notes UI, and the editor's, are not ours and are left alone.)
 */
export function isNotesRequest(message: unknown): message is NotesRequest {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && (NOTES_REQUEST_TYPES as readonly string[]).includes(type);
}

export interface NotesHandlerOptions {
  /** The clock (tests fix it). */
  now?: () => Date;
  /** How `notes:load-ui` injects the notes UI (tests replace it). */
  injectUi?: (sender: Browser.runtime.MessageSender | undefined) => Promise<boolean>;
  /** The extension's own origin, `browser.runtime.getURL('/')` unless given. */
  extensionOrigin?: string;
  /** Settles once the store is ready (backup before an upgrade, an unfinished import undone). */
  ready?: Promise<unknown>;
  /** The import's undo journal and the backups (the default databases unless given). */
  journal?: ImportJournal;
  /** Where an import keeps its safety copy (none unless given; the background passes storage.local). */
  snapshot?: SnapshotStore;
  backups?: BackupsDb;
  /** The storage estimate an import checks (`navigator.storage.estimate` unless given). */
  estimate?: () => Promise<StorageEstimate>;
  /** An import's progress (rows written so far). */
  onImportProgress?: (done: number, total: number) => void;
}

let defaultJournal: ImportJournal | undefined;
let defaultBackups: BackupsDb | undefined;

/** The storage estimate where the browser has one. */
export function browserEstimate(): (() => Promise<StorageEstimate>) | undefined {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  return typeof storage?.estimate === 'function' ? () => storage.estimate() : undefined;
}

/**
 * The notes messages' handlers, for the background's dispatch table: each gets its request, already
 * allowed for its sender (the sender's reach comes with it), and checks every field itself.
 */
export function notesHandlers(db: NotesDb, options: NotesHandlerOptions = {}): Pick<BackgroundHandlers, NotesRequestType> {
  const now = options.now ?? (() => new Date());
  /** Each answer waits for the store to be ready (a backup before an upgrade, an unfinished import undone). */
  const when =
    <A extends unknown[], T>(work: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      await options.ready;
      return work(...args);
    };
  return {
    'notes:list': when(async (r) => listNotes(db, text(r.url, 'url', LIMITS.url))),
    'notes:save': when(async (r, { access }) => saveNote(db, r.annotation, now(), { base: r.base, access })),
    'notes:delete': when(async (r, { access }) => deleteNote(db, annotationId(r.id, 'id'), access)),
    'notes:search': when(async (r) => searchNotes(db, text(r.query, 'query', LIMITS.query))),
    'notes:record-findings': when(async (r) => recordFindings(db, sanitizePageFindings(r.page, now()))),
    'notes:export': when(async (r) => exportNotes(db, r.scope, r.format, r.includeFindings, now())),
    'notes:import': when(async (r) => importNotes(db, r.json, { ...options, now })),
    'notes:load-ui': when(async (_r, { sender }) => (options.injectUi ?? injectNotesUi)(sender)),
    'notes:has': when(async (r) => hasNotes(db, text(r.href, 'href', LIMITS.url), r.canonical ? text(r.canonical, 'canonical', LIMITS.url) : null)),
    'notes:backup-list': when(async () => listBackups(backupsOf(options))),
    'notes:backup-get': when(async (r) => backupFile(backupsOf(options), r.id)),
  };
}

/**
 * Answers one notes request from `sender` as the background would (the policy, then the handler). Rejects
 * with a `NotesError` (a clear message) for a malformed request or one its sender may not make.
 */
export async function handleNotesRequest<R extends NotesRequest>(
  db: NotesDb,
  request: R,
  sender?: Browser.runtime.MessageSender,
  options: NotesHandlerOptions = {},
): Promise<ToReply<R>> {
  const origin = options.extensionOrigin ?? browser.runtime.getURL('/');
  return answer(notesHandlers(db, options), request, sender, origin, () => new NotesError('not a notes request')) as Promise<ToReply<R>>;
}

type ToReply<R extends NotesRequest> = BackgroundReply<R['type']>;

function backupsOf(options: NotesHandlerOptions): BackupsDb {
  return options.backups ?? (defaultBackups ??= openBackupsDb());
}

/** A page's reading order: by position, then age and id (code-unit order, as the exports use). */
export function byPosition(a: ReaderAnnotation, b: ReaderAnnotation): number {
  return (
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    compareStrings(a.created, b.created) ||
    compareStrings(a.id, b.id)
  );
}

/** The keys a page's notes may be under: the URL as asked and normalised (rows are stored normalised). */
function pageKeys(url: string): string[] {
  const normal = normaliseUrl(url);
  return normal === url ? [url] : [url, normal];
}

/** Whether a page has saved notes: the content script asks on every matching page, cheaply, with the raw address. */
export async function hasNotes(db: NotesDb, href: string, canonical: string | null): Promise<boolean> {
  if (!isWebUrl(href)) return false;
  return (await db.annotations.where('url').equals(normaliseUrl(href, canonical)).count()) > 0;
}

/** One page's annotations in reading order; none for a URL that is not a web page's. */
export async function listNotes(db: NotesDb, url: string): Promise<ReaderAnnotation[]> {
  if (!isWebUrl(url)) return [];
  const rows = await db.annotations.where('url').anyOf(pageKeys(url)).toArray();
  return rows.sort(byPosition);
}

export interface SaveOptions {
  /** What the editor started from: with it, another edit made meanwhile is merged in, or is a conflict. */
  base?: unknown;
  /** What the sender may reach (every note unless given). */
  access?: Access;
}

/**
 * Creates or replaces the annotation with this id. `modified` is now; `created` is kept from the
 * stored row when there is one, else taken from the request when it is a date no later than now, else
 * now. With a `base`, the edit is merged with the stored note (lib/annotations/edit-merge.ts); a field
 * both changed is a conflict: nothing is written and the stored note comes back.
 */
export async function saveNote(db: NotesDb, value: unknown, now: Date, { base, access = { scope: 'all' } }: SaveOptions = {}): Promise<SaveResult> {
  const given = obj(value, 'annotation');
  const stamp = now.toISOString();
  let created = stamp;
  try {
    created = capDate(isoDate(given.created, 'annotation.created'), now);
  } catch {
    // Missing or not a date: now (or the stored one, below).
  }
  const checked = sanitizeAnnotation({ ...given, created, modified: stamp });
  const startedFrom: EditBase | undefined = base === undefined || base === null ? undefined : editBase(base, 'base');
  return db.transaction('rw', db.annotations, async (): Promise<SaveResult> => {
    const stored = await db.annotations.get(checked.id);
    if (!stored) {
      await db.annotations.put(checked);
      return { ok: true, annotation: checked, merged: false };
    }
    assertReaches(access, stored.url, 'notes:save');
    let row: ReaderAnnotation = { ...checked, created: stored.created };
    let merged = false;
    if (startedFrom) {
      const merge = mergeEdit(stored, row, startedFrom);
      if (!merge.ok) return { ok: false, conflict: stored, error: CONFLICT_MESSAGE };
      row = merge.annotation;
      merged = merge.merged;
    }
    await db.annotations.put(row);
    return { ok: true, annotation: row, merged };
  });
}

/** True when there was such an annotation; refused when it is another site's and `access` is one site's. */
export async function deleteNote(db: NotesDb, id: string, access: Access = { scope: 'all' }): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(id);
    if (!stored) return false;
    assertReaches(access, stored.url, 'notes:delete');
    await db.annotations.delete(id);
    return true;
  });
}

/** Across all pages, newest first (by `modified`), at most SEARCH_LIMIT. */
export async function searchNotes(db: NotesDb, query: string): Promise<ReaderAnnotation[]> {
  return db.annotations
    .orderBy('modified')
    .reverse()
    .filter((a) => matchesQuery(a, query))
    .limit(SEARCH_LIMIT)
    .toArray();
}

export async function recordFindings(db: NotesDb, page: PageFindings): Promise<boolean> {
  await db.pages.put(page);
  return true;
}

type Scope = 'all' | { url: string };

function checkScope(value: unknown): Scope {
  if (value === 'all') return 'all';
  const o = obj(value, "scope (must be 'all' or { url })");
  return { url: pageUrl(o.url, 'scope.url') };
}

/**
 * An export file of the annotations in scope (by page, then position). With findings, it adds the
 * stored findings of the pages in scope: every page with annotations for 'all', the page for a url.
 */
export async function exportNotes(
  db: NotesDb,
  scopeValue: unknown,
  formatValue: unknown,
  includeFindings: unknown,
  generated: Date,
): Promise<ExportFile> {
  const scope = checkScope(scopeValue);
  if (!EXPORT_FORMATS.includes(formatValue as ExportFormat)) {
    throw new NotesError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const format = formatValue as ExportFormat;
  const { annotations, findings, sources } = await db.transaction('r', db.annotations, db.pages, db.sources, async () => {
    const rows = scope === 'all' ? await db.annotations.toArray() : await db.annotations.where('url').anyOf(pageKeys(scope.url)).toArray();
    rows.sort(compareAnnotations);
    // The reader's own sources go with the notes (exportFile keeps the page's one for a page export).
    const sources = await db.sources.toArray();
    if (includeFindings !== true) return { annotations: rows, findings: null, sources };
    const urls = scope === 'all' ? [...new Set(rows.map((a) => a.url))] : pageKeys(scope.url);
    const pages = (await db.pages.bulkGet(urls)).filter((p): p is PageFindings => p !== undefined);
    return { annotations: rows, findings: pages, sources };
  });
  return exportFile(format, scope, annotations, findings, generated, sources);
}

/**
 * Reads an export file and merges it in (import-job.ts): checked, fitted to the storage left, written in
 * chunks with progress, and undone whole on any failure. A file that does not parse, or any annotation
 * in it that fails the checks, changes nothing and says why.
 */
export async function importNotes(
  db: NotesDb,
  json: unknown,
  options: Pick<NotesHandlerOptions, 'journal' | 'estimate' | 'onImportProgress' | 'snapshot'> & { now?: () => Date } = {},
): Promise<ImportResult> {
  return runImport(db, json, {
    now: (options.now ?? (() => new Date()))(),
    journal: options.journal ?? (defaultJournal ??= openImportJournal()),
    estimate: options.estimate ?? browserEstimate(),
    onProgress: options.onImportProgress,
    snapshot: options.snapshot,
  });
}
