import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFile } from '../../lib/annotations/export';
import { KEY_FINDINGS } from '../../lib/annotations/jsonld';
import type { NotesRequest } from '../../entrypoints/background/notes';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { handleNotesRequest, type NotesHandlerOptions } from '../../entrypoints/background/notes';
import type { NotesDb } from '../../entrypoints/background/notes-db';
import { annotation, dropAll, findings, freshDb, fromPopup, names, storeOptions, uid, URL_A, URL_B } from '../support/notes-db';

afterEach(async () => {
  vi.restoreAllMocks();
  await dropAll();
});

const NOW = new Date('2025-06-01T12:00:00.000Z');
const opts: NotesHandlerOptions = { now: () => NOW };
const URL_C = 'https://other.example/no-notes-here';

function ask<R extends NotesRequest>(db: NotesDb, request: R) {
  return handleNotesRequest(db, request, fromPopup, storeOptions(opts));
}

const at = (start: number) => ({ type: 'TextPositionSelector' as const, start, end: start + 5 });

function rows(): ReaderAnnotation[] {
  return [
    annotation({ id: uid('a-late'), url: URL_A, position: at(300), note: 'Ministry says 19', tags: ['casualties', 'dispute'] }),
    annotation({ id: uid('a-early'), url: URL_A, position: at(10), colour: 'green' }),
    annotation({
      id: uid('b-only'),
      url: URL_B,
      title: 'Aid convoy reaches the city',
      quote: { type: 'TextQuoteSelector', exact: 'forty trucks', prefix: 'about ', suffix: ' crossed' },
      position: at(42),
      colour: 'blue',
      note: '=SUM(A1) "quoted", and a comma',
      modified: '2025-02-03T04:05:06.000Z',
    }),
  ];
}

async function seeded(): Promise<NotesDb> {
  const db = freshDb();
  await db.annotations.bulkPut(rows());
  return db;
}

async function snapshot(db: NotesDb) {
  const [annotations, pages] = await Promise.all([db.annotations.toArray(), db.pages.toArray()]);
  return { annotations: annotations.sort((a, b) => a.id.localeCompare(b.id)), pages };
}

const byPage = (list: ReaderAnnotation[]) =>
  [...list].sort((a, b) => a.url.localeCompare(b.url) || a.position.start - b.position.start);

describe('notes:export', () => {
  it('exports all notes through exportFile, in page and reading order', async () => {
    const db = await seeded();
    const file = await ask(db, { type: 'notes:export', scope: 'all', format: 'json', includeFindings: false });
    expect(file).toEqual(exportFile('json', 'all', byPage(rows()), null, NOW));
    expect(file.filename).toBe('crosscheck-notes-2025-06-01.json');
    const json = JSON.parse(file.content) as { first: { items: { id: string }[] }; [KEY_FINDINGS]?: unknown };
    expect(json.first.items.map((i) => i.id)).toEqual(['a-early', 'a-late', 'b-only'].map((n) => `urn:uuid:${uid(n)}`));
    expect(json).not.toHaveProperty(KEY_FINDINGS);
  });

  it('exports one page’s notes only', async () => {
    const db = await seeded();
    const file = await ask(db, { type: 'notes:export', scope: { url: URL_B }, format: 'markdown', includeFindings: false });
    expect(file).toEqual(exportFile('markdown', { url: URL_B }, byPage(rows()).filter((a) => a.url === URL_B), null, NOW));
    expect(file.filename).toBe('crosscheck-notes-2025-06-01-aid-convoy-reaches-the-city.md');
    expect(file.content).toContain('forty trucks');
    expect(file.content).not.toContain('22 people were killed');
  });

  it('finds the page by its normalised URL', async () => {
    const db = await seeded();
    const file = await ask(db, { type: 'notes:export', scope: { url: `${URL_B}?utm_source=x#top` }, format: 'csv', includeFindings: false });
    expect(file.mime).toBe('text/csv');
    expect(file.content).toContain('forty trucks');
    expect(file.content).not.toContain('22 people were killed');
  });

  it('refuses an unknown format or scope', async () => {
    const db = await seeded();
    await expect(ask(db, { type: 'notes:export', scope: 'all', format: 'pdf' as never, includeFindings: false })).rejects.toThrow(
      /format must be one of json, markdown, csv/,
    );
    await expect(ask(db, { type: 'notes:export', scope: 'some' as never, format: 'json', includeFindings: false })).rejects.toThrow(/scope/);
    await expect(ask(db, { type: 'notes:export', scope: { url: 'about:blank' }, format: 'json', includeFindings: false })).rejects.toThrow(
      /scope.url must be an http\(s\) URL/,
    );
  });
});

describe('notes:record-findings, then an export with findings', () => {
  it('adds the stored findings of the pages in scope', async () => {
    const db = await seeded();
    await ask(db, { type: 'notes:record-findings', page: findings({ url: URL_A }) });
    await ask(db, { type: 'notes:record-findings', page: findings({ url: URL_C, title: 'No notes', event: 'Another event' }) });

    const all = await ask(db, { type: 'notes:export', scope: 'all', format: 'json', includeFindings: true });
    // Every page with notes (A has findings, B has none); C has findings but no notes.
    expect(all).toEqual(exportFile('json', 'all', byPage(rows()), [findings({ url: URL_A })], NOW));
    const json = JSON.parse(all.content) as Record<string, unknown>;
    expect(json[KEY_FINDINGS]).toEqual([expect.objectContaining({ url: URL_A, event: 'Strike on the market' })]);

    const pageA = await ask(db, { type: 'notes:export', scope: { url: URL_A }, format: 'markdown', includeFindings: true });
    expect(pageA.content).toContain('Strike on the market');
    const csv = await ask(db, { type: 'notes:export', scope: { url: URL_A }, format: 'csv', includeFindings: true });
    expect(csv.content).toContain('Other Outlet');

    // One page's export carries that page's findings even without notes.
    const pageC = await ask(db, { type: 'notes:export', scope: { url: URL_C }, format: 'json', includeFindings: true });
    expect(pageC).toEqual(exportFile('json', { url: URL_C }, [], [findings({ url: URL_C, title: 'No notes', event: 'Another event' })], NOW));
  });

  it('leaves findings out unless asked', async () => {
    const db = await seeded();
    await ask(db, { type: 'notes:record-findings', page: findings({ url: URL_A }) });
    const file = await ask(db, { type: 'notes:export', scope: 'all', format: 'markdown', includeFindings: false });
    expect(file.content).not.toContain('Strike on the market');
  });
});

describe('notes:import', () => {
  async function exported(db: NotesDb): Promise<string> {
    return (await ask(db, { type: 'notes:export', scope: 'all', format: 'json', includeFindings: true })).content;
  }

  it('writes the notes of a valid export into an empty database', async () => {
    const source = await seeded();
    await ask(source, { type: 'notes:record-findings', page: findings() });
    const target = freshDb();
    expect(await ask(target, { type: 'notes:import', json: await exported(source) })).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0 });
    expect((await snapshot(target)).annotations).toEqual((await snapshot(source)).annotations);
    // The findings in an export are for reading; the import does not bring them back.
    expect(await target.pages.count()).toBe(0);
    expect(names(await ask(target, { type: 'notes:list', url: URL_A }))).toEqual(['a-early', 'a-late']);
  });

  it('creates nothing new when the same file is imported twice', async () => {
    const source = await seeded();
    const json = await exported(source);
    const target = freshDb();
    await ask(target, { type: 'notes:import', json });
    const after = await snapshot(target);
    expect(await ask(target, { type: 'notes:import', json })).toEqual({ ok: true, added: 0, updated: 0, unchanged: 3 });
    expect(await snapshot(target)).toEqual(after);
    // Into the database it came from, too.
    expect(await ask(source, { type: 'notes:import', json })).toEqual({ ok: true, added: 0, updated: 0, unchanged: 3 });
    expect(await source.annotations.count()).toBe(3);
  });

  it('updates a note the file has a newer version of, and keeps the reader’s newer one', async () => {
    const source = await seeded();
    await ask(source, { type: 'notes:save', annotation: { ...rows()[0]!, note: 'edited on the laptop' } });
    const json = await exported(source);
    const target = await seeded();
    await target.annotations.put({ ...rows()[2]!, note: 'edited here later', modified: '2030-01-01T00:00:00.000Z' });
    expect(await ask(target, { type: 'notes:import', json })).toEqual({ ok: true, added: 0, updated: 1, unchanged: 2 });
    expect((await target.annotations.get(uid('a-late')))?.note).toBe('edited on the laptop');
    expect((await target.annotations.get(uid('b-only')))?.note).toBe('edited here later');
  });

  function hostileFiles(valid: string): Array<[string, string]> {
    const data = () => JSON.parse(valid) as { first: { items: Array<Record<string, unknown>> } };
    const withItem = (i: number, change: (item: Record<string, unknown>) => void) => {
      const d = data();
      change(d.first.items[i]!);
      return JSON.stringify(d);
    };
    const newItem = (id: string) => (item: Record<string, unknown>) => {
      item.id = `urn:uuid:${id}`;
    };
    return [
      ['not JSON', 'this is not json {'],
      ['empty', ''],
      ['an empty object', '{}'],
      ['a CSV export', 'id,url,title\r\n1,https://a.example/,x'],
      ['a JSON array', '[1, 2, 3]'],
      ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['a __proto__ key', valid.replace('"type": "AnnotationCollection"', '"type": "AnnotationCollection", "__proto__": {"polluted": true}')],
      // The first item is new and valid; a later one is bad: nothing at all may be written.
      [
        'a javascript: URL in a later item',
        (() => {
          const d = data();
          newItem('11111111-1111-4111-8111-111111111111')(d.first.items[0]!);
          (d.first.items[1]!.target as { source: string }).source = 'javascript:alert(1)';
          return JSON.stringify(d);
        })(),
      ],
      ['an id that is not a UUID', withItem(1, (item) => (item.id = 'evil'))],
      // Item 1 is "a-late", the one with a note.
      ['a huge note', withItem(1, (item) => ((item.body as Array<{ value: string }>)[0]!.value = 'x'.repeat(60_000)))],
      ['a colour that does not exist', withItem(0, (item) => (item['crosscheck:colour'] = 'red'))],
      ['a date that is not one', withItem(0, (item) => (item.modified = 'yesterday'))],
      ['a backwards position', withItem(0, (item) => ((item.target as { selector: Array<Record<string, unknown>> }).selector[1]!.start = 9e6))],
    ];
  }

  it('refuses malformed and hostile files with a clear error, and changes nothing', async () => {
    const db = await seeded();
    await ask(db, { type: 'notes:record-findings', page: findings() });
    const before = await snapshot(db);
    // A valid export of three other notes, made hostile in each way below.
    const other = freshDb();
    await other.annotations.bulkPut(rows().map((a, i) => ({ ...a, id: uid(`other-${i}`) })));
    const valid = await exported(other);
    expect(await ask(freshDb(), { type: 'notes:import', json: valid })).toMatchObject({ ok: true, added: 3 });

    for (const [label, json] of hostileFiles(valid)) {
      const result = await ask(db, { type: 'notes:import', json });
      expect(result, label).toMatchObject({ ok: false, error: expect.stringMatching(/^This file (is not a Crosscheck export|cannot be imported): .+\.$/) });
      expect(await snapshot(db), label).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an import that is not text', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await ask(db, { type: 'notes:import', json: { first: [] } as never });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('not text') });
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls the whole import back when writing fails part way', async () => {
    const source = freshDb();
    await source.annotations.bulkPut(rows().map((a, i) => ({ ...a, id: uid(`new-${i}`) })));
    const json = await exported(source);
    const db = await seeded();
    const before = await snapshot(db);
    const realPut = db.annotations.put.bind(db.annotations);
    const failingBulkPut = async (items: readonly ReaderAnnotation[]) => {
      await realPut(items[0]!); // one row written inside the transaction…
      throw new Error('QuotaExceededError'); // …then the disk is full.
    };
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(failingBulkPut as unknown as typeof db.annotations.bulkPut);
    const result = await ask(db, { type: 'notes:import', json });
    expect(result).toEqual({ ok: false, error: 'Nothing was imported: the browser ran out of storage. Your notes are as they were before.' });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});
