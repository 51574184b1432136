/** Showing a finding in the article: its tab scrolls to the highlight, focuses it and opens its popover. */
import { wait } from '../lib/wait';
import { sendToTab } from '../utils/messaging';

/**
 * Ask the tab to show finding `id`, then `close`: the popup closes so the reader's eyes go to the page; the
 * side panel stays (it passes a no-op). Never waits long on a page that does not answer.
 */
export async function revealMark(tabId: number, id: string, close: () => void = () => window.close()): Promise<void> {
  const sent = sendToTab(tabId, { type: 'reveal-mark', id }).catch(() => undefined);
  // Let the message leave before the popup goes.
  await Promise.race([sent, wait(300)]);
  close();
}
