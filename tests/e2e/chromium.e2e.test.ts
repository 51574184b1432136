/**
 * Crosscheck in a real Chromium, with the built extension loaded, on pages served from 127.0.0.1.
 * Checks the public page interface of ../shared/CONTRACT.md §1 as a site, a reader and a screen reader meet it:
 * attributes on <html>, the highlights and their attributes, nothing in page chrome, the page's own content
 * untouched, the popover by mouse and keyboard and against hostile CSS, late and in-page navigation, the
 * toolbar popup, and that no request leaves the machine.
 *
 * Run: npm run test:e2e (builds into .output/e2e first; CROSSCHECK_SKIP_BUILD=1 reuses that build).
 * Screenshots: test-results/popover.png, test-results/popover-hostile.png, test-results/popup.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { events } from '../../lib/reference/events';
import { changingPageChecks, newsPageChecks, popoverChecks, type ArticleAccess } from '../e2e-shared/article-checks';
import type { BrowserDriver } from '../e2e-shared/driver';
import { launchPlain, launchWithExtension, type ExtensionBrowser, type PlainBrowser } from './support/chromium';
import { CHROMIUM_OWN_HOSTS, trapHost } from '../e2e-shared/trap';
import { isLocalUrl } from './support/network';
import { chromiumDriver } from './support/chromium-driver';
import { openToolbarPopup } from './support/popup';
import {
  collectHighlights,
  domSignature,
  inPageSource,
  recordHtmlAttributes,
  runProbe,
  type HighlightPiece,
} from './support/probes';
import { pageCaseChecks } from './support/page-checks';
import { ROOT, startServer, type TestServer } from './support/server';
import { CHROME, PAGES } from './support/cases';

const RESULTS = join(ROOT, 'test-results');
/** Generous but bounded: a pass takes milliseconds; a cold browser on a busy CI machine is slower. */
const READY_TIMEOUT = 15_000;


// ─────────────────────────────────────────────────────────────────────────────────────────────────

let server: TestServer;
let ext: ExtensionBrowser;
let plain: PlainBrowser;
let driver: BrowserDriver;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  ext = await launchWithExtension({ extensionDir: inject('extensionDir') });
  await ext.context.addInitScript(inPageSource(recordHtmlAttributes));
  plain = await launchPlain();
  driver = chromiumDriver(ext);
});

afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

/** Opens a page in the browser with the extension and waits for its first pass. */
async function openPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  return page;
}

/** The same page in a browser without the extension: what it is untouched. */
async function untouched(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<{ text: string; signature: string }> {
  const page = await plain.browser.newPage();
  try {
    await page.goto(server.url(path));
    await prepare?.(page);
    return { text: await page.evaluate(() => document.body.textContent ?? ''), signature: await runProbe(page, domSignature) };
  } finally {
    await page.context().close();
  }
}

async function pieces(page: Page, extra: string[] = []): Promise<HighlightPiece[]> {
  return runProbe(page, collectHighlights, [...CHROME, ...extra]);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────

describe.each(PAGES)('$name', (c) => {
  let page: Page;
  let all: HighlightPiece[];

  beforeAll(async () => {
    page = await openPage(c.path);
    all = await pieces(page, c.chrome);
  });
  afterAll(async () => {
    await page?.close();
  });

  pageCaseChecks(c, { page: () => page, all: () => all, untouched: (path) => untouched(path) });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────

// The popover, the news page and pages that change: ../e2e-shared/article-checks.ts, the same in Firefox.
const article: ArticleAccess = {
  driver: () => driver,
  open: (path) => driver.openPage(server.url(path)),
  untouched: (path, prepare) => untouched(path, prepare),
};

describe('the popover', () => {
  popoverChecks(article);
});

describe('the news page', () => {
  newsPageChecks(article);
});

describe('pages that change after loading', () => {
  changingPageChecks(article);
});

describe('the toolbar popup', () => {
  it("shows the active article's event", async () => {
    const page = await openPage('/pages/news-2021-strike.html');
    const popup = await openToolbarPopup(ext, page);
    try {
      const title = events.find((e) => e.id.startsWith('2021-02-25'))!.title;
      const text = await popup.waitFor<string>(
        `(document.body.innerText.includes(${JSON.stringify(title)}) && document.body.innerText) || ''`,
        10_000,
      );
      expect(text).toContain(title);
      await popup.screenshot(join(RESULTS, 'popup.png'));
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

// Last: every page above has been loaded by now.
describe('privacy', () => {
  it('makes no request that leaves the machine', () => {
    const bySource = new Map<string, number>();
    for (const r of ext.requests) bySource.set(r.from, (bySource.get(r.from) ?? 0) + 1);
    console.log(
      `e2e privacy: ${ext.requests.length} requests recorded (${[...bySource].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
        `${ext.trap.caught.length} reached the proxy trap: ${[...new Set(ext.trap.caught.map((c) => c.split('?')[0]))].join(', ') || 'none'}`,
    );
    // The recorder was live: it saw the test pages themselves.
    expect(ext.requests.some((r) => r.url.startsWith(server.origin))).toBe(true);
    const leaving = ext.requests.filter((r) => !isLocalUrl(r.url, server.origin)).map((r) => `${r.method} ${r.url} (${r.from}: ${r.by})`);
    expect(leaving).toEqual([]);
    // What reached the proxy trap instead of the network, apart from Chromium's own background calls: the
    // hosts Chromium contacts with no extension loaded at all (sign-in, component updates, time, autofill
    // metadata), as seen here and as the control browser without the extension shows in this very run.
    const chromiumOwn = new Set([...CHROMIUM_OWN_HOSTS, ...plain.trap.caught.map(trapHost)]);
    expect(ext.trap.caught.filter((c) => !chromiumOwn.has(trapHost(c)))).toEqual([]);
  });
});
