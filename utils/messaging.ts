/**
 * Sending and listening, typed by the one declaration of the extension's messages (lib/messages.ts), over
 * webextension-polyfill: a message goes out as `{ type, ...request }`, and its reply has the type the
 * declaration gives it. A reply still comes from another part of the extension (or, for a content
 * script, from a part a page may be behind), so a receiver checks what it gets before using it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundReply, BackgroundType, ContentReply, ContentType, MessageOf, ReplyOf, ToBackground, ToContent } from '../lib/messages';
import { afterNextTask } from '../lib/page/next-task';
import { isPiece, PieceBuffer, toPieces } from '../lib/pieces';

/** Asks the background (runtime.sendMessage); rejects when it refuses or nobody answers. */
export function sendToBackground<K extends BackgroundType>(message: { type: K } & ToBackground[K]['request']): Promise<BackgroundReply<K>> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReply<K>>;
}

let sentLarge = 0;

/**
 * sendToBackground for a message that can be large (an article, a long page's summary): over 64 KB it goes
 * in pieces (lib/pieces.ts), one per task, so that no one task on the page serializes all of it. The pieces
 * do not wait for each other's replies (one round trip each was 10 in a row for a 100k-word article); the
 * last goes once the others are taken, so it is the one that completes the message and carries its reply.
 */
export async function sendLargeToBackground<K extends BackgroundType>(message: { type: K } & ToBackground[K]['request']): Promise<BackgroundReply<K>> {
  const pieces = toPieces(message, `${Date.now().toString(36)}.${++sentLarge}`);
  if (!pieces) return sendToBackground(message);
  const taken: Array<Promise<unknown>> = [];
  for (const piece of pieces.slice(0, -1)) {
    // Spread: a piece's text is cut as it goes (a plain value, not the getter, is what travels).
    taken.push(browser.runtime.sendMessage({ ...piece }));
    await afterNextTask();
  }
  await Promise.all(taken);
  return browser.runtime.sendMessage({ ...pieces[pieces.length - 1]! }) as Promise<BackgroundReply<K>>;
}

/** Who sent a message, as far as joining its pieces goes: one frame of one tab (one document, where told). */
function senderKey(sender: MessageSender | undefined): string {
  const s = sender as (MessageSender & { documentId?: string }) | undefined;
  return `${s?.tab?.id ?? 'extension'}:${s?.frameId ?? 0}:${s?.documentId ?? ''}`;
}

/**
 * A listener's way in for messages that may come in pieces: a piece is kept until its message is whole.
 * Returns the message to handle: the message itself, the whole one on its last piece, or undefined.
 */
export function wholeMessages(): (message: unknown, sender: MessageSender | undefined) => unknown {
  const buffer = new PieceBuffer();
  return (message, sender) => (isPiece(message) ? buffer.add(senderKey(sender), message) : message);
}

/** Asks a tab's content script or notes UI (tabs.sendMessage), in one frame when `frameId` is given. */
export function sendToTab<K extends ContentType>(tabId: number, message: { type: K } & ToContent[K]['request'], options?: { frameId?: number }): Promise<ContentReply<K>> {
  const sent = options ? browser.tabs.sendMessage(tabId, message, options) : browser.tabs.sendMessage(tabId, message);
  return sent as Promise<ContentReply<K>>;
}

/** `message`'s type when `table` has a handler for it (an own key: "toString" is not a message), else null. */
export function typeIn<T extends object>(table: T, message: unknown): (keyof T & string) | null {
  const type = (message as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' && Object.hasOwn(table, type) ? (type as keyof T & string) : null;
}

export type MessageSender = Browser.runtime.MessageSender;

/**
 * Handlers for some of map `M`'s messages, keyed by type. A handler that returns undefined does not
 * answer (it only heard the message: the popup hears the content script's 'page-summary').
 */
export type Listeners<M> = {
  [K in keyof M]?: (message: MessageOf<M, K>, sender: MessageSender) => ReplyOf<M, K> | Promise<ReplyOf<M, K>> | undefined;
};

/**
 * Listens on runtime.onMessage for the table's messages; other messages are left to other listeners (no
 * answer). Returns the function that stops listening.
 */
export function listen<M>(table: Listeners<M>): () => void {
  const whole = wholeMessages();
  const listener = (received: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    const message = whole(received, sender);
    const type = typeIn(table, message);
    const handler = type === null ? undefined : (table[type] as ((m: unknown, s: MessageSender) => unknown) | undefined);
    const reply = handler?.(message, sender);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
