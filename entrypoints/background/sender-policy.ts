/**
 * Who may ask the background what. Nobody is trusted by default: every message type is listed in
 * `WHO_MAY_SEND`, and a request whose type is not there, or whose sender is not one the row allows, is
 * refused with a `NotesError` before anything is read or written.
 *
 * Senders (`classifySender`):
 * - `extension`: the extension's own pages (popup, options, an extension page in its own tab). They act
 *   for the reader, on every note.
 * - `page`: a content script in a web page. It shares a process with the page, so it may be the page:
 *   it may ask only about its own frame's host (every URL in the request, and, for the background to
 *   check, the stored row of a note it changes or deletes).
 * - `extension-frame`: an extension page framed inside a web tab (the note editor's frame). A page can
 *   frame a web-accessible extension page itself, so this counts as that tab's page: confined to the
 *   tab's host, and allowed only the rows that list it.
 * Anything else (no URL, another scheme, a frame of another extension) is `unknown` and refused.
 *
 * Pure: the extension's origin is a parameter, so tests need no browser.
 */
import type { Browser } from 'wxt/browser';
import { urlHost } from '../../lib/annotations/url';
import type { BackgroundType } from '../../lib/messages';
import { NotesError } from './notes-validate';

export type SenderKind = 'extension' | 'page' | 'extension-frame';

export type Sender =
  | { kind: 'extension' }
  | {
      kind: 'page' | 'extension-frame';
      /** The only host whose notes this sender may reach (urlHost: lower-case, port when not default). */
      host: string;
      tabId: number;
      frameId: number;
    }
  | { kind: 'unknown'; why: string };

/** What an allowed request may reach: every note, or the notes of one host. */
export type Access = { scope: 'all' } | { scope: 'site'; host: string };

export interface Permission {
  /** The senders that may send this message. */
  from: readonly SenderKind[];
  /** The page addresses the request names; a confined sender may name only its own host. */
  urls?: (request: Record<string, unknown>) => unknown[];
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

const ANYONE: readonly SenderKind[] = ['extension', 'page'];
const EXTENSION_ONLY: readonly SenderKind[] = ['extension'];
const PAGES_ONLY: readonly SenderKind[] = ['page'];

/**
 * Who may send what: one line per message the background answers (lib/messages.ts: the type checker
 * keeps the two lists the same). A message that is not listed is refused.
 * (notes:save and notes:delete of a stored note also need the stored row on the sender's host:
 * notes.ts checks that with `Access`.)
 */
export const WHO_MAY_SEND: Readonly<Record<BackgroundType, Permission>> = {
  'notes:list': { from: ANYONE, urls: (r) => [r.url] },
  // The canonical link is honoured only on the page's own host (lib/annotations/url.ts), so href decides.
  'notes:has': { from: ANYONE, urls: (r) => [r.href] },
  'notes:save': { from: [...ANYONE, 'extension-frame'], urls: (r) => [field(r.annotation, 'url')] },
  'notes:delete': { from: [...ANYONE, 'extension-frame'] },
  'notes:record-findings': { from: ANYONE, urls: (r) => [field(r.page, 'url')] },
  'notes:load-ui': { from: PAGES_ONLY },
  // The note editor frame (note-editor-sessions.ts): the notes UI opens a session, the frame claims it and reports.
  'notes:editor-open': { from: PAGES_ONLY },
  'notes:editor-session': { from: ['extension-frame'] },
  'notes:editor-report': { from: ['extension-frame'] },
  'notes:search': { from: EXTENSION_ONLY },
  'notes:export': { from: EXTENSION_ONLY },
  'notes:import': { from: EXTENSION_ONLY },
  'notes:backup-list': { from: EXTENSION_ONLY },
  'notes:backup-get': { from: EXTENSION_ONLY },
  // The reader's own sources (reader-sources.ts): the popup saves, the options page removes, the facts page lists.
  'sources:list': { from: EXTENSION_ONLY },
  'sources:save': { from: EXTENSION_ONLY },
  'sources:remove': { from: EXTENSION_ONLY },
  // A popover's "All facts" (open-facts.ts): opens the facts table of a known event, nothing else.
  'open-facts': { from: ANYONE },
  'load-popover-ui': { from: PAGES_ONLY },
  'annotate': { from: PAGES_ONLY },
  'page-summary': { from: PAGES_ONLY },
};

/**
 * Who sent a message. `extensionOrigin` is `browser.runtime.getURL('/')` ("chrome-extension://id/",
 * "moz-extension://uuid/").
 */
export function classifySender(sender: Browser.runtime.MessageSender | undefined, extensionOrigin: string): Sender {
  if (!sender) return { kind: 'unknown', why: 'no sender' };
  const url = typeof sender.url === 'string' ? sender.url : '';
  const tabUrl = typeof sender.tab?.url === 'string' ? sender.tab.url : '';
  const isExtensionUrl = (u: string) => extensionOrigin !== '' && u.startsWith(extensionOrigin);
  if (isExtensionUrl(url)) {
    if (!sender.tab || isExtensionUrl(tabUrl)) return { kind: 'extension' };
    const host = urlHost(tabUrl);
    const tabId = sender.tab.id;
    if (host === null || tabId === undefined || tabId < 0) return { kind: 'unknown', why: 'an extension frame in a tab that is not a web page' };
    return { kind: 'extension-frame', host, tabId, frameId: sender.frameId ?? 0 };
  }
  const host = urlHost(url);
  const tabId = sender.tab?.id;
  if (host !== null && tabId !== undefined && tabId >= 0) return { kind: 'page', host, tabId, frameId: sender.frameId ?? 0 };
  return { kind: 'unknown', why: url ? 'not a web page or one of the extension’s pages' : 'no address' };
}

/** The sender kind in words, for refusals. */
const WHO: Record<Sender['kind'], string> = {
  extension: 'the extension’s own pages',
  page: 'a web page',
  'extension-frame': 'a frame inside a web page',
  unknown: 'an unknown sender',
};

/**
 * What `sender` may reach with `message`, or a `NotesError` saying why not. Checks the message's
 * type, the sender's kind, and every URL the request names against a confined sender's host.
 */
export function authorise(message: unknown, sender: Sender): Access {
  const type = field(message, 'type');
  const rule = typeof type === 'string' && Object.hasOwn(WHO_MAY_SEND, type) ? WHO_MAY_SEND[type as BackgroundType] : undefined;
  if (!rule) throw new NotesError(`Crosscheck does not answer this message (${typeof type === 'string' ? type.slice(0, 64) : 'no type'})`);
  if (sender.kind === 'unknown') throw new NotesError(`${type} refused: it came from ${WHO.unknown} (${sender.why})`);
  if (!rule.from.includes(sender.kind)) {
    const allowed = rule.from.map((k) => WHO[k]).join(' or ');
    throw new NotesError(`${type} refused: only ${allowed} may send it, not ${WHO[sender.kind]}`);
  }
  if (sender.kind === 'extension') return { scope: 'all' };
  for (const url of rule.urls?.(message as Record<string, unknown>) ?? []) {
    if (typeof url !== 'string' || urlHost(url) !== sender.host) {
      throw new NotesError(`${type} refused: a page may only reach its own site’s notes (${sender.host})`);
    }
  }
  return { scope: 'site', host: sender.host };
}

/** Whether `access` reaches a note filed under `url`. */
export function reaches(access: Access, url: string): boolean {
  return access.scope === 'all' || urlHost(url) === access.host;
}

/** Throws unless `access` reaches a stored note at `url` (a note it would change or delete). */
export function assertReaches(access: Access, url: string, type: string): void {
  if (!reaches(access, url)) throw new NotesError(`${type} refused: this note belongs to another site`);
}

/** Who sent a request and what it may reach: what the background's handlers get with each message. */
export interface RequestContext {
  sender: Browser.runtime.MessageSender | undefined;
  from: Sender;
  access: Access;
}

/** The policy, applied once per request: who sent `message`, and what it may reach; a `NotesError` when refused. */
export function checkRequest(message: unknown, sender: Browser.runtime.MessageSender | undefined, extensionOrigin: string): RequestContext {
  const from = classifySender(sender, extensionOrigin);
  return { sender, from, access: authorise(message, from) };
}
