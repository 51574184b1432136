/** The popup wired to the browser: settings from storage, the summary from the tab, actions sent back. */
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { updateSettings, useSettings } from '../../components/use-settings';
import type { Message } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { classifyUrl, popupView, setSiteEnabled, webHostname } from './page';
import { Popup } from './Popup';
import { useNotes } from './useNotes';
import { usePageSummary } from './usePageSummary';
import { wait } from '../../lib/wait';


/** Ask the page to show a finding, then close: the reader's eyes go to the page. */
export async function revealMark(tabId: number, id: string, close: () => void = () => window.close()): Promise<void> {
  const message: Message = { type: 'reveal-mark', id };
  const sent = browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  // Let the message leave before the popup goes; don't wait on a page that never answers.
  await Promise.race([sent, wait(300)]);
  close();
}

export function openOptions(close: () => void = () => window.close()): void {
  void browser.runtime
    .openOptionsPage()
    .catch(() => undefined)
    .finally(close);
}

export function PopupApp(): JSX.Element {
  const settings = useSettings();
  const page = usePageSummary(settings);
  const { result, tabId } = page;
  const notes = useNotes();
  const hostname =
    result.kind === 'summary' ? webHostname(result.summary.url) : classifyUrl(page.url) === 'web' ? webHostname(page.url) : null;

  return (
    <Popup
      view={settings ? popupView(result, settings, page.settling) : { kind: 'loading' }}
      settings={settings ?? DEFAULT_SETTINGS}
      hostname={hostname}
      onSiteChange={(enabled) => {
        if (hostname) void updateSettings((s) => setSiteEnabled(s, hostname, enabled));
      }}
      onReveal={(id) => {
        if (tabId !== null) void revealMark(tabId, id);
      }}
      onOpenOptions={() => openOptions()}
      onTurnOnAutoHighlight={() => void updateSettings((s) => ({ ...s, autoHighlight: true }))}
      notes={notes}
    />
  );
}
