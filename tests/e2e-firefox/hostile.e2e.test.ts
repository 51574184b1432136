/**
 * Hostile pages against the shipped Firefox build (MV2, what `npm run build:firefox` makes, built without
 * test hooks), in Firefox ESR: the same attack pages and the same reader as the Chromium suite
 * (tests/e2e/hostile.e2e.test.ts), with what Firefox offers to look from outside the page: screenshots
 * instead of DevTools' pierce. The busy pages are tests/e2e-firefox/busy-pages.e2e.test.ts's.
 *
 * Run: CROSSCHECK_OUT_DIR=.output/<you> npx vitest run --config vitest.e2e-firefox.config.ts tests/e2e-firefox/hostile.e2e.test.ts
 * Screenshots: test-results/hostile-firefox-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bandsAround,
  centreOf,
  highlightSelection,
  isSharedHostUrl,
  noteOnSelection,
  openNoteEditor,
  selectWithMouse,
  sharedHostResponse,
  SITE_ONE,
  SITE_TWO,
  textHeard,
  typeNoteAndSave,
  until,
  type LoggedKey,
  type PageAttack,
  type ReaderPage,
} from '../e2e/support/hostile';
import { drawnNotes, storedNotesInWorker, type DrawnNote } from '../e2e/support/notes';
import { collectHighlights, runProbe } from '../e2e/support/probes';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { buildFirefox, firefoxShippedOutDir, launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { FIREFOX_OWN_HOSTS, trapHost } from '../e2e-shared/trap';

const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 15_000;
const QUIET_MS = 1_500;
/** What browser.runtime.id is in Firefox: the add-on id (wxt.config.ts), the name WXT's events were built on. */
const RUNTIME_ID = 'crosscheck@crosscheck.invalid';

const SECRET = { from: 'described the choice', to: 'and narrow', note: 'my source at the Pentagon is Quillfeather', tags: 'zephyrine, brackwater' };
const SECRET_WORDS = ['Quillfeather', 'zephyrine', 'brackwater'];
const KILLED = '#toll [data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"]';

let server: TestServer;
let ff: FirefoxWithExtension;
/** A tab on one of the extension's own pages: the reader's notes are read from its IndexedDB there. */
let extensionTab: Page;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  const [extensionDir, started] = await Promise.all([buildFirefox(2, firefoxShippedOutDir(), { testHooks: false }), startServer()]);
  server = started;
  ff = await launchFirefox({ extensionDir });
  extensionTab = await ff.openExtensionPage('/popup.html', 'body');
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const rows = async () => (await runProbe(extensionTab, storedNotesInWorker)).annotations;
const notesOnPage = (page: Page): Promise<DrawnNote[]> => runProbe(page, drawnNotes);
const reader = (page: Page) => page as unknown as ReaderPage;
const childFrames = (page: Page) => () =>
  page
    .frames()
    .filter((f) => f !== page.mainFrame())
    .map((f) => (expression: string) => f.evaluate(expression));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

async function openPage(url: string, options: { sharedHosts?: boolean } = {}): Promise<Page> {
  const page = await ff.newPage();
  if (options.sharedHosts) await serveSharedHosts(page);
  await page.goto(url);
  await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
  return page;
}

async function readerMakesNote(page: Page, note: string, tags: string): Promise<string> {
  const before = new Set((await rows()).map((r) => r.id));
  await selectWithMouse(reader(page), SECRET.from, SECRET.to);
  await noteOnSelection(reader(page), childFrames(page), note, tags);
  const added = await until(
    async () => (await rows()).filter((r) => !before.has(r.id)),
    (found) => found.length === 1 && found[0]!.note === note,
    "the reader's note, stored",
  );
  const id = String(added[0]!.id);
  await until(() => notesOnPage(page), (drawn) => drawn.some((n) => n.id === id), "the reader's note, drawn");
  return id;
}

/**
 * Hovers the killed count with the real mouse and tells whether the screen changed above or below it
 * (where the popover opens): Firefox has no DevTools pierce, so the popover is seen in pixels.
 */
async function hoverKilledCount(page: Page, shot: string): Promise<boolean> {
  const bands = await runProbe(page, bandsAround, KILLED);
  expect(bands, 'the killed count is highlighted').not.toBeNull();
  const grab = async () => Promise.all([page.screenshot({ clip: bands!.above }), page.screenshot({ clip: bands!.below })]);
  const before = await grab();
  const at = (await runProbe(page, centreOf, KILLED))!;
  await page.mouse.move(at.x, at.y);
  const changed = await until(
    async () => {
      const after = await grab();
      return !Buffer.from(before[0]).equals(Buffer.from(after[0])) || !Buffer.from(before[1]).equals(Buffer.from(after[1]));
    },
    Boolean,
    'the popover on screen',
  ).catch(() => false);
  await page.screenshot({ path: join(RESULTS, shot) });
  return changed;
}

const passes = (page: Page) => page.evaluate(() => performance.getEntriesByName('crosscheck:pass').length);

/** Waits until no pass has run for `quietMs`; returns the count. */
async function settledPasses(page: Page, quietMs = 800): Promise<number> {
  const [, b] = await until(
    async () => {
      const a = await passes(page);
      await sleep(quietMs);
      return [a, await passes(page)];
    },
    ([a, b]) => a === b,
    'the passes to settle',
    READY_TIMEOUT,
  );
  return b!;
}

describe('hostile pages against the shipped build (Firefox ESR, MV2)', () => {
  it('a page script can neither read, change, delete nor create a note through the DOM and synthetic events', async () => {
    const page = await openPage(server.url('/pages/hostile-notes.html'));
    try {
      const id = await readerMakesNote(page, SECRET.note, SECRET.tags);
      const before = await rows();

      const attack = (await page.evaluate('window.__hostile.attack()')) as PageAttack;
      await page.screenshot({ path: join(RESULTS, 'hostile-firefox-notes.png') });
      expect(attack.reached, 'controls of Crosscheck the page could reach').toEqual([]);
      expect(SECRET_WORDS.filter((w) => attack.read.includes(w)), 'the note and tags, read by the page').toEqual([]);
      expect(await rows(), "the reader's notes, after the attack").toEqual(before);
      const roots = await page.evaluate(() => Array.from(document.querySelectorAll('[data-crosscheck-ui]'), (h) => (h.shadowRoot ? `${h.localName}: ${h.shadowRoot.mode} root` : null)));
      expect(roots.filter(Boolean), 'hosts whose shadow root the page can open').toEqual([]);

      await page.reload();
      await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
      const drawn = await until(() => notesOnPage(page), (n) => n.length > 0, 'the note after a reload', READY_TIMEOUT);
      expect(drawn.map((n) => n.id)).toEqual([id]);
    } finally {
      await page.close();
    }
  });

  it('a page listening for keys in the capture phase hears none of the note the reader types', async () => {
    const page = await openPage(server.url('/pages/hostile-keylog.html'));
    try {
      const note = 'typed where only Crosscheck listens: Veldmark';
      const id = await readerMakesNote(page, note, 'quorble');
      await openNoteEditor(reader(page), childFrames(page), id);
      await page.keyboard.press('End');
      await typeNoteAndSave(reader(page), ' and Ostrovel', ', plinthward');
      await until(async () => (await rows()).find((r) => r.id === id)?.note, (n) => n === `${note} and Ostrovel`, 'the edited note, stored');
      const heard = textHeard((await page.evaluate('window.__hostile.keys()')) as LoggedKey[]);
      expect(heard, 'keys and text the page heard').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a page can neither find nor rewrite an open popover', async () => {
    const page = await openPage(server.url('/pages/hostile-popover.html'));
    try {
      expect(await hoverKilledCount(page, 'hostile-firefox-popover.png'), 'the popover on screen').toBe(true);
      const rewrite = (await page.evaluate('window.__hostile.rewrite()')) as { found: string[]; rewritten: number };
      expect(rewrite).toEqual({ found: [], rewritten: 0 });
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Differs|Outlets differ/);
    } finally {
      await page.close();
    }
  });

  it('sends the page no window message, and forged messages and events neither switch Crosscheck off nor make it work', async () => {
    const page = await openPage(server.url('/pages/hostile-messages.html'));
    try {
      expect(await hoverKilledCount(page, 'hostile-firefox-messages.png')).toBe(true);
      await page.mouse.move(5, 5);
      await selectWithMouse(reader(page), SECRET.from, SECRET.to);
      await page.keyboard.press('Escape');
      expect(await page.evaluate('window.__hostile.messages()'), 'window messages the page received').toEqual([]);

      const settled = await settledPasses(page);
      const sent = (await page.evaluate(`window.__hostile.forge(${JSON.stringify([RUNTIME_ID])})`)) as number;
      expect(sent).toBeGreaterThan(1000);
      await sleep(QUIET_MS);
      expect(await passes(page), 'passes run because of forged events').toBe(settled);

      await page.evaluate('window.__hostile.addStory()');
      await page.waitForSelector('#p-added [data-crosscheck-kind="figure"][data-crosscheck-fact="strike.destroyed"]', { timeout: READY_TIMEOUT });
      await selectWithMouse(reader(page), 'described the choice', 'careful');
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });

  it("a canonical link to another site on the same shared host brings none of that site's notes", async () => {
    const one = await openPage(`http://${SITE_ONE}/pages/hostile-notes.html`, { sharedHosts: true });
    let two: Page | null = null;
    try {
      const id = await readerMakesNote(one, 'Alice kept this for herself: Harrowgate', 'alice-only');
      expect((await rows()).find((r) => r.id === id)?.url).toBe(`http://${SITE_ONE}/pages/hostile-notes.html`);
      const before = await rows();

      two = await openPage(`http://${SITE_TWO}/pages/hostile-canonical.html`, { sharedHosts: true });
      await sleep(QUIET_MS);
      expect(await notesOnPage(two), "Alice's note drawn on Mallory's page").toEqual([]);
      const attack = (await two.evaluate('window.__hostile.attack()')) as PageAttack;
      expect(attack.reached).toEqual([]);
      expect(['Harrowgate', 'alice-only'].filter((w) => attack.read.includes(w))).toEqual([]);
      expect(await rows()).toEqual(before);

      await one.reload();
      await until(() => notesOnPage(one), (n) => n.some((x) => x.id === id), "Alice's note on her own page", READY_TIMEOUT);
    } finally {
      await two?.close();
      await one.close();
    }
  });

  it("a page that defines custom elements under Crosscheck's names and hides them with CSS does not stop the popover or the toolbar", async () => {
    const page = await openPage(server.url('/pages/hostile-elements.html'));
    try {
      expect(await hoverKilledCount(page, 'hostile-firefox-elements.png'), 'the popover on screen').toBe(true);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await selectWithMouse(reader(page), SECRET.from, SECRET.to);
      await highlightSelection(reader(page));
      await until(() => notesOnPage(page), (n) => n.length === 1, 'a highlight made from the toolbar');
    } finally {
      await page.close();
    }
  });

  it.each(['shy', 'zwsp', 'wj'])('reads "22" with an invisible character inside (%s) as one figure, 22', async (char) => {
    const page = await openPage(server.url(`/pages/hostile-invisible.html?char=${char}`));
    try {
      await page.waitForSelector('html[data-crosscheck-event]', { timeout: READY_TIMEOUT });
      expect(await page.evaluate(() => document.getElementById('toll')!.textContent!.length)).toBe(3);
      const killed = (await runProbe(page, collectHighlights, [])).filter((p) => p.fact === 'strike.killed' || p.text.replace(/[\u00AD\u200B\u2060]/g, '') === '2');
      expect([...new Set(killed.map((p) => p.id))], 'highlights of the death toll').toHaveLength(1);
      expect(killed.map((p) => p.text).join('').replace(/[\u00AD\u200B\u2060]/g, '')).toBe('22');
      expect(killed.map((p) => p.status)).toEqual(killed.map(() => 'differs'));
    } finally {
      await page.close();
    }
  });

  it('made no request that left the machine', () => {
    const allowed = (url: string) =>
      url === server.origin || url.startsWith(server.origin + '/') || url.startsWith(ff.extensionOrigin + '/') || isSharedHostUrl(url) || /^(data|blob|about):/.test(url);
    expect(ff.requests.some((r) => r.url.startsWith(server.origin))).toBe(true);
    expect(ff.requests.some((r) => isSharedHostUrl(r.url)), 'the shared-host pages were requested (and answered here)').toBe(true);
    expect(ff.requests.filter((r) => !allowed(r.url)).map((r) => `${r.method} ${r.url} (from ${r.by})`)).toEqual([]);
    expect(ff.trap.caught.filter((c) => !FIREFOX_OWN_HOSTS.has(trapHost(c)))).toEqual([]);
  });
});
