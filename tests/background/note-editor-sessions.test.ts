import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleEditorRequest,
  MAX_FRAME_HEIGHT,
  MAX_SESSIONS,
  memoryStore,
  registerNoteEditorSessions,
  UNCLAIMED_LIFETIME_MS,
  type EditorRequest,
  type EditorSessionDeps,
} from '../../entrypoints/background/note-editor-sessions';
import { dispatcher } from '../../entrypoints/background/dispatch';
import { saveNote } from '../../entrypoints/background/notes';
import type { NotesDb } from '../../entrypoints/background/notes-db';
import type { EditorReport } from '../../lib/annotations/notes-wire';
import type { ContentMessage } from '../../lib/messages';
import { annotation, dropAll, EXTENSION_ORIGIN, freshDb, fromPage, fromPopup, uid, URL_A } from '../support/notes-db';

afterEach(dropAll);

const TAB = 5;
const FRAME = 2;
/** The notes UI's content script in the article's frame. */
const notesUi = fromPage(URL_A, TAB, FRAME);
/** The editor page framed inside a tab showing `tabUrl`. */
function editorFrame(tabId = TAB, tabUrl = URL_A, frameId = 9): Browser.runtime.MessageSender {
  return { id: 'crosscheck-test', url: `${EXTENSION_ORIGIN}note-editor.html#t`, frameId, tab: { id: tabId, url: tabUrl } as Browser.tabs.Tab };
}

interface Harness {
  db: NotesDb;
  deps: EditorSessionDeps;
  sent: Array<{ tabId: number; frameId: number; message: ContentMessage<'notes:editor-event'> }>;
  clock: { now: number };
  ask<R extends EditorRequest>(request: R, sender: Browser.runtime.MessageSender | undefined): ReturnType<typeof handleEditorRequest<R>>;
  sessions(): Promise<number>;
}

function harness(): Harness {
  const db = freshDb('editor');
  const sent: Harness['sent'] = [];
  const clock = { now: Date.parse('2025-03-01T12:00:00Z') };
  let count = 0;
  const deps: EditorSessionDeps = {
    store: memoryStore(),
    getNote: (id) => db.annotations.get(id),
    extensionOrigin: EXTENSION_ORIGIN,
    sendToFrame: async (tabId, frameId, message) => void sent.push({ tabId, frameId, message }),
    newToken: () => `${(++count).toString(16).padStart(8, '0')}${'ab'.repeat(12)}`,
    now: () => clock.now,
  };
  return {
    db,
    deps,
    sent,
    clock,
    ask: (request, sender) => handleEditorRequest(deps, request, sender),
    sessions: async () => (await deps.store.all()).length,
  };
}

async function stored(db: NotesDb, over = {}) {
  const result = await saveNote(db, annotation(over), new Date('2025-01-02T00:00:00Z'));
  if (!result.ok) throw new Error('not saved');
  return result.annotation;
}

async function openEdit(h: Harness, id = uid('a1'), sender = notesUi): Promise<string> {
  const reply = await h.ask({ type: 'notes:editor-open', target: { kind: 'edit', id } }, sender);
  if (!reply) throw new Error('no session');
  return reply.token;
}

describe('note editor sessions: opening', () => {
  it('opens an edit of the page’s own note with the stored row, and a new note with the draft', async () => {
    const h = harness();
    const note = await stored(h.db, { note: 'first' });
    const token = await openEdit(h);
    expect(await h.ask({ type: 'notes:editor-session', token }, editorFrame())).toEqual({ mode: 'edit', annotation: note });

    const draft = annotation({ id: uid('draft'), url: `${URL_A}?utm_source=x` });
    const reply = await h.ask({ type: 'notes:editor-open', target: { kind: 'new', annotation: draft } }, fromPage(URL_A, TAB, 3));
    const session = await h.ask({ type: 'notes:editor-session', token: reply!.token }, editorFrame());
    expect(session).toMatchObject({ mode: 'new', annotation: { id: uid('draft'), quote: draft.quote } });
  });

  it('answers null for a note that is not there', async () => {
    const h = harness();
    expect(await h.ask({ type: 'notes:editor-open', target: { kind: 'edit', id: uid('gone') } }, notesUi)).toBeNull();
    expect(await h.sessions()).toBe(0);
  });

  it('refuses an edit of another site’s note: the stored note’s host must be the asking frame’s', async () => {
    const h = harness();
    await stored(h.db);
    const evil = fromPage('https://evil.example/post', TAB, FRAME);
    await expect(openEdit(h, uid('a1'), evil)).rejects.toThrow(/notes:editor-open refused: this note belongs to another site/);
    // The frame's own address decides, not the tab's: a frame of another site inside the article's tab.
    const framedEvil = { ...evil, tab: { id: TAB, url: URL_A } as Browser.tabs.Tab };
    await expect(openEdit(h, uid('a1'), framedEvil)).rejects.toThrow(/belongs to another site/);
    expect(await h.sessions()).toBe(0);
    // The same site on another path is the page's own.
    await expect(openEdit(h, uid('a1'), fromPage('https://news.example/elsewhere', TAB, FRAME))).resolves.toMatch(/^[0-9a-f]+$/);
  });

  it('refuses a new note whose draft is filed under another site', async () => {
    const h = harness();
    const draft = annotation({ id: uid('draft'), url: 'https://evil.example/post' });
    await expect(h.ask({ type: 'notes:editor-open', target: { kind: 'new', annotation: draft } }, notesUi)).rejects.toThrow(/another site/);
    expect(await h.sessions()).toBe(0);
  });

  it('refuses malformed targets and every sender but a web page’s content script', async () => {
    const h = harness();
    await stored(h.db);
    const bad = [{ kind: 'edit', id: 'not-a-uuid' }, { kind: 'new', annotation: { id: uid('x') } }, { kind: 'delete-all' }, null];
    for (const target of bad) {
      await expect(h.ask({ type: 'notes:editor-open', target } as never, notesUi), JSON.stringify(target)).rejects.toThrow(/refused|must/);
    }
    await expect(openEdit(h, uid('a1'), fromPopup)).rejects.toThrow(/only a web page may send it/);
    await expect(openEdit(h, uid('a1'), editorFrame())).rejects.toThrow(/only a web page may send it/);
    await expect(h.ask({ type: 'notes:editor-open', target: { kind: 'edit', id: uid('a1') } }, undefined)).rejects.toThrow(/unknown sender/);
    expect(await h.sessions()).toBe(0);
  });
});

describe('note editor sessions: claiming', () => {
  it('is claimed once only', async () => {
    const h = harness();
    await stored(h.db);
    const token = await openEdit(h);
    expect(await h.ask({ type: 'notes:editor-session', token }, editorFrame())).not.toBeNull();
    expect(await h.ask({ type: 'notes:editor-session', token }, editorFrame())).toBeNull();
  });

  it('is claimed once only when two claims arrive together', async () => {
    const h = harness();
    await stored(h.db);
    const token = await openEdit(h);
    const replies = await Promise.all([1, 2, 3].map(() => h.ask({ type: 'notes:editor-session', token }, editorFrame())));
    expect(replies.filter((r) => r !== null)).toHaveLength(1);
  });

  it('cannot be claimed by an extension page of another tab, by one in its own tab, or by a web page', async () => {
    const h = harness();
    await stored(h.db);
    const token = await openEdit(h);
    expect(await h.ask({ type: 'notes:editor-session', token }, editorFrame(TAB + 1))).toBeNull();
    // The same tab, now showing another site.
    expect(await h.ask({ type: 'notes:editor-session', token }, editorFrame(TAB, 'https://evil.example/'))).toBeNull();
    const ownTab = { url: `${EXTENSION_ORIGIN}note-editor.html#${token}`, tab: { id: 11, url: `${EXTENSION_ORIGIN}note-editor.html#${token}` } as Browser.tabs.Tab };
    await expect(h.ask({ type: 'notes:editor-session', token }, ownTab)).rejects.toThrow(/only a frame inside a web page may send it/);
    await expect(h.ask({ type: 'notes:editor-session', token }, notesUi)).rejects.toThrow(/not a web page/);
    await expect(h.ask({ type: 'notes:editor-session', token }, fromPopup)).rejects.toThrow(/refused/);
    // Another extension's page is no one.
    await expect(h.ask({ type: 'notes:editor-session', token }, { ...editorFrame(), url: 'chrome-extension://other/x.html' })).rejects.toThrow(/refused/);
    // None of these used it up.
    expect(await h.ask({ type: 'notes:editor-session', token }, editorFrame())).not.toBeNull();
  });

  it('answers null for an unknown token', async () => {
    const h = harness();
    expect(await h.ask({ type: 'notes:editor-session', token: 'ffffffff' }, editorFrame())).toBeNull();
    expect(await h.ask({ type: 'notes:editor-session', token: 42 } as never, editorFrame())).toBeNull();
  });
});

describe('note editor sessions: reports', () => {
  async function claimed(h: Harness): Promise<string> {
    await stored(h.db);
    const token = await openEdit(h);
    await h.ask({ type: 'notes:editor-session', token }, editorFrame());
    return token;
  }
  const report = (token: string, r: EditorReport): EditorRequest => ({ type: 'notes:editor-report', token, report: r });

  it('go only to the tab and frame that opened the session, and a final one ends it', async () => {
    const h = harness();
    const token = await claimed(h);
    const saved = annotation({ note: 'new text' });
    expect(await h.ask(report(token, { kind: 'saved', annotation: saved }), editorFrame())).toBe(true);
    expect(h.sent).toEqual([{ tabId: TAB, frameId: FRAME, message: { type: 'notes:editor-event', token, report: { kind: 'saved', annotation: saved } } }]);
    // Ended: nothing more goes through.
    expect(await h.ask(report(token, { kind: 'closed' }), editorFrame())).toBe(false);
    expect(h.sent).toHaveLength(1);
    expect(await h.sessions()).toBe(0);
  });

  it('from another tab, before a claim, or malformed, go nowhere', async () => {
    const h = harness();
    await stored(h.db);
    const unclaimed = await openEdit(h, uid('a1'), fromPage(URL_A, TAB, 4));
    expect(await h.ask(report(unclaimed, { kind: 'closed' }), editorFrame())).toBe(false);
    const token = await claimed(h);
    expect(await h.ask(report(token, { kind: 'closed' }), editorFrame(TAB + 1))).toBe(false);
    expect(await h.ask(report(token, { kind: 'closed' }), editorFrame(TAB, 'https://evil.example/'))).toBe(false);
    await expect(h.ask(report(token, { kind: 'closed' }), notesUi)).rejects.toThrow(/refused/);
    expect(await h.ask({ type: 'notes:editor-report', token, report: { kind: 'explode' } } as never, editorFrame())).toBe(false);
    expect(await h.ask(report(token, { kind: 'resize', height: Number.NaN }), editorFrame())).toBe(false);
    expect(h.sent).toEqual([]);
    // Still the opener's.
    expect(await h.ask(report(token, { kind: 'closed' }), editorFrame())).toBe(true);
    expect(h.sent.map((s) => [s.tabId, s.frameId])).toEqual([[TAB, FRAME]]);
  });

  it('clamp heights, and a resize does not end the session', async () => {
    const h = harness();
    const token = await claimed(h);
    for (const height of [99999, -50, 120.2, 300]) {
      expect(await h.ask(report(token, { kind: 'resize', height }), editorFrame())).toBe(true);
    }
    expect(h.sent.map((s) => (s.message as { report: { height: number } }).report.height)).toEqual([MAX_FRAME_HEIGHT, 0, 121, 300]);
  });
});

describe('note editor sessions do not pile up', () => {
  it('an unclaimed session expires, and is dropped at the next opening', async () => {
    const h = harness();
    await stored(h.db);
    const late = await openEdit(h);
    const soon = await openEdit(h, uid('a1'), fromPage(URL_A, TAB, 7));
    h.clock.now += UNCLAIMED_LIFETIME_MS - 1;
    expect(await h.ask({ type: 'notes:editor-session', token: soon }, editorFrame())).not.toBeNull();
    h.clock.now += 2;
    expect(await h.ask({ type: 'notes:editor-session', token: late }, editorFrame())).toBeNull();
    const other = await openEdit(h, uid('a1'), fromPage(URL_A, TAB + 1, 0));
    // The claimed one stays (the reader may be typing); the expired one is gone.
    expect((await h.deps.store.all()).map(([t]) => t).sort()).toEqual([soon, other].sort());
  });

  it('a frame that opens another editor drops its earlier session', async () => {
    const h = harness();
    await stored(h.db);
    const first = await openEdit(h);
    const elsewhere = await openEdit(h, uid('a1'), fromPage(URL_A, TAB, FRAME + 1));
    const second = await openEdit(h);
    expect(await h.ask({ type: 'notes:editor-session', token: first }, editorFrame())).toBeNull();
    expect(await h.ask({ type: 'notes:editor-session', token: second }, editorFrame())).not.toBeNull();
    expect(await h.ask({ type: 'notes:editor-session', token: elsewhere }, editorFrame())).not.toBeNull();
  });

  it('past MAX_SESSIONS the oldest go', async () => {
    const h = harness();
    await stored(h.db);
    const tokens: string[] = [];
    for (let i = 0; i < MAX_SESSIONS + 5; i++) {
      h.clock.now += 1;
      tokens.push(await openEdit(h, uid('a1'), fromPage(URL_A, 100 + i, 0)));
    }
    expect(await h.sessions()).toBe(MAX_SESSIONS);
    expect(await h.ask({ type: 'notes:editor-session', token: tokens[0]! }, editorFrame(100))).toBeNull();
    const last = tokens.length - 1;
    expect(await h.ask({ type: 'notes:editor-session', token: tokens[last]! }, editorFrame(100 + last))).not.toBeNull();
  });
});

describe('registerNoteEditorSessions (fake browser, storage.session)', () => {
  let db: NotesDb;
  const sendMessage = vi.fn();
  const origin = () => fakeBrowser.runtime.getURL('/');
  const frame = (tabId: number) => ({ url: `${origin()}note-editor.html`, frameId: 1, tab: { id: tabId, url: URL_A } });
  async function send(message: unknown, sender: unknown): Promise<unknown> {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, () => {});
    return replies.find((r) => r !== undefined);
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    sendMessage.mockReset().mockResolvedValue(true);
    fakeBrowser.tabs.sendMessage = sendMessage as never;
    db = freshDb('editor-wired');
    await stored(db);
    // The background puts the handlers in its dispatch table (index.ts); here they are the whole table.
    fakeBrowser.runtime.onMessage.addListener(dispatcher(registerNoteEditorSessions((id) => db.annotations.get(id)), origin()));
  });

  const stillKept = async () => Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('noteEditor:'));

  it('keeps sessions in storage.session, forwards reports with tabs.sendMessage to the opener’s frame', async () => {
    const opened = (await send({ type: 'notes:editor-open', target: { kind: 'edit', id: uid('a1') } }, fromPage(URL_A, 3, 2))) as { token: string };
    expect(opened.token).toMatch(/^[0-9a-f]{48}$/);
    expect(await stillKept()).toEqual([`noteEditor:${opened.token}`]);
    expect(await send({ type: 'notes:editor-session', token: opened.token }, frame(3))).toMatchObject({ mode: 'edit', annotation: { id: uid('a1') } });
    expect(await send({ type: 'notes:editor-report', token: opened.token, report: { kind: 'closed' } }, frame(3))).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'notes:editor-event', token: opened.token, report: { kind: 'closed' } }, { frameId: 2 });
    expect(await stillKept()).toEqual([]);
  });

  it('drops a closed tab’s sessions, claimed or not, and keeps the others', async () => {
    const open = async (tabId: number, frameId: number) =>
      ((await send({ type: 'notes:editor-open', target: { kind: 'edit', id: uid('a1') } }, fromPage(URL_A, tabId, frameId))) as { token: string }).token;
    const unclaimed = await open(3, 0);
    const claimed = await open(3, 1);
    await send({ type: 'notes:editor-session', token: claimed }, frame(3));
    const otherTab = await open(4, 0);
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await stillKept()).toEqual([`noteEditor:${otherTab}`]));
    expect(await send({ type: 'notes:editor-session', token: unclaimed }, frame(3))).toBeNull();
  });
});
