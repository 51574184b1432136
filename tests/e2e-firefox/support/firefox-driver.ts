/**
 * The browser-neutral driver (../../e2e-shared/driver.ts) over puppeteer-core and a Firefox started by
 * launchFirefox (firefox.ts): notes read from an extension tab's IndexedDB (opened on first use), requests
 * from the pages' logs, the shared hosts answered by request interception on the pages that ask for them.
 * Firefox has no DevTools pierce, so it offers neither optional capability: its suites see the popover in pixels.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { childFrameEvaluators, type BrowserDriver, type DriverPage, type OpenOptions } from '../../e2e-shared/driver';
import { FIREFOX_OWN_HOSTS } from '../../e2e-shared/trap';
import { isSharedHostUrl, sharedHostResponse } from '../../e2e/support/hostile';
import { storedNotesInWorker } from '../../e2e/support/notes';
import { runProbe } from '../../e2e/support/probes';
import type { FirefoxWithExtension } from './firefox';

const READY_TIMEOUT = 15_000;
/** What browser.runtime.id is in Firefox: the add-on id (wxt.config.ts), the name WXT's events were built on. */
export const RUNTIME_ID = 'crosscheck@crosscheck.invalid';

/** A puppeteer page as a DriverPage. */
export function firefoxPage(page: Page): DriverPage {
  return {
    evaluate: (expression) => page.evaluate(expression),
    mouse: page.mouse,
    keyboard: {
      press: (key) => page.keyboard.press(key as never),
      down: (key) => page.keyboard.down(key as never),
      up: (key) => page.keyboard.up(key as never),
      type: (text) => page.keyboard.type(text),
    },
    url: () => page.url(),
    waitForSelector: async (selector, timeout) => {
      await page.waitForSelector(selector, { timeout });
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    screenshot: (options) => page.screenshot(options?.path ? { ...options, path: options.path as `${string}.png` } : options),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
    childFrames: () => childFrameEvaluators(page),
  };
}

/** Answers the shared hosts' requests from tests/e2e/pages; everything else goes on as asked. */
async function serveSharedHosts(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (!isSharedHostUrl(request.url())) {
      void request.continue().catch(() => undefined);
      return;
    }
    void sharedHostResponse(request.url()).then(({ status, contentType, body }) =>
      request.respond({ status, contentType, body, headers: { 'cache-control': 'no-store' } }).catch(() => undefined),
    );
  });
}

/**
 * The driver over a launched Firefox. `notesTab`: a tab on one of the extension's pages, where the reader's
 * notes are read from its IndexedDB; open it before the pages under test (a tab opened later takes the
 * focus from them). Without it, one is opened on the first read.
 */
export function firefoxDriver(ff: FirefoxWithExtension, notesTab?: Page): BrowserDriver {
  let extensionTab: Promise<Page> | undefined = notesTab && Promise.resolve(notesTab);
  return {
    name: 'firefox',
    runtimeId: RUNTIME_ID,
    openPage: async (url: string, options: OpenOptions = {}) => {
      const page = await ff.newPage();
      if (options.sharedHosts) await serveSharedHosts(page);
      if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
      await page.goto(url);
      if (options.ready ?? true) await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
      return firefoxPage(page);
    },
    storedNotes: async () => {
      extensionTab ??= ff.openExtensionPage('/popup.html', 'body');
      return runProbe(await extensionTab, storedNotesInWorker);
    },
    requests: () => ff.requests.map((r) => ({ url: r.url, method: r.method, by: `from ${r.by}` })),
    trapCaught: () => ff.trap.caught,
    ownHosts: FIREFOX_OWN_HOSTS,
    isExtensionUrl: (url) => url.startsWith(`${ff.extensionOrigin}/`),
  };
}
