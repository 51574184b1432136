/**
 * Every fact against every source (issue 13.4–13.5) in Firefox ESR with the MV2 build, with the Chromium suite's
 * probes (../e2e/support/facts.ts): facts.html for each event checked against the table built here from the
 * reference; a cell reached by keyboard shows its quote; axe in light and dark (a dark Firefox through prefs);
 * the CSV and Markdown exports as saved files; a source page's marks; a popover's "All facts" opening the table.
 * Screenshots: test-results/firefox-facts-<event>-<scheme>.png, firefox-facts-source-<id>.png.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSV_COLUMNS } from '../../entrypoints/facts/table-export';
import { buildFactTable } from '../../lib/engine/fact-table';
import { getReference } from '../../lib/engine/reference';
import { articleTexts } from '../../lib/reference/article-texts';
import { expectedCells, expectedMarks, facts as factsProbe, focusedCellTip, sourceMarks, type CellTip, type TableState } from '../e2e/support/facts';
import { axeSerious, axeSource, type AxeProblem } from '../e2e/support/panel';
import { runProbe } from '../e2e/support/probes';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';

const builds = inject('firefoxBuilds');
const RESULTS = join(ROOT, 'test-results');
const UI_TIMEOUT = 8_000;
const NEWS = '/pages/news-2021-strike.html';
const KILLED = '[data-crosscheck-fact="strike.killed"][data-crosscheck-status="differs"][tabindex="0"]';
/** Firefox's own switch for the colour scheme pages see: 0 dark (puppeteer cannot emulate media over BiDi). */
const DARK_PREFS = { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 };
const reference = getReference();

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && accept(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function axeOn(page: Page): Promise<AxeProblem[]> {
  await page.evaluate(axeSource());
  return page.evaluate(axeSerious);
}

/** A finished download in `dir` not there before (Firefox writes `name.part` while saving). */
async function download(dir: string, before: Set<string>, ending: string): Promise<{ name: string; content: string }> {
  const name = await until(
    async () => readdirSync(dir).find((f) => !before.has(f) && f.endsWith(ending) && !existsSync(join(dir, `${f}.part`)) && statSync(join(dir, f)).size > 0),
    (found) => found !== undefined,
    `a ${ending} download`,
  );
  return { name: name!, content: readFileSync(join(dir, name!), 'utf8') };
}

describe.skipIf(!builds)('facts.html and source.html in Firefox (MV2)', () => {
  let server: TestServer;
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    ff = await launchFirefox({ extensionDir: builds!.mv2 });
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  for (const event of reference.events) {
    it(`${event.id}: rows, columns and statuses match the reference; axe finds nothing serious`, async () => {
      const from = reference.sources.find((s) => s.event === event.id)!.id;
      const expected = buildFactTable(reference, event.id, { from })!;
      const page = await ff.openExtensionPage(`/facts.html?event=${encodeURIComponent(event.id)}&from=${from}`, 'tr[data-crosscheck-fact]');
      try {
        const state: TableState = await page.evaluate(factsProbe);
        expect(state.columns).toEqual(expected.columns.map((c) => c.id));
        expect(state.current).toEqual([from]);
        expect(state.rows).toEqual(expectedCells(expected));
        expect(await axeOn(page)).toEqual([]);
        await page.screenshot({ path: join(RESULTS, `firefox-facts-${event.id}-light.png`), fullPage: true });
      } finally {
        await page.close();
      }
    });
  }

  it('Tab reaches a cell and shows its quote; Escape hides it', async () => {
    const event = reference.events[0]!;
    const expected = buildFactTable(reference, event.id)!;
    const page = await ff.openExtensionPage(`/facts.html?event=${event.id}`, 'tr[data-crosscheck-fact]');
    try {
      let tip: CellTip | null = null;
      for (let i = 0; i < 12 && !tip; i++) {
        await page.keyboard.press('Tab');
        tip = await runProbe(page, focusedCellTip);
      }
      expect(tip, 'a cell takes focus within 12 Tabs').not.toBeNull();
      const row = expected.rows.find((r) => r.key === tip!.fact)!;
      expect(tip!.quote).toBe(row.cells[expected.columns.findIndex((c) => c.id === tip!.source)]!.claims[0]!.quote);
      expect(tip!.visible).toBe(true);
      await page.keyboard.press('Escape');
      const hidden = await page.evaluate(() => {
        const tipEl = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
        return tipEl !== null && getComputedStyle(tipEl).display === 'none';
      });
      expect(hidden).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('exports CSV and Markdown as saved files holding every claim', async () => {
    const event = reference.events[0]!;
    const expected = buildFactTable(reference, event.id)!;
    const page = await ff.openExtensionPage(`/facts.html?event=${event.id}`, 'tr[data-crosscheck-fact]');
    try {
      let before = new Set(readdirSync(ff.downloadDir));
      await page.click('button::-p-text(Export CSV)');
      const csv = await download(ff.downloadDir, before, '.csv');
      expect(csv.name).toBe(`crosscheck-facts-${event.id}.csv`);
      expect(csv.content.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
      for (const claim of expected.rows.flatMap((r) => r.cells.flatMap((c) => c?.claims ?? []))) expect(csv.content).toContain(claim.text);
      before = new Set(readdirSync(ff.downloadDir));
      await page.click('button::-p-text(Export Markdown)');
      const md = await download(ff.downloadDir, before, '.md');
      expect(md.content.split('\n').filter((l) => l.startsWith('| ')).length).toBe(expected.rows.length + 2);
    } finally {
      await page.close();
    }
  });

  it('a source page shows its article with its claims marked', async () => {
    const source = reference.sources.find((s) => s.outlet !== null) ?? reference.sources[0]!;
    const page = await ff.openExtensionPage(`/source.html?id=${source.id}`, '.source-text mark');
    try {
      const shown = await page.evaluate(sourceMarks);
      expect(shown.title).toBe(source.label);
      const marks = expectedMarks(articleTexts[source.id]!, reference.claims.filter((c) => c.source === source.id).map((c) => c.quote));
      expect(marks.length).toBeGreaterThan(0);
      expect(shown.marks).toEqual(marks);
      expect(await axeOn(page)).toEqual([]);
      await page.screenshot({ path: join(RESULTS, `firefox-facts-source-${source.id}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('a popover’s "All facts" opens the table of the page’s event, from that page', async () => {
    const article = await ff.newPage();
    try {
      await article.goto(server.url(NEWS));
      await article.waitForSelector(KILLED, { timeout: 15_000 });
      await article.focus(KILLED);
      await article.keyboard.press('Enter');
      // The popover lives in an open shadow root in test builds: its button found through the Crosscheck host.
      const allFacts = () =>
        article.evaluate(() => {
          for (const host of document.querySelectorAll('[data-crosscheck-ui]')) {
            const button = host.shadowRoot?.querySelector<HTMLElement>('.cc-all-facts');
            if (button) return button.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number };
          }
          return null;
        });
      const box = await until(allFacts, (b) => b !== null && b.width > 0, 'the popover’s All facts');
      // WebDriver BiDi does not report tabs an extension opens on its own pages: the extension's tabs API lists them.
      const lister = await ff.openExtensionPage('/facts.html', '[role="alert"]');
      const factsTabs = () =>
        lister.evaluate(async () => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } } }).browser;
          return (await api.tabs.query({})).map((t) => t.url ?? '').filter((u) => u.includes('/facts.html?event='));
        });
      expect(await factsTabs()).toEqual([]);
      await article.bringToFront();
      await article.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      const [opened] = await until(factsTabs, (urls) => urls.length === 1, 'the facts tab');
      await lister.close();
      const url = new URL(opened!);
      expect(url.protocol).toBe('moz-extension:');
      expect(url.searchParams.get('event')).toMatch(/^2021-02-25-/);
      expect(url.searchParams.get('from')).toBe(server.url(NEWS));
    } finally {
      await article.close();
    }
  });

  describe('in a dark Firefox', () => {
    let dark: FirefoxWithExtension;
    beforeAll(async () => {
      dark = await launchFirefox({ extensionDir: builds!.mv2, prefs: DARK_PREFS });
    });
    afterAll(async () => {
      await dark?.close();
    });

    it('each event’s table and a source page: axe finds nothing serious', async () => {
      for (const event of reference.events) {
        const page = await dark.openExtensionPage(`/facts.html?event=${event.id}`, 'tr[data-crosscheck-fact]');
        try {
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          expect(await axeOn(page), event.id).toEqual([]);
          await page.screenshot({ path: join(RESULTS, `firefox-facts-${event.id}-dark.png`), fullPage: true });
        } finally {
          await page.close();
        }
      }
      const source = reference.sources[0]!;
      const page = await dark.openExtensionPage(`/source.html?id=${source.id}`, '.source-text mark');
      try {
        expect(await axeOn(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
