/**
 * 'open-facts': a popover's "All facts" asks for the facts table of its page's event. A page cannot open an
 * extension page itself (facts.html is not web-accessible, so no page can probe for it), so the background
 * opens it in a new tab beside the reader's. Only a known event is opened, and the page the reader came from
 * is the sender's own tab address, never one the message names.
 */
import { browser, type Browser } from 'wxt/browser';
import { factsPath } from '../../components/FactsLink';
import { eventById } from '../../lib/reference/events';
import type { EventId } from '../../lib/reference/types';

export interface OpenFactsRequest {
  type: 'open-facts';
  event: EventId;
}

export function isOpenFactsRequest(message: unknown): message is OpenFactsRequest {
  return (message as { type?: unknown } | null)?.type === 'open-facts';
}

/** The tab to open for `message` from `sender`, or null when the event is not one the reference has. */
export function factsTabFor(message: OpenFactsRequest, sender: Pick<Browser.runtime.MessageSender, 'tab'> | undefined): Browser.tabs.CreateProperties | null {
  if (typeof message.event !== 'string' || !eventById.has(message.event)) return null;
  const tab = sender?.tab;
  const from = typeof tab?.url === 'string' && /^https?:/i.test(tab.url) ? tab.url : null;
  return {
    url: browser.runtime.getURL(`/${factsPath(message.event, from)}` as '/facts.html'),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  };
}

/** Opens the table; true when a tab was opened. */
export async function openFacts(message: OpenFactsRequest, sender: Browser.runtime.MessageSender | undefined): Promise<boolean> {
  const properties = factsTabFor(message, sender);
  if (!properties) return false;
  await browser.tabs.create(properties);
  return true;
}
