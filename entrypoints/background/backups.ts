/**
 * Copies of the reader's database made before a schema upgrade, so an update can never take their notes:
 * before Dexie upgrades an older `crosscheck-notes` (notes-db.ts), every row of every table is copied
 * as it is into the `crosscheck-backups` database ({ created, reason, rows, json }). The popup offers
 * the newest for download ("A backup made before an update is available").
 *
 * The copy is the old rows exactly, not a converted export: whatever an upgrade might misread is kept.
 */
import Dexie, { type Table } from 'dexie';
import type { BackupInfo, ExportFile } from '../../lib/annotations/notes-wire';
import { isoTime } from '../../lib/annotations/time';
import { NOTES_DB_VERSION, type NotesDbDeps } from './notes-db';
import { NotesError } from './notes-validate';

export const BACKUPS_DB_NAME = 'crosscheck-backups';
/** Backups kept; older ones are dropped when a new one is made. */
export const MAX_BACKUPS = 5;

export interface BackupRow {
  id?: number;
  created: string;
  reason: string;
  rows: number;
  /** The backup file's content (BackupFileContent as JSON). */
  json: string;
}

/** What a backup file holds. */
export interface BackupFileContent {
  type: 'crosscheck-backup';
  reason: string;
  created: string;
  database: string;
  version: number;
  tables: Record<string, unknown[]>;
}

export type BackupsDb = Dexie & { backups: Table<BackupRow, number> };

function dexieOptions(deps: NotesDbDeps) {
  return { ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}), ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}) };
}

export function openBackupsDb(name: string = BACKUPS_DB_NAME, deps: NotesDbDeps = {}): BackupsDb {
  const db = new Dexie(name, dexieOptions(deps)) as BackupsDb;
  db.version(1).stores({ backups: '++id, created' });
  return db;
}

/** The version (Dexie's numbering) of an existing database, or null when there is none. */
async function existingVersion(name: string, deps: NotesDbDeps): Promise<number | null> {
  const factory = (deps.indexedDB ?? globalThis.indexedDB) as IDBFactory | undefined;
  // indexedDB.databases() is in Chromium, Firefox 126+ and fake-indexeddb; without it, no backup is made.
  if (typeof factory?.databases !== 'function') return null;
  if (!(await factory.databases()).some((d) => d.name === name)) return null;
  const probe = new Dexie(name, dexieOptions(deps));
  try {
    // Opened without a schema: as it is, at its own version, upgrading nothing.
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/**
 * If the notes database `notesName` exists at a version older than the code's, copies every row into a
 * backup and returns it; otherwise does nothing and returns null. Call before the notes database opens.
 */
export async function backupBeforeUpgrade(
  notesName: string,
  backups: BackupsDb,
  { deps = {}, now = new Date(), target = NOTES_DB_VERSION }: { deps?: NotesDbDeps; now?: Date; target?: number } = {},
): Promise<BackupInfo | null> {
  const version = await existingVersion(notesName, deps);
  if (version === null || version >= target) return null;
  const old = new Dexie(notesName, dexieOptions(deps));
  const tables: Record<string, unknown[]> = {};
  try {
    await old.open();
    for (const table of old.tables) tables[table.name] = await table.toArray();
  } finally {
    old.close();
  }
  const rows = Object.values(tables).reduce((n, t) => n + t.length, 0);
  const created = isoTime(now);
  const reason = `before the update from version ${version} to ${target}`;
  const content: BackupFileContent = { type: 'crosscheck-backup', reason, created, database: notesName, version, tables };
  const id = await backups.backups.add({ created, reason, rows, json: JSON.stringify(content) });
  const keep = await backups.backups.orderBy('created').reverse().primaryKeys();
  if (keep.length > MAX_BACKUPS) await backups.backups.bulkDelete(keep.slice(MAX_BACKUPS));
  return { id, created, reason, rows };
}

/** The backups, newest first, without their content. */
export async function listBackups(backups: BackupsDb): Promise<BackupInfo[]> {
  const all = await backups.backups.orderBy('created').reverse().toArray();
  return all.map(({ id, created, reason, rows }) => ({ id: id ?? 0, created, reason, rows }));
}

/** One backup as a file to download: crosscheck-backup-before-update-2026-05-01.json. */
export async function backupFile(backups: BackupsDb, id: unknown): Promise<ExportFile> {
  if (typeof id !== 'number' || !Number.isInteger(id)) throw new NotesError('id must be a whole number');
  const row = await backups.backups.get(id);
  if (!row) throw new NotesError('There is no such backup.');
  return { filename: `crosscheck-backup-before-update-${row.created.slice(0, 10)}.json`, mime: 'application/json', content: row.json };
}
