/**
 * The extension's own pages in a real Chromium (issue 12): the side panel, the popup as a short summary, the
 * options page with the display setting and the legend.
 *
 * Chrome's real side panel is opened once, by a trusted click on the popup's "Open the side panel" (what
 * chrome.sidePanel.open() requires), and read over CDP: it follows the window's active tab, and Enter on a
 * finding goes to it. The other checks open `sidepanel.html?tab=<id>` in a tab of their own, where Playwright's
 * page API works: that address follows one tab (its navigation and passes) with the same code.
 *
 * axe-core 4.14 runs on each page in light and dark (prefers-color-scheme emulated): no serious or critical
 * violation. Screenshots: test-results/panel-{sidepanel,popup,options}-{light,dark}.png, panel-real-sidepanel.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { enterOnLastFinding, expectFindingsListed } from '../e2e-shared/panel-checks';
import { CHROMIUM_OWN_HOSTS, trapHost } from '../e2e-shared/trap';
import { isLocalUrl } from './support/network';
import { EVENT_2021 } from './support/cases';
import {
  articleFindings,
  articleFocus,
  axeSerious,
  axeSource,
  focusedFindingId,
  innerScrollers,
  panelState,
  tabStopsTo,
  unreachableControls,
  type AxeProblem,
  type PanelState,
} from './support/panel';
import { openToolbarPopup } from './support/popup';
import { attachToPopup, type PopupSession } from './support/popup-cdp';
import { inPageSource, runProbe } from './support/probes';
import { ROOT, startServer, type TestServer } from './support/server';

const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 8_000;
const NEWS = '/pages/news-2021-strike.html';
const NO_EVENT = '/pages/sports-hockey-recap.html';
const SCHEMES = ['light', 'dark'] as const;

let server: TestServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  ext = await launchWithExtension({ extensionDir: inject('extensionDir') });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openArticle(path = NEWS): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  return page;
}

/** The browser's id for the tab showing `url` (asked of the extension's service worker). */
async function tabIdOf(url: string): Promise<number> {
  return ext.serviceWorker.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted);
    if (tab?.id === undefined) throw new Error(`no tab at ${wanted}`);
    return tab.id;
  }, url);
}

async function openExtensionPage(path: string, waitFor: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.waitForSelector(waitFor, { timeout: UI_TIMEOUT });
  return page;
}

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function axeOn(page: Page): Promise<AxeProblem[]> {
  await page.evaluate(axeSource());
  return runProbe(page, axeSerious);
}

/** axe in light and dark, with a screenshot of each. */
async function checkSchemes(page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeOn(page), `${name} in ${scheme}`).toEqual([]);
    await page.screenshot({ path: join(RESULTS, `panel-${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the side panel', () => {
  it('is declared in the manifest (side_panel, with the sidePanel permission)', () => {
    const manifest = JSON.parse(readFileSync(join(inject('extensionDir'), 'manifest.json'), 'utf8')) as { side_panel?: { default_path?: string }; permissions?: string[] };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
  });

  it('lists the tab’s findings grouped by status, differences first, with the others’ values, the notes and a legend', async () => {
    const article = await openArticle();
    const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(article.url())}`, '.finding-group');
    try {
      const state = await expectFindingsListed(panel, article);
      expect(state.legend.map((r) => r.key)).toEqual([
        'figure differs',
        'figure agrees',
        'figure unique',
        'name differs',
        'name agrees',
        'name unique',
        'quiet',
        'note',
      ]);
      expect(state.legend.every((r) => /border-bottom|background/.test(r.style))).toBe(true);
      expect(await runProbe(panel, innerScrollers)).toEqual([]);
      expect(await runProbe(panel, unreachableControls)).toEqual([]);
      // As wide as Chrome's side panel usually is: one column, the notes and the legend after the findings.
      await panel.setViewportSize({ width: 400, height: 900 });
      await checkSchemes(panel, 'sidepanel');
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('Enter on a finding scrolls the article to its highlight and focuses it; the panel stays', async () => {
    const article = await openArticle();
    const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(article.url())}`, '.finding-group');
    try {
      await article.evaluate(() => window.scrollTo(0, 0));
      // Keyboard only: Tab to the first finding, unfold the groups, Enter on the last.
      const last = await enterOnLastFinding(panel, article);
      expect(panel.isClosed()).toBe(false);
      // The panel keeps its focus: Enter again shows the finding again after the reader moved on in the page.
      await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await runProbe(panel, focusedFindingId)).toBe(last);
      await panel.keyboard.press('Enter');
      await until(() => runProbe(article, articleFocus), (f) => f.id === last, 'focus again after Enter');
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('follows its tab: a page about nothing, then the article again', async () => {
    const article = await openArticle();
    const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(article.url())}`, '.finding-group');
    try {
      await article.goto(server.url(NO_EVENT));
      await until(() => runProbe(panel, panelState), (s) => s.title === 'Nothing to check' && s.groups.length === 0, 'the panel to say there is nothing to check');
      await article.goto(server.url(NEWS));
      const state = await until(() => runProbe(panel, panelState), (s) => s.groups.length > 0, 'the findings again');
      expect(state.groups[0]!.status).toBe('differs');
      expect(await panel.evaluate(() => document.body.innerText)).toMatch(/strike/i);
    } finally {
      await panel.close();
      await article.close();
    }
  });
});

/** Runs `expression` in a page reached over CDP (the side panel) and returns its value. */
async function evaluateIn<T>(session: PopupSession, expression: string): Promise<T> {
  const reply = await session.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
    expression,
    returnByValue: true,
    awaitPromise: true,
  });
  if (reply.exceptionDetails) throw new Error(`in the side panel: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
  return reply.result.value as T;
}

describe("Chrome's real side panel", () => {
  it('opens from the popup’s button (a real click), follows the active tab, and Enter on a finding goes to it', async () => {
    const article = await openArticle();
    const popup = await openToolbarPopup(ext, article);
    const raw = await attachToPopup(ext, article);
    let other: Page | null = null;
    let side: PopupSession | null = null;
    try {
      await popup.waitFor(`document.querySelector('.findings-list button')`, UI_TIMEOUT);
      // chrome.sidePanel.open() needs the reader's click: a trusted mouse click in the popup gives it one.
      await raw.clickByRole('button', 'Open the side panel');
      side = await attachToPopup(ext, article, UI_TIMEOUT, 'sidepanel.html');
      const panel = side;
      const state = () => evaluateIn<PanelState>(panel, inPageSource(panelState));
      const first = await until(state, (s) => s.groups[0]?.status === 'differs', 'findings in the side panel');
      const shot = await panel.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(join(RESULTS, 'panel-real-sidepanel.png'), Buffer.from(shot.data, 'base64'));

      // Another tab in the window becomes active: the panel follows it, then comes back with the article.
      other = await openArticle(NO_EVENT);
      await other.bringToFront();
      await until(state, (s) => s.title === 'Nothing to check', 'the panel to follow the other tab');
      await article.bringToFront();
      await until(state, (s) => s.groups[0]?.status === 'differs', 'the panel back on the article');

      // Keyboard: focus a finding in the panel and press Enter (a trusted key event).
      const id = first.groups[0]!.findings.at(-1)!.id;
      await evaluateIn(panel, `document.querySelector('button[data-id="${id}"]').focus()`);
      await panel.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
      await panel.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
      const focus = await until(() => runProbe(article, articleFocus), (f) => f.id === id, `focus on highlight ${id}`);
      expect(focus.inView).toBe(true);
    } finally {
      await side?.detach();
      await raw.detach();
      await popup.close();
      await other?.close();
      await article.close();
    }
  });
});

describe('the popup', () => {
  it('is a short summary: counts, at most three differences, the side panel button, the display choice, the notes tools; axe-clean in light and dark', async () => {
    const article = await openArticle();
    const popup = await openToolbarPopup(ext, article);
    const raw = await attachToPopup(ext, article);
    try {
      await popup.waitFor(`document.querySelector('.findings-list button')`, UI_TIMEOUT);
      const shown = await popup.evaluate<{ listed: string[]; names: string[]; panel: boolean; radios: string[]; exports: string[] }>(`(() => ({
        listed: [...document.querySelectorAll('.findings-list button')].map((b) => b.getAttribute('data-status')),
        names: [...document.querySelectorAll('.findings-list button')].map((b) => b.getAttribute('aria-label') ?? ''),
        panel: [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Open the side panel'),
        radios: [...document.querySelectorAll('input[type=radio][name="popup-display-choice"]')].map((r) => r.labels[0].textContent.trim()),
        exports: [...document.querySelectorAll('button')].map((b) => b.textContent.trim()).filter((t) => t.startsWith('Export ')),
      }))()`);
      expect(shown.listed.length).toBeGreaterThan(0);
      expect(shown.listed.length).toBeLessThanOrEqual(3);
      expect(new Set(shown.listed)).toEqual(new Set(['differs']));
      expect(shown.names.every((n) => n === '')).toBe(true);
      expect(shown.panel).toBe(true);
      expect(shown.radios).toEqual(['Differences only', 'Differences and figures', 'Everything']);
      expect(shown.exports).toEqual(['Export JSON', 'Export Markdown', 'Export CSV']);
      expect(await popup.evaluate(inPageSource(innerScrollers))).toEqual([]);
      expect(await popup.evaluate(inPageSource(unreachableControls))).toEqual([]);
      // The notes come early in the Tab order now (issue 12 counted 31 stops to them).
      const toNotes = await popup.evaluate<number>(inPageSource(tabStopsTo, '#notes-search'));
      console.log(`panel e2e: ${toNotes} Tab stops from the top of the popup to "Search all notes"`);
      expect(toNotes).toBeGreaterThan(0);
      expect(toNotes).toBeLessThanOrEqual(10);
      await popup.evaluate(axeSource());
      for (const scheme of SCHEMES) {
        await raw.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        expect(await popup.evaluate(inPageSource(axeSerious)), `popup in ${scheme}`).toEqual([]);
        await popup.screenshot(join(RESULTS, `panel-popup-${scheme}.png`));
      }
      // The display choice, by mouse: saved, and the popup shows it.
      await raw.clickByRole('radio', 'Everything');
      await until(() => ext.serviceWorker.evaluate(storedDisplay), (d) => d === 'everything', 'display saved as everything');
    } finally {
      await raw.detach();
      await popup.close();
      await article.close();
    }
  });
});

/** The display setting as stored (runs in the service worker). */
async function storedDisplay(): Promise<string | null> {
  const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
  const all = await api.storage.local.get(null);
  for (const value of Object.values(all)) {
    const display = (value as { display?: unknown } | null)?.display;
    if (typeof display === 'string') return display;
  }
  return null;
}

describe('the options page', () => {
  it('has the display choice and the legend; a choice is saved and applied at once in an open tab; axe-clean', async () => {
    const article = await openArticle();
    const options = await openExtensionPage('options.html', '.legend');
    try {
      expect(await runProbe(options, panelState).then((s) => s.legend.length)).toBe(8);
      expect(await runProbe(options, unreachableControls)).toEqual([]);
      expect(await runProbe(options, innerScrollers)).toEqual([]);
      await checkSchemes(options, 'options');
      for (const display of ['Differences only', 'Everything'] as const) {
        await options.getByRole('radio', { name: display }).check();
        const want = display === 'Everything' ? 'everything' : 'differences';
        await until(() => ext.serviceWorker.evaluate(storedDisplay), (d) => d === want, `display saved as ${want}`);
        // The open article follows at once: names stand out only with "Everything".
        const names = await until(
          () => runProbe(article, articleFindings).then((all) => all.filter((f) => f.kind === 'name')),
          (all) => all.length > 0 && all.every((f) => f.look === (want === 'everything' ? 'loud' : 'quiet')),
          `names ${want === 'everything' ? 'loud' : 'quiet'} in the article`,
        );
        expect(names.length).toBeGreaterThan(0);
      }
      expect(await article.evaluate(() => document.documentElement.getAttribute('data-crosscheck-event'))).toMatch(EVENT_2021);
    } finally {
      await options.close();
      await article.close();
    }
  });
});

// Last: every page above has been loaded by now.
describe('privacy', () => {
  it('the extension pages make no request that leaves the machine', () => {
    expect(ext.requests.some((r) => r.url.startsWith(`chrome-extension://${ext.extensionId}/sidepanel.html`))).toBe(true);
    const leaving = ext.requests.filter((r) => !isLocalUrl(r.url, server.origin)).map((r) => `${r.method} ${r.url} (${r.from}: ${r.by})`);
    expect(leaving).toEqual([]);
    expect(ext.trap.caught.filter((c) => !CHROMIUM_OWN_HOSTS.has(trapHost(c)))).toEqual([]);
  });
});
