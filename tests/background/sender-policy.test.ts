import { afterEach, describe, expect, it } from 'vitest';
import { handleNotesRequest, NotesError } from '../../entrypoints/background/notes';
import { authorise, classifySender, WHO_MAY_SEND } from '../../entrypoints/background/sender-policy';
import type { NotesRequest } from '../../entrypoints/background/notes';
import type { BackgroundType } from '../../lib/messages';
import { annotation, dropAll, EXTENSION_ORIGIN, freshDb, fromPage, fromPopup, storeOptions, uid } from '../support/notes-db';

afterEach(dropAll);

const ARTICLE = 'https://alice.github.io/strike';
const OTHER = 'https://mallory.github.io/post';

describe('classifySender', () => {
  it('tells the extension’s own pages, content scripts in web pages and framed extension pages apart', () => {
    expect(classifySender(fromPopup, EXTENSION_ORIGIN)).toEqual({ kind: 'extension' });
    // The options page or facts.html in a tab of their own are extension pages too.
    const optionsTab = { url: `${EXTENSION_ORIGIN}options.html`, tab: { id: 2, url: `${EXTENSION_ORIGIN}options.html` } as never };
    expect(classifySender(optionsTab, EXTENSION_ORIGIN)).toEqual({ kind: 'extension' });
    expect(classifySender(fromPage('https://News.Example:443/a#x', 7, 2), EXTENSION_ORIGIN)).toEqual({ kind: 'page', host: 'news.example', tabId: 7, frameId: 2 });
    // An extension page framed in a web tab (a page can frame a web-accessible page itself): that tab's site only.
    const framed = { url: `${EXTENSION_ORIGIN}note-editor.html#t`, frameId: 4, tab: { id: 9, url: ARTICLE } as never };
    expect(classifySender(framed, EXTENSION_ORIGIN)).toEqual({ kind: 'extension-frame', host: 'alice.github.io', tabId: 9, frameId: 4 });
  });

  it('knows no one else', () => {
    const unknown = [
      undefined,
      {},
      { tab: { id: 3 } as never },
      { url: 'about:blank', tab: { id: 3, url: 'about:blank' } as never },
      { url: 'chrome-extension://another-extension/page.html' },
      { url: 'file:///home/me/a.html', tab: { id: 3 } as never },
      // A web URL without a tab is not a content script.
      { url: ARTICLE },
    ];
    for (const sender of unknown) expect(classifySender(sender, EXTENSION_ORIGIN).kind).toBe('unknown');
    // Without an origin to compare with, nothing is an extension page.
    expect(classifySender(fromPopup, '').kind).toBe('unknown');
  });
});

describe('authorise', () => {
  const page = classifySender(fromPage(ARTICLE), EXTENSION_ORIGIN);

  it('lists every notes request type', () => {
    for (const type of ['notes:list', 'notes:save', 'notes:delete', 'notes:search', 'notes:record-findings', 'notes:export', 'notes:import', 'notes:load-ui', 'notes:has']) {
      expect(WHO_MAY_SEND[type as BackgroundType], type).toBeDefined();
    }
  });

  it('lets a page ask only about its own host', () => {
    expect(authorise({ type: 'notes:list', url: `${ARTICLE}?utm_source=x` }, page)).toEqual({ scope: 'site', host: 'alice.github.io' });
    expect(authorise({ type: 'notes:has', href: ARTICLE, canonical: OTHER }, page)).toEqual({ scope: 'site', host: 'alice.github.io' });
    for (const request of [
      { type: 'notes:list', url: OTHER },
      { type: 'notes:has', href: OTHER, canonical: null },
      { type: 'notes:save', annotation: annotation({ url: OTHER }) },
      { type: 'notes:record-findings', page: { url: OTHER } },
      { type: 'notes:list', url: 42 },
      { type: 'notes:save' },
    ]) {
      expect(() => authorise(request, page), request.type).toThrow(/a page may only reach its own site’s notes \(alice\.github\.io\)/);
    }
  });

  it('keeps search, export, import and backups to the extension’s pages', () => {
    for (const type of ['notes:search', 'notes:export', 'notes:import', 'notes:backup-list', 'notes:backup-get']) {
      expect(() => authorise({ type }, page)).toThrow(NotesError);
      expect(() => authorise({ type }, page)).toThrow(/only the extension’s own pages may send it/);
      expect(authorise({ type }, { kind: 'extension' })).toEqual({ scope: 'all' });
    }
  });

  it('refuses unknown senders and unknown messages', () => {
    expect(() => authorise({ type: 'notes:list', url: ARTICLE }, { kind: 'unknown', why: 'no address' })).toThrow(/unknown sender \(no address\)/);
    expect(() => authorise({ type: 'notes:wipe-everything' }, { kind: 'extension' })).toThrow(/does not answer this message/);
    expect(() => authorise({ type: 'toString' }, { kind: 'extension' })).toThrow(/does not answer/);
    expect(() => authorise(null, { kind: 'extension' })).toThrow(/does not answer/);
  });

  it('gives a framed extension page nothing unless its row lists it', () => {
    const framed = classifySender({ url: `${EXTENSION_ORIGIN}x.html`, tab: { id: 1, url: ARTICLE } as never }, EXTENSION_ORIGIN);
    expect(() => authorise({ type: 'notes:list', url: ARTICLE }, framed)).toThrow(/a frame inside a web page/);
  });
});

describe('the handler under the policy', () => {
  const ask = <R extends NotesRequest>(db: ReturnType<typeof freshDb>, request: R, sender: Parameters<typeof handleNotesRequest>[2]) =>
    handleNotesRequest(db, request, sender, storeOptions());

  it('a page can neither read, overwrite nor delete another site’s note, even knowing its id', async () => {
    const db = freshDb();
    const theirs = annotation({ id: uid('theirs'), url: ARTICLE, note: 'my source at the Pentagon' });
    await db.annotations.put(theirs);
    const attacker = fromPage(OTHER);
    await expect(ask(db, { type: 'notes:list', url: ARTICLE }, attacker)).rejects.toThrow(/only reach its own site/);
    await expect(ask(db, { type: 'notes:delete', id: theirs.id }, attacker)).rejects.toThrow(/belongs to another site/);
    // Same id, filed under the attacker's own address: would move the note to the attacker's site.
    await expect(ask(db, { type: 'notes:save', annotation: { ...theirs, url: OTHER, note: 'gone' } }, attacker)).rejects.toThrow(/belongs to another site/);
    await expect(ask(db, { type: 'notes:search', query: 'Pentagon' }, attacker)).rejects.toThrow(/extension’s own pages/);
    await expect(ask(db, { type: 'notes:export', scope: 'all', format: 'json', includeFindings: false }, attacker)).rejects.toThrow(/extension’s own pages/);
    expect(await db.annotations.get(theirs.id)).toEqual(theirs);
  });

  it('a page manages its own notes; the popup manages all', async () => {
    const db = freshDb();
    const own = fromPage(ARTICLE);
    expect(await ask(db, { type: 'notes:save', annotation: annotation({ id: uid('own'), url: ARTICLE }) }, own)).toMatchObject({ ok: true });
    expect((await ask(db, { type: 'notes:list', url: ARTICLE }, own)).map((a) => a.id)).toEqual([uid('own')]);
    expect(await ask(db, { type: 'notes:delete', id: uid('own') }, own)).toBe(true);
    await db.annotations.put(annotation({ id: uid('elsewhere'), url: OTHER }));
    expect(await ask(db, { type: 'notes:delete', id: uid('elsewhere') }, fromPopup)).toBe(true);
  });

  it('refuses a request with no sender at all', async () => {
    await expect(handleNotesRequest(freshDb(), { type: 'notes:list', url: ARTICLE }, undefined, storeOptions())).rejects.toThrow(/unknown sender/);
  });
});
