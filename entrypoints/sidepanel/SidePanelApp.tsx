/**
 * The side panel wired to the browser. It follows its window's active tab (another tab chosen, navigation,
 * each new pass's summary); `sidepanel.html?tab=<id>` follows that one tab instead (see use-target-tab.ts).
 * Showing a finding or a note leaves the panel open.
 */
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { pageHostname, viewFor } from '../../components/page-view';
import { revealMark } from '../../components/reveal-mark';
import { useNotes } from '../../components/use-notes';
import { usePageBackground } from '../../components/use-page-background';
import { usePageSummary } from '../../components/use-page-summary';
import { updateSettings, useSettings } from '../../components/use-settings';
import { pinnedTabId, useTargetTab, type TabMode } from '../../components/use-target-tab';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { SidePanel } from './SidePanel';

const stayOpen = () => {};

function tabMode(search: string): TabMode {
  const pinned = pinnedTabId(search);
  return pinned === null ? { kind: 'follow-window' } : { kind: 'pinned', tabId: pinned };
}

const MODE = tabMode(location.search);

export function SidePanelApp(): JSX.Element {
  const settings = useSettings();
  const tab = useTargetTab(MODE);
  const page = usePageSummary(settings, tab);
  const notes = useNotes(tab, { close: stayOpen });
  const background = usePageBackground();
  const { result, tabId } = page;
  const hostname = pageHostname(result, page.url);

  return (
    <SidePanel
      view={viewFor(page, settings)}
      settings={settings ?? DEFAULT_SETTINGS}
      hostname={hostname}
      onReveal={(id) => {
        if (tabId !== null) void revealMark(tabId, id, stayOpen);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage().catch(() => undefined)}
      onTurnOnAutoHighlight={() => void updateSettings((s) => ({ ...s, autoHighlight: true }))}
      notes={notes}
      background={background}
    />
  );
}
