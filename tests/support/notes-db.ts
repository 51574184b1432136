import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { PageFindings, ReaderAnnotation } from '../../lib/annotations/model';
import type { Browser } from 'wxt/browser';
import { openBackupsDb, type BackupsDb } from '../../entrypoints/background/backups';
import { openImportJournal, type ImportJournal } from '../../entrypoints/background/import-journal';
import type { NotesHandlerOptions } from '../../entrypoints/background/notes';
import { openNotesDb, type NotesDb } from '../../entrypoints/background/notes-db';

/** fake-indexeddb, passed explicitly so no test depends on globals or import order. */
export const deps = { indexedDB, IDBKeyRange };

let counter = 0;
/** A unique database name per call, so tests never share state. */
export function freshName(label = 'notes'): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

const opened: Dexie[] = [];

export function freshDb(label?: string): NotesDb {
  const db = openNotesDb(freshName(label), deps);
  opened.push(db);
  return db;
}

/** Closes and deletes every database the tests opened (call from afterEach). */
export async function dropAll(): Promise<void> {
  const dbs = opened.splice(0);
  // The instance's delete: it uses the database's own IndexedDB (fake-indexeddb), not the global one.
  // Close every connection first: the v1 and current instances of a migrated database share a name.
  for (const db of dbs) db.close();
  for (const db of dbs) await db.delete();
}

export function freshJournal(): ImportJournal {
  const db = openImportJournal(freshName('journal'), deps);
  opened.push(db);
  return db;
}

export function freshBackups(): BackupsDb {
  const db = openBackupsDb(freshName('backups'), deps);
  opened.push(db);
  return db;
}

/** The extension's origin in tests, and its senders: its popup, a content script in a web page's tab. */
export const EXTENSION_ORIGIN = 'chrome-extension://crosscheck-test/';
export const fromPopup: Browser.runtime.MessageSender = { id: 'crosscheck-test', url: `${EXTENSION_ORIGIN}popup.html` };
export function fromPage(url: string, tabId = 5, frameId = 0): Browser.runtime.MessageSender {
  return { id: 'crosscheck-test', url, frameId, tab: { id: tabId, url } as Browser.tabs.Tab };
}

/** Handler options on fake-indexeddb: the extension's origin, a fresh import journal and backups database. */
export function storeOptions(over: NotesHandlerOptions = {}): NotesHandlerOptions {
  return { extensionOrigin: EXTENSION_ORIGIN, journal: freshJournal(), backups: freshBackups(), ...over };
}

/** Remember a Dexie opened outside freshDb (e.g. the v1 database) for cleanup. */
export function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

const byName = new Map<string, string>();
const byId = new Map<string, string>();

/** A stable UUID for a readable name (annotation ids are UUIDs), and back. */
export function uid(name: string): string {
  let id = byName.get(name);
  if (!id) {
    id = `00000000-0000-4000-8000-${(byName.size + 1).toString(16).padStart(12, '0')}`;
    byName.set(name, id);
    byId.set(id, name);
  }
  return id;
}

export function nameOf(id: string): string {
  return byId.get(id) ?? id;
}

export const names = (list: readonly { id: string }[]): string[] => list.map((a) => nameOf(a.id));

export const URL_A = 'https://news.example/a';
export const URL_B = 'https://news.example/b';

export function annotation(over: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  return {
    id: uid('a1'),
    url: URL_A,
    title: 'Strike kills 22',
    quote: { type: 'TextQuoteSelector', exact: '22 people were killed', prefix: 'officials said ', suffix: ' in the strike' },
    position: { type: 'TextPositionSelector', start: 100, end: 121 },
    colour: 'yellow',
    note: '',
    tags: [],
    created: '2025-01-01T10:00:00.000Z',
    modified: '2025-01-01T10:00:00.000Z',
    ...over,
  };
}

export function findings(over: Partial<PageFindings> = {}): PageFindings {
  return {
    url: URL_A,
    title: 'Strike kills 22',
    event: 'Strike on the market',
    findings: [
      {
        text: '22',
        kind: 'figure',
        fact: 'strike.killed',
        status: 'differs',
        others: [{ outlet: 'Other Outlet', value: '19', attribution: 'health ministry' }],
      },
    ],
    recorded: '2025-01-02T09:00:00.000Z',
    ...over,
  };
}
