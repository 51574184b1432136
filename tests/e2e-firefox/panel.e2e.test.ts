/**
 * The extension's own pages in Firefox ESR (issue 12), with the same probes as the Chromium suite
 * (../e2e/support/panel.ts): the sidebar page, the popup as a short summary, the options page.
 *
 * Firefox's sidebar cannot be opened without a reader's click (sidebarAction.open() needs one), so the sidebar's
 * page is opened as `sidepanel.html?tab=<id>` in a tab of its own: it follows that tab with the same code the
 * sidebar runs on its window's active tab. Both Firefox builds (MV2 and MV3) declare the sidebar; the popup's
 * button, clicked, opens the real sidebar (sidebarAction.isOpen says so; its content is out of WebDriver's reach).
 *
 * axe-core 4.14 on each page in light and dark: no serious or critical violation. Screenshots:
 * test-results/firefox-panel-{sidepanel,popup,options}-{light,dark}.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  articleFindings,
  axeSerious,
  axeSource,
  innerScrollers,
  panelState,
  unreachableControls,
  type AxeProblem,
} from '../e2e/support/panel';
import { enterOnLastFinding, expectFindingsListed } from '../e2e-shared/panel-checks';
import { runProbe } from '../e2e/support/probes';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';

const builds = inject('firefoxBuilds');
const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 8_000;
const NEWS = '/pages/news-2021-strike.html';
const NO_EVENT = '/pages/sports-hockey-recap.html';
const SCHEMES = ['light', 'dark'] as const;
/** Firefox's own switch for the colour scheme pages see: 0 dark (puppeteer cannot emulate media over BiDi). */
const DARK_PREFS = { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 };

let server: TestServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  ff = await launchFirefox({ extensionDir: builds!.mv2 });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openArticle(path = NEWS): Promise<Page> {
  const page = await ff.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
  return page;
}

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The sidebar's page in a tab, following the article's tab (its id asked of the extension from that page). */
async function openPanelFor(article: Page, on: FirefoxWithExtension = ff, existing?: Page): Promise<Page> {
  const panel = await on.openExtensionPage('/sidepanel.html', '.panel', existing);
  const url = article.url();
  const tabId = await panel.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`no tab at ${url}`);
  return on.openExtensionPage(`/sidepanel.html?tab=${tabId}`, '.finding-group', panel);
}

async function axeOn(page: Page): Promise<AxeProblem[]> {
  await page.evaluate(axeSource());
  return runProbe(page, axeSerious);
}

/** axe on the page in the browser's colour scheme, and a screenshot. */
async function checkScheme(page: Page, name: string, scheme: (typeof SCHEMES)[number]): Promise<void> {
  expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), `${name} is ${scheme}`).toBe(true);
  expect(await axeOn(page), `${name} in ${scheme}`).toEqual([]);
  await page.screenshot({ path: join(RESULTS, `firefox-panel-${name}-${scheme}.png`), fullPage: true });
}

/** The display setting as stored, read from an extension page. */
function storedDisplay(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).browser;
    for (const value of Object.values(await api.storage.local.get(null))) {
      const display = (value as { display?: unknown } | null)?.display;
      if (typeof display === 'string') return display;
    }
    return null;
  });
}

describe('both Firefox builds', () => {
  it('declare the sidebar (sidebar_action) on the side panel page, closed at install', () => {
    for (const dir of [builds!.mv2, builds!.mv3]) {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { sidebar_action?: { default_panel?: string; open_at_install?: boolean } };
      expect(manifest.sidebar_action, dir).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    }
  });
});

describe('the sidebar page (sidepanel.html)', () => {
  it('lists the tab’s findings grouped by status, differences first, with the notes and a legend; axe-clean', async () => {
    const article = await openArticle();
    const panel = await openPanelFor(article);
    try {
      const state = await expectFindingsListed(panel, article);
      expect(state.legend).toHaveLength(8);
      expect(await runProbe(panel, innerScrollers)).toEqual([]);
      expect(await runProbe(panel, unreachableControls)).toEqual([]);
      await checkScheme(panel, 'sidepanel', 'light');
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('Enter on a finding focuses its highlight in the article, scrolled into view; it follows the tab’s navigation', async () => {
    const article = await openArticle();
    const panel = await openPanelFor(article);
    try {
      await article.evaluate(() => window.scrollTo(0, 0));
      await panel.bringToFront();
      await enterOnLastFinding(panel, article);

      await article.goto(server.url(NO_EVENT));
      await until(() => runProbe(panel, panelState), (s) => s.title === 'Nothing to check' && s.groups.length === 0, 'nothing to check');
      await article.goto(server.url(NEWS));
      await until(() => runProbe(panel, panelState), (s) => s.groups[0]?.status === 'differs', 'the findings again');
    } finally {
      await panel.close();
      await article.close();
    }
  });
});

describe('the popup and the options page', () => {
  it('the popup is a short summary with the side panel button and the display choice; axe-clean', async () => {
    const article = await openArticle();
    // As the Firefox suite does: the popup's page loads in a tab behind the article it reports on.
    const popup = await ff.newPage();
    try {
      await article.bringToFront();
      await ff.openExtensionPage('/popup.html', '.findings-list button', popup);
      const shown = await popup.evaluate(() => ({
        listed: Array.from(document.querySelectorAll('.findings-list button')).map((b) => b.getAttribute('data-status')),
        panel: Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === 'Open the side panel'),
        radios: Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio][name="popup-display-choice"]')).map((r) => r.labels?.[0]?.textContent?.trim()),
      }));
      expect(shown.listed.length).toBeGreaterThan(0);
      expect(shown.listed.length).toBeLessThanOrEqual(3);
      expect(new Set(shown.listed)).toEqual(new Set(['differs']));
      expect(shown.panel).toBe(true);
      expect(shown.radios).toEqual(['Differences only', 'Differences and figures', 'Everything']);
      expect(await runProbe(popup, innerScrollers)).toEqual([]);
      await popup.bringToFront();
      await popup.setViewport({ width: 360, height: 600 });
      await checkScheme(popup, 'popup', 'light');
      // The button opens Firefox's sidebar (sidebarAction.open() needs the reader's click: a real one here).
      const sidebarOpen = (page: Page) =>
        page.evaluate(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}));
      expect(await sidebarOpen(popup)).toBe(false);
      const button = await popup.waitForSelector('::-p-aria([name="Open the side panel"][role="button"])');
      await button!.click();
      const checker = await ff.openExtensionPage('/options.html', '.legend');
      try {
        await until(() => sidebarOpen(checker), Boolean, 'the sidebar to open');
      } finally {
        await checker.close();
      }
    } finally {
      await popup.close().catch(() => undefined);
      await article.close();
    }
  });

  it('options: the display choice is saved and applied at once in an open tab; the legend; axe-clean', async () => {
    const article = await openArticle();
    const options = await ff.openExtensionPage('/options.html', '.legend');
    try {
      expect((await runProbe(options, panelState)).legend).toHaveLength(8);
      expect(await runProbe(options, innerScrollers)).toEqual([]);
      expect(await runProbe(options, unreachableControls)).toEqual([]);
      await checkScheme(options, 'options', 'light');
      for (const [label, want] of [
        ['Everything', 'everything'],
        ['Differences only', 'differences'],
      ] as const) {
        const radio = await options.waitForSelector(`::-p-aria([name="${label}"][role="radio"])`);
        await radio!.click();
        await until(() => storedDisplay(options), (d) => d === want, `display saved as ${want}`);
        const look = want === 'everything' ? 'loud' : 'quiet';
        await until(
          () => runProbe(article, articleFindings).then((all) => all.filter((f) => f.kind === 'name')),
          (names) => names.length > 0 && names.every((f) => f.look === look),
          `names ${look} in the article`,
        );
      }
    } finally {
      await options.close();
      await article.close();
    }
  });
});

describe('in a dark colour scheme', () => {
  let dark: FirefoxWithExtension;
  beforeAll(async () => {
    dark = await launchFirefox({ extensionDir: builds!.mv2, prefs: DARK_PREFS });
  });
  afterAll(async () => {
    await dark?.close();
  });

  it('the sidebar page, the popup and the options page are axe-clean', async () => {
    const article = await dark.newPage();
    await article.goto(server.url(NEWS));
    await article.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
    const popup = await dark.newPage();
    try {
      await article.bringToFront();
      await dark.openExtensionPage('/popup.html', '.findings-list button', popup);
      await popup.bringToFront();
      await popup.setViewport({ width: 360, height: 600 });
      await checkScheme(popup, 'popup', 'dark');
      const panel = await openPanelFor(article, dark, popup);
      await checkScheme(panel, 'sidepanel', 'dark');
      const options = await dark.openExtensionPage('/options.html', '.legend', popup);
      await options.setViewport({ width: 1280, height: 900 });
      await checkScheme(options, 'options', 'dark');
    } finally {
      await popup.close();
      await article.close();
    }
  });
});

describe('the MV3 build', () => {
  let mv3: FirefoxWithExtension;
  beforeAll(async () => {
    mv3 = await launchFirefox({ extensionDir: builds!.mv3 });
  });
  afterAll(async () => {
    await mv3?.close();
  });

  it('the sidebar page lists the article’s findings, differences first', async () => {
    const article = await mv3.newPage();
    await article.goto(server.url(NEWS));
    await article.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
    const panel = await openPanelFor(article, mv3);
    try {
      const state = await runProbe(panel, panelState);
      expect(state.groups[0]?.status).toBe('differs');
      expect(state.legend).toHaveLength(8);
    } finally {
      await panel.close();
      await article.close();
    }
  });
});
