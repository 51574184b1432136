/**
 * The popup's data: the active tab, and its content script's summary. The content script's later summaries
 * (it sends one after each pass) update the popup while it is open; a settings change re-asks until the page
 * has applied it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Message, PageSummary } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { classifyUrl, isPageSummary, summaryFitsSettings, type PageResult } from './page';
import { wait } from '../../lib/wait';

export interface PageData {
  tabId: number | null;
  /** The tab's URL when the browser lets the extension see it. */
  url: string | null;
  result: PageResult;
  /** Settings just changed and the page has not shown it yet. */
  settling: boolean;
}


export async function activeTab(): Promise<{ id: number; url: string | null } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined || tab.id < 0) return null;
  return { id: tab.id, url: tab.url ?? null };
}

/** Ask the tab's content script. Rejects when none runs there; undefined when it has no summary yet. */
export async function requestSummary(tabId: number): Promise<PageSummary | undefined> {
  const message: Message = { type: 'get-summary' };
  const response: unknown = await browser.tabs.sendMessage(tabId, message);
  return isPageSummary(response) ? response : undefined;
}

/** The summary, or why there is none; retries a little while the page is still on its first pass. */
export async function loadPage(tab: { id: number; url: string | null } | null, retryDelays = [250, 600, 1200]): Promise<PageResult> {
  if (!tab) return { kind: 'unavailable', reason: 'no-tab' };
  const kind = classifyUrl(tab.url);
  if (tab.url && kind !== 'web') return { kind: 'unavailable', reason: kind };
  for (let attempt = 0; ; attempt++) {
    try {
      const summary = await requestSummary(tab.id);
      if (summary) return { kind: 'summary', summary };
    } catch {
      // No content script answers: a page extensions cannot read, or one loaded before Crosscheck was.
      // Without host access the browser hides the tab's URL, so the two cannot always be told apart.
      return { kind: 'unavailable', reason: tab.url ? 'not-ready' : 'unknown' };
    }
    const delay = retryDelays[attempt];
    if (delay === undefined) return { kind: 'unavailable', reason: 'not-ready' };
    await wait(delay);
  }
}

export function usePageSummary(settings: Settings | null, settleDelays = [150, 500, 1200, 2500]): PageData {
  const [data, setData] = useState<PageData>({ tabId: null, url: null, result: { kind: 'loading' }, settling: false });
  const tabRef = useRef<{ id: number; url: string | null } | null>(null);

  // First load, and the content script's own updates while the popup is open.
  useEffect(() => {
    let live = true;
    const onMessage = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
      const m = message as Partial<Extract<Message, { type: 'page-summary' }>>;
      if (m?.type !== 'page-summary' || !isPageSummary(m.summary)) return;
      if (tabRef.current === null || sender.tab?.id !== tabRef.current.id || (sender.frameId ?? 0) !== 0) return;
      const summary = m.summary;
      setData((d) => ({ ...d, result: { kind: 'summary', summary } }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    void (async () => {
      let tab: { id: number; url: string | null } | null = null;
      try {
        tab = await activeTab();
      } catch {
        tab = null;
      }
      tabRef.current = tab;
      const result = await loadPage(tab);
      if (live) setData((d) => ({ ...d, tabId: tab?.id ?? null, url: tab?.url ?? null, result: d.result.kind === 'summary' && result.kind !== 'summary' ? d.result : result }));
    })();
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  // After a settings change, re-ask until the page reflects it (the content script applies settings at once).
  const key = settings ? JSON.stringify(settings) : null;
  const previousKey = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || settings === null) return;
    const first = previousKey.current === null;
    previousKey.current = key;
    const tab = tabRef.current;
    if (first || !tab) return;
    let live = true;
    setData((d) => ({ ...d, settling: d.result.kind === 'summary' }));
    void (async () => {
      for (const delay of settleDelays) {
        await wait(delay);
        if (!live) return;
        let summary: PageSummary | undefined;
        try {
          summary = await requestSummary(tab.id);
        } catch {
          summary = undefined;
        }
        if (!live) return;
        if (summary) {
          const fresh = summary;
          setData((d) => ({ ...d, result: { kind: 'summary', summary: fresh } }));
          if (summaryFitsSettings(fresh, settings)) break;
        }
      }
      if (live) setData((d) => ({ ...d, settling: false }));
    })();
    return () => {
      live = false;
    };
  }, [key]);

  return data;
}
