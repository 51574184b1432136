/**
 * The reader's database: their highlights and notes, and Crosscheck's findings for the pages they
 * annotated. It lives in the extension's own origin (the background opens it; content scripts and the
 * popup reach it only through the typed messages in lib/annotations/messages.ts), so a page can
 * neither read nor wipe it.
 *
 * The schema is versioned. Every version that ever shipped stays declared here, in order, with the
 * `.upgrade()` that converts its rows to the next one: Dexie runs the upgrades a reader's database
 * still needs when it is opened, and nothing when the database is created fresh at the current version.
 * To change the schema: add `version(n + 1)` with its stores and an upgrade; never edit a shipped one.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import {
  HIGHLIGHT_COLOURS,
  type HighlightColour,
  type PageFindings,
  type ReaderAnnotation,
} from '../../lib/annotations/model';
import type { ReaderSource } from '../../lib/annotations/reader-source';

export const NOTES_DB_NAME = 'crosscheck-notes';

// ---------------------------------------------------------------------------------------------
// Version 1 (the first schema). Kept so old databases upgrade, and so tests can create a real one.
// ---------------------------------------------------------------------------------------------

/**
 * An annotation as version 1 stored it: the quote and position selectors flattened into the row,
 * tags as a plain (unindexed) array, no findings table.
 */
export interface AnnotationRowV1 {
  id: string;
  url: string;
  title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  colour: HighlightColour;
  note: string;
  tags: string[];
  created: string;
  modified: string;
}

/** Version 1's stores: annotations by id, indexed by url and modified. */
export const NOTES_SCHEMA_V1 = {
  annotations: 'id, url, modified',
} as const;

// ---------------------------------------------------------------------------------------------
// Version 2: rows are `ReaderAnnotation`s as they are; tags are a multi-entry index;
// a `pages` table keeps PageFindings by url.
// ---------------------------------------------------------------------------------------------

export const NOTES_SCHEMA_V2 = {
  annotations: 'id, url, modified, *tags',
  pages: 'url',
} as const;

// ---------------------------------------------------------------------------------------------
// Version 3 (current): version 2 and a `sources` table of the reader's own sources
// (lib/annotations/reader-source.ts) by id, indexed by event and url. The notes are not touched.
// ---------------------------------------------------------------------------------------------

export const NOTES_SCHEMA_V3 = {
  ...NOTES_SCHEMA_V2,
  sources: 'id, event, url',
} as const;

export const NOTES_DB_VERSION = 3;

/** Keys are given (UUIDs, URLs), never generated: plain Tables, so inserts must carry their key. */
export type NotesDb = Dexie & {
  annotations: Table<ReaderAnnotation, string>;
  pages: Table<PageFindings, string>;
  sources: Table<ReaderSource, string>;
};

/** Where Dexie finds IndexedDB (the global one unless given; tests pass fake-indexeddb's). */
export type NotesDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

const EPOCH = new Date(0).toISOString();

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}

function int(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.trunc(v)) : 0;
}

function tagsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((t): t is string => typeof t === 'string');
  // Defensive: a hand-edited or very early row with "a, b" instead of an array.
  if (typeof v === 'string') return v.split(',').map((t) => t.trim()).filter(Boolean);
  return [];
}

/**
 * A version 1 row as a current `ReaderAnnotation`. Never drops a row: missing or odd fields get
 * neutral defaults, and a row that already has the current shape passes through unchanged.
 */
export function annotationFromV1(value: object): ReaderAnnotation {
  const row = value as Partial<AnnotationRowV1> & Record<string, unknown>;
  const already = row as unknown as Partial<ReaderAnnotation>;
  if (already.quote && typeof already.quote === 'object' && already.position && typeof already.position === 'object') {
    return row as unknown as ReaderAnnotation;
  }
  const start = int(row.start);
  const end = Math.max(start, int(row.end));
  const modified = str(row.modified) || str(row.created) || EPOCH;
  return {
    id: String(row.id),
    url: str(row.url),
    title: str(row.title),
    quote: { type: 'TextQuoteSelector', exact: str(row.exact), prefix: str(row.prefix), suffix: str(row.suffix) },
    position: { type: 'TextPositionSelector', start, end },
    colour: HIGHLIGHT_COLOURS.includes(row.colour as HighlightColour) ? (row.colour as HighlightColour) : 'yellow',
    note: str(row.note),
    tags: tagsOf(row.tags),
    created: str(row.created) || modified,
    modified,
  };
}

/** The 1 → 2 upgrade: rewrite every annotation row in place, within Dexie's upgrade transaction. */
export async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  await tx
    .table('annotations')
    .toCollection()
    .modify((row: Record<string, unknown>, ctx: { value: unknown }) => {
      ctx.value = annotationFromV1(row);
    });
}

/** Declares every version in order. Exported so a test can declare only the old ones on its own Dexie. */
export function declareNotesSchema(db: Dexie): void {
  db.version(1).stores(NOTES_SCHEMA_V1);
  db.version(2).stores(NOTES_SCHEMA_V2).upgrade(upgradeV1ToV2);
  // 2 → 3 only adds the (empty) sources table: no row to convert.
  db.version(3).stores(NOTES_SCHEMA_V3);
}

/** Opens (lazily, on first use) the reader's database; tests pass a fresh name per test. */
export function openNotesDb(name: string = NOTES_DB_NAME, deps: NotesDbDeps = {}): NotesDb {
  const options: DexieOptions = {};
  // Only the given ones: an explicit `undefined` would replace Dexie's defaults.
  if (deps.indexedDB) options.indexedDB = deps.indexedDB;
  if (deps.IDBKeyRange) options.IDBKeyRange = deps.IDBKeyRange;
  const db = new Dexie(name, options) as NotesDb;
  declareNotesSchema(db);
  return db;
}
