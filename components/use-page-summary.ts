/**
 * What a tab's content script found, for the popup and the side panel: its summary, or why there is none.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundMessage, PageSummary, ToBackground } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { classifyUrl, summaryFitsSettings, type PageResult } from './page-view';
import { unpackSummary } from '../lib/page/summary-wire';
import { wait } from '../lib/wait';
import type { TabRef, TargetTab } from './use-target-tab';
import { listen, sendToTab } from '../utils/messaging';

export interface PageData {
  tabId: number | null;
  /** The tab's URL when the browser lets the extension see it. */
  url: string | null;
  result: PageResult;
  /** Settings just changed and the page has not shown it yet. */
  settling: boolean;
}


/** Ask the tab's content script. Rejects when none runs there; undefined when it has no summary yet. */
export async function requestSummary(tabId: number): Promise<PageSummary | undefined> {
  const response: unknown = await sendToTab(tabId, { type: 'get-summary' });
  return unpackSummary(response) ?? undefined;
}

/** The summary, or why there is none; retries a little while the page is still on its first pass. */
export async function loadPage(tab: Pick<TabRef, 'id' | 'url'> | null, retryDelays = [250, 600, 1200]): Promise<PageResult> {
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

/** Whether a 'page-summary' message came from this tab's top frame. */
export function summaryFromTab(message: unknown, sender: { tab?: { id?: number }; frameId?: number }, tabId: number | null): PageSummary | null {
  const m = message as Partial<BackgroundMessage<'page-summary'>> | null;
  if (m?.type !== 'page-summary') return null;
  if (tabId === null || sender.tab?.id !== tabId || (sender.frameId ?? 0) !== 0) return null;
  return unpackSummary(m.summary);
}

/**
 * The target tab's summary: asked for when the tab (or its page) changes, then kept current by the content
 * script's own messages (it sends one after each pass); a settings change re-asks until the page shows it.
 */
export function usePageSummary(settings: Settings | null, tab: TargetTab, settleDelays = [150, 500, 1200, 2500]): PageData {
  const [data, setData] = useState<PageData>({ tabId: null, url: null, result: { kind: 'loading' }, settling: false });
  const tabRef = useRef<TabRef | null>(null);
  const tabKey = tab === undefined ? 'finding' : tab === null ? 'none' : `${tab.id} ${tab.load} ${tab.url ?? ''}`;

  // The content script's updates for the target tab, whenever they come.
  useEffect(() => {
    return listen<ToBackground>({
      // Heard, not answered: the background answers it.
      'page-summary': (message, sender) => {
        const summary = summaryFromTab(message, sender, tabRef.current?.id ?? null);
        if (summary) setData((d) => ({ ...d, result: { kind: 'summary', summary } }));
      },
    });
  }, []);

  // Each new target (or new page in it): ask, keeping a summary its content script sent meanwhile.
  useEffect(() => {
    if (tab === undefined) return;
    tabRef.current = tab;
    let live = true;
    setData({ tabId: tab?.id ?? null, url: tab?.url ?? null, result: { kind: 'loading' }, settling: false });
    void loadPage(tab).then((result) => {
      if (live) setData((d) => ({ ...d, result: d.result.kind === 'summary' && result.kind !== 'summary' ? d.result : result }));
    });
    return () => {
      live = false;
    };
  }, [tabKey]);

  // After a settings change, re-ask until the page reflects it (the content script applies settings at once).
  const key = settings ? JSON.stringify(settings) : null;
  const previousKey = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || settings === null) return;
    const first = previousKey.current === null;
    previousKey.current = key;
    const target = tabRef.current;
    if (first || !target) return;
    let live = true;
    setData((d) => ({ ...d, settling: d.result.kind === 'summary' }));
    void (async () => {
      for (const delay of settleDelays) {
        await wait(delay);
        if (!live) return;
        let summary: PageSummary | undefined;
        try {
          summary = await requestSummary(target.id);
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
