/**
 * Reading with Crosscheck (issue 12) in a real Chromium, test build: the one-time intro; every highlight one
 * button with one Tab stop and a spoken status; Enter/Space/Escape with focus inside the popover and back;
 * axe-core on the highlights, the open popover and the notes toolbar; mark contrast against a light and a
 * dark page; the display setting applied at once in an open tab; the popover at 360 px wide.
 * Screenshots: test-results/reading-{light,dark}-popover.png, reading-narrow.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchPlain, launchWithExtension, type ExtensionBrowser, type PlainBrowser } from './support/chromium';
import { KILLED, oneButtonPerFindingCheck } from '../e2e-shared/reading-checks';
import { chromiumPage } from './support/chromium-driver';
import { until } from './support/hostile';
import { dragSelect } from './support/notes';
import { runProbe } from './support/probes';
import {
  AXE_SOURCE,
  axeOnCrosscheck,
  drawnFindingIds,
  focusableHighlights,
  focusStop,
  introShown,
  markContrasts,
  popoverBox,
} from './support/reading';
import { ROOT, startServer, type TestServer } from './support/server';

const RESULTS = join(ROOT, 'test-results');
const NEWS = '/pages/news-2021-strike.html';
const DARK = '/pages/dark-2021-strike.html';
const READY_TIMEOUT = 15_000;

let server: TestServer;
let ext: ExtensionBrowser;
let plain: PlainBrowser;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  ext = await launchWithExtension({ extensionDir: inject('extensionDir') });
  plain = await launchPlain();
});
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

async function openPage(path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await ext.context.newPage());
  await tab.goto(server.url(path));
  await tab.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  await tab.waitForSelector(KILLED, { state: 'attached', timeout: READY_TIMEOUT });
  return tab;
}

const setDisplay = (display: string) =>
  ext.serviceWorker.evaluate(async (d) => {
    // The extension's own storage, as the options page writes it.
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: object }>; set(v: object): Promise<void> } } } }).chrome.storage.local;
    const current = (await storage.get('settings')).settings ?? {};
    await storage.set({ settings: { ...current, display: d } });
  }, display);

/** Tab from the top of the page until focus comes round again: every stop, in order. */
async function tabWalk(page: Page, max = 200): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await runProbe(page, focusStop);
    if (stop === 'none' && stops.length) break;
    if (stop !== 'none' && stops[0] === stop) break;
    if (stop !== 'none') stops.push(stop);
  }
  return stops;
}

describe('the first matched article', () => {
  it('explains the marks once, dismissibly, remembered where the page cannot read it', async () => {
    const page = await openPage(NEWS);
    try {
      await until(() => runProbe(page, introShown), (v) => v, 'the intro');
      await page.screenshot({ path: join(RESULTS, 'reading-intro.png') });
      await page.getByRole('button', { name: 'Got it' }).click();
      await until(() => runProbe(page, introShown), (v) => !v, 'the intro to go');
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie)).not.toMatch(/seenIntro/);
      await openPage(NEWS, page);
      await page.waitForTimeout(1_000);
      expect(await runProbe(page, introShown)).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard and screen reader', () => {
  oneButtonPerFindingCheck(async () => chromiumPage(await openPage(NEWS)));

  it('takes one Tab stop per finding, besides the page’s own stops', async () => {
    const page = await openPage(NEWS);
    const bare = await plain.browser.newPage();
    try {
      const stops = await tabWalk(page);
      await bare.goto(server.url(NEWS));
      const own = (await tabWalk(bare)).length;
      const ids = await runProbe(page, drawnFindingIds);
      const highlightStops = stops.filter((s) => s.startsWith('highlight:'));
      expect(highlightStops.sort()).toEqual(ids.map((id) => `highlight:${id}`).sort());
      expect(stops.filter((s) => s.startsWith('ui:'))).toEqual([]);
      expect(stops.length).toBe(ids.length + own);
    } finally {
      await page.close();
      await bare.close();
    }
  });

  it('opens with Enter or Space, focus inside; Escape closes and returns focus; Enter reopens', async () => {
    const page = await openPage(NEWS);
    try {
      await page.locator(KILLED).focus();
      await page.waitForTimeout(300);
      expect(await runProbe(page, popoverBox)).toBeNull();
      await page.keyboard.press('Enter');
      await until(() => runProbe(page, focusStop), (s) => s === 'ui:dialog', 'focus inside the popover');
      expect(await page.locator(KILLED).getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      await until(() => runProbe(page, popoverBox), (b) => b === null, 'the popover to close');
      expect((await runProbe(page, focusStop)).startsWith('highlight:')).toBe(true);
      await page.keyboard.press('Enter');
      await until(() => runProbe(page, focusStop), (s) => s === 'ui:dialog', 'focus inside again');
      await page.keyboard.press('Escape');
      const y = await page.evaluate(() => scrollY);
      await page.keyboard.press(' ');
      await until(() => runProbe(page, focusStop), (s) => s === 'ui:dialog', 'Space opening it');
      expect(await page.evaluate(() => scrollY)).toBe(y);
      // Tab through the popover's buttons, then out to what follows the highlight, the popover closed.
      for (let i = 0; i < 12 && (await runProbe(page, focusStop)).startsWith('ui:'); i++) await page.keyboard.press('Tab');
      expect(await runProbe(page, popoverBox)).toBeNull();
      expect(await runProbe(page, focusStop)).not.toBe('none');
    } finally {
      await page.close();
    }
  });

  it('gives axe nothing serious or critical on the highlights, the open popover and the notes toolbar', async () => {
    const page = await openPage(NEWS);
    try {
      await page.evaluate(AXE_SOURCE);
      await page.locator(KILLED).focus();
      await page.keyboard.press('Enter');
      await until(() => runProbe(page, popoverBox), (b) => b !== null, 'the popover');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab'); // onto a quote's disclosure
      await page.keyboard.press('Enter');
      expect(await runProbe(page, axeOnCrosscheck)).toEqual([]);
      await page.keyboard.press('Escape');
      await dragSelect(page, 'Britain-based', 'informants');
      await page.locator('[data-crosscheck-ui="notes"]').waitFor({ state: 'attached', timeout: 5_000 });
      await page.getByRole('button', { name: 'Highlight' }).waitFor({ timeout: 5_000 });
      expect(await runProbe(page, axeOnCrosscheck)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('colours and display', () => {
  for (const [name, path] of [['light', NEWS], ['dark', DARK]] as const) {
    it(`keeps marks at 3:1 or more against the ${name} page, and the popover in the page's tone`, async () => {
      await setDisplay('everything');
      const page = await openPage(path);
      try {
        const contrasts = await until(() => runProbe(page, markContrasts), (c) => c.length > 0 && c.every((m) => m.look === 'loud'), 'every mark standing out');
        const low = contrasts.filter((c) => c.ratio < 3);
        expect(low).toEqual([]);
        await setDisplay('differences');
        await until(() => runProbe(page, markContrasts), (c) => c.some((m) => m.look === 'quiet'), 'quiet marks');
        await page.locator(KILLED).hover();
        const box = await until(() => runProbe(page, popoverBox), (b) => b !== null, 'the popover');
        expect(box!.tone).toBe(name);
        await page.screenshot({ path: join(RESULTS, `reading-${name}-popover.png`) });
      } finally {
        await setDisplay('differences');
        await page.close();
      }
    });
  }

  it('applies the display setting at once in an open tab', async () => {
    const page = await openPage(NEWS);
    try {
      const looks = async () => (await runProbe(page, focusableHighlights)).map((h) => `${h.kind}/${h.status}/${h.look}`);
      const initial = await looks();
      expect(initial.filter((l) => l.endsWith('/loud')).every((l) => l.startsWith('figure/differs/'))).toBe(true);
      expect(initial.some((l) => l.endsWith('/quiet'))).toBe(true);
      await setDisplay('figures');
      await until(looks, (all) => all.every((l) => (l.startsWith('figure/') ? l.endsWith('/loud') : l.endsWith('/quiet'))), 'figures standing out');
      await setDisplay('everything');
      await until(looks, (all) => all.every((l) => l.endsWith('/loud')), 'everything standing out');
    } finally {
      await setDisplay('differences');
      await page.close();
    }
  });

  it('keeps the popover inside a 360 px window, scrolling inside it with Close in reach', async () => {
    const page = await ext.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 640 });
      await openPage(NEWS, page);
      await page.locator(KILLED).scrollIntoViewIfNeeded();
      await page.locator(KILLED).focus();
      await page.keyboard.press('Enter');
      const box = (await until(() => runProbe(page, popoverBox), (b) => b !== null, 'the popover'))!;
      expect(box.pop!.x).toBeGreaterThanOrEqual(0);
      expect(box.pop!.x + box.pop!.width).toBeLessThanOrEqual(360);
      expect(box.close!.y).toBeGreaterThanOrEqual(0);
      expect(box.close!.y + box.close!.height).toBeLessThanOrEqual(640);
      await page.screenshot({ path: join(RESULTS, 'reading-narrow.png') });
    } finally {
      await page.close();
    }
  });
});
