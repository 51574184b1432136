/**
 * The background's answers to the reader-source messages ('sources:list', 'sources:save',
 * 'sources:remove'; lib/annotations/messages.ts). The sources live in the notes database's `sources`
 * table (notes-db.ts, version 3); only the extension's own pages may ask (sender-policy.ts), and every
 * source is validated (lib/annotations/reader-source.ts) before it is stored.
 * Plain functions over a `NotesDb`, so tests call them directly.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SourceSaveResult, SourcesReply, SourcesRequest } from '../../lib/annotations/messages';
import {
  isReaderSourceId,
  newReaderSourceId,
  parseReaderSourceDraft,
  type ReaderSource,
} from '../../lib/annotations/reader-source';
import { isoTime } from '../../lib/annotations/time';
import type { EventId } from '../../lib/reference/types';
import type { NotesDb } from './notes-db';
import { NotesError } from './notes-validate';
import { authorise, classifySender } from './sender-policy';

export const SOURCES_REQUEST_TYPES: readonly SourcesRequest['type'][] = ['sources:list', 'sources:save', 'sources:remove'];

export function isSourcesRequest(message: unknown): message is SourcesRequest {
  const type = (message as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' && (SOURCES_REQUEST_TYPES as readonly string[]).includes(type);
}

export interface SourcesHandlerOptions {
  now?: () => Date;
  extensionOrigin?: string;
  /** Settles once the notes store is ready (notes-startup.ts). */
  ready?: Promise<unknown>;
  /** Called after a source was saved or removed (the merged reference is then built again). */
  onChange?: () => void;
}

/** The reader's sources, oldest first; only those of `event` when given. */
export async function listSources(db: NotesDb, event?: EventId): Promise<ReaderSource[]> {
  const rows = event ? await db.sources.where('event').equals(event).toArray() : await db.sources.toArray();
  return rows.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
}

/** Saves a draft; a page already saved (same normalised URL and event) is replaced and keeps its id. */
export async function saveSource(db: NotesDb, draft: unknown, now: Date): Promise<SourceSaveResult> {
  const parsed = parseReaderSourceDraft(draft);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.sources, async () => {
    const before = await db.sources.where('url').equals(parsed.draft.url).toArray();
    const same = before.find((s) => s.event === parsed.draft.event);
    const source: ReaderSource = { ...parsed.draft, id: same?.id ?? newReaderSourceId(), savedAt: isoTime(now) };
    await db.sources.put(source);
    return { ok: true as const, source };
  });
}

export async function removeSource(db: NotesDb, id: unknown): Promise<boolean> {
  if (typeof id !== 'string' || !isReaderSourceId(id)) throw new NotesError('id is not a reader source’s id');
  return db.transaction('rw', db.sources, async () => {
    if (!(await db.sources.get(id))) return false;
    await db.sources.delete(id);
    return true;
  });
}

/**
 * Restores imported sources (already validated) in one transaction: a source already there (same id) is
 * left as the reader has it, and so is the page when the reader saved it under another id; the rest are added.
 * Importing the same file twice adds nothing the second time.
 */
export async function importSources(db: NotesDb, incoming: readonly ReaderSource[]): Promise<{ added: number; unchanged: number }> {
  return db.transaction('rw', db.sources, async () => {
    const stored = await db.sources.toArray();
    const ids = new Set(stored.map((s) => s.id));
    const pages = new Set(stored.map((s) => `${s.event} ${s.url}`));
    const toAdd: ReaderSource[] = [];
    for (const source of incoming) {
      const page = `${source.event} ${source.url}`;
      if (ids.has(source.id) || pages.has(page)) continue;
      ids.add(source.id);
      pages.add(page);
      toAdd.push(source);
    }
    await db.sources.bulkAdd(toAdd);
    return { added: toAdd.length, unchanged: incoming.length - toAdd.length };
  });
}

/** Answers one request, after checking who sent it; rejects with a `NotesError` saying why when refused. */
export async function handleSourcesRequest<R extends SourcesRequest>(
  db: NotesDb,
  request: R,
  sender: Browser.runtime.MessageSender | undefined,
  options: SourcesHandlerOptions = {},
): Promise<SourcesReply[R['type']]> {
  if (!isSourcesRequest(request)) throw new NotesError('not a reader-source request');
  authorise(request, classifySender(sender, options.extensionOrigin ?? browser.runtime.getURL('/')));
  await options.ready;
  const r: SourcesRequest = request;
  let reply: SourcesReply[SourcesRequest['type']];
  switch (r.type) {
    case 'sources:list': {
      if (r.event !== undefined && typeof r.event !== 'string') throw new NotesError('event must be an event id');
      reply = await listSources(db, r.event);
      break;
    }
    case 'sources:save':
      reply = await saveSource(db, r.source, (options.now ?? (() => new Date()))());
      if (reply.ok) options.onChange?.();
      break;
    case 'sources:remove':
      reply = await removeSource(db, r.id);
      if (reply) options.onChange?.();
      break;
  }
  return reply as SourcesReply[R['type']];
}
