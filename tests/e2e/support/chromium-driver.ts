/**
 * The browser-neutral driver (../../e2e-shared/driver.ts) over Playwright and a Chromium started by
 * launchWithExtension (chromium.ts): notes read in the service worker, requests from the context's log, and
 * DevTools (pierce) to see the UI in closed shadow roots.
 */
import type { Page } from 'playwright-core';
import { childFrameEvaluators, type BrowserDriver, type DriverPage, type OpenOptions } from '../../e2e-shared/driver';
import { CHROMIUM_OWN_HOSTS } from '../../e2e-shared/trap';
import type { ExtensionBrowser } from './chromium';
import { isSharedHostUrl, piercedDialogs, sharedHostResponse, until } from './hostile';
import { storedNotes } from './notes';

const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 10_000;

/** A Playwright page as a DriverPage. */
export function chromiumPage(page: Page): DriverPage {
  return {
    evaluate: (expression) => page.evaluate(expression),
    mouse: page.mouse,
    keyboard: {
      press: (key) => page.keyboard.press(key),
      down: (key) => page.keyboard.down(key),
      up: (key) => page.keyboard.up(key),
      type: (text) => page.keyboard.type(text),
    },
    url: () => page.url(),
    waitForSelector: async (selector, timeout) => {
      await page.waitForSelector(selector, { state: 'attached', timeout });
    },
    hover: (selector) => page.locator(selector).first().hover({ timeout: UI_TIMEOUT }),
    click: (selector) => page.locator(selector).first().click({ timeout: UI_TIMEOUT }),
    focus: (selector) => page.locator(selector).first().focus(),
    screenshot: (options) => page.screenshot(options),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
    childFrames: () => childFrameEvaluators(page),
  };
}

/** The driver over a launched Chromium. */
export function chromiumDriver(ext: ExtensionBrowser): BrowserDriver {
  const raw = new WeakMap<DriverPage, Page>();
  let sharedHostsServed = false;
  const serveSharedHosts = async () => {
    if (sharedHostsServed) return;
    sharedHostsServed = true;
    // Two sites on one shared host, answered here: the browser never looks the names up.
    await ext.context.route(
      (url) => isSharedHostUrl(url.href),
      async (route) => {
        const { status, contentType, body } = await sharedHostResponse(route.request().url());
        await route.fulfill({ status, contentType, body, headers: { 'cache-control': 'no-store' } });
      },
    );
  };
  const rawPage = (page: DriverPage): Page => {
    const found = raw.get(page);
    if (!found) throw new Error('not a page this driver opened');
    return found;
  };
  return {
    name: 'chromium',
    runtimeId: ext.extensionId,
    openPage: async (url: string, options: OpenOptions = {}) => {
      if (options.sharedHosts) await serveSharedHosts();
      const page = await ext.context.newPage();
      if (options.initScript) await page.addInitScript(options.initScript);
      await page.goto(url);
      if (options.ready ?? true) await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
      const driven = chromiumPage(page);
      raw.set(driven, page);
      return driven;
    },
    storedNotes: () => storedNotes(ext.serviceWorker),
    requests: () => ext.requests.map((r) => ({ url: r.url, method: r.method, by: `${r.from}: ${r.by}` })),
    trapCaught: () => ext.trap.caught,
    ownHosts: CHROMIUM_OWN_HOSTS,
    isExtensionUrl: (url) => url.startsWith('chrome-extension://'),
    seesClosedUi: async (page, what) => {
      const devtools = await ext.context.newCDPSession(rawPage(page));
      try {
        const dialogs = await until(() => piercedDialogs(devtools), (all) => all.some((d) => d.visible), what);
        return dialogs.find((d) => d.visible)!;
      } finally {
        await devtools.detach().catch(() => undefined);
      }
    },
    listenToBackground: async () => {
      await ext.serviceWorker.evaluate(() => {
        const g = globalThis as unknown as { __heard?: string[]; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
        g.__heard = [];
        g.chrome.runtime.onMessage.addListener((m) => void g.__heard!.push(String((m as { type?: unknown } | null)?.type)));
      });
      return () => ext.serviceWorker.evaluate(() => (globalThis as unknown as { __heard: string[] }).__heard);
    },
  };
}
