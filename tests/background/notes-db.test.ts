import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  annotationFromV1,
  NOTES_DB_VERSION,
  NOTES_SCHEMA_V1,
  openNotesDb,
  type AnnotationRowV1,
} from '../../entrypoints/background/notes-db';
import { deps, dropAll, freshName, track } from '../support/notes-db';

afterEach(dropAll);

function v1Row(n: number, over: Partial<AnnotationRowV1> = {}): AnnotationRowV1 {
  return {
    id: `v1-${n}`,
    url: `https://news.example/${n % 3}`,
    title: `Page ${n % 3}`,
    exact: `quote ${n}`,
    prefix: `before ${n} `,
    suffix: ` after ${n}`,
    start: n * 10,
    end: n * 10 + 7,
    colour: 'green',
    note: n % 2 ? `note ${n}` : '',
    tags: n % 2 ? ['casualties', `t${n}`] : [],
    created: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(),
    modified: new Date(Date.UTC(2024, 0, 2, 0, n)).toISOString(),
    ...over,
  };
}

/** A real version 1 database, as a reader who installed the first release has it. */
async function createV1(name: string, rows: unknown[]): Promise<void> {
  const v1 = track(new Dexie(name, deps));
  v1.version(1).stores(NOTES_SCHEMA_V1);
  await v1.table('annotations').bulkAdd(rows);
  expect(await v1.table('annotations').count()).toBe(rows.length);
  v1.close();
}

describe('notes database: migration from version 1', () => {
  it('converts every v1 row to the current shape and loses nothing', async () => {
    const name = freshName('migrate');
    const rows = Array.from({ length: 250 }, (_, i) => v1Row(i));
    await createV1(name, rows);

    const db = track(openNotesDb(name, deps));
    await db.open();
    expect(db.verno).toBe(NOTES_DB_VERSION);
    expect(await db.annotations.count()).toBe(rows.length);

    const all = await db.annotations.toArray();
    const byId = new Map(all.map((a) => [a.id, a]));
    for (const r of rows) {
      expect(byId.get(r.id)).toEqual({
        id: r.id,
        url: r.url,
        title: r.title,
        quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        position: { type: 'TextPositionSelector', start: r.start, end: r.end },
        colour: r.colour,
        note: r.note,
        tags: r.tags,
        created: r.created,
        modified: r.modified,
      });
    }
    // No flat v1 fields left behind.
    for (const a of all) {
      for (const key of ['exact', 'prefix', 'suffix', 'start', 'end']) expect(a).not.toHaveProperty(key);
    }
  });

  it('builds the new indexes over converted rows (tags multi-entry, url, modified) and adds the pages table', async () => {
    const name = freshName('migrate-idx');
    await createV1(name, [v1Row(1), v1Row(2), v1Row(3), v1Row(4)]);
    const db = track(openNotesDb(name, deps));

    const tagged = await db.annotations.where('tags').equals('casualties').primaryKeys();
    expect(tagged.sort()).toEqual(['v1-1', 'v1-3']);
    expect(await db.annotations.where('tags').equals('t3').primaryKeys()).toEqual(['v1-3']);
    expect((await db.annotations.where('url').equals('https://news.example/1').primaryKeys()).sort()).toEqual(['v1-1', 'v1-4']);
    const newest = await db.annotations.orderBy('modified').reverse().first();
    expect(newest?.id).toBe('v1-4');

    const indexes = db.annotations.schema.indexes.map((i) => ({ name: i.name, multi: i.multi }));
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: 'url', multi: false },
        { name: 'modified', multi: false },
        { name: 'tags', multi: true },
      ]),
    );
    expect(await db.pages.count()).toBe(0);
    await db.pages.put({ url: 'https://news.example/1', title: '', event: null, findings: [], recorded: '2025-01-01T00:00:00.000Z' });
    expect(await db.pages.count()).toBe(1);
  });

  it('keeps odd v1 rows too, with neutral defaults', async () => {
    const name = freshName('migrate-odd');
    const odd = [
      { id: 'no-tags', url: 'https://x.example/', exact: 'q', start: 5, end: 9, modified: '2024-03-01T00:00:00.000Z' },
      { ...v1Row(7), id: 'string-tags', tags: 'war, aid ,' as unknown as string[], colour: 'purple' as never },
      { ...v1Row(8), id: 'backwards', start: 50, end: 10 },
    ];
    await createV1(name, odd);
    const db = track(openNotesDb(name, deps));
    expect(await db.annotations.count()).toBe(3);

    const noTags = await db.annotations.get('no-tags');
    expect(noTags).toMatchObject({
      title: '',
      note: '',
      tags: [],
      colour: 'yellow',
      quote: { exact: 'q', prefix: '', suffix: '' },
      position: { start: 5, end: 9 },
      created: '2024-03-01T00:00:00.000Z',
      modified: '2024-03-01T00:00:00.000Z',
    });
    expect(await db.annotations.get('string-tags')).toMatchObject({ tags: ['war', 'aid'], colour: 'yellow' });
    expect((await db.annotations.get('backwards'))?.position).toEqual({ type: 'TextPositionSelector', start: 50, end: 50 });
  });

  it('opens a migrated database again without changing it', async () => {
    const name = freshName('migrate-twice');
    await createV1(name, [v1Row(1), v1Row(2)]);
    const first = track(openNotesDb(name, deps));
    const before = await first.annotations.toArray();
    first.close();
    const second = track(openNotesDb(name, deps));
    expect(await second.annotations.toArray()).toEqual(before);
  });

  it('creates a new database directly at the current version', async () => {
    const db = track(openNotesDb(freshName('fresh'), deps));
    await db.open();
    expect(db.verno).toBe(NOTES_DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'pages', 'sources']);
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('annotationFromV1', () => {
  it('passes a row already in the current shape through unchanged', () => {
    const current = annotationFromV1(v1Row(1));
    expect(annotationFromV1(current as never)).toBe(current);
  });
});
