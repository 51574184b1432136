/**
 * Which tab an extension page reports on. The popup looks once at its window's active tab. The side panel
 * follows its window: another tab chosen, the tab navigating or reloading, each gives a new target. A page
 * opened as `sidepanel.html?tab=<id>` (a tab of its own, as the e2e tests open it, since a headless browser
 * shows no side panel) reports on that tab alone, and still sees it navigate.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface TabRef {
  id: number;
  /** The tab's URL when the browser lets the extension see it. */
  url: string | null;
  /** Counts the tab's page loads seen: a reload of the same URL is a new page to ask. */
  load: number;
}

/** `undefined` while the tab is being found; `null` when there is none. */
export type TargetTab = TabRef | null | undefined;

export type TabMode = { kind: 'active-once' } | { kind: 'follow-window' } | { kind: 'pinned'; tabId: number };

export async function activeTab(windowId?: number): Promise<TabRef | null> {
  const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
  if (!tab || tab.id === undefined || tab.id < 0) return null;
  return { id: tab.id, url: tab.url ?? null, load: 0 };
}

async function tabById(tabId: number): Promise<TabRef | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? null, load: 0 };
  } catch {
    return null; // closed
  }
}

/** The pinned tab from a page address (`?tab=12`), or null. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab to report on; see the module comment for each mode. */
export function useTargetTab(mode: TabMode): TargetTab {
  const [tab, setTab] = useState<TargetTab>(undefined);
  const key = mode.kind === 'pinned' ? `pinned:${mode.tabId}` : mode.kind;
  useEffect(() => {
    let live = true;
    let current: TabRef | null = null;
    let windowId: number | undefined;
    const show = (next: TabRef | null) => {
      current = next;
      if (live) setTab(next);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId !== windowId) return;
      void tabById(info.tabId).then((next) => live && show(next));
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }, updated: { url?: string }) => {
      if (!current || tabId !== current.id) return;
      // A new address, or the same one loaded again: its content script starts afresh.
      if (change.url === undefined && change.status !== 'loading') return;
      show({ id: tabId, url: updated.url ?? change.url ?? current.url, load: current.load + 1 });
    };
    const onRemoved = (tabId: number) => {
      if (current && tabId === current.id && mode.kind === 'pinned') show(null);
    };
    void (async () => {
      try {
        if (mode.kind === 'pinned') show(await tabById(mode.tabId));
        else if (mode.kind === 'active-once') show(await activeTab());
        else {
          windowId = (await browser.windows.getCurrent()).id;
          show(await activeTab(windowId));
        }
      } catch {
        show(null);
      }
    })();
    if (mode.kind === 'active-once') return () => void (live = false);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    if (mode.kind === 'follow-window') browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [key]);
  return tab;
}
