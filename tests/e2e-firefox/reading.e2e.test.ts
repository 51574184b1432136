/**
 * Reading with Crosscheck (issue 12) in Firefox ESR, test build (MV2), with the Chromium suite's in-page
 * probes (tests/e2e/support/reading.ts): one button and one Tab stop per finding with a spoken status;
 * Enter/Space/Escape with focus inside the popover and back; axe-core on the highlights and the open
 * popover; mark contrast against a light and a dark page and the popover in the page's tone.
 * Screenshots: test-results/firefox-reading-{light,dark}-popover.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KILLED, oneButtonPerFindingCheck } from '../e2e-shared/reading-checks';
import { until } from '../e2e/support/hostile';
import { runProbe } from '../e2e/support/probes';
import { AXE_SOURCE, axeOnCrosscheck, drawnFindingIds, focusStop, markContrasts, popoverBox } from '../e2e/support/reading';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { firefoxPage } from './support/firefox-driver';

const RESULTS = join(ROOT, 'test-results');
const NEWS = '/pages/news-2021-strike.html';
const DARK = '/pages/dark-2021-strike.html';
const READY_TIMEOUT = 15_000;

let server: TestServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  ff = await launchFirefox({ extensionDir: inject('firefoxBuilds')!.mv2 });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await ff.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
  await page.waitForSelector(KILLED, { timeout: READY_TIMEOUT });
  return page;
}

describe('keyboard and screen reader (Firefox)', () => {
  oneButtonPerFindingCheck(async () => firefoxPage(await openPage(NEWS)));

  it('takes one Tab stop per finding, and nothing of Crosscheck’s UI', async () => {
    const page = await openPage(NEWS);
    try {
      const stops: string[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const stop = await runProbe(page, focusStop);
        if (stops.length && (stop === 'none' || stop === stops[0])) break;
        if (stop !== 'none') stops.push(stop);
      }
      const ids = await runProbe(page, drawnFindingIds);
      // Tab past the intro's button (first matched article in this profile), which is not a stop of the article.
      const highlightStops = stops.filter((s) => s.startsWith('highlight:'));
      expect(highlightStops.sort()).toEqual(ids.map((id) => `highlight:${id}`).sort());
      expect(stops.filter((s) => s.startsWith('ui:') && s !== 'ui:button')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens with Enter or Space, focus inside; Escape closes and returns focus; axe finds nothing serious', async () => {
    const page = await openPage(NEWS);
    try {
      await page.evaluate(AXE_SOURCE);
      await page.focus(KILLED);
      await page.keyboard.press('Enter');
      await until(() => runProbe(page, focusStop), (s) => s === 'ui:dialog', 'focus inside the popover');
      expect(await runProbe(page, axeOnCrosscheck)).toEqual([]);
      await page.keyboard.press('Escape');
      await until(() => runProbe(page, popoverBox), (b) => b === null, 'the popover to close');
      expect((await runProbe(page, focusStop)).startsWith('highlight:')).toBe(true);
      await page.keyboard.press(' ');
      await until(() => runProbe(page, focusStop), (s) => s === 'ui:dialog', 'Space opening it');
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });
});

describe('colours (Firefox)', () => {
  for (const [name, path] of [['light', NEWS], ['dark', DARK]] as const) {
    it(`keeps standing-out marks at 3:1 or more against the ${name} page, and the popover in its tone`, async () => {
      const page = await openPage(path);
      try {
        const loud = (await runProbe(page, markContrasts)).filter((m) => m.look === 'loud');
        expect(loud.length).toBeGreaterThan(0);
        expect(loud.filter((m) => m.ratio < 3)).toEqual([]);
        await page.hover(KILLED);
        const box = await until(() => runProbe(page, popoverBox), (b) => b !== null, 'the popover');
        expect(box!.tone).toBe(name);
        await page.screenshot({ path: join(RESULTS, `firefox-reading-${name}-popover.png`) as `${string}.png` });
      } finally {
        await page.close();
      }
    });
  }
});
