/**
 * Sending and listening, typed by the one declaration of the extension's messages (lib/messages.ts), over
 * webextension-polyfill: a message goes out as `{ type, ...request }`, and its reply has the type the
 * declaration gives it. A reply still comes from another part of the extension (or, for a content
 * script, from a part a page may be behind), so a receiver checks what it gets before using it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundReply, BackgroundType, ContentReply, ContentType, MessageOf, ReplyOf, ToBackground, ToContent } from '../lib/messages';

/** Asks the background (runtime.sendMessage); rejects when it refuses or nobody answers. */
export function sendToBackground<K extends BackgroundType>(message: { type: K } & ToBackground[K]['request']): Promise<BackgroundReply<K>> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReply<K>>;
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
  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    const type = typeIn(table, message);
    const handler = type === null ? undefined : (table[type] as ((m: unknown, s: MessageSender) => unknown) | undefined);
    const reply = handler?.(message, sender);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
