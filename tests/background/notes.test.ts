import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotesRequest } from '../../entrypoints/background/notes';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import {
  handleNotesRequest,
  isNotesRequest,
  NotesError,
  SEARCH_LIMIT,
  type NotesHandlerOptions,
} from '../../entrypoints/background/notes';
import type { NotesDb } from '../../entrypoints/background/notes-db';
import { annotation, dropAll, findings, freshDb, fromPage, fromPopup, names, storeOptions, uid, URL_A, URL_B } from '../support/notes-db';

afterEach(dropAll);

const NOW = new Date('2025-06-01T12:00:00.000Z');
const opts: NotesHandlerOptions = { now: () => NOW };

function ask<R extends NotesRequest>(db: NotesDb, request: R, o: NotesHandlerOptions = opts) {
  return handleNotesRequest(db, request, fromPopup, storeOptions(o));
}

/** Writes rows as they are (no handler), for setting up a database. */
async function seed(db: NotesDb, rows: ReaderAnnotation[]): Promise<void> {
  await db.annotations.bulkPut(rows);
}

async function snapshot(db: NotesDb) {
  const rows = await db.annotations.toArray();
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

describe('isNotesRequest', () => {
  it('accepts the background’s notes requests only', () => {
    expect(isNotesRequest({ type: 'notes:list', url: URL_A })).toBe(true);
    expect(isNotesRequest({ type: 'notes:load-ui' })).toBe(true);
    // Tab-bound notes messages are for the page's notes UI, not the background.
    expect(isNotesRequest({ type: 'notes:page-state' })).toBe(false);
    expect(isNotesRequest({ type: 'load-popover-ui' })).toBe(false);
    expect(isNotesRequest(null)).toBe(false);
    expect(isNotesRequest('notes:list')).toBe(false);
  });
});

describe('notes:save, notes:list, notes:delete', () => {
  it('saves a new annotation, setting modified and keeping created', async () => {
    const db = freshDb();
    const saved = await ask(db, { type: 'notes:save', annotation: annotation({ note: 'check this' }) });
    expect(saved).toEqual({ ok: true, annotation: annotation({ note: 'check this', modified: NOW.toISOString() }), merged: false });
    expect(await db.annotations.get(uid('a1'))).toEqual(annotation({ note: 'check this', modified: NOW.toISOString() }));
  });

  it('upserts by id: an edit replaces the row, keeps its created date, moves modified', async () => {
    const db = freshDb();
    await ask(db, { type: 'notes:save', annotation: annotation() });
    const later = new Date('2025-06-02T08:00:00.000Z');
    const edited = await ask(
      db,
      { type: 'notes:save', annotation: annotation({ note: 'edited', colour: 'pink', tags: ['aid'], created: '2030-01-01T00:00:00.000Z' }) },
      { now: () => later },
    );
    expect(edited).toMatchObject({ ok: true, annotation: { note: 'edited', colour: 'pink', tags: ['aid'], created: '2025-01-01T10:00:00.000Z', modified: later.toISOString() } });
    expect(await db.annotations.count()).toBe(1);
    expect(await db.annotations.where('tags').equals('aid').count()).toBe(1);
  });

  it('fills in created when the client leaves it out, and drops unknown fields', async () => {
    const db = freshDb();
    const given = { ...annotation(), created: undefined, extra: 'not stored', __proto__: { polluted: true } } as unknown as ReaderAnnotation;
    const saved = await ask(db, { type: 'notes:save', annotation: given });
    expect(saved.ok && saved.annotation.created).toBe(NOW.toISOString());
    const stored = await db.annotations.get(uid('a1'));
    expect(stored).not.toHaveProperty('extra');
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      ['colour', 'created', 'id', 'modified', 'note', 'position', 'quote', 'tags', 'title', 'url'].sort(),
    );
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, /url must be an http\(s\) URL/],
    ['a file: URL', { url: 'file:///etc/passwd' }, /http\(s\)/],
    ['no URL', { url: 'not a url' }, /url is not a valid URL/],
    ['an empty id', { id: '' }, /id must not be empty/],
    ['an id that is not a UUID', { id: 'note-1' }, /id must be a UUID/],
    ['an unknown colour', { colour: 'red' as never }, /colour must be one of yellow, green, blue, pink/],
    ['a huge note', { note: 'x'.repeat(50_001) }, /note is too long/],
    ['a huge quote', { quote: { type: 'TextQuoteSelector' as const, exact: 'x'.repeat(20_001), prefix: '', suffix: '' } }, /quote.exact is too long/],
    ['an empty quote', { quote: { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' } }, /quote.exact must not be empty/],
    ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, /too many tags/],
    ['a non-string tag', { tags: [3 as never] }, /tags\[0\] must be a string/],
    ['a backwards position', { position: { type: 'TextPositionSelector' as const, start: 10, end: 5 } }, /end must not be before its start/],
    ['a negative position', { position: { type: 'TextPositionSelector' as const, start: -1, end: 5 } }, /start must be a whole number/],
  ])('refuses %s and stores nothing', async (_label, over, message) => {
    const db = freshDb();
    await expect(ask(db, { type: 'notes:save', annotation: annotation(over as Partial<ReaderAnnotation>) })).rejects.toThrow(message);
    await expect(ask(db, { type: 'notes:save', annotation: annotation(over as Partial<ReaderAnnotation>) })).rejects.toBeInstanceOf(NotesError);
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses a request without an annotation', async () => {
    const db = freshDb();
    await expect(ask(db, { type: 'notes:save' } as never)).rejects.toThrow(/annotation must be an object/);
  });

  it('lists one page’s annotations in reading order', async () => {
    const db = freshDb();
    await seed(db, [
      annotation({ id: uid('late'), position: { type: 'TextPositionSelector', start: 500, end: 510 } }),
      annotation({ id: uid('other-page'), url: URL_B, position: { type: 'TextPositionSelector', start: 0, end: 5 } }),
      annotation({ id: uid('early'), position: { type: 'TextPositionSelector', start: 10, end: 20 } }),
      annotation({ id: uid('early-longer'), position: { type: 'TextPositionSelector', start: 10, end: 40 } }),
      annotation({ id: uid('middle'), position: { type: 'TextPositionSelector', start: 200, end: 210 } }),
    ]);
    const list = await ask(db, { type: 'notes:list', url: URL_A });
    expect(names(list)).toEqual(['early', 'early-longer', 'middle', 'late']);
    expect(names(await ask(db, { type: 'notes:list', url: URL_B }))).toEqual(['other-page']);
    expect(await ask(db, { type: 'notes:list', url: 'https://news.example/none' })).toEqual([]);
    await expect(ask(db, { type: 'notes:list', url: 42 as never })).rejects.toThrow(/url must be a string/);
  });

  it('stores and finds a page under its normalised URL', async () => {
    const db = freshDb();
    const saved = await ask(db, { type: 'notes:save', annotation: annotation({ url: 'HTTPS://News.Example/a?utm_source=feed#comments' }) });
    expect(saved.ok && saved.annotation.url).toBe(URL_A);
    expect(names(await ask(db, { type: 'notes:list', url: `${URL_A}?fbclid=1` }))).toEqual(['a1']);
    // Not a web page: nothing can be stored there, so nothing is listed.
    expect(await ask(db, { type: 'notes:list', url: 'chrome://newtab/' })).toEqual([]);
  });

  it('deletes by id and says whether there was one', async () => {
    const db = freshDb();
    await seed(db, [annotation({ id: uid('keep') }), annotation({ id: uid('drop') })]);
    expect(await ask(db, { type: 'notes:delete', id: uid('drop') })).toBe(true);
    expect(await ask(db, { type: 'notes:delete', id: uid('drop') })).toBe(false);
    expect(names(await db.annotations.toArray())).toEqual(['keep']);
    await expect(ask(db, { type: 'notes:delete', id: '' })).rejects.toThrow(/id must not be empty/);
  });

  it('refuses a request it does not know', async () => {
    const db = freshDb();
    await expect(ask(db, { type: 'notes:wipe' } as never)).rejects.toThrow(/not a notes request/);
  });
});

describe('notes:search', () => {
  it('finds matches across all pages, newest first', async () => {
    const db = freshDb();
    await seed(db, [
      annotation({ id: uid('old'), url: URL_A, note: 'ceasefire talks', modified: '2025-01-01T00:00:00.000Z' }),
      annotation({ id: uid('new'), url: URL_B, note: 'The ceasefire held', modified: '2025-03-01T00:00:00.000Z' }),
      annotation({ id: uid('mid'), url: URL_B, note: 'ceasefire?', modified: '2025-02-01T00:00:00.000Z' }),
      annotation({ id: uid('miss'), url: URL_A, note: 'nothing relevant', modified: '2025-04-01T00:00:00.000Z' }),
    ]);
    const found = await ask(db, { type: 'notes:search', query: 'ceasefire' });
    expect(names(found)).toEqual(['new', 'mid', 'old']);
  });

  it(`stops at ${SEARCH_LIMIT} results, keeping the newest`, async () => {
    const db = freshDb();
    const rows = Array.from({ length: SEARCH_LIMIT + 25 }, (_, i) =>
      annotation({ id: uid(`n${i}`), note: 'shelling', modified: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString() }),
    );
    await seed(db, rows);
    const found = await ask(db, { type: 'notes:search', query: 'shelling' });
    expect(found).toHaveLength(SEARCH_LIMIT);
    expect(found[0]?.id).toBe(uid(`n${SEARCH_LIMIT + 24}`));
    expect(found.at(-1)?.id).toBe(uid('n25'));
  });

  it('refuses a query that is not text or too long', async () => {
    const db = freshDb();
    await expect(ask(db, { type: 'notes:search', query: undefined as never })).rejects.toThrow(/query must be a string/);
    await expect(ask(db, { type: 'notes:search', query: 'q'.repeat(1001) })).rejects.toThrow(/query is too long/);
  });
});

describe('notes:record-findings', () => {
  it('stores a page’s findings, replacing the previous ones for that url', async () => {
    const db = freshDb();
    expect(await ask(db, { type: 'notes:record-findings', page: findings() })).toBe(true);
    expect(await ask(db, { type: 'notes:record-findings', page: findings({ event: 'Updated event' }) })).toBe(true);
    expect(await db.pages.count()).toBe(1);
    expect(await db.pages.get(URL_A)).toEqual(findings({ event: 'Updated event' }));
  });

  it('dates findings recorded without a date, and refuses malformed ones', async () => {
    const db = freshDb();
    await ask(db, { type: 'notes:record-findings', page: findings({ recorded: undefined as never }) });
    expect((await db.pages.get(URL_A))?.recorded).toBe(NOW.toISOString());
    await expect(ask(db, { type: 'notes:record-findings', page: findings({ url: 'chrome://settings' }) })).rejects.toThrow(/http\(s\)/);
    await expect(
      ask(db, { type: 'notes:record-findings', page: findings({ findings: [{ text: '1', kind: 'other', fact: null, status: 'agrees', others: [] } as never] }) }),
    ).rejects.toThrow(/findings\[0\]\.kind must be one of figure, name/);
    expect(await db.pages.count()).toBe(1);
  });
});

describe('notes:load-ui', () => {
  it('injects the notes UI into the sender’s frame', async () => {
    const db = freshDb();
    const injectUi = vi.fn(async () => true);
    const sender = fromPage('https://news.example/a', 7, 3);
    expect(await handleNotesRequest(db, { type: 'notes:load-ui' }, sender, storeOptions({ injectUi }))).toBe(true);
    expect(injectUi).toHaveBeenCalledWith(sender);
  });
});

describe('notes:has', () => {
  it('says whether a page has notes, normalising the raw address (fragment, tracking, canonical)', async () => {
    const db = freshDb();
    await seed(db, [annotation({ url: URL_A })]);
    expect(await ask(db, { type: 'notes:has', href: `${URL_A}?utm_source=x#comments`, canonical: null })).toBe(true);
    expect(await ask(db, { type: 'notes:has', href: 'https://news.example/a-amp', canonical: URL_A })).toBe(true);
    expect(await ask(db, { type: 'notes:has', href: URL_B, canonical: null })).toBe(false);
    expect(await ask(db, { type: 'notes:has', href: 'chrome://settings', canonical: null })).toBe(false);
  });
});
