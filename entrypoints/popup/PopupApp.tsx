/** The popup wired to the browser: settings from storage, the summary from the tab, actions sent back. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { revealMark } from '../../components/reveal-mark';
import { pageHostname, setSiteEnabled, viewFor } from '../../components/page-view';
import { canOpenSidePanel, openSidePanel, type PanelApis } from '../../components/side-panel';
import { useNotes } from '../../components/use-notes';
import { usePageSummary } from '../../components/use-page-summary';
import { updateSettings, useSettings } from '../../components/use-settings';
import { useTargetTab } from '../../components/use-target-tab';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { AddToComparison } from './components/AddToComparison';
import { Popup } from './Popup';

export function openOptions(close: () => void = () => window.close()): void {
  void browser.runtime
    .openOptionsPage()
    .catch(() => undefined)
    .finally(close);
}

const ACTIVE_ONCE = { kind: 'active-once' } as const;

export function PopupApp(): JSX.Element {
  const settings = useSettings();
  const tab = useTargetTab(ACTIVE_ONCE);
  const page = usePageSummary(settings, tab);
  const { result, tabId } = page;
  const notes = useNotes(tab);
  // Chrome opens the side panel only during the click, so its window is known before.
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (w) => setWindowId(w.id ?? null),
      () => setWindowId(null),
    );
  }, []);
  const panels = browser as unknown as PanelApis;
  const hostname = pageHostname(result, page.url);

  return (
    <Popup
      view={viewFor(page, settings)}
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
      onDisplayChange={(display) => void updateSettings((s) => ({ ...s, display }))}
      onOpenPanel={
        canOpenSidePanel(panels)
          ? () => {
              openSidePanel(panels, windowId).then(
                () => window.close(),
                () => undefined,
              );
            }
          : undefined
      }
      notes={notes}
      addSource={
        tabId !== null
          ? (summary) => <AddToComparison tabId={tabId} pageKey={`${summary.url} ${summary.event} ${summary.marks.length}`} />
          : undefined
      }
    />
  );
}
