/**
 * The toolbar badge: how many findings on a tab differ from other outlets.
 *
 * Plain functions, so tests call them directly; `index.ts` only wires them to browser events.
 */
import { browser } from 'wxt/browser';
import type { PageSummary } from '../../lib/messages';
import { unpackSummary } from '../../lib/page/summary-wire';

/** A calm amber: visible on light and dark toolbars without reading as an error. */
export const BADGE_COLOUR = '#9a5b00';
export const BADGE_TEXT_COLOUR = '#ffffff';
export const DEFAULT_TITLE = 'Crosscheck';

export interface Badge {
  text: string;
  title: string;
}

/** The badge a page summary calls for: the differing count, or nothing. */
export function badgeFor(summary: PageSummary): Badge {
  const n = summary.state === 'matched' ? summary.counts.differs : 0;
  if (!n || n < 0) {
    const title = summary.state === 'matched' ? `${DEFAULT_TITLE}: nothing on this page differs from other outlets` : DEFAULT_TITLE;
    return { text: '', title };
  }
  const kinds = new Set(summary.marks.filter((m) => m.status === 'differs').map((m) => m.kind));
  const noun = kinds.size === 1 && kinds.has('name') ? 'name' : kinds.size === 1 && kinds.has('figure') ? 'figure' : 'finding';
  const title = n === 1 ? `1 ${noun} differs from other outlets` : `${n} ${noun}s differ from other outlets`;
  return { text: n > 99 ? '99+' : String(n), title };
}

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> & {
  setBadgeTextColor?: typeof browser.action.setBadgeTextColor;
};

/** `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function actionApi(): ActionApi | null {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction ?? null;
}

/** The URL of each tab's last summary, without its fragment: a late "url changed" for the same page keeps the badge. */
const summaryUrls = new Map<number, string>();

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export async function setBadge(tabId: number, badge: Badge): Promise<void> {
  const api = actionApi();
  if (!api) return;
  try {
    await api.setBadgeText({ tabId, text: badge.text });
    if (badge.text) {
      await api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      // Not in every browser (Chrome 110+, Firefox 63+).
      if (typeof api.setBadgeTextColor === 'function') await api.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOUR });
    }
    await api.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab closed between the message and the call: nothing to show.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  summaryUrls.delete(tabId);
  await setBadge(tabId, { text: '', title: DEFAULT_TITLE });
}

/** A content script's summary for its tab. */
export async function handlePageSummary(tabId: number, summary: PageSummary): Promise<void> {
  summaryUrls.set(tabId, withoutFragment(summary.url));
  await setBadge(tabId, badgeFor(summary));
}

interface SenderLike {
  tab?: { id?: number };
  frameId?: number;
}

/** The summary a 'page-summary' message carries, or null for any other message. */
function summaryIn(message: unknown): PageSummary | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as { type?: unknown; summary?: unknown };
  return m.type === 'page-summary' ? unpackSummary(m.summary) : null;
}

/**
 * runtime.onMessage: only 'page-summary' from a tab's top frame. Returns the work's promise for tests;
 * the listener in index.ts does not return it, so other messages keep their own responders.
 */
export function handleMessage(message: unknown, sender: SenderLike): Promise<void> | undefined {
  const summary = summaryIn(message);
  if (!summary) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return undefined;
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  return handlePageSummary(tabId, summary);
}

/** tabs.onUpdated: a new page loading, or a new URL, clears the badge until its summary arrives. */
export function handleTabUpdated(tabId: number, changeInfo: { status?: string; url?: string }): Promise<void> | undefined {
  if (changeInfo.url !== undefined) {
    // A summary already sent for this very page (in-page navigation, fragment change) still holds.
    if (summaryUrls.get(tabId) === withoutFragment(changeInfo.url)) return undefined;
    return clearBadge(tabId);
  }
  if (changeInfo.status === 'loading') return clearBadge(tabId);
  return undefined;
}

/** tabs.onRemoved: forget the tab and clear its badge (the browser usually drops it already; errors are ignored). */
export function handleTabRemoved(tabId: number): Promise<void> {
  return clearBadge(tabId);
}
