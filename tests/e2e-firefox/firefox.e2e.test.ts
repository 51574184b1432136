/**
 * Crosscheck in Firefox ESR, with the built Firefox extension (MV2, what `npm run build:firefox` makes)
 * installed as a temporary add-on, on pages served from 127.0.0.1. The same checks as the Chromium suite
 * (tests/e2e/chromium.e2e.test.ts), with its in-page probes and expectations: the contract attributes on
 * <html> and on each highlight, the expected marks of the fixture articles, nothing in page chrome, the page's
 * own content untouched (compared with the page in an iframe, where the content script does not run), the
 * popover by mouse and keyboard and against hostile CSS (its UI injected by the background on first use),
 * highlights across inline markup and inside links, late rendering and in-page navigation, the toolbar popup;
 * then the reader's notes (select with the mouse, `Highlight`, reload) and their export (a real download), and
 * that no request leaves the machine. Last, the MV3 build.
 *
 * Run: npm run test:e2e:firefox (builds into .output/e2e-firefox first; CROSSCHECK_SKIP_BUILD=1 reuses it).
 * Screenshots: test-results/firefox-popover.png, firefox-note.png, firefox-popup.png, firefox-mv3-popover.png.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { events } from '../../lib/reference/events';
import {
  checkTexts,
  collectHighlights,
  domSignature,
  inPageSource,
  recordHtmlAttributes,
  runProbe,
  type HighlightPiece,
} from '../e2e/support/probes';
import { expectContractAttributes, pageCaseChecks, until, visiblePopover } from '../e2e/support/page-checks';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { changingPageChecks, newsPageChecks, popoverChecks, type ArticleAccess } from '../e2e-shared/article-checks';
import type { BrowserDriver } from '../e2e-shared/driver';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { firefoxDriver } from './support/firefox-driver';
import { FIREFOX_OWN_HOSTS, trapHost } from '../e2e-shared/trap';
import { CHROME, EVENT_2021, OWN_PAGES, PAGES } from '../e2e/support/cases';

const builds = inject('firefoxBuilds');
const RESULTS = join(ROOT, 'test-results');
/** Generous but bounded: a pass takes milliseconds; a cold browser on a busy CI machine is slower. */
const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 5_000;


const NEWS = '/pages/news-2021-strike.html';

/**
 * The popup's own address and every Resource Timing entry it has (any http(s) fetch it makes shows there),
 * read before it closes: a second record beside puppeteer's, which reports the popup's web requests but not
 * its moz-extension:// loads.
 */
const extensionPageResources: string[] = [];

async function recordResources(page: Page): Promise<void> {
  extensionPageResources.push(
    ...(await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)])),
  );
}
const KILLED_DIFFERS = '[data-crosscheck-kind="figure"][data-crosscheck-status="differs"][data-crosscheck-fact="strike.killed"]';

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Helpers shared by the MV2 and MV3 runs.

async function openPage(ff: FirefoxWithExtension, server: TestServer, path: string): Promise<Page> {
  const page = await ff.newPage();
  // As in the Chromium suite: a log of each time the extension sets its attributes on <html>, from the start.
  await page.evaluateOnNewDocument(inPageSource(recordHtmlAttributes));
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
  return page;
}

const htmlAttribute = (page: Page, name: string): Promise<string | null> =>
  page.evaluate((n) => document.documentElement.getAttribute(n), name);

/**
 * The page as it is without the extension: loaded in an iframe, where the content script does not run
 * (it is declared for top frames only), inside a page of the same server.
 */
async function untouched(
  ff: FirefoxWithExtension,
  server: TestServer,
  path: string,
  prepare?: (frame: Frame) => Promise<unknown>,
): Promise<{ text: string; signature: string }> {
  const host = await ff.newPage();
  try {
    await host.goto(server.url('/untouched-host'));
    const target = server.url(path);
    await host.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.cssText = 'width:1200px;height:800px';
      document.body.append(frame);
    }, target);
    const frame = await host.waitForFrame((f) => f.url() === target, { timeout: READY_TIMEOUT });
    await frame.waitForFunction(() => document.readyState === 'complete', { timeout: READY_TIMEOUT, polling: 50 });
    // Long enough for a content script that did run at document_idle to have marked the frame.
    await new Promise((r) => setTimeout(r, 500));
    const touched = await frame.evaluate(
      () => document.documentElement.hasAttribute('data-crosscheck-ready') || document.querySelector('[data-crosscheck-kind]') !== null,
    );
    if (touched) throw new Error('the extension ran inside the iframe: this is no longer the untouched page to compare with');
    await prepare?.(frame);
    return { text: await frame.evaluate(() => document.body.textContent ?? ''), signature: await runProbe(frame, domSignature) };
  } finally {
    await host.close();
  }
}

/** Drags the mouse over `text` (inside one text node of the first `selector` element), as a reader selects. */
async function selectWithMouse(page: Page, selector: string, text: string): Promise<string> {
  const box = await page.evaluate(
    (sel, needle) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rects = Array.from(range.getClientRects());
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    },
    selector,
    text,
  );
  if (!box) throw new Error(`"${text}" is not in one text node of ${selector}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 10 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** The files in a folder that are complete downloads (Firefox writes `name.part` while saving). */
async function waitForDownload(dir: string, accept: (name: string) => boolean): Promise<string> {
  const name = await until(
    async () => readdirSync(dir).find((f) => accept(f) && !f.endsWith('.part') && !existsSync(join(dir, `${f}.part`)) && statSync(join(dir, f)).size > 0),
    (found) => found !== undefined,
    `a download in ${dir}`,
    10_000,
  );
  return join(dir, name!);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────

describe.skipIf(!builds)('Firefox ESR with the MV2 build', () => {
  let server: TestServer;
  let ff: FirefoxWithExtension;
  let driver: BrowserDriver;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    const started = Date.now();
    ff = await launchFirefox({ extensionDir: builds!.mv2 });
    console.log(`e2e firefox: Firefox started with ${builds!.mv2} installed in ${Date.now() - started} ms`);
    driver = firefoxDriver(ff);
  });

  afterAll(async () => {
    const errors = ff?.console.filter((c) => c.type === 'error' || c.type === 'pageerror') ?? [];
    if (errors.length) console.log(`e2e firefox: console errors seen:\n${errors.map((e) => `  [${e.page}] ${e.text}`).join('\n')}`);
    await ff?.close();
    await server?.close();
  });

  describe.each(PAGES)('$name', (c) => {
    let page: Page;
    let all: HighlightPiece[];

    beforeAll(async () => {
      page = await openPage(ff, server, c.path);
      all = await runProbe(page, collectHighlights, [...CHROME, ...(c.chrome ?? [])]);
    });
    afterAll(async () => {
      await page?.close();
    });

    pageCaseChecks(c, { page: () => page, all: () => all, untouched: (path) => untouched(ff, server, path) });
  });

  // The popover, the news page and pages that change: ../e2e-shared/article-checks.ts, the same in Chromium.
  const article: ArticleAccess = {
    driver: () => driver,
    open: (path) => driver.openPage(server.url(path), { initScript: inPageSource(recordHtmlAttributes) }),
    untouched: (path, prepare) => untouched(ff, server, path, prepare),
  };

  describe('the popover (its UI injected by the background with scripting.executeScript, which Firefox has in MV2 too)', () => {
    popoverChecks(article);
  });

  describe('the news page', () => {
    newsPageChecks(article);
  });

  describe('pages that change after loading', () => {
    changingPageChecks(article);
  });

  describe('the toolbar popup (popup.html)', () => {
    it("renders and shows the active article's event", async () => {
      const article = await openPage(ff, server, NEWS);
      // The popup asks for the active tab of its window: open its tab, give the article the focus back, then
      // load the popup in the background tab, so it sees the article as a click on the toolbar button would.
      const popup = await ff.newPage();
      try {
        await article.bringToFront();
        await ff.openExtensionPage('/popup.html', 'button::-p-text(Export JSON)', popup);
        const title = events.find((e) => e.id.startsWith('2021-02-25'))!.title;
        await popup.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000, polling: 100 }, title);
        expect(await popup.evaluate(() => document.body.innerText)).toContain(title);
        await popup.bringToFront();
        await popup.screenshot({ path: join(RESULTS, 'firefox-popup.png') });
        await recordResources(popup);
      } finally {
        await popup.close();
        await article.close();
      }
    });
  });

  describe("the reader's notes", () => {
    const QUOTE = 'the target list had been kept deliberately narrow';
    const FIREFOX_NOTE = 'Typed in the frame: who kept the list narrow?';

    /**
     * An element inside the notes UI's shadow root (open in test builds), polled for: puppeteer's `>>>`
     * does not find it under the randomly named host in Firefox, and its mutation-based wait never sees
     * inside a shadow root.
     */
    async function inNotesUi(page: Page, selector: string, text?: string): Promise<ElementHandle<Element>> {
      const handle = await page.waitForFunction(
        (sel, txt) => {
          const root = document.querySelector('[data-crosscheck-ui="notes"]')?.shadowRoot;
          return Array.from(root?.querySelectorAll(sel) ?? []).find((el) => txt === null || el.textContent?.trim() === txt) ?? null;
        },
        { timeout: UI_TIMEOUT, polling: 100 },
        selector,
        text ?? null,
      );
      return handle as ElementHandle<Element>;
    }
    let selected = '';

    it('selecting text with the mouse shows the toolbar; its Highlight button (in a shadow root, open in test builds) draws a note', async () => {
      const page = await openPage(ff, server, NEWS);
      try {
        selected = await selectWithMouse(page, 'article', QUOTE);
        expect(selected.trim()).toBe(QUOTE);
        // `visible` also makes puppeteer poll each frame: by default it waits on DOM mutations, and those it
        // observes do not include the inside of a shadow root, so a toolbar drawn there after the wait began
        // would go unseen.
        const button = await inNotesUi(page, 'button', 'Highlight');
        expect(await button.evaluate((b) => (b.getRootNode() as ShadowRoot).mode)).toBe('open');
        await button.click();
        await page.waitForSelector('[data-crosscheck-kind="note"]', { timeout: UI_TIMEOUT });
        const text = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[data-crosscheck-kind="note"]'))
            .map((n) => n.textContent ?? '')
            .join(''),
        );
        expect(text.trim()).toBe(selected.trim());
        expectContractAttributes(await runProbe(page, collectHighlights, CHROME));
        await page.screenshot({ path: join(RESULTS, 'firefox-note.png') });
      } finally {
        await page.close();
      }
    });

    it('the note is there again after a reload', async () => {
      expect(selected, 'the previous test made no note').not.toBe('');
      const page = await openPage(ff, server, NEWS);
      try {
        await page.reload();
        await page.waitForSelector('[data-crosscheck-kind="note"]', { timeout: READY_TIMEOUT });
        const text = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[data-crosscheck-kind="note"]'))
            .map((n) => n.textContent ?? '')
            .join(''),
        );
        expect(text.trim()).toBe(selected.trim());
      } finally {
        await page.close();
      }
    });

    it('a click on the highlight opens the editor, a frame of the extension (MV2: a web-accessible page); a note typed there is saved', async () => {
      expect(selected, 'the first notes test made no note').not.toBe('');
      const page = await openPage(ff, server, NEWS);
      try {
        const highlight = await page.waitForSelector('[data-crosscheck-kind="note"]', { timeout: READY_TIMEOUT });
        await page.evaluate(() => {
          const w = window as unknown as { heardKeys: string[] };
          w.heardKeys = [];
          for (const type of ['keydown', 'keypress', 'keyup', 'input']) window.addEventListener(type, (e) => w.heardKeys.push(type), true);
        });
        await highlight!.click();
        const frameElement = await inNotesUi(page, 'iframe');
        expect(await frameElement.evaluate((f) => (f as HTMLIFrameElement).src)).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/note-editor\.html#[0-9a-f]{48}$/);
        const frame = (await frameElement.contentFrame())!;
        const field = await frame.waitForSelector('textarea', { timeout: UI_TIMEOUT, visible: true });
        // Focus moved into the frame when it opened: keys go straight to the note field.
        await frame.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', { timeout: UI_TIMEOUT, polling: 100 });
        await page.keyboard.type(FIREFOX_NOTE);
        expect(await field!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(FIREFOX_NOTE);
        expect(await page.evaluate(() => (window as unknown as { heardKeys: string[] }).heardKeys), 'keys the page heard').toEqual([]);
        await page.screenshot({ path: join(RESULTS, 'firefox-note-editor.png') });
        await (await frame.waitForSelector('button::-p-text(Save)'))!.click();
        await page.waitForFunction(() => {
          const host = document.querySelector('[data-crosscheck-ui="notes"]');
          return !host?.shadowRoot?.querySelector('iframe');
        }, { timeout: UI_TIMEOUT, polling: 100 });
        // The highlight now has a note: its corner marker.
        await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('[data-crosscheck-kind="note"]')).some((n) => n.style.backgroundImage.includes('gradient')), { timeout: UI_TIMEOUT, polling: 100 });
        expect(await page.evaluate((note) => document.documentElement.outerHTML.includes(note), FIREFOX_NOTE)).toBe(false);
      } finally {
        await page.close();
      }
    });

    it('Export JSON in the popup saves a file through a download, with the note in it', async () => {
      expect(selected, 'the first notes test made no note').not.toBe('');
      const popup = await ff.openExtensionPage('/popup.html', 'button::-p-text(Export JSON)');
      try {
        const before = new Set(readdirSync(ff.downloadDir));
        await popup.click('button::-p-text(Export JSON)');
        const file = await waitForDownload(ff.downloadDir, (name) => !before.has(name) && name.endsWith('.json'));
        expect(file).toMatch(/crosscheck-notes-\d{4}-\d{2}-\d{2}.*\.json$/);
        const content = readFileSync(file, 'utf8');
        expect(() => JSON.parse(content) as unknown).not.toThrow();
        expect(content).toContain(selected.trim());
        expect(content).toContain(FIREFOX_NOTE);
        // The popup says where the file went.
        await popup.waitForFunction((name) => document.body.innerText.includes(`Saved ${name}`), { timeout: UI_TIMEOUT, polling: 100 }, file.split('/').pop()!);
        await recordResources(popup);
      } finally {
        await popup.close();
      }
    });
  });

  // Last: every page above has been loaded by now.
  describe('privacy', () => {
    const CANARY = 'crosscheck-canary.invalid';

    it('routes every non-loopback request to the proxy trap (a canary fetch from a test page arrives there)', async () => {
      const page = await ff.newPage();
      try {
        await page.goto(server.url('/canary'));
        await page.evaluate(async (host) => {
          for (const url of [`http://${host}/probe`, `https://${host}/probe`]) await fetch(url, { mode: 'no-cors' }).catch(() => undefined);
        }, CANARY);
        await until(
          async () => ff.trap.caught.filter((c) => trapHost(c) === CANARY),
          (seen) => seen.some((c) => c.startsWith('GET ')) && seen.some((c) => c.startsWith('CONNECT ')),
          'the canary requests at the trap',
        );
      } finally {
        await page.close();
      }
    });

    it('makes no request that leaves the machine', () => {
      const allowed = (url: string) =>
        url.startsWith(server.origin + '/') ||
        url === server.origin ||
        url.startsWith(ff.extensionOrigin + '/') ||
        /^(data|blob|about):/.test(url);
      console.log(
        `e2e firefox privacy: ${ff.requests.length} page requests and ${extensionPageResources.length} popup resources recorded; ` +
          `${ff.trap.caught.length} reached the proxy trap: ` +
          `${[...new Set(ff.trap.caught.map(trapHost))].join(', ') || 'none'}`,
      );
      // The recorders were live: they saw the test pages, and the popup was sampled.
      expect(ff.requests.some((r) => r.url.startsWith(server.origin))).toBe(true);
      expect(extensionPageResources.filter((u) => u.startsWith(`${ff.extensionOrigin}/popup.html`)).length).toBeGreaterThan(0);
      expect(ff.requests.filter((r) => !allowed(r.url) && !r.url.includes(CANARY)).map((r) => `${r.method} ${r.url} (from ${r.by})`)).toEqual([]);
      expect(extensionPageResources.filter((u) => !allowed(u)).map((u) => `${u} (from the popup)`)).toEqual([]);
      // Nothing but Firefox's own background services (and the canary) reached the trap: nothing from the
      // pages, the content script, the injected UIs, the popup or the extension's background page.
      expect(ff.trap.caught.filter((c) => !FIREFOX_OWN_HOSTS.has(trapHost(c)) && trapHost(c) !== CANARY)).toEqual([]);
    });
  });
});

describe.skipIf(!builds)('Firefox ESR with the MV3 build', () => {
  let server: TestServer;
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefox({ extensionDir: builds!.mv3 });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('highlights the news page, opens the popover (injected with scripting.executeScript), renders the popup, sends nothing out', async () => {
    const page = await openPage(ff, server, NEWS);
    try {
      expect(await htmlAttribute(page, 'data-crosscheck-event')).toMatch(EVENT_2021);
      const news = OWN_PAGES[0]!;
      expectContractAttributes(await runProbe(page, collectHighlights, [...CHROME, ...(news.chrome ?? [])]));
      const { missing, marked } = await runProbe(page, checkTexts, { marks: news.marks, unmarked: news.unmarked });
      expect([...missing, ...marked]).toEqual([]);

      await page.hover(KILLED_DIFFERS);
      const popover = (await visiblePopover(page))!;
      expect(popover.text).toContain('17');
      expect(popover.text).toContain('JNS');
      await page.screenshot({ path: join(RESULTS, 'firefox-mv3-popover.png') });

      const popup = await ff.newPage();
      await page.bringToFront();
      await ff.openExtensionPage('/popup.html', 'button::-p-text(Export JSON)', popup);
      const title = events.find((e) => e.id.startsWith('2021-02-25'))!.title;
      await popup.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000, polling: 100 }, title);
      await popup.close();

      expect(ff.trap.caught.filter((c) => !FIREFOX_OWN_HOSTS.has(trapHost(c)))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
