/**
 * Never losing a note: concurrent edits merged or refused, future dates capped, overlong titles cut,
 * imports that check the storage left, write in chunks, report progress, and undo themselves on any
 * failure (also after the browser was killed), and a backup before a schema upgrade.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupBeforeUpgrade, backupFile, listBackups } from '../../entrypoints/background/backups';
import { runImport } from '../../entrypoints/background/import-job';
import type { ImportSnapshot, SnapshotStore } from '../../entrypoints/background/import-snapshot';
import { handleNotesRequest, saveNote } from '../../entrypoints/background/notes';
import { NOTES_DB_VERSION, NOTES_SCHEMA_V1, openNotesDb, type NotesDb } from '../../entrypoints/background/notes-db';
import { prepareNotesStore } from '../../entrypoints/background/notes-startup';
import { exportJson } from '../../lib/annotations/export';
import type { EditBase } from '../../lib/annotations/notes-wire';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { annotation, deps, dropAll, freshBackups, freshDb, freshJournal, freshName, fromPopup, storeOptions, track, uid, URL_A } from '../support/notes-db';

afterEach(async () => {
  vi.restoreAllMocks();
  await dropAll();
});

const NOW = new Date('2025-06-01T12:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const baseOf = (a: ReaderAnnotation): EditBase => ({ modified: a.modified, colour: a.colour, note: a.note, tags: [...a.tags] });

async function sorted(db: NotesDb): Promise<ReaderAnnotation[]> {
  return (await db.annotations.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

describe('two editors of one note', () => {
  async function twoTabs() {
    const db = freshDb();
    const stored = annotation({ note: 'first text', colour: 'yellow', tags: ['casualties'] });
    await db.annotations.put(stored);
    // Both tabs open the editor on the same version.
    return { db, stored, base: baseOf(stored) };
  }

  it('one changes the colour, the other the text: both are kept', async () => {
    const { db, stored, base } = await twoTabs();
    const a = await saveNote(db, { ...stored, colour: 'pink' }, later(1), { base });
    expect(a).toMatchObject({ ok: true, merged: false, annotation: { colour: 'pink', note: 'first text' } });
    const b = await saveNote(db, { ...stored, note: 'the toll is disputed' }, later(2), { base });
    expect(b).toMatchObject({ ok: true, merged: true, annotation: { colour: 'pink', note: 'the toll is disputed', tags: ['casualties'] } });
    expect(await db.annotations.get(stored.id)).toMatchObject({ colour: 'pink', note: 'the toll is disputed', modified: later(2).toISOString() });
  });

  it('both change the text: a conflict, and nothing is overwritten', async () => {
    const { db, stored, base } = await twoTabs();
    await saveNote(db, { ...stored, note: 'tab one' }, later(1), { base });
    const before = await db.annotations.get(stored.id);
    const b = await saveNote(db, { ...stored, note: 'tab two', colour: 'blue' }, later(2), { base });
    expect(b).toEqual({ ok: false, conflict: before, error: expect.stringMatching(/^This note was changed in another tab/) });
    expect(await db.annotations.get(stored.id)).toEqual(before);
  });

  it('the same change in both is no conflict', async () => {
    const { db, stored, base } = await twoTabs();
    await saveNote(db, { ...stored, tags: ['casualties', 'dispute'] }, later(1), { base });
    expect(await saveNote(db, { ...stored, tags: ['casualties', 'dispute'] }, later(2), { base })).toMatchObject({ ok: true, merged: false });
  });

  it('tags are merged as a field: one tab’s tags and the other’s colour', async () => {
    const { db, stored, base } = await twoTabs();
    await saveNote(db, { ...stored, tags: ['aid'] }, later(1), { base });
    expect(await saveNote(db, { ...stored, colour: 'green' }, later(2), { base })).toMatchObject({ ok: true, merged: true, annotation: { tags: ['aid'], colour: 'green' } });
  });

  it('without a base, a save is a plain write, as before', async () => {
    const { db, stored } = await twoTabs();
    await saveNote(db, { ...stored, note: 'tab one' }, later(1));
    expect(await saveNote(db, { ...stored, colour: 'blue' }, later(2))).toMatchObject({ ok: true, merged: false, annotation: { note: 'first text', colour: 'blue' } });
  });

  it('through the handler: a bad base is refused with a reason', async () => {
    const { db, stored } = await twoTabs();
    const ask = (base: unknown) => handleNotesRequest(db, { type: 'notes:save', annotation: stored, base: base as EditBase }, fromPopup, storeOptions({ now: () => NOW }));
    await expect(ask({ modified: 'yesterday', colour: 'yellow', note: '', tags: [] })).rejects.toThrow(/base.modified is not a date/);
    await expect(ask({ modified: stored.modified, colour: 'red', note: '', tags: [] })).rejects.toThrow(/base.colour must be one of/);
    expect(await ask(baseOf(stored))).toMatchObject({ ok: true });
  });
});

describe('dates and titles', () => {
  it('caps a creation date in the future at now', async () => {
    const db = freshDb();
    const saved = await saveNote(db, annotation({ created: '9999-12-31T00:00:00.000Z' }), NOW);
    expect(saved).toMatchObject({ ok: true, annotation: { created: NOW.toISOString(), modified: NOW.toISOString() } });
  });

  it('cuts an overlong page title instead of failing the save', async () => {
    const db = freshDb();
    const title = `${'Strike '.repeat(400)}😀`;
    const saved = await saveNote(db, annotation({ title }), NOW);
    expect(saved.ok && saved.annotation.title).toBe(title.slice(0, 2000));
    // A cut never leaves half a surrogate pair.
    const emoji = await saveNote(db, annotation({ title: `${'x'.repeat(1999)}😀` }), NOW);
    expect(emoji.ok && emoji.annotation.title).toBe('x'.repeat(1999));
  });
});

function file(notes: ReaderAnnotation[]): string {
  return exportJson(notes, null, NOW);
}

function many(n: number, prefix = 'imp'): ReaderAnnotation[] {
  return Array.from({ length: n }, (_, i) => annotation({ id: uid(`${prefix}-${i}`), note: `imported ${i}`, modified: '2025-05-01T00:00:00.000Z' }));
}

describe('import', () => {
  it('writes in chunks and reports progress', async () => {
    const db = freshDb();
    const progress: Array<[number, number]> = [];
    const result = await runImport(db, file(many(23)), { now: NOW, journal: freshJournal(), chunkRows: 10, onProgress: (d, t) => progress.push([d, t]) });
    expect(result).toEqual({ ok: true, added: 23, updated: 0, unchanged: 0 });
    expect(progress).toEqual([
      [10, 23],
      [20, 23],
      [23, 23],
    ]);
    expect(await db.annotations.count()).toBe(23);
  });

  it('refuses an import that would not fit in the storage left, before writing anything', async () => {
    const db = freshDb();
    await db.annotations.put(annotation({ id: uid('mine') }));
    const before = await sorted(db);
    const journal = freshJournal();
    const result = await runImport(db, file(many(50)), { now: NOW, journal, estimate: async () => ({ usage: 99 * 1024 * 1024, quota: 100 * 1024 * 1024 }) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Nothing was imported: the browser has too little storage left for these notes \(about [\d.]+ MB needed, 1 MB free\)\./);
    expect(await sorted(db)).toEqual(before);
    expect(await journal.entries.count()).toBe(0);
    // With room, the same file goes in.
    expect(await runImport(db, file(many(50)), { now: NOW, journal, estimate: async () => ({ usage: 0, quota: 1024 ** 3 }) })).toMatchObject({ ok: true, added: 50 });
  });

  it('undoes the chunks already written when a later chunk fails: added rows removed, updated rows put back', async () => {
    const db = freshDb();
    const mine = annotation({ id: uid('imp-3'), note: 'my older note', modified: '2025-01-01T00:00:00.000Z' });
    const untouched = annotation({ id: uid('untouched'), note: 'not in the file' });
    await db.annotations.bulkPut([mine, untouched]);
    const before = await sorted(db);
    const journal = freshJournal();
    const realBulkPut = db.annotations.bulkPut.bind(db.annotations);
    let calls = 0;
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(((rows: ReaderAnnotation[]) => {
      calls += 1;
      if (calls === 3) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      return realBulkPut(rows);
    }) as never);
    const result = await runImport(db, file(many(25)), { now: NOW, journal, chunkRows: 10 });
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: 'Nothing was imported: the browser ran out of storage. Your notes are as they were before.' });
    expect(await sorted(db)).toEqual(before);
    expect(await journal.entries.count()).toBe(0);
  });

  it('stops when a write does not finish within the timeout, and undoes what it wrote', async () => {
    const db = freshDb();
    const journal = freshJournal();
    const realBulkPut = db.annotations.bulkPut.bind(db.annotations);
    let calls = 0;
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(((rows: ReaderAnnotation[]) => {
      calls += 1;
      // The second chunk hangs (a disk that never answers).
      return calls === 2 ? new Promise(() => {}) : realBulkPut(rows);
    }) as never);
    const result = await runImport(db, file(many(15)), { now: NOW, journal, chunkRows: 10, timeoutMs: 200 });
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: 'Nothing was imported: the browser did not finish writing within 0.2 seconds. Your notes are as they were before.' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('after the browser was killed mid-import, the next start undoes it, keeping every earlier note', async () => {
    const name = freshName('killed');
    const db = track(openNotesDb(name, deps));
    const mine = annotation({ id: uid('imp-1'), note: 'mine, older', modified: '2025-01-01T00:00:00.000Z' });
    const other = annotation({ id: uid('other'), note: 'not in the file' });
    await db.annotations.bulkPut([mine, other]);
    const before = await sorted(db);
    const journal = freshJournal();
    // Killed after the first chunk: the chunk was written, the journal never cleared.
    let calls = 0;
    const realBulkPut = db.annotations.bulkPut.bind(db.annotations);
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(((rows: ReaderAnnotation[]) => {
      calls += 1;
      return calls === 1 ? realBulkPut(rows) : new Promise(() => {});
    }) as never);
    void runImport(db, file(many(20)), { now: NOW, journal, chunkRows: 10, timeoutMs: 60_000 });
    await vi.waitFor(async () => expect(await db.annotations.count()).toBe(11));
    vi.restoreAllMocks();
    db.close();

    // Relaunch: the same databases, opened afresh.
    const again = track(openNotesDb(name, deps));
    await prepareNotesStore(again, { journal, backups: freshBackups(), deps });
    expect(await sorted(again)).toEqual(before);
    expect(await journal.entries.count()).toBe(0);
  });

  it('undo keeps an edit the reader made after the import wrote the row', async () => {
    const db = freshDb();
    const journal = freshJournal();
    await runImport(db, file(many(3)), { now: NOW, journal });
    // Pretend the import had not finished: journal the rows again, then the reader edits one.
    await journal.entries.bulkPut((await db.annotations.toArray()).map((a) => ({ id: a.id, previous: null, written: a.modified })));
    await saveNote(db, { ...(await db.annotations.get(uid('imp-1')))!, note: 'edited since' }, later(5));
    const { undoImport } = await import('../../entrypoints/background/import-journal');
    expect(await undoImport(db, journal)).toBe(2);
    expect((await db.annotations.toArray()).map((a) => a.note)).toEqual(['edited since']);
  });

  it('an imported note dated 9999 does not replace the reader’s own, and is stored with a date no later than now', async () => {
    const db = freshDb();
    const mine = annotation({ id: uid('dated'), note: 'mine, from yesterday', modified: '2025-05-31T12:00:00.000Z' });
    await db.annotations.put(mine);
    const future = { ...mine, note: 'from the file', modified: '9999-01-01T00:00:00.000Z', created: '9999-01-01T00:00:00.000Z' };
    const newOne = annotation({ id: uid('new-future'), modified: '9999-01-01T00:00:00.000Z', created: '9999-01-01T00:00:00.000Z' });
    const result = await runImport(db, file([future, newOne]), { now: NOW, journal: freshJournal() });
    expect(result).toEqual({ ok: true, added: 1, updated: 0, unchanged: 1 });
    expect(await db.annotations.get(mine.id)).toEqual(mine);
    expect(await db.annotations.get(uid('new-future'))).toMatchObject({ created: NOW.toISOString(), modified: NOW.toISOString() });
  });

  it('cuts an overlong title in a file instead of refusing it', async () => {
    const db = freshDb();
    const json = file([annotation({ id: uid('long-title') })]).replace('"crosscheck:title": "Strike kills 22"', `"crosscheck:title": "${'T'.repeat(5000)}"`);
    expect(await runImport(db, json, { now: NOW, journal: freshJournal() })).toMatchObject({ ok: true, added: 1 });
    expect((await db.annotations.get(uid('long-title')))?.title).toBe('T'.repeat(2000));
  });

  it('runs one import at a time', async () => {
    const db = freshDb();
    const journal = freshJournal();
    const first = runImport(db, file(many(5)), { now: NOW, journal });
    expect(await runImport(db, file(many(5, 'second')), { now: NOW, journal })).toEqual({ ok: false, error: expect.stringMatching(/^Another import is still running/) });
    expect(await first).toMatchObject({ ok: true, added: 5 });
  });
});

describe('backup before a schema upgrade', () => {
  async function createV1(name: string, rows: object[]) {
    const v1 = track(new Dexie(name, deps));
    v1.version(1).stores(NOTES_SCHEMA_V1);
    await v1.table('annotations').bulkAdd(rows);
    v1.close();
  }

  it('copies every row of a version 1 database before it is upgraded, and offers it as a file', async () => {
    const name = freshName('old');
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `v1-${i}`, url: URL_A, exact: `q${i}`, start: i, end: i + 1, odd: { kept: i } }));
    await createV1(name, rows);
    const backups = freshBackups();
    const db = track(openNotesDb(name, deps));
    await prepareNotesStore(db, { backups, journal: freshJournal(), deps });
    expect(await db.annotations.count()).toBe(30);

    const list = await listBackups(backups);
    expect(list).toEqual([{ id: expect.any(Number), created: expect.any(String), reason: `before the update from version 1 to ${NOTES_DB_VERSION}`, rows: 30 }]);
    const download = await backupFile(backups, list[0]!.id);
    expect(download.filename).toMatch(/^crosscheck-backup-before-update-\d{4}-\d{2}-\d{2}\.json$/);
    const content = JSON.parse(download.content);
    expect(content).toMatchObject({ type: 'crosscheck-backup', database: name, version: 1 });
    // Every row exactly as version 1 stored it, odd fields and all (in key order).
    expect(content.tables.annotations).toEqual([...rows].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('makes no backup for a database already current, or none at all', async () => {
    const backups = freshBackups();
    const current = freshDb();
    await current.annotations.put(annotation());
    current.close();
    expect(await backupBeforeUpgrade(current.name, backups, { deps })).toBeNull();
    expect(await backupBeforeUpgrade(freshName('missing'), backups, { deps })).toBeNull();
    expect(await listBackups(backups)).toEqual([]);
    await expect(backupFile(backups, 99)).rejects.toThrow(/no such backup/);
  });
});

describe('import failure messages', () => {
  it('a chunk the browser aborted (a full disk) reads as such, and is undone', async () => {
    const db = freshDb();
    const realBulkPut = db.annotations.bulkPut.bind(db.annotations);
    let calls = 0;
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(((rows: ReaderAnnotation[]) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('annotations.bulkPut(): 25 of 500 operations failed.'), { name: 'BulkError', failures: [{ name: 'AbortError' }] });
      return realBulkPut(rows);
    }) as never);
    const result = await runImport(db, file(many(15)), { now: NOW, journal: freshJournal(), chunkRows: 10 });
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: 'Nothing was imported: the browser stopped saving them (the disk may be full). Your notes are as they were before.' });
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('the safety copy of an import', () => {
  function memorySnapshots() {
    let held: ImportSnapshot | null = null;
    const log: string[] = [];
    const store: SnapshotStore = {
      get: async () => held,
      set: async (s) => {
        log.push(`set ${s.annotations.length}`);
        held = structuredClone(s);
      },
      clear: async () => {
        log.push('clear');
        held = null;
      },
    };
    return { store, log, held: () => held };
  }

  it('is written before the import writes and removed when it finished', async () => {
    const db = freshDb();
    await db.annotations.bulkPut([annotation({ id: uid('s1') }), annotation({ id: uid('s2') })]);
    const snapshots = memorySnapshots();
    expect(await runImport(db, file(many(3, 'snap')), { now: NOW, journal: freshJournal(), snapshot: snapshots.store })).toMatchObject({ ok: true, added: 3 });
    expect(snapshots.log).toEqual(['set 2', 'clear']);
  });

  it('refuses the import when the copy cannot be written, changing nothing', async () => {
    const db = freshDb();
    const failing: SnapshotStore = { get: async () => null, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')), clear: async () => {} };
    const result = await runImport(db, file(many(3, 'snap2')), { now: NOW, journal: freshJournal(), snapshot: failing });
    expect(result).toEqual({ ok: false, error: 'Nothing was imported: Crosscheck could not save a safety copy of your notes first (QUOTA_BYTES quota exceeded). Your notes are as they were before.' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('when the browser dropped the whole database mid-import, the next start puts every note back', async () => {
    const name = freshName('dropped');
    const db = track(openNotesDb(name, deps));
    const mine = [annotation({ id: uid('d1'), note: 'one' }), annotation({ id: uid('d2'), note: 'two' })];
    await db.annotations.bulkPut(mine);
    const snapshots = memorySnapshots();
    const journal = freshJournal();
    // The import hangs after its copy and journal are written; then the store is lost (database and journal).
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation((() => new Promise(() => {})) as never);
    void runImport(db, file(many(5, 'dropped')), { now: NOW, journal, snapshot: snapshots.store, timeoutMs: 60_000 });
    await vi.waitFor(async () => expect(await journal.entries.count()).toBe(5));
    vi.restoreAllMocks();
    db.close();
    await db.delete();
    await journal.entries.clear();

    const again = track(openNotesDb(name, deps));
    await prepareNotesStore(again, { journal, backups: freshBackups(), snapshot: snapshots.store, deps });
    expect(await sorted(again)).toEqual(mine);
    expect(snapshots.held()).toBeNull();
  });
});
