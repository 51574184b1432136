/**
 * Note editor sessions: the background's side of the editor frame (entrypoints/note-editor).
 *
 * The notes UI in a page asks for a session ('notes:editor-open'); the background answers with a random
 * token and remembers which tab and frame asked. The editor page, loaded in a frame of the extension's
 * own origin with the token in its fragment, claims the session once ('notes:editor-session') and gets
 * the note to edit; its reports ('notes:editor-report') are passed on to the tab's frame that opened it.
 *
 * Who may ask: opening, only a content script in a tab; claiming and reporting, only a page of the
 * extension's own origin in that same tab. A page script can send none of these (it has no runtime
 * API), and even one that learned a token could not claim it from its own origin.
 *
 * Sessions are kept in `storage.session` where there is one, so a Manifest V3 worker stopped while the
 * reader types does not forget them, and in memory otherwise (Firefox's MV2 background page stays).
 */
import { browser, type Browser } from 'wxt/browser';
import type { EditorReply, EditorReport, EditorRequest, EditorSession, EditorTarget, NotesTabRequest } from '../../lib/annotations/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';

export const EDITOR_REQUEST_TYPES: readonly EditorRequest['type'][] = ['notes:editor-open', 'notes:editor-session', 'notes:editor-report'];

/** Sessions never claimed are dropped past this many (a page that opens editors and never loads them). */
export const MAX_SESSIONS = 32;
/** The frame's height is kept within this (CSS pixels), whatever it reports. */
export const MAX_FRAME_HEIGHT = 2000;

export interface StoredSession {
  tabId: number;
  frameId: number;
  session: EditorSession;
  claimed: boolean;
  /** Milliseconds since the epoch, for dropping the oldest. */
  opened: number;
}

/** Where sessions are kept (storage.session, or memory in tests and where there is none). */
export interface SessionStore {
  get(token: string): Promise<StoredSession | undefined>;
  set(token: string, value: StoredSession): Promise<void>;
  delete(token: string): Promise<void>;
  all(): Promise<Array<[string, StoredSession]>>;
}

export interface EditorSessionDeps {
  store: SessionStore;
  /** The stored note with this id (the database), for an edit's base. */
  getNote(id: string): Promise<ReaderAnnotation | undefined>;
  /** The extension's own origin, e.g. `chrome-extension://abc…` or `moz-extension://…`. */
  extensionOrigin: string;
  sendToFrame(tabId: number, frameId: number, message: NotesTabRequest): Promise<unknown>;
  newToken(): string;
  now(): number;
}

export function isEditorRequest(message: unknown): message is EditorRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (EDITOR_REQUEST_TYPES as readonly string[]).includes(type);
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** A page of the extension's own origin (the editor frame), in a tab. */
function extensionPageTab(sender: Browser.runtime.MessageSender | undefined, deps: EditorSessionDeps): number | null {
  const tabId = sender?.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  return originOf(sender?.url) === deps.extensionOrigin ? tabId : null;
}

/** A content script in a web page (not an extension page, which has the extension's origin). */
function contentScriptFrame(sender: Browser.runtime.MessageSender | undefined, deps: EditorSessionDeps): { tabId: number; frameId: number } | null {
  const tabId = sender?.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  const origin = originOf(sender?.url);
  if (!origin || origin === deps.extensionOrigin || !/^https?:/.test(origin)) return null;
  return { tabId, frameId: sender?.frameId ?? 0 };
}

function isTarget(value: unknown): value is EditorTarget {
  const t = value as Partial<EditorTarget> | null;
  if (!t || typeof t !== 'object') return false;
  if (t.kind === 'edit') return typeof t.id === 'string' && t.id.length > 0 && t.id.length <= 200;
  if (t.kind !== 'new') return false;
  const a = t.annotation as Partial<ReaderAnnotation> | undefined;
  return !!a && typeof a.id === 'string' && typeof a.url === 'string' && typeof a.quote?.exact === 'string';
}

function isReport(value: unknown): value is EditorReport {
  const r = value as Partial<EditorReport> | null;
  if (!r || typeof r !== 'object') return false;
  switch (r.kind) {
    case 'resize':
      return typeof r.height === 'number' && Number.isFinite(r.height);
    case 'saved':
      return typeof r.annotation?.id === 'string';
    case 'deleted':
      return typeof r.id === 'string';
    case 'closed':
      return true;
    default:
      return false;
  }
}

async function dropOldest(store: SessionStore): Promise<void> {
  const all = await store.all();
  if (all.length < MAX_SESSIONS) return;
  all.sort(([, a], [, b]) => a.opened - b.opened);
  for (const [token] of all.slice(0, all.length - MAX_SESSIONS + 1)) await store.delete(token);
}

/** Answers one editor request; null/false for anything the sender may not ask. */
export async function handleEditorRequest<R extends EditorRequest>(
  deps: EditorSessionDeps,
  request: R,
  sender: Browser.runtime.MessageSender | undefined,
): Promise<EditorReply[R['type']]> {
  type Out = EditorReply[R['type']];
  const r: EditorRequest = request;
  switch (r.type) {
    case 'notes:editor-open': {
      const from = contentScriptFrame(sender, deps);
      if (!from || !isTarget(r.target)) return null as Out;
      let session: EditorSession;
      if (r.target.kind === 'edit') {
        const stored = await deps.getNote(r.target.id);
        if (!stored) return null as Out;
        session = { mode: 'edit', annotation: stored };
      } else {
        session = { mode: 'new', annotation: r.target.annotation };
      }
      await dropOldest(deps.store);
      const token = deps.newToken();
      await deps.store.set(token, { ...from, session, claimed: false, opened: deps.now() });
      return { token } as Out;
    }
    case 'notes:editor-session': {
      const tabId = extensionPageTab(sender, deps);
      if (tabId === null || typeof r.token !== 'string') return null as Out;
      const stored = await deps.store.get(r.token);
      if (!stored || stored.claimed || stored.tabId !== tabId) return null as Out;
      await deps.store.set(r.token, { ...stored, claimed: true });
      return stored.session as Out;
    }
    case 'notes:editor-report': {
      const tabId = extensionPageTab(sender, deps);
      if (tabId === null || typeof r.token !== 'string' || !isReport(r.report)) return false as Out;
      const stored = await deps.store.get(r.token);
      if (!stored || !stored.claimed || stored.tabId !== tabId) return false as Out;
      const report: EditorReport =
        r.report.kind === 'resize' ? { kind: 'resize', height: Math.max(0, Math.min(MAX_FRAME_HEIGHT, Math.ceil(r.report.height))) } : r.report;
      if (report.kind !== 'resize') await deps.store.delete(r.token);
      await deps.sendToFrame(stored.tabId, stored.frameId, { type: 'notes:editor-event', token: r.token, report }).catch(() => undefined);
      return true as Out;
    }
    default:
      return null as Out;
  }
}

export function memoryStore(): SessionStore {
  const map = new Map<string, StoredSession>();
  return {
    get: async (token) => map.get(token),
    set: async (token, value) => void map.set(token, value),
    delete: async (token) => void map.delete(token),
    all: async () => [...map],
  };
}

const PREFIX = 'noteEditor:';

type SessionArea = Browser.storage.StorageArea;

/** `storage.session` (trusted contexts only: content scripts cannot read it), else memory. */
function sessionStore(): SessionStore {
  const area = (browser.storage as { session?: SessionArea }).session;
  if (!area) return memoryStore();
  return {
    get: async (token) => (await area.get(PREFIX + token))[PREFIX + token] as StoredSession | undefined,
    set: (token, value) => area.set({ [PREFIX + token]: value }),
    delete: (token) => area.remove(PREFIX + token),
    all: async () =>
      Object.entries(await area.get(null))
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([key, value]) => [key.slice(PREFIX.length), value as StoredSession]),
  };
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Listens for the editor requests (index.ts calls it once, with the notes database's lookup). */
export function registerNoteEditorSessions(getNote: (id: string) => Promise<ReaderAnnotation | undefined>): void {
  const deps: EditorSessionDeps = {
    store: sessionStore(),
    getNote,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    sendToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
    newToken: randomToken,
    now: () => Date.now(),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEditorRequest(message)) return undefined;
    return handleEditorRequest(deps, message, sender);
  });
}
