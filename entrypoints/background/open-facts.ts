/**
 * 'open-facts': a popover's "All facts" asks for the facts table of its page's event. A page cannot open an
 * extension page itself (facts.html is not web-accessible, so no page can probe for it), so the background
 * opens it in a new tab beside the reader's. Only a known event is opened, and the page the reader came from
 * is a bundled source of that event the page was recognised as, or else the sender's own tab address, never an
 * address the message names.
 */
import { browser, type Browser } from 'wxt/browser';
import { factsPath } from '../../components/facts-path';
import { eventById } from '../../lib/reference/events';
import { sourceById } from '../../lib/reference/sources';
import type { BackgroundMessage } from '../../lib/messages';

export type OpenFactsRequest = BackgroundMessage<'open-facts'>;

/** The tab to open for `message` from `sender`, or null when the event is not one the reference has. */
export function factsTabFor(message: OpenFactsRequest, sender: Pick<Browser.runtime.MessageSender, 'tab'> | undefined): Browser.tabs.CreateProperties | null {
  if (typeof message.event !== 'string' || !eventById.has(message.event)) return null;
  const tab = sender?.tab;
  const recognised = typeof message.source === 'string' ? sourceById.get(message.source) : undefined;
  const pageUrl = typeof tab?.url === 'string' && /^https?:/i.test(tab.url) ? tab.url : null;
  const from = recognised?.event === message.event ? recognised.id : pageUrl;
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
