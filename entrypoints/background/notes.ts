/**
 * The background's answers to the notes messages (lib/annotations/messages.ts). Plain functions over a
 * `NotesDb`, so tests call them directly; `index.ts` wires them to runtime.onMessage.
 *
 * Every request is checked before it touches the database (notes-validate.ts): requests come from
 * content scripts and files, and a bad one is refused with an error saying why, changing nothing.
 */
import type { Browser } from 'wxt/browser';
import { exportFile } from '../../lib/annotations/export';
import { mergeImport, parseImport } from '../../lib/annotations/import';
import type { ExportFormat, ImportResult, NotesReply, NotesRequest } from '../../lib/annotations/messages';
import type { PageFindings, ReaderAnnotation } from '../../lib/annotations/model';
import { compareAnnotations, compareStrings } from '../../lib/annotations/order';
import { matchesQuery } from '../../lib/annotations/search';
import { isWebUrl, normaliseUrl } from '../../lib/annotations/url';
import { injectNotesUi } from './inject-ui';
import type { NotesDb } from './notes-db';
import {
  annotationId,
  LIMITS,
  NotesError,
  isoDate,
  obj,
  pageUrl,
  sanitizeAnnotation,
  sanitizePageFindings,
  text,
} from './notes-validate';

export { NotesError } from './notes-validate';

/** Search results stop here, newest first. */
export const SEARCH_LIMIT = 200;

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'csv'];

export type NotesRequestType = NotesRequest['type'];

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
];

/**
 * A request this handler answers. Only the type is checked here; each handler checks its fields.
 * (The tab-bound 'notes:*' messages of NotesTabRequest are not ours and are left alone.)
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
}

type Reply<R extends NotesRequest> = NotesReply[R['type']];

/** Answers one notes request. Rejects with a `NotesError` (a clear message) for a malformed request. */
export async function handleNotesRequest<R extends NotesRequest>(
  db: NotesDb,
  request: R,
  sender?: Browser.runtime.MessageSender,
  options: NotesHandlerOptions = {},
): Promise<Reply<R>> {
  const now = options.now ?? (() => new Date());
  if (!isNotesRequest(request)) throw new NotesError('not a notes request');
  const r: NotesRequest = request;
  let reply: NotesReply[NotesRequestType];
  switch (r.type) {
    case 'notes:list':
      reply = await listNotes(db, text(r.url, 'url', LIMITS.url));
      break;
    case 'notes:save':
      reply = await saveNote(db, r.annotation, now());
      break;
    case 'notes:delete':
      reply = await deleteNote(db, annotationId(r.id, 'id'));
      break;
    case 'notes:search':
      reply = await searchNotes(db, text(r.query, 'query', LIMITS.query));
      break;
    case 'notes:record-findings':
      reply = await recordFindings(db, sanitizePageFindings(r.page, now()));
      break;
    case 'notes:export':
      reply = await exportNotes(db, r.scope, r.format, r.includeFindings, now());
      break;
    case 'notes:import':
      reply = await importNotes(db, r.json);
      break;
    case 'notes:load-ui':
      reply = await (options.injectUi ?? injectNotesUi)(sender);
      break;
    case 'notes:has':
      reply = await hasNotes(db, text(r.href, 'href', LIMITS.url), r.canonical ? text(r.canonical, 'canonical', LIMITS.url) : null);
      break;
    default:
      throw new NotesError('not a notes request');
  }
  return reply as Reply<R>;
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

/**
 * Creates or replaces the annotation with this id. `modified` is now; `created` is kept from the
 * stored row when there is one, else taken from the request when it is a date, else now.
 */
export async function saveNote(db: NotesDb, value: unknown, now: Date): Promise<ReaderAnnotation> {
  const given = obj(value, 'annotation');
  const stamp = now.toISOString();
  let created = stamp;
  try {
    created = isoDate(given.created, 'annotation.created');
  } catch {
    // Missing or not a date: now (or the stored one, below).
  }
  const checked = sanitizeAnnotation({ ...given, created, modified: stamp });
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(checked.id);
    const row: ReaderAnnotation = stored ? { ...checked, created: stored.created } : checked;
    await db.annotations.put(row);
    return row;
  });
}

/** True when there was such an annotation. */
export async function deleteNote(db: NotesDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const existed = (await db.annotations.get(id)) !== undefined;
    if (existed) await db.annotations.delete(id);
    return existed;
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
): Promise<NotesReply['notes:export']> {
  const scope = checkScope(scopeValue);
  if (!EXPORT_FORMATS.includes(formatValue as ExportFormat)) {
    throw new NotesError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const format = formatValue as ExportFormat;
  const { annotations, findings } = await db.transaction('r', db.annotations, db.pages, async () => {
    const rows = scope === 'all' ? await db.annotations.toArray() : await db.annotations.where('url').anyOf(pageKeys(scope.url)).toArray();
    rows.sort(compareAnnotations);
    if (includeFindings !== true) return { annotations: rows, findings: null };
    const urls = scope === 'all' ? [...new Set(rows.map((a) => a.url))] : pageKeys(scope.url);
    const pages = (await db.pages.bulkGet(urls)).filter((p): p is PageFindings => p !== undefined);
    return { annotations: rows, findings: pages };
  });
  return exportFile(format, scope, annotations, findings, generated);
}

/**
 * Reads an export file and merges it in one transaction: a file that does not parse, or any
 * annotation in it that fails the checks, changes nothing and says why.
 */
export async function importNotes(db: NotesDb, json: unknown): Promise<ImportResult> {
  // parseImport checks the size, nesting, keys and every field, and never throws.
  const parsed = parseImport(json as string);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  let incoming: ReaderAnnotation[];
  try {
    // The same checks as a saved note (and the same canonical dates and URLs), so the stored rows
    // look alike whichever way they came in.
    incoming = parsed.annotations.map((a, i) => sanitizeAnnotation(a, `annotation ${(i + 1).toLocaleString('en')}`));
  } catch (e) {
    return { ok: false, error: `This file cannot be imported: ${errorMessage(e)}.` };
  }
  const ids = [...new Set(incoming.map((a) => a.id))];
  try {
    return await db.transaction('rw', db.annotations, async () => {
      const existing = (await db.annotations.bulkGet(ids)).filter((a): a is ReaderAnnotation => a !== undefined);
      const { toWrite, added, updated, unchanged } = mergeImport(existing, incoming);
      if (toWrite.length) await db.annotations.bulkPut(toWrite);
      return { ok: true as const, added, updated, unchanged };
    });
  } catch (e) {
    // The transaction was rolled back: nothing was written.
    return { ok: false, error: `Nothing was imported: ${errorMessage(e)}` };
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
