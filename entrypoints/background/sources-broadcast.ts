/**
 * After the reader's sources change (saved, removed, imported), every open tab is told ('sources-changed'),
 * so a page already open is compared again at once rather than on its next load. Tabs without Crosscheck's
 * content script (no web page, or off) simply do not answer.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../../utils/messaging';

export async function tellTabsSourcesChanged(): Promise<void> {
  const tabs = (await Promise.resolve()
    .then(() => browser.tabs.query({}))
    .catch(() => [])) ?? [];
  await Promise.all(
    tabs.map((tab) =>
      Promise.resolve()
        .then(() => (tab.id === undefined ? undefined : sendToTab(tab.id, { type: 'sources-changed' })))
        .catch(() => undefined),
    ),
  );
}
