/**
 * The popover out of the page's reach in Firefox ESR, in the shipped MV2 build (what `npm run build:firefox`
 * makes), as tests/e2e/closed-ui.e2e.test.ts checks it in Chromium: on a page that claims Crosscheck's old
 * element names and hides its UI with CSS, the reader's hover still shows the popover (a screenshot shows it:
 * test-results/firefox-closed-ui-popover.png), the page sees its host and nothing inside, and events the
 * page makes neither open nor close it. Firefox has no DevTools `pierce` here: the highlight's aria-expanded
 * (set from inside Crosscheck) and the pixels say whether it is open.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgeClose, forgeOpen, HOSTILE_TO_UI, pageViewOfUi, runProbe, uiHosts } from '../e2e/support/probes';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { buildFirefox, firefoxShippedOutDir, launchFirefox, type FirefoxWithExtension } from './support/firefox';

const RESULTS = join(ROOT, 'test-results');
const NEWS = '/pages/news-2021-strike.html';
const KILLED = '[data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"][data-crosscheck-status="differs"]';
const READY_TIMEOUT = 15_000;
const UI_TIMEOUT = 5_000;

let server: TestServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  const extensionDir = await buildFirefox(2, firefoxShippedOutDir(), { testHooks: false });
  server = await startServer();
  ff = await launchFirefox({ extensionDir });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openHostilePage(): Promise<Page> {
  const page = await ff.newPage();
  await page.evaluateOnNewDocument(HOSTILE_TO_UI);
  await page.goto(server.url(NEWS));
  await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
  return page;
}

const expanded = (page: Page) => page.$eval(KILLED, (el) => el.getAttribute('aria-expanded'));

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + UI_TIMEOUT;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The screen below the highlight, where the popover opens. */
async function belowHighlight(page: Page): Promise<Buffer> {
  const box = (await (await page.$(KILLED))!.boundingBox())!;
  return Buffer.from(await page.screenshot({ clip: { x: Math.max(0, box.x - 20), y: box.y + box.height, width: 360, height: 120 } }));
}

describe('the popover in the shipped Firefox build, on a hostile page', () => {
  it('shows through page CSS and custom elements under its old names, and the page cannot read it', async () => {
    const page = await openHostilePage();
    try {
      const closed = await belowHighlight(page);
      await page.hover(KILLED);
      await until(() => expanded(page), (value) => value === 'true', 'the popover to open');
      await new Promise((r) => setTimeout(r, 300)); // placed by Floating UI on the next frame
      await page.screenshot({ path: join(RESULTS, 'firefox-closed-ui-popover.png') });
      expect((await belowHighlight(page)).equals(closed), 'the popover is painted').toBe(false);
      expect(await runProbe(page, uiHosts)).toEqual([
        { name: 'popover', tag: expect.stringMatching(/^crosscheck-ui-[a-z0-9]+$/), open: false, display: 'block' },
      ]);
      expect(await page.evaluate(() => (window as unknown as { __constructed: string[] }).__constructed)).toEqual([]);
      expect(await runProbe(page, pageViewOfUi)).toEqual({ hosts: 1, openRoots: 0, popoverText: false, dialogs: 0 });
    } finally {
      await page.close();
    }
  });

  it('neither opens nor closes for events a page script makes', async () => {
    const page = await openHostilePage();
    try {
      // The reader opens one popover (which loads the UI) and closes it.
      await page.hover(KILLED);
      await until(() => expanded(page), (value) => value === 'true', 'the popover to open');
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await until(() => expanded(page), (value) => value === null, 'the popover to close');

      await runProbe(page, forgeOpen, KILLED);
      await new Promise((r) => setTimeout(r, 600));
      expect(await expanded(page)).toBeNull();

      await page.click(KILLED);
      await until(() => expanded(page), (value) => value === 'true', 'the popover to open on a click');
      await runProbe(page, forgeClose);
      await new Promise((r) => setTimeout(r, 600));
      expect(await expanded(page)).toBe('true');
    } finally {
      await page.close();
    }
  });
});
