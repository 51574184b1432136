/** The reader's sources in the notes database: the v2 → v3 upgrade keeps every note, and the messages. */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backupBeforeUpgrade } from '../../entrypoints/background/backups';
import { NOTES_DB_VERSION, NOTES_SCHEMA_V1, NOTES_SCHEMA_V2, openNotesDb } from '../../entrypoints/background/notes-db';
import { handleSourcesRequest } from '../../entrypoints/background/reader-sources';
import { annotation, deps, dropAll, EXTENSION_ORIGIN, freshBackups, freshDb, freshName, fromPage, fromPopup, track, uid } from '../support/notes-db';
import { draft, EVENT_2021 } from '../support/reader-sources';

afterEach(dropAll);

const options = { extensionOrigin: EXTENSION_ORIGIN, now: () => new Date('2026-03-01T10:00:00Z') };

describe('notes database version 3', () => {
  it('upgrades a version 2 database keeping every note and page, with an empty sources table, after a backup', async () => {
    const name = freshName('v2');
    const v2 = track(new Dexie(name, deps));
    v2.version(1).stores(NOTES_SCHEMA_V1);
    v2.version(2).stores(NOTES_SCHEMA_V2);
    const notes = Array.from({ length: 40 }, (_, i) => annotation({ id: uid(`v2-${i}`), note: `note ${i}`, tags: [`t${i % 3}`] }));
    await v2.table('annotations').bulkAdd(notes);
    await v2.table('pages').add({ url: 'https://news.example/a', title: 'A', event: null, findings: [], recorded: '2026-01-01T00:00:00.000Z' });
    v2.close();

    const backups = freshBackups();
    const backup = await backupBeforeUpgrade(name, backups, { deps });
    expect(backup).toMatchObject({ rows: 41, reason: 'before the update from version 2 to 3' });

    const db = track(openNotesDb(name, deps));
    await db.open();
    expect(db.verno).toBe(NOTES_DB_VERSION);
    expect(await db.annotations.orderBy('id').toArray()).toEqual([...notes].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.annotations.where('tags').equals('t1').count()).toBe(notes.filter((n) => n.tags.includes('t1')).length);
    expect(await db.pages.count()).toBe(1);
    expect(await db.sources.count()).toBe(0);
  });
});

describe('sources messages', () => {
  it('saves, lists by event, replaces the same page keeping its id, and removes', async () => {
    const db = freshDb();
    const first = await handleSourcesRequest(db, { type: 'sources:save', source: draft() }, fromPopup, options);
    expect(first.ok).toBe(true);
    const id = first.ok ? first.source.id : '';
    expect(id).toMatch(/^reader-/);

    const again = await handleSourcesRequest(db, { type: 'sources:save', source: draft({ outlet: 'The Harbour Gazette' }) }, fromPopup, options);
    expect(again.ok && again.source.id).toBe(id);
    const listed = await handleSourcesRequest(db, { type: 'sources:list', event: EVENT_2021 }, fromPopup, options);
    expect(listed.map((s) => s.outlet)).toEqual(['The Harbour Gazette']);
    expect(await handleSourcesRequest(db, { type: 'sources:list', event: '2023-10-26-us-strike-boukamal' as never }, fromPopup, options)).toEqual([]);

    expect(await handleSourcesRequest(db, { type: 'sources:remove', id: id as never }, fromPopup, options)).toBe(true);
    expect(await handleSourcesRequest(db, { type: 'sources:remove', id: id as never }, fromPopup, options)).toBe(false);
    expect(await handleSourcesRequest(db, { type: 'sources:list' }, fromPopup, options)).toEqual([]);
  });

  it('says why a draft cannot be saved, and stores nothing', async () => {
    const db = freshDb();
    const result = await handleSourcesRequest(db, { type: 'sources:save', source: draft({ claims: [] }) }, fromPopup, options);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('keeps no claim') });
    expect(await db.sources.count()).toBe(0);
  });

  it('tells the merged reference when a source changed', async () => {
    const db = freshDb();
    let changes = 0;
    const withChange = { ...options, onChange: () => (changes += 1) };
    const saved = await handleSourcesRequest(db, { type: 'sources:save', source: draft() }, fromPopup, withChange);
    expect(changes).toBe(1);
    await handleSourcesRequest(db, { type: 'sources:remove', id: (saved.ok ? saved.source.id : '') as never }, fromPopup, withChange);
    expect(changes).toBe(2);
  });

  it('refuses every sources message from a web page', async () => {
    const db = freshDb();
    const page = fromPage('https://harbour-gazette.example/world/syria-strike');
    await expect(handleSourcesRequest(db, { type: 'sources:save', source: draft() }, page, options)).rejects.toThrow(/only the extension’s own pages/);
    await expect(handleSourcesRequest(db, { type: 'sources:list' }, page, options)).rejects.toThrow(/refused/);
    await expect(handleSourcesRequest(db, { type: 'sources:remove', id: 'reader-0123456789abcdef' }, page, options)).rejects.toThrow(/refused/);
    expect(await db.sources.count()).toBe(0);
  });
});
