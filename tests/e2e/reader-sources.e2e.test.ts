/**
 * The reader's own sources in a real Chromium (issue 13.3, CONTRACT.md section 4): one reader's story.
 *
 *   1. On an article no bundled source is (tests/e2e/pages/reader-source-2021-strike.html, "The Tidewater
 *      Courier"), the toolbar popup offers `Add to comparison`; its review lists the claims found, each with
 *      Keep / Correct / Drop; `Save source` stores it: three clicks from the popup's opening (two buttons,
 *      the review's defaults kept). axe finds nothing serious in light and dark; screenshots of both.
 *   2. Another article of the same event (news-2021-strike.html): the popover of its death toll lists
 *      "The Tidewater Courier (added by you)" with a link to the page.
 *   3. The browser closed and started again on the same profile: still there.
 *   4. Export JSON from the popup, import it into a fresh profile: there once, the same file again adds nothing.
 *   5. Remove on the options page: the popover no longer lists it, also in a tab that was already open.
 *
 * Screenshots: test-results/reader-source-review-{light,dark}.png, reader-source-popover.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { watchDownloads, type SavedDownload } from './support/downloads';
import { axeSerious, axeSource } from './support/panel';
import { openToolbarPopup } from './support/popup';
import { attachToPopup } from './support/popup-cdp';
import { inPageSource } from './support/probes';
import { ROOT, startServer, type TestServer } from './support/server';

const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 10_000;
const ADDED = '/pages/reader-source-2021-strike.html';
const OTHER = '/pages/news-2021-strike.html';
const OUTLET = 'The Tidewater Courier';
const KILLED = '[data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"]';

let server: TestServer;
let profileDir: string;
let downloadsDir: string;
const launched: ExtensionBrowser[] = [];
let ext: ExtensionBrowser;
let exported: SavedDownload | null = null;

async function launch(profile?: string): Promise<ExtensionBrowser> {
  const opened = await launchWithExtension({ extensionDir: inject('extensionDir'), ...(profile ? { profileDir: profile } : {}) });
  launched.push(opened);
  return opened;
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  profileDir = mkdtempSync(join(tmpdir(), 'crosscheck-sources-profile-'));
  downloadsDir = mkdtempSync(join(tmpdir(), 'crosscheck-sources-downloads-'));
  server = await startServer();
  ext = await launch(profileDir);
});

afterAll(async () => {
  for (const opened of launched) await opened.close();
  await server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (downloadsDir) rmSync(downloadsDir, { recursive: true, force: true });
});

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function openPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  await page.waitForSelector(KILLED, { state: 'attached', timeout: READY_TIMEOUT });
  return page;
}

/** The reader sources the background stored (its Dexie table, read in the service worker). */
function storedSources(browser: ExtensionBrowser): Promise<Array<{ id: string; outlet: string; url: string; claims: Array<{ fact: string; text: string }> }>> {
  return browser.serviceWorker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('crosscheck-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('sources')) return resolve([]);
          const all = db.transaction('sources').objectStore('sources').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The popover of the page's death toll, opened with the mouse: its reports' lines and reader links. */
async function killedPopover(page: Page): Promise<{ lines: string[]; links: string[] }> {
  await page.locator(KILLED).first().click();
  return until(
    () =>
      page.evaluate(() => {
        const pop = document.querySelector('[data-crosscheck-ui="popover"]')?.shadowRoot?.querySelector('[role="dialog"]');
        if (!pop) return null;
        return {
          lines: [...pop.querySelectorAll('.cc-line')].map((l) => l.textContent ?? ''),
          links: [...pop.querySelectorAll<HTMLAnchorElement>('a.cc-reader-link')].map((a) => a.getAttribute('href') ?? ''),
        };
      }),
    (v): v is { lines: string[]; links: string[] } => v !== null && v.lines.length > 0,
    'the popover',
  ) as Promise<{ lines: string[]; links: string[] }>;
}

describe("the reader's own sources", () => {
  it('adds the article from the popup: Add to comparison, the review, Save source', async () => {
    const page = await openPage(ext, ADDED);
    const popup = await openToolbarPopup(ext, page);
    const raw = await attachToPopup(ext, page);
    try {
      await popup.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Add to comparison')`, UI_TIMEOUT);
      await raw.clickByRole('button', 'Add to comparison'); // click 1
      await popup.waitFor(`document.querySelector('.source-review fieldset')`, UI_TIMEOUT);
      const review = await popup.evaluate<{ title: string; claims: Array<{ legend: string; choices: string[] }>; focused: string }>(`(() => ({
        title: document.getElementById('source-review-title').textContent,
        claims: [...document.querySelectorAll('.source-review fieldset')].map((f) => ({
          legend: f.querySelector('legend').textContent,
          choices: [...f.querySelectorAll('input[type=radio]')].map((r) => r.labels[0].textContent.trim()),
        })),
        focused: document.activeElement?.id ?? '',
      }))()`);
      expect(review.title).toBe(`Add this page as ${OUTLET}`);
      expect(review.focused, 'focus moves to the review').toBe('source-review-title');
      const killed = review.claims.find((c) => c.legend.includes('killed'));
      expect(killed?.legend).toMatch(/: 27$/);
      expect(killed?.choices).toEqual(['Keep', 'Correct', 'Drop']);

      await popup.evaluate(axeSource());
      for (const scheme of ['light', 'dark'] as const) {
        await raw.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        expect(await popup.evaluate(inPageSource(axeSerious)), `the review in ${scheme}`).toEqual([]);
        await popup.evaluate(`document.querySelector('.source-review').scrollIntoView()`);
        await popup.screenshot(join(RESULTS, `reader-source-review-${scheme}.png`));
      }
      await raw.send('Emulation.setEmulatedMedia', { features: [] });

      await raw.clickByRole('button', 'Save source'); // click 2
      const saved = await popup.waitFor<string>(`document.querySelector('.add-source-saved')?.textContent`, UI_TIMEOUT);
      expect(saved).toContain(`This page is in your comparison as ${OUTLET}`);
    } finally {
      await raw.detach();
      await popup.close();
      await page.close();
    }
    const stored = await storedSources(ext);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ outlet: OUTLET, url: server.url(ADDED) });
    expect(stored[0]!.claims.find((c) => c.fact === 'strike.killed')?.text).toBe('27');
  });

  it('lists it in the popover of another article of the event, added by the reader, with its link', async () => {
    const page = await openPage(ext, OTHER);
    try {
      const popover = await killedPopover(page);
      expect(popover.lines).toContain(`${OUTLET} (added by you), citing a war monitor: 27`);
      expect(popover.links).toEqual([server.url(ADDED)]);
      await page.screenshot({ path: join(RESULTS, 'reader-source-popover.png') });
    } finally {
      await page.close();
    }
  });

  it('is still there after the browser is closed and started again on the same profile', async () => {
    await ext.close();
    launched.splice(launched.indexOf(ext), 1);
    ext = await launch(profileDir);
    const page = await openPage(ext, OTHER);
    try {
      expect((await killedPopover(page)).lines.some((l) => l.startsWith(`${OUTLET} (added by you)`))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('goes with the JSON export and is imported into a fresh profile once', async () => {
    const page = await openPage(ext, OTHER);
    const downloads = await watchDownloads(ext, downloadsDir);
    const popup = await openToolbarPopup(ext, page);
    const raw = await attachToPopup(ext, page);
    try {
      await popup.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Export JSON')`, UI_TIMEOUT);
      await raw.clickByRole('button', 'Export JSON');
      exported = await downloads.next(UI_TIMEOUT);
    } finally {
      await raw.detach();
      await popup.close();
      await downloads.close();
      await page.close();
    }
    const file = JSON.parse(exported.content) as { 'crosscheck:sources'?: Array<{ outlet: string }> };
    expect(file['crosscheck:sources']?.map((s) => s.outlet)).toEqual([OUTLET]);

    const fresh = await launch();
    const other = await openPage(fresh, OTHER);
    try {
      expect(await storedSources(fresh)).toEqual([]);
      const importOnce = async (): Promise<string> => {
        const importPopup = await openToolbarPopup(fresh, other);
        const importRaw = await attachToPopup(fresh, other);
        try {
          await importPopup.waitFor(`document.querySelector('input[type=file]#notes-import')`, UI_TIMEOUT);
          await importRaw.setInputFiles('#notes-import', [exported!.path]);
          return await importPopup.waitFor<string>(
            `(() => { const s = document.getElementById('notes-import-title')?.closest('section')?.querySelector('[role=status]')?.textContent ?? ''; return s && !s.startsWith('Importing') ? s : ''; })()`,
            UI_TIMEOUT,
          );
        } finally {
          await importRaw.detach();
          await importPopup.close();
        }
      };
      expect(await importOnce()).toBe('Sources added to your comparison: 1.');
      expect(await importOnce()).toBe('Your sources in it were already there.');
      expect((await storedSources(fresh)).map((s) => s.outlet)).toEqual([OUTLET]);
      // A new pass (a reload) compares with it.
      await other.reload();
      await other.waitForSelector(KILLED, { state: 'attached', timeout: READY_TIMEOUT });
      expect((await killedPopover(other)).lines.some((l) => l.startsWith(`${OUTLET} (added by you)`))).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('is removed from the options page, and then from the popovers, in a tab already open too', async () => {
    const open = await openPage(ext, OTHER);
    expect((await killedPopover(open)).lines.some((l) => l.startsWith(`${OUTLET} (added by you)`))).toBe(true);
    await open.keyboard.press('Escape');
    const options = await ext.context.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      const remove = options.getByRole('button', { name: `Remove ${OUTLET}` });
      await remove.waitFor({ timeout: UI_TIMEOUT });
      await remove.click();
      await options.getByText('You have not added any article yet.').waitFor({ timeout: UI_TIMEOUT });
      expect(await options.getByRole('status').filter({ hasText: 'Removed' }).textContent()).toContain(`Removed ${OUTLET}`);
    } finally {
      await options.close();
    }
    expect(await storedSources(ext)).toEqual([]);
    // The tab that was open is compared again without a reload.
    await open.bringToFront();
    await until(
      async () => {
        await open.keyboard.press('Escape');
        return (await killedPopover(open)).lines;
      },
      (lines) => !lines.some((l) => l.includes(OUTLET)),
      'the open tab’s popover without the removed source',
    );
    await open.close();
    const page = await openPage(ext, OTHER);
    try {
      const popover = await killedPopover(page);
      expect(popover.lines.some((l) => l.includes(OUTLET))).toBe(false);
      expect(popover.links).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
