/**
 * The background's answers to the reader-source messages ('sources:list', 'sources:save',
 * 'sources:remove'; lib/annotations/messages.ts). The sources live in the notes database's `sources`
 * table (notes-db.ts, version 3); only the extension's own pages may ask (sender-policy.ts), and every
 * source is validated (lib/annotations/reader-source.ts) before it is stored.
 * Plain functions over a `NotesDb`, so tests call them directly.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SourceSaveResult } from '../../lib/annotations/notes-wire';
import {
  isReaderSourceId,
  newReaderSourceId,
  parseReaderSourceDraft,
  type ReaderSource,
} from '../../lib/annotations/reader-source';
import { isoTime } from '../../lib/annotations/time';
import type { BackgroundMessage, BackgroundReply } from '../../lib/messages';
import type { EventId } from '../../lib/reference/types';
import { answer, type BackgroundHandlers } from './dispatch';
import type { NotesDb } from './notes-db';
import { NotesError } from './notes-validate';

export type SourcesRequestType = 'sources:list' | 'sources:save' | 'sources:remove';
export type SourcesRequest = BackgroundMessage<SourcesRequestType>;

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

/** The reader-source messages' handlers, for the background's dispatch table (the sender already allowed). */
export function sourcesHandlers(db: NotesDb, options: SourcesHandlerOptions = {}): Pick<BackgroundHandlers, SourcesRequestType> {
  return {
    'sources:list': async (r) => {
      await options.ready;
      if (r.event !== undefined && typeof r.event !== 'string') throw new NotesError('event must be an event id');
      return listSources(db, r.event);
    },
    'sources:save': async (r) => {
      await options.ready;
      const saved = await saveSource(db, r.source, (options.now ?? (() => new Date()))());
      if (saved.ok) options.onChange?.();
      return saved;
    },
    'sources:remove': async (r) => {
      await options.ready;
      const removed = await removeSource(db, r.id);
      if (removed) options.onChange?.();
      return removed;
    },
  };
}

/** Answers one request from `sender` as the background would; rejects with a `NotesError` saying why when refused. */
export async function handleSourcesRequest<R extends SourcesRequest>(
  db: NotesDb,
  request: R,
  sender: Browser.runtime.MessageSender | undefined,
  options: SourcesHandlerOptions = {},
): Promise<BackgroundReply<R['type']>> {
  const origin = options.extensionOrigin ?? browser.runtime.getURL('/');
  const reply = answer(sourcesHandlers(db, options), request, sender, origin, () => new NotesError('not a reader-source request'));
  return reply as Promise<BackgroundReply<R['type']>>;
}
