/**
 * Note editor sessions: the background's side of the editor frame (entrypoints/note-editor).
 *
 * The notes UI in a page asks for a session ('notes:editor-open'); the background answers with a random
 * token and remembers which tab, frame and site asked. The editor page, loaded in a frame of the
 * extension's own origin with the token in its fragment, claims the session once
 * ('notes:editor-session') and gets the note to edit; its reports ('notes:editor-report') are passed on
 * to the frame that opened it, and to no other.
 *
 * Who may ask is sender-policy.ts's rule, applied with its own helpers: opening, only a content script
 * in a web page, and only for a note of its own frame's site (a note id from another site is refused,
 * as notes:save and notes:delete are); claiming and reporting, only an extension page framed in that
 * same tab, on that same site. A page script can send none of these (it has no runtime API), and even
 * one that learned a token could not claim it from its own origin.
 *
 * Sessions do not pile up: one not claimed soon expires, a frame that opens a new editor drops its
 * earlier ones (it shows one at a time), a closed tab drops its own, and past MAX_SESSIONS the oldest go.
 * They are kept in `storage.session` where there is one, so a Manifest V3 worker stopped while the
 * reader types does not forget them, and in memory otherwise (Firefox's MV2 background page stays).
 */
import { browser, type Browser } from 'wxt/browser';
import type { EditorReport, EditorSession } from '../../lib/annotations/notes-wire';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import type { BackgroundMessage, BackgroundReply, ContentMessage } from '../../lib/messages';
import { sendToTab } from '../../utils/messaging';
import { answer, type BackgroundHandlers } from './dispatch';
import { annotationId, NotesError, sanitizeAnnotation } from './notes-validate';
import { assertReaches, type RequestContext } from './sender-policy';

export type EditorRequestType = 'notes:editor-open' | 'notes:editor-session' | 'notes:editor-report';
export type EditorRequest = BackgroundMessage<EditorRequestType>;

/** At most this many sessions are kept; past it the oldest are dropped. */
export const MAX_SESSIONS = 32;
/** The frame's height is kept within this (CSS pixels), whatever it reports. */
export const MAX_FRAME_HEIGHT = 2000;
/** A session not claimed within this (milliseconds) has expired: the frame claims it as soon as it loads. */
export const UNCLAIMED_LIFETIME_MS = 2 * 60 * 1000;

export interface StoredSession {
  tabId: number;
  frameId: number;
  /** The site of the page that opened it (sender-policy's host): only a frame in a tab on it may claim it. */
  host: string;
  session: EditorSession;
  claimed: boolean;
  /** Milliseconds since the epoch, for expiry and for dropping the oldest. */
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
  /** `browser.runtime.getURL('/')`: "chrome-extension://abc…/" or "moz-extension://…/". */
  extensionOrigin: string;
  sendToFrame(tabId: number, frameId: number, message: ContentMessage<'notes:editor-event'>): Promise<unknown>;
  newToken(): string;
  /** Milliseconds since the epoch. */
  now(): number;
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

const expired = (s: StoredSession, now: number) => !s.claimed && now - s.opened > UNCLAIMED_LIFETIME_MS;

/**
 * The store's reads and writes, one request at a time: a claim reads "not claimed" and then writes
 * "claimed", and two claims interleaved would both get the note.
 */
const queues = new WeakMap<SessionStore, Promise<unknown>>();
function serially<T>(store: SessionStore, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(store) ?? Promise.resolve()).then(task, task);
  queues.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

/** Before a new session for `tabId`/`frameId`: drops the expired ones, that frame's earlier ones, and the oldest past the limit. */
async function makeRoom(deps: EditorSessionDeps, tabId: number, frameId: number): Promise<void> {
  const now = deps.now();
  const kept: Array<[string, StoredSession]> = [];
  for (const [token, s] of await deps.store.all()) {
    if (expired(s, now) || (s.tabId === tabId && s.frameId === frameId)) await deps.store.delete(token);
    else kept.push([token, s]);
  }
  kept.sort(([, a], [, b]) => a.opened - b.opened);
  for (const [token] of kept.slice(0, Math.max(0, kept.length - MAX_SESSIONS + 1))) await deps.store.delete(token);
}

/** Drops the sessions of a closed tab. */
export function dropTabSessions(store: SessionStore, tabId: number): Promise<void> {
  return serially(store, async () => {
    for (const [token, s] of await store.all()) if (s.tabId === tabId) await store.delete(token);
  });
}

/** 'notes:editor-open': a token, null when the note is not there, a NotesError when the sender may not open it. */
async function openSession(
  deps: EditorSessionDeps,
  request: EditorRequest & { type: 'notes:editor-open' },
  { from, access }: RequestContext,
): Promise<BackgroundReply<'notes:editor-open'>> {
  if (from.kind !== 'page') throw new NotesError('notes:editor-open refused: only a web page may open the note editor');
  const target = request.target as unknown;
  const kind = (target as { kind?: unknown } | null)?.kind;
  let session: EditorSession;
  if (kind === 'edit') {
    const stored = await deps.getNote(annotationId((target as { id?: unknown }).id, 'target.id'));
    if (!stored) return null;
    // An id is not enough: the note must be of the asking frame's site.
    assertReaches(access, stored.url, 'notes:editor-open');
    session = { mode: 'edit', annotation: stored };
  } else if (kind === 'new') {
    const annotation = sanitizeAnnotation((target as { annotation?: unknown }).annotation, 'target.annotation');
    assertReaches(access, annotation.url, 'notes:editor-open');
    session = { mode: 'new', annotation };
  } else {
    throw new NotesError('notes:editor-open refused: target must be a new note or the id of a saved one');
  }
  return serially(deps.store, async () => {
    await makeRoom(deps, from.tabId, from.frameId);
    const token = deps.newToken();
    await deps.store.set(token, { tabId: from.tabId, frameId: from.frameId, host: from.host, session, claimed: false, opened: deps.now() });
    return { token };
  });
}

/** The framed extension page's tab and site, or a NotesError (a web page, an extension page in its own tab). */
function editorFrame(request: EditorRequest, { from }: RequestContext): { tabId: number; host: string } {
  if (from.kind !== 'extension-frame') throw new NotesError(`${request.type} refused: only the note editor’s frame may send it`);
  return from;
}

const sameTab = (s: StoredSession, frame: { tabId: number; host: string }) => s.tabId === frame.tabId && s.host === frame.host;

/** 'notes:editor-session': the frame claims its session once; null for a token unknown, expired, claimed or another tab's. */
async function claimSession(deps: EditorSessionDeps, request: EditorRequest & { type: 'notes:editor-session' }, context: RequestContext): Promise<EditorSession | null> {
  const frame = editorFrame(request, context);
  if (typeof request.token !== 'string') return null;
  const token = request.token;
  return serially(deps.store, async () => {
    const stored = await deps.store.get(token);
    if (!stored || stored.claimed || !sameTab(stored, frame)) return null;
    if (expired(stored, deps.now())) {
      await deps.store.delete(token);
      return null;
    }
    await deps.store.set(token, { ...stored, claimed: true });
    return stored.session;
  });
}

/** 'notes:editor-report': passed on to the frame that opened the session; false for a token that is not the sender tab's. */
async function passReport(deps: EditorSessionDeps, request: EditorRequest & { type: 'notes:editor-report' }, context: RequestContext): Promise<boolean> {
  const frame = editorFrame(request, context);
  if (typeof request.token !== 'string' || !isReport(request.report)) return false;
  const token = request.token;
  const report: EditorReport =
    request.report.kind === 'resize' ? { kind: 'resize', height: Math.max(0, Math.min(MAX_FRAME_HEIGHT, Math.ceil(request.report.height))) } : request.report;
  const to = await serially(deps.store, async () => {
    const stored = await deps.store.get(token);
    if (!stored || !stored.claimed || !sameTab(stored, frame)) return null;
    // 'saved', 'deleted' and 'closed' end the session.
    if (report.kind !== 'resize') await deps.store.delete(token);
    return stored;
  });
  if (!to) return false;
  // Outside the queue: a frame slow to answer holds up no one else.
  await deps.sendToFrame(to.tabId, to.frameId, { type: 'notes:editor-event', token, report }).catch(() => undefined);
  return true;
}

/** The editor messages' handlers, for the background's dispatch table (the sender already allowed by the policy). */
export function editorHandlers(deps: EditorSessionDeps): Pick<BackgroundHandlers, EditorRequestType> {
  return {
    'notes:editor-open': (request, context) => openSession(deps, request, context),
    'notes:editor-session': (request, context) => claimSession(deps, request, context),
    'notes:editor-report': (request, context) => passReport(deps, request, context),
  };
}

/**
 * Answers one editor request from `sender` as the background would. Null/false for a token that is
 * unknown, expired, already claimed or another tab's; rejects with a `NotesError` saying why when the
 * sender may not ask at all.
 */
export async function handleEditorRequest<R extends EditorRequest>(
  deps: EditorSessionDeps,
  request: R,
  sender: Browser.runtime.MessageSender | undefined,
): Promise<BackgroundReply<R['type']>> {
  const reply = answer(editorHandlers(deps), request, sender, deps.extensionOrigin, () => new NotesError('not an editor request'));
  return reply as Promise<BackgroundReply<R['type']>>;
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
export function sessionStore(area: SessionArea | undefined = (browser.storage as { session?: SessionArea }).session): SessionStore {
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

/**
 * The editor requests' handlers over the session store, and closed tabs dropping their sessions (index.ts
 * calls it once, with the notes database's lookup, and puts the handlers in its dispatch table).
 */
export function registerNoteEditorSessions(getNote: (id: string) => Promise<ReaderAnnotation | undefined>): Pick<BackgroundHandlers, EditorRequestType> {
  const deps: EditorSessionDeps = {
    store: sessionStore(),
    getNote,
    extensionOrigin: browser.runtime.getURL('/'),
    sendToFrame: (tabId, frameId, message) => sendToTab(tabId, message, { frameId }),
    newToken: randomToken,
    now: () => Date.now(),
  };
  browser.tabs.onRemoved.addListener((tabId) => {
    void dropTabSessions(deps.store, tabId);
  });
  return editorHandlers(deps);
}
