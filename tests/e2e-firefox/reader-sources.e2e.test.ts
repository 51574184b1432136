/**
 * The reader's own sources in Firefox ESR with the MV2 build: the story the Chromium suite tells
 * (tests/e2e/reader-sources.e2e.test.ts), with the same pages and expectations:
 *   1. the popup (loaded behind the article, as the toolbar would show it) offers `Add to comparison`; the
 *      review lists the page's claims (Keep / Correct / Drop); `Save source` stores it;
 *   2. another article of the event: the death toll's popover lists "The Tidewater Courier (added by you)";
 *   3. Firefox quit and started again on the same profile: still there;
 *   4. Export JSON, import into a fresh profile: there once, the same file again adds nothing;
 *   5. Remove on the options page: gone from the popover.
 * Screenshot: test-results/firefox-reader-source-review.png.
 *
 * Run: CROSSCHECK_OUT_DIR=.output/<you> npx vitest run --config vitest.e2e-firefox.config.ts tests/e2e-firefox/reader-sources.e2e.test.ts
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { launchOnProfile, waitForJsonDownload, type FirefoxOnProfile } from './support/storage';

const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 20_000;
const UI_TIMEOUT = 20_000;
const ADDED = '/pages/reader-source-2021-strike.html';
const OTHER = '/pages/news-2021-strike.html';
const OUTLET = 'The Tidewater Courier';
const KILLED = '[data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"]';

let server: TestServer;
const dirs: string[] = [];
const running = new Set<FirefoxOnProfile>();
let profileDir: string;
let ff: FirefoxOnProfile;
let exportedPath = '';

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `crosscheck-ff-sources-${label}-`));
  dirs.push(dir);
  return dir;
}

async function start(profile: string): Promise<FirefoxOnProfile> {
  const opened = await launchOnProfile({ extensionDir: inject('firefoxBuilds')!.mv2, profileDir: profile, downloadDir: join(profile, 'downloads') });
  running.add(opened);
  return opened;
}

async function stop(opened: FirefoxOnProfile): Promise<void> {
  running.delete(opened);
  await opened.close();
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  profileDir = tempDir('profile');
  mkdirSync(join(profileDir, 'downloads'), { recursive: true });
  ff = await start(profileDir);
});

afterAll(async () => {
  for (const opened of running) await opened.close();
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function openArticle(browser: FirefoxOnProfile, path: string): Promise<Page> {
  const page = await browser.browser.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
  await page.waitForSelector(KILLED, { timeout: READY_TIMEOUT });
  return page;
}

/** The popup for `article`: loaded in a tab behind it, so it sees the article as the active tab. */
async function openPopup(browser: FirefoxOnProfile, article: Page, selector: string): Promise<Page> {
  const popup = await browser.browser.newPage();
  await article.bringToFront();
  void popup.goto(`${browser.extensionOrigin}/popup.html`).catch(() => undefined);
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    try {
      await popup.waitForSelector(selector, { timeout: Math.max(500, deadline - Date.now()) });
      return popup;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The reader sources as the background lists them, asked from an extension page. */
async function storedSources(browser: FirefoxOnProfile): Promise<Array<{ outlet: string; url: string; claims: Array<{ fact: string; text: string }> }>> {
  const page = await browser.openExtensionPage('/options.html', 'body');
  try {
    return await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser;
      return (await api.runtime.sendMessage({ type: 'sources:list' })) as Array<{ outlet: string; url: string; claims: Array<{ fact: string; text: string }> }>;
    });
  } finally {
    await page.close();
  }
}

/** The death toll's popover, opened with the mouse: its reports' lines. */
async function killedPopoverLines(page: Page): Promise<string[]> {
  await page.click(KILLED);
  const end = Date.now() + UI_TIMEOUT;
  for (;;) {
    const lines = await page.evaluate(() => {
      const pop = document.querySelector('[data-crosscheck-ui="popover"]')?.shadowRoot?.querySelector('[role="dialog"]');
      return pop ? [...pop.querySelectorAll('.cc-line')].map((l) => l.textContent ?? '') : [];
    });
    if (lines.length > 0) return lines;
    if (Date.now() > end) throw new Error('no popover');
    await new Promise((r) => setTimeout(r, 150));
  }
}

const buttonByText = (text: string) => `button::-p-text(${text})`;

describe("the reader's own sources (Firefox)", () => {
  it('adds the article from the popup: Add to comparison, the review, Save source', async () => {
    const article = await openArticle(ff, ADDED);
    const popup = await openPopup(ff, article, buttonByText('Add to comparison'));
    try {
      await popup.click(buttonByText('Add to comparison'));
      await popup.waitForSelector('.source-review fieldset', { timeout: UI_TIMEOUT });
      const review = await popup.evaluate(() => ({
        title: document.getElementById('source-review-title')?.textContent ?? '',
        legends: [...document.querySelectorAll('.source-review legend')].map((l) => l.textContent ?? ''),
        choices: [...(document.querySelector('.source-review fieldset')?.querySelectorAll('input[type=radio]') ?? [])].map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim()),
      }));
      expect(review.title).toBe(`Add this page as ${OUTLET}`);
      expect(review.legends.some((l) => /killed.*: 27$/.test(l))).toBe(true);
      expect(review.choices).toEqual(['Keep', 'Correct', 'Drop']);
      await popup.bringToFront();
      await popup.screenshot({ path: join(RESULTS, 'firefox-reader-source-review.png') });
      await popup.click(buttonByText('Save source'));
      await popup.waitForSelector('.add-source-saved', { timeout: UI_TIMEOUT });
      expect(await popup.$eval('.add-source-saved', (p) => p.textContent)).toContain(`This page is in your comparison as ${OUTLET}`);
    } finally {
      await popup.close();
      await article.close();
    }
    const stored = await storedSources(ff);
    expect(stored.map((s) => [s.outlet, s.url])).toEqual([[OUTLET, server.url(ADDED)]]);
    expect(stored[0]!.claims.find((c) => c.fact === 'strike.killed')?.text).toBe('27');
  });

  it('lists it in the popover of another article of the event, added by the reader', async () => {
    const page = await openArticle(ff, OTHER);
    try {
      expect(await killedPopoverLines(page)).toContain(`${OUTLET} (added by you), citing a war monitor: 27`);
    } finally {
      await page.close();
    }
  });

  it('is still there after Firefox is quit and started again on the same profile', async () => {
    await stop(ff);
    ff = await start(profileDir);
    const page = await openArticle(ff, OTHER);
    try {
      expect((await killedPopoverLines(page)).some((l) => l.startsWith(`${OUTLET} (added by you)`))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('goes with the JSON export and is imported into a fresh profile once', async () => {
    const downloads = join(profileDir, 'downloads');
    const before = new Set(readdirSync(downloads));
    const article = await openArticle(ff, OTHER);
    const popup = await openPopup(ff, article, buttonByText('Export JSON'));
    try {
      await popup.click(buttonByText('Export JSON'));
      const file = await waitForJsonDownload(downloads, /^crosscheck-notes-.*\.json$/, UI_TIMEOUT);
      expect(before.has(file.name)).toBe(false);
      const parsed = JSON.parse(file.content) as { 'crosscheck:sources'?: Array<{ outlet: string }> };
      expect(parsed['crosscheck:sources']?.map((s) => s.outlet)).toEqual([OUTLET]);
      exportedPath = join(tempDir('export'), file.name);
      writeFileSync(exportedPath, file.content);
    } finally {
      await popup.close();
      await article.close();
    }

    const freshProfile = tempDir('fresh');
    mkdirSync(join(freshProfile, 'downloads'), { recursive: true });
    const fresh = await start(freshProfile);
    try {
      expect(await storedSources(fresh)).toEqual([]);
      const importOnce = async (): Promise<string> => {
        const page = await fresh.openExtensionPage('/popup.html', '#notes-import');
        try {
          await ((await page.$('#notes-import')) as ElementHandle<HTMLInputElement>).uploadFile(exportedPath);
          const end = Date.now() + UI_TIMEOUT;
          for (;;) {
            const status = await page.evaluate(() => document.getElementById('notes-import-title')?.closest('section')?.querySelector('[role=status]')?.textContent ?? '');
            if (status && !status.startsWith('Importing')) return status;
            if (Date.now() > end) throw new Error(`no import status (last: ${status})`);
            await new Promise((r) => setTimeout(r, 150));
          }
        } finally {
          await page.close();
        }
      };
      expect(await importOnce()).toBe('Sources added to your comparison: 1.');
      expect(await importOnce()).toBe('Your sources in it were already there.');
      expect((await storedSources(fresh)).map((s) => s.outlet)).toEqual([OUTLET]);
    } finally {
      await stop(fresh);
    }
  });

  it('is removed from the options page, and then from the popovers', async () => {
    const options = await ff.openExtensionPage('/options.html', `button[aria-label="Remove ${OUTLET}"]`);
    try {
      await options.click(`button[aria-label="Remove ${OUTLET}"]`);
      await options.waitForFunction(() => document.body.innerText.includes('You have not added any article yet.'), { timeout: UI_TIMEOUT, polling: 100 });
    } finally {
      await options.close();
    }
    expect(await storedSources(ff)).toEqual([]);
    const page = await openArticle(ff, OTHER);
    try {
      expect((await killedPopoverLines(page)).some((l) => l.includes(OUTLET))).toBe(false);
    } finally {
      await page.close();
    }
  });
});
