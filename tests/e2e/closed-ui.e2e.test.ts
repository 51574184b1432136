/**
 * The popover out of the page's reach (CONTRACT.md §1), in the shipped build (what `npm run build` makes):
 * its shadow root is closed, so a page script finds neither it nor its text; page CSS and a page's own
 * custom elements under Crosscheck's old names do not stop or restyle it; events a page script makes do not
 * open or close it. What the reader sees is read from outside the page: DevTools with `pierce` (which sees
 * closed shadow roots) and screenshots (test-results/closed-ui-popover.png).
 *
 * And the test build (CROSSCHECK_TEST_HOOKS=1, what the other suites load) differs from the shipped one in
 * the shadow roots' mode and nothing else.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildExtension, launchWithExtension, shippedOutDir, type ExtensionBrowser } from './support/chromium';
import { piercedDialogs, type PiercedDialog } from './support/hostile';
import { isLocalUrl } from './support/network';
import { forgeClose, forgeOpen, HOSTILE_TO_UI, pageViewOfUi, runProbe, uiHosts } from './support/probes';
import { ROOT, startServer, type TestServer } from './support/server';

const RESULTS = join(ROOT, 'test-results');
const NEWS = '/pages/news-2021-strike.html';
const KILLED = '[data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"][data-crosscheck-status="differs"]';
const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 5_000;

let server: TestServer;
let ext: ExtensionBrowser;
let testBuild: string;
let shippedBuild: string;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  testBuild = inject('extensionDir');
  shippedBuild = buildExtension(shippedOutDir(), { testHooks: false });
  server = await startServer();
  ext = await launchWithExtension({ extensionDir: shippedBuild });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openHostilePage(): Promise<{ page: Page; devtools: CDPSession }> {
  const page = await ext.context.newPage();
  await page.addInitScript(HOSTILE_TO_UI);
  await page.goto(server.url(NEWS));
  await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  return { page, devtools: await ext.context.newCDPSession(page) };
}

async function dialogs(devtools: CDPSession): Promise<PiercedDialog[]> {
  return piercedDialogs({ send: (method, params) => devtools.send(method as never, params as never) });
}

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + UI_TIMEOUT;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const visibleDialog = (devtools: CDPSession) =>
  until(() => dialogs(devtools), (all) => all.some((d) => d.visible), 'a visible popover').then((all) => all.find((d) => d.visible)!);

describe('the popover in the shipped build, on a hostile page', () => {
  it('shows through page CSS and custom elements under its old names, and the page cannot read it', async () => {
    const { page, devtools } = await openHostilePage();
    try {
      await page.locator(KILLED).first().hover({ timeout: UI_TIMEOUT });
      const dialog = await visibleDialog(devtools);
      expect(dialog.role).toBe('dialog');
      expect(dialog.shadowRoot).toBe('closed');
      expect(dialog.text).toContain('17');
      expect(dialog.text).toMatch(/Syrian Observatory for Human Rights/);
      // Its host is Crosscheck's, under a random name: none of the page's elements was built for it.
      const hosts = await runProbe(page, uiHosts);
      expect(hosts).toEqual([{ name: 'popover', tag: expect.stringMatching(/^crosscheck-ui-[a-z0-9]+$/), open: false, display: 'block' }]);
      expect(await page.evaluate(() => (window as unknown as { __constructed: string[] }).__constructed)).toEqual([]);
      // The page sees a host and nothing in it.
      expect(await runProbe(page, pageViewOfUi)).toEqual({ hosts: 1, openRoots: 0, popoverText: false, dialogs: 0 });

      // It is painted: the screenshot where it sits changes when the reader closes it.
      const box = await page.locator(KILLED).first().boundingBox();
      const clip = { x: Math.max(0, box!.x - 20), y: box!.y + box!.height, width: 360, height: 120 };
      await page.screenshot({ path: join(RESULTS, 'closed-ui-popover.png') });
      const open = await page.screenshot({ clip });
      await page.keyboard.press('Escape');
      await until(() => dialogs(devtools), (all) => !all.some((d) => d.visible), 'the popover to close');
      const closed = await page.screenshot({ clip });
      expect(open.equals(closed)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('neither opens nor closes for events a page script makes', async () => {
    const { page, devtools } = await openHostilePage();
    try {
      // The reader opens one popover (which loads the UI) and closes it.
      await page.locator(KILLED).first().hover({ timeout: UI_TIMEOUT });
      await visibleDialog(devtools);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await until(() => dialogs(devtools), (all) => !all.some((d) => d.visible), 'the popover to close');

      // The page tries to open it.
      await runProbe(page, forgeOpen, KILLED);
      await page.waitForTimeout(600);
      expect((await dialogs(devtools)).filter((d) => d.visible)).toEqual([]);
      expect(await page.locator(KILLED).first().getAttribute('aria-expanded')).toBeNull();

      // The reader opens it; the page tries to close it.
      await page.locator(KILLED).first().click();
      await visibleDialog(devtools);
      await runProbe(page, forgeClose);
      await page.waitForTimeout(600);
      expect((await dialogs(devtools)).filter((d) => d.visible)).toHaveLength(1);
      expect(await page.locator(KILLED).first().getAttribute('aria-expanded')).toBe('true');
    } finally {
      await page.close();
    }
  });

  it('makes no request beyond the test server (the page and the extension)', () => {
    expect(ext.requests.filter((r) => !isLocalUrl(r.url, server.origin)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});

describe('the test build', () => {
  /** Every file of a build, by its path inside it. */
  const files = (dir: string): Map<string, Buffer> => {
    const out = new Map<string, Buffer>();
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else out.set(relative(dir, path), readFileSync(path));
      }
    };
    walk(dir);
    return out;
  };
  /** A script with every quoted `open` read as `closed`: the one thing the test build may change. */
  const asShipped = (code: Buffer) => code.toString('utf8').replace(/([`'"])open\1/g, '$1closed$1');

  it('differs from the shipped build only in the shadow roots’ mode', () => {
    const test = files(testBuild);
    const shipped = files(shippedBuild);
    expect([...test.keys()].sort()).toEqual([...shipped.keys()].sort());
    const differing = [...test.keys()].filter((path) => !test.get(path)!.equals(shipped.get(path)!));
    // The popover UI at least: its shadow root is open here, closed there.
    expect(differing).toContain('popover-ui.js');
    for (const path of differing) {
      expect(path, `${path} differs in more than the mode`).toMatch(/\.js$/);
      expect(asShipped(test.get(path)!), `${path} differs in more than the mode`).toBe(asShipped(shipped.get(path)!));
      expect(shipped.get(path)!.toString('utf8')).toMatch(/([`'"])closed\1/);
    }
  });
});
