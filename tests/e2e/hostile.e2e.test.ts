/**
 * Hostile pages against the shipped build, in a real Chromium (issue 8: "Nothing a web page does reaches the
 * reader's notes"). Each row of the issue's table is a test; the attack is a script in the page
 * (tests/e2e/pages/hostile-*.html), the reader acts only with the real mouse and keyboard, and Crosscheck's
 * UI is looked at from outside the page (DevTools with pierce, screenshots), never through test hooks:
 *
 *   - a page script opens, reads, changes, deletes and creates notes with synthetic events: reaches nothing;
 *   - a page's capture-phase key listeners hear none of the note the reader types;
 *   - a page cannot find or rewrite an open popover;
 *   - no window message from Crosscheck; forged "script started" and location-change events and messages
 *     neither switch it off nor make it work;
 *   - a canonical link to another site on the same shared host brings none of that site's notes;
 *   - custom elements and CSS under Crosscheck's names do not stop the popover or the toolbar;
 *   - an invisible character inside "22" is one figure, 22;
 *   - and no request leaves the machine.
 *
 * The busy and self-undoing pages are tests/e2e/busy-pages.e2e.test.ts's in Chromium.
 * Run: CROSSCHECK_OUT_DIR=.output/<you> npx vitest run --config vitest.e2e.config.ts tests/e2e/hostile.e2e.test.ts
 * Screenshots: test-results/hostile-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, launchWithExtension, shippedOutDir, type ExtensionBrowser } from './support/chromium';
import { CHROMIUM_OWN_HOSTS, trapHost } from '../e2e-shared/trap';
import { isLocalUrl } from './support/network';
import {
  bandsAround,
  centreOf,
  highlightSelection,
  isSharedHostUrl,
  noteOnSelection,
  openNoteEditor,
  piercedDialogs,
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
} from './support/hostile';
import { notesOnPage, storedNotes } from './support/notes';
import { collectHighlights, runProbe } from './support/probes';
import { ROOT, startServer, type TestServer } from './support/server';

const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 15_000;
/** How long a page is given to do harm, or Crosscheck to react wrongly, before "nothing happened" is read. */
const QUIET_MS = 1_500;

/** The reader's note: words that are on no page, so finding them anywhere in a page means a leak. */
const SECRET = { from: 'described the choice', to: 'and narrow', note: 'my source at the Pentagon is Quillfeather', tags: 'zephyrine, brackwater' };
const SECRET_WORDS = ['Quillfeather', 'zephyrine', 'brackwater'];
const KILLED = '#toll [data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"]';

let server: TestServer;
let ext: ExtensionBrowser;
let devtoolsFor: (page: Page) => Promise<CDPSession>;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  // The shipped build: its UI in closed shadow roots, as readers get it.
  const extensionDir = buildExtension(shippedOutDir(), { testHooks: false });
  server = await startServer();
  ext = await launchWithExtension({ extensionDir });
  // Two sites on one shared host, answered here: the browser never looks the names up.
  await ext.context.route(
    (url) => isSharedHostUrl(url.href),
    async (route) => {
      const { status, contentType, body } = await sharedHostResponse(route.request().url());
      await route.fulfill({ status, contentType, body, headers: { 'cache-control': 'no-store' } });
    },
  );
  devtoolsFor = (page) => ext.context.newCDPSession(page);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  return page;
}

/** The page's frames other than its own document (an editor in a frame of the extension's origin). */
const childFrames = (page: Page) => () =>
  page
    .frames()
    .filter((f) => f !== page.mainFrame())
    .map((f) => (expression: string) => f.evaluate(expression));

const reader = (page: Page) => page as unknown as ReaderPage;

const rows = async () => (await storedNotes(ext.serviceWorker)).annotations;

/** The reader makes a note on `page` with real input, and it is stored; returns its id. */
async function readerMakesNote(page: Page, note: string, tags: string): Promise<string> {
  const before = new Set((await rows()).map((r) => r.id));
  await selectWithMouse(reader(page), SECRET.from, SECRET.to);
  await noteOnSelection(reader(page), childFrames(page), note, tags);
  const added = await until(
    async () => (await rows()).filter((r) => !before.has(r.id)),
    (found) => found.length === 1 && found[0]!.note === note,
    'the reader\'s note, stored',
  );
  const id = String(added[0]!.id);
  await until(() => notesOnPage(page), (drawn) => drawn.some((n) => n.id === id), 'the reader\'s note, drawn');
  return id;
}

/** What each of Crosscheck's UI hosts in the page shows of its shadow root to the page: nothing, when closed. */
const hostRoots = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('[data-crosscheck-ui]'), (h) => `${h.localName}: ${h.shadowRoot ? `${h.shadowRoot.mode} root` : 'no root visible'}`));

async function visibleDialog(page: Page, devtools: CDPSession, what: string) {
  const dialogs = await until(() => piercedDialogs(devtools), (all) => all.some((d) => d.visible), what);
  return dialogs.find((d) => d.visible)!;
}

/** Hovers the killed count with the real mouse, screenshots before and after: the popover changed pixels. */
async function hoverKilledCount(page: Page, shot: string): Promise<{ text: string; shadowRoot: string | null; pixelsChanged: boolean }> {
  const bands = (await runProbe(page, bandsAround, KILLED))!;
  expect(bands, 'the killed count is highlighted').not.toBeNull();
  const before = await Promise.all([page.screenshot({ clip: bands.above }), page.screenshot({ clip: bands.below })]);
  const at = (await runProbe(page, centreOf, KILLED))!;
  const devtools = await devtoolsFor(page);
  try {
    await page.mouse.move(at.x, at.y);
    const dialog = await visibleDialog(page, devtools, 'the popover, seen through DevTools');
    const after = await Promise.all([page.screenshot({ clip: bands.above }), page.screenshot({ clip: bands.below })]);
    await page.screenshot({ path: join(RESULTS, shot) });
    return { text: dialog.text, shadowRoot: dialog.shadowRoot, pixelsChanged: !before[0].equals(after[0]) || !before[1].equals(after[1]) };
  } finally {
    await devtools.detach().catch(() => undefined);
  }
}

describe('hostile pages against the shipped build (Chromium)', () => {
  it('a page script can neither read, change, delete nor create a note through the DOM and synthetic events', async () => {
    const page = await openPage(server.url('/pages/hostile-notes.html'));
    try {
      const id = await readerMakesNote(page, SECRET.note, SECRET.tags);
      const before = await rows();

      const attack = (await page.evaluate('window.__hostile.attack()')) as PageAttack;
      await page.screenshot({ path: join(RESULTS, 'hostile-notes.png') });
      expect(attack.reached, 'controls of Crosscheck the page could reach').toEqual([]);
      expect(SECRET_WORDS.filter((w) => attack.read.includes(w)), 'the note and tags, read by the page').toEqual([]);

      expect(await rows(), 'the reader\'s notes, after the attack').toEqual(before);
      expect((await hostRoots(page)).filter((h) => !h.endsWith('no root visible')), 'hosts whose shadow root the page can open').toEqual([]);
      await page.reload();
      await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
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
      // And an edit of it: the editor opened with a real click, the words typed after the old ones.
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
      const shown = await hoverKilledCount(page, 'hostile-popover.png');
      const rewrite = (await page.evaluate('window.__hostile.rewrite()')) as { found: string[]; rewritten: number };
      expect(rewrite).toEqual({ found: [], rewritten: 0 });
      expect(await page.evaluate(() => document.body.innerText), 'the popover\'s words in the page\'s text').not.toMatch(/Differs|Outlets differ/);
      const devtools = await devtoolsFor(page);
      try {
        const dialog = await visibleDialog(page, devtools, 'the popover, still open');
        expect(dialog.text).toBe(shown.text);
        expect(dialog.text).toContain('17');
        expect(dialog.text).toMatch(/Differs/);
        expect(dialog.shadowRoot).toBe('closed');
      } finally {
        await devtools.detach().catch(() => undefined);
      }
    } finally {
      await page.close();
    }
  });

  it('sends the page no window message, and forged messages and events neither switch Crosscheck off nor make it work', async () => {
    const page = await openPage(server.url('/pages/hostile-messages.html'));
    try {
      // Every script Crosscheck has is running: the popover's (hover) and the notes UI's (a selection).
      await hoverKilledCount(page, 'hostile-messages-popover.png');
      await page.mouse.move(5, 5);
      await selectWithMouse(reader(page), SECRET.from, SECRET.to);
      await page.keyboard.press('Escape');
      expect(await page.evaluate('window.__hostile.messages()'), 'window messages the page received').toEqual([]);

      // What reaches the background from now on.
      await ext.serviceWorker.evaluate(() => {
        const g = globalThis as unknown as { __heard?: string[]; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
        g.__heard = [];
        g.chrome.runtime.onMessage.addListener((m) => void g.__heard!.push(String((m as { type?: unknown } | null)?.type)));
      });
      const passes = () => page.evaluate('window.__hostile.passes()') as Promise<number>;
      const settled = await until(
        async () => [await passes(), await new Promise<number>((r) => setTimeout(() => passes().then(r), 800))],
        ([a, b]) => a === b,
        'the passes to settle',
      );
      const sent = (await page.evaluate(`window.__hostile.forge(${JSON.stringify([ext.extensionId])})`)) as number;
      expect(sent).toBeGreaterThan(1000);
      await page.waitForTimeout(QUIET_MS);
      expect(await passes(), 'passes run because of forged events').toBe(settled[1]);
      expect(await ext.serviceWorker.evaluate(() => (globalThis as unknown as { __heard: string[] }).__heard), 'requests to the background').toEqual([]);

      // Still on: a later change to the article is highlighted, and a selection still gets the toolbar.
      await page.evaluate('window.__hostile.addStory()');
      await page.waitForSelector('#p-added [data-crosscheck-kind="figure"][data-crosscheck-fact="strike.destroyed"]', { state: 'attached', timeout: READY_TIMEOUT });
      await selectWithMouse(reader(page), 'described the choice', 'careful');
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });

  it("a canonical link to another site on the same shared host brings none of that site's notes", async () => {
    const one = await openPage(`http://${SITE_ONE}/pages/hostile-notes.html`);
    let two: Page | null = null;
    try {
      const id = await readerMakesNote(one, 'Alice kept this for herself: Harrowgate', 'alice-only');
      expect((await rows()).find((r) => r.id === id)?.url).toBe(`http://${SITE_ONE}/pages/hostile-notes.html`);
      const before = await rows();

      two = await openPage(`http://${SITE_TWO}/pages/hostile-canonical.html`);
      expect(await two.evaluate(() => document.querySelector('link[rel=canonical]')?.getAttribute('href'))).toBe(`http://${SITE_ONE}/pages/hostile-notes.html`);
      await two.waitForTimeout(QUIET_MS);
      expect(await notesOnPage(two), "Alice's note drawn on Mallory's page").toEqual([]);
      const attack = (await two.evaluate('window.__hostile.attack()')) as PageAttack;
      expect(attack.reached).toEqual([]);
      expect(['Harrowgate', 'alice-only'].filter((w) => attack.read.includes(w))).toEqual([]);
      expect(await rows()).toEqual(before);

      // The control: the same article on Alice's own site shows it.
      await one.reload();
      await until(() => notesOnPage(one), (n) => n.some((x) => x.id === id), "Alice's note on her own page", READY_TIMEOUT);
    } finally {
      await two?.close();
      await one.close();
    }
  });

  it('a page that defines custom elements under Crosscheck\'s names and hides them with CSS does not stop the popover or the toolbar', async () => {
    const page = await openPage(server.url('/pages/hostile-elements.html'));
    try {
      const shown = await hoverKilledCount(page, 'hostile-elements.png');
      expect(shown.text).toContain('17');
      expect(shown.pixelsChanged, 'the popover is painted on screen').toBe(true);
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
      await page.waitForSelector('html[data-crosscheck-event]', { state: 'attached', timeout: READY_TIMEOUT });
      const raw = await page.evaluate(() => document.getElementById('toll')!.textContent!);
      expect(raw.length, 'the page wrote an invisible character between the digits').toBe(3);
      const killed = (await runProbe(page, collectHighlights, [])).filter((p) => p.fact === 'strike.killed' || p.text.replace(/[\u00AD\u200B\u2060]/g, '') === '2');
      const ids = [...new Set(killed.map((p) => p.id))];
      expect(ids, 'highlights of the death toll').toHaveLength(1);
      expect(killed.map((p) => p.text).join('').replace(/[\u00AD\u200B\u2060]/g, '')).toBe('22');
      expect(killed.map((p) => p.status)).toEqual(killed.map(() => 'differs'));
    } finally {
      await page.close();
    }
  });

  it('made no request that left the machine', () => {
    const local = (url: string) => isLocalUrl(url, server.origin) || isSharedHostUrl(url);
    expect(ext.requests.some((r) => r.url.startsWith(server.origin))).toBe(true);
    expect(ext.requests.some((r) => isSharedHostUrl(r.url)), 'the shared-host pages were requested (and answered here)').toBe(true);
    expect(ext.requests.filter((r) => !local(r.url)).map((r) => `${r.method} ${r.url} (${r.from}: ${r.by})`)).toEqual([]);
    expect(ext.trap.caught.filter((c) => !CHROMIUM_OWN_HOSTS.has(trapHost(c)))).toEqual([]);
  });
});
