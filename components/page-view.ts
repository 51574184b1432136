/**
 * What the popup shows, decided from plain data: the page's summary (or why there is none) and the settings.
 * No browser calls here; `usePageSummary.ts` fetches, the components render.
 */
import type { PageSummary } from '../lib/messages';
import { isSiteDisabled, normaliseSite, withSite, type Settings } from '../lib/settings';

/**
 * Why there is no summary: the content script cannot run here (browser page, store), has not answered on a
 * web page, or did not answer where the browser hides the tab's URL from the extension (`unknown`).
 */
export type UnavailableReason = 'browser-page' | 'store' | 'not-ready' | 'unknown' | 'no-tab';

/** Where the popup's data stands. */
export type PageResult =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: UnavailableReason }
  | { kind: 'summary'; summary: PageSummary };

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: UnavailableReason }
  /** `site` is the entry in the list that covers this page (the page's own site, or a parent domain). */
  | { kind: 'site-off'; site: string }
  | { kind: 'auto-off' }
  /** The settings changed and the page is catching up. */
  | { kind: 'updating' }
  /** The page did not catch up with the settings: a reload will. */
  | { kind: 'reload' }
  | { kind: 'no-event' }
  | { kind: 'matched'; summary: PageSummary };

/** Hosts of extension stores, where browsers run no extension's content scripts. */
const STORE_PAGES: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.opera.com' },
];

/** A tab's URL as Crosscheck sees it: an ordinary web page, an extension store, or a page no extension can read. */
export function classifyUrl(url: string | null | undefined): 'web' | 'store' | 'browser-page' {
  if (!url) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((s) => s.host === host && (!s.path || parsed.pathname.startsWith(s.path)))) return 'store';
  return 'web';
}

/** The hostname of an http(s) page, or null for any other page. */
export function webHostname(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname || null;
  } catch {
    return null;
  }
}

/** The entry of the never-run list that covers this host, if any (its own site first). */
export function coveringSite(settings: Settings, hostname: string): string | null {
  const host = normaliseSite(hostname);
  if (settings.disabledSites.includes(host)) return host;
  return settings.disabledSites.find((site) => host.endsWith(`.${site}`)) ?? null;
}

/**
 * The popup's switch. Off adds the page's site to the list; on removes every entry that covers the page,
 * including a parent domain ("example.com" when on "news.example.com"), so the page really runs again.
 */
export function setSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  if (!enabled) return withSite(settings, hostname, false);
  const host = normaliseSite(hostname);
  const covering = settings.disabledSites.filter((site) => host === site || host.endsWith(`.${site}`));
  return covering.reduce((s, site) => withSite(s, site, true), withSite(settings, hostname, true));
}

/** Whether a summary already reflects the settings (the content script applies them as they change). */
export function summaryFitsSettings(summary: PageSummary, settings: Settings): boolean {
  const host = webHostname(summary.url);
  if (host && isSiteDisabled(settings, host)) return summary.state === 'disabled';
  if (!settings.autoHighlight) return summary.state === 'off';
  return summary.state === 'matched' || summary.state === 'no-event';
}

/** What to show. The settings win over a summary that has not caught up with them yet. */
export function popupView(result: PageResult, settings: Settings, settling = false): PopupView {
  if (result.kind !== 'summary') return result;
  const { summary } = result;
  const host = webHostname(summary.url);
  const site = host ? coveringSite(settings, host) : null;
  if (site) return { kind: 'site-off', site };
  if (!settings.autoHighlight) return { kind: 'auto-off' };
  if (summary.state === 'disabled' || summary.state === 'off') return settling ? { kind: 'updating' } : { kind: 'reload' };
  if (summary.state === 'no-event') return { kind: 'no-event' };
  return { kind: 'matched', summary };
}

/** The view once the settings are loaded (loading until then). */
export function viewFor(page: { result: PageResult; settling: boolean }, settings: Settings | null): PopupView {
  return settings ? popupView(page.result, settings, page.settling) : { kind: 'loading' };
}

/** The site a page belongs to: its summary's host, else its tab's when that is a web page; null for others. */
export function pageHostname(result: PageResult, tabUrl: string | null | undefined): string | null {
  if (result.kind === 'summary') return webHostname(result.summary.url);
  return classifyUrl(tabUrl) === 'web' ? webHostname(tabUrl) : null;
}

