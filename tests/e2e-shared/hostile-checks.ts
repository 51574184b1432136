/**
 * The hostile pages (issue 8: "Nothing a web page does reaches the reader's notes"), written once for both
 * browsers' shipped builds. Each row of the issue's table is a test; the attack is a script in the page
 * (tests/e2e/pages/hostile-*.html), the reader acts only with the real mouse and keyboard, and Crosscheck's
 * UI is looked at from outside the page (screenshots; DevTools with pierce where the driver has it), never
 * through test hooks.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import {
  bandsAround,
  centreOf,
  highlightSelection,
  isSharedHostUrl,
  noteOnSelection,
  openNoteEditor,
  selectWithMouse,
  SITE_ONE,
  SITE_TWO,
  textHeard,
  typeNoteAndSave,
  until,
  type LoggedKey,
  type PageAttack,
} from '../e2e/support/hostile';
import { drawnNotes, type DrawnNote } from '../e2e/support/notes';
import { collectHighlights, runProbe } from '../e2e/support/probes';
import { ROOT, type TestServer } from '../e2e/support/server';
import { isLocalTo, shotName, type BrowserDriver, type DriverOf, type DriverPage } from './driver';
import { trapHost } from './trap';

const RESULTS = join(ROOT, 'test-results');
const READY_TIMEOUT = 15_000;
/** How long a page is given to do harm, or Crosscheck to react wrongly, before "nothing happened" is read. */
const QUIET_MS = 1_500;
const READY = 'html[data-crosscheck-ready]';

/** The reader's note: words that are on no page, so finding them anywhere in a page means a leak. */
const SECRET = { from: 'described the choice', to: 'and narrow', note: 'my source at the Pentagon is Quillfeather', tags: 'zephyrine, brackwater' };
const SECRET_WORDS = ['Quillfeather', 'zephyrine', 'brackwater'];
const KILLED = '#toll [data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"]';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const notesOnPage = (page: DriverPage): Promise<DrawnNote[]> => runProbe(page, drawnNotes);
const rows = async (d: BrowserDriver) => (await d.storedNotes()).annotations;
const shot = (d: BrowserDriver, name: string) => join(RESULTS, shotName(d, `hostile-${name}`));

/** The reader makes a note on `page` with real input, and it is stored; returns its id. */
async function readerMakesNote(d: BrowserDriver, page: DriverPage, note: string, tags: string): Promise<string> {
  const before = new Set((await rows(d)).map((r) => r.id));
  await selectWithMouse(page, SECRET.from, SECRET.to);
  await noteOnSelection(page, () => page.childFrames(), note, tags);
  const added = await until(
    async () => (await rows(d)).filter((r) => !before.has(r.id)),
    (found) => found.length === 1 && found[0]!.note === note,
    "the reader's note, stored",
  );
  const id = String(added[0]!.id);
  await until(() => notesOnPage(page), (drawn) => drawn.some((n) => n.id === id), "the reader's note, drawn");
  return id;
}

/** What each of Crosscheck's UI hosts in the page shows of its shadow root to the page: nothing, when closed. */
const openHostRoots = (page: DriverPage) =>
  runProbe(page, () =>
    Array.from(document.querySelectorAll('[data-crosscheck-ui]'), (h) => (h.shadowRoot ? `${h.localName}: ${h.shadowRoot.mode} root` : null)).filter(Boolean),
  );

interface Shown {
  /** The screen changed above or below the count, where the popover opens. */
  pixelsChanged: boolean;
  /** The popover as DevTools sees it, where the driver can look. */
  dialog: { text: string; shadowRoot: string | null } | null;
}

/** Hovers the killed count with the real mouse, screenshots before and after: the popover changed pixels. */
async function hoverKilledCount(d: BrowserDriver, page: DriverPage, name: string): Promise<Shown> {
  const bands = await runProbe(page, bandsAround, KILLED);
  expect(bands, 'the killed count is highlighted').not.toBeNull();
  const grab = () => Promise.all([page.screenshot({ clip: bands!.above }), page.screenshot({ clip: bands!.below })]);
  const before = await grab();
  const at = (await runProbe(page, centreOf, KILLED))!;
  await page.mouse.move(at.x, at.y);
  const dialog = d.seesClosedUi ? await d.seesClosedUi(page, 'the popover, seen through DevTools') : null;
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  const pixelsChanged = await until(
    async () => {
      const after = await grab();
      return !same(before[0], after[0]) || !same(before[1], after[1]);
    },
    Boolean,
    'the popover on screen',
  ).catch(() => false);
  await page.screenshot({ path: shot(d, name) });
  return { pixelsChanged, dialog };
}

/** Waits until no pass has run for `quietMs`; returns the count. */
async function settledPasses(page: DriverPage, quietMs = 800): Promise<number> {
  const passes = () => page.evaluate('window.__hostile.passes()') as Promise<number>;
  const [, b] = await until(
    async () => {
      const a = await passes();
      await sleep(quietMs);
      return [a, await passes()];
    },
    ([a, b]) => a === b,
    'the passes to settle',
    READY_TIMEOUT,
  );
  return b!;
}

/** Registers the hostile-page tests; call inside the suite's describe. */
export function hostileChecks(driver: DriverOf, server: () => TestServer): void {
  notesAndKeysChecks(driver, server);
  popoverAndMessageChecks(driver, server);
  sharedHostAndElementChecks(driver, server);
  invisibleAndNetworkChecks(driver, server);
}

function notesAndKeysChecks(driver: DriverOf, server: () => TestServer): void {
  it('a page script can neither read, change, delete nor create a note through the DOM and synthetic events', async () => {
    const d = driver();
    const page = await d.openPage(server().url('/pages/hostile-notes.html'));
    try {
      const id = await readerMakesNote(d, page, SECRET.note, SECRET.tags);
      const before = await rows(d);

      const attack = (await page.evaluate('window.__hostile.attack()')) as PageAttack;
      await page.screenshot({ path: shot(d, 'notes') });
      expect(attack.reached, 'controls of Crosscheck the page could reach').toEqual([]);
      expect(SECRET_WORDS.filter((w) => attack.read.includes(w)), 'the note and tags, read by the page').toEqual([]);
      expect(await rows(d), "the reader's notes, after the attack").toEqual(before);
      expect(await openHostRoots(page), 'hosts whose shadow root the page can open').toEqual([]);

      await page.reload();
      await page.waitForSelector(READY, READY_TIMEOUT);
      const drawn = await until(() => notesOnPage(page), (n) => n.length > 0, 'the note after a reload', READY_TIMEOUT);
      expect(drawn.map((n) => n.id)).toEqual([id]);
    } finally {
      await page.close();
    }
  });

  it('a page listening for keys in the capture phase hears none of the note the reader types', async () => {
    const d = driver();
    const page = await d.openPage(server().url('/pages/hostile-keylog.html'));
    try {
      const note = 'typed where only Crosscheck listens: Veldmark';
      const id = await readerMakesNote(d, page, note, 'quorble');
      // And an edit of it: the editor opened with a real click, the words typed after the old ones.
      await openNoteEditor(page, () => page.childFrames(), id);
      await page.keyboard.press('End');
      await typeNoteAndSave(page, ' and Ostrovel', ', plinthward');
      await until(async () => (await rows(d)).find((r) => r.id === id)?.note, (n) => n === `${note} and Ostrovel`, 'the edited note, stored');
      const heard = textHeard((await page.evaluate('window.__hostile.keys()')) as LoggedKey[]);
      expect(heard, 'keys and text the page heard').toEqual([]);
    } finally {
      await page.close();
    }
  });
}

function popoverAndMessageChecks(driver: DriverOf, server: () => TestServer): void {
  it('a page can neither find nor rewrite an open popover', async () => {
    const d = driver();
    const page = await d.openPage(server().url('/pages/hostile-popover.html'));
    try {
      const shown = await hoverKilledCount(d, page, 'popover');
      expect(shown.pixelsChanged, 'the popover on screen').toBe(true);
      const rewrite = (await page.evaluate('window.__hostile.rewrite()')) as { found: string[]; rewritten: number };
      expect(rewrite).toEqual({ found: [], rewritten: 0 });
      expect(await page.evaluate('document.body.innerText'), "the popover's words in the page's text").not.toMatch(/Differs|Outlets differ/);
      if (d.seesClosedUi) {
        const dialog = await d.seesClosedUi(page, 'the popover, still open');
        expect(dialog.text).toBe(shown.dialog!.text);
        expect(dialog.text).toContain('17');
        expect(dialog.text).toMatch(/Differs/);
        expect(dialog.shadowRoot).toBe('closed');
      }
    } finally {
      await page.close();
    }
  });

  it('sends the page no window message, and forged messages and events neither switch Crosscheck off nor make it work', async () => {
    const d = driver();
    const page = await d.openPage(server().url('/pages/hostile-messages.html'));
    try {
      // Every script Crosscheck has is running: the popover's (hover) and the notes UI's (a selection).
      expect((await hoverKilledCount(d, page, 'messages-popover')).pixelsChanged, 'the popover on screen').toBe(true);
      await page.mouse.move(5, 5);
      await selectWithMouse(page, SECRET.from, SECRET.to);
      await page.keyboard.press('Escape');
      expect(await page.evaluate('window.__hostile.messages()'), 'window messages the page received').toEqual([]);

      // What reaches the background from now on, where the driver can listen there.
      const heard = await d.listenToBackground?.();
      const settled = await settledPasses(page);
      const sent = (await page.evaluate(`window.__hostile.forge(${JSON.stringify([d.runtimeId])})`)) as number;
      expect(sent).toBeGreaterThan(1000);
      await sleep(QUIET_MS);
      expect(await page.evaluate('window.__hostile.passes()'), 'passes run because of forged events').toBe(settled);
      if (heard) expect(await heard(), 'requests to the background').toEqual([]);

      // Still on: a later change to the article is highlighted, and a selection still gets the toolbar.
      await page.evaluate('window.__hostile.addStory()');
      await page.waitForSelector('#p-added [data-crosscheck-kind="figure"][data-crosscheck-fact="strike.destroyed"]', READY_TIMEOUT);
      await selectWithMouse(page, 'described the choice', 'careful');
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });
}

function sharedHostAndElementChecks(driver: DriverOf, server: () => TestServer): void {
  it("a canonical link to another site on the same shared host brings none of that site's notes", async () => {
    const d = driver();
    const one = await d.openPage(`http://${SITE_ONE}/pages/hostile-notes.html`, { sharedHosts: true });
    let two: DriverPage | null = null;
    try {
      const id = await readerMakesNote(d, one, 'Alice kept this for herself: Harrowgate', 'alice-only');
      expect((await rows(d)).find((r) => r.id === id)?.url).toBe(`http://${SITE_ONE}/pages/hostile-notes.html`);
      const before = await rows(d);

      two = await d.openPage(`http://${SITE_TWO}/pages/hostile-canonical.html`, { sharedHosts: true });
      expect(await two.evaluate(`document.querySelector('link[rel=canonical]')?.getAttribute('href')`)).toBe(`http://${SITE_ONE}/pages/hostile-notes.html`);
      await sleep(QUIET_MS);
      expect(await notesOnPage(two), "Alice's note drawn on Mallory's page").toEqual([]);
      const attack = (await two.evaluate('window.__hostile.attack()')) as PageAttack;
      expect(attack.reached).toEqual([]);
      expect(['Harrowgate', 'alice-only'].filter((w) => attack.read.includes(w))).toEqual([]);
      expect(await rows(d)).toEqual(before);

      // The control: the same article on Alice's own site shows it.
      await one.reload();
      await until(() => notesOnPage(one), (n) => n.some((x) => x.id === id), "Alice's note on her own page", READY_TIMEOUT);
    } finally {
      await two?.close();
      await one.close();
    }
  });

  it("a page that defines custom elements under Crosscheck's names and hides them with CSS does not stop the popover or the toolbar", async () => {
    const d = driver();
    const page = await d.openPage(server().url('/pages/hostile-elements.html'));
    try {
      const shown = await hoverKilledCount(d, page, 'elements');
      if (shown.dialog) expect(shown.dialog.text).toContain('17');
      expect(shown.pixelsChanged, 'the popover is painted on screen').toBe(true);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await selectWithMouse(page, SECRET.from, SECRET.to);
      await highlightSelection(page);
      await until(() => notesOnPage(page), (n) => n.length === 1, 'a highlight made from the toolbar');
    } finally {
      await page.close();
    }
  });
}

function invisibleAndNetworkChecks(driver: DriverOf, server: () => TestServer): void {
  it.each(['shy', 'zwsp', 'wj'])('reads "22" with an invisible character inside (%s) as one figure, 22', async (char) => {
    const page = await driver().openPage(server().url(`/pages/hostile-invisible.html?char=${char}`));
    try {
      await page.waitForSelector('html[data-crosscheck-event]', READY_TIMEOUT);
      const raw = (await page.evaluate(`document.getElementById('toll').textContent`)) as string;
      expect(raw.length, 'the page wrote an invisible character between the digits').toBe(3);
      const killed = (await runProbe(page, collectHighlights, [])).filter((p) => p.fact === 'strike.killed' || p.text.replace(/[\u00AD\u200B\u2060]/g, '') === '2');
      expect([...new Set(killed.map((p) => p.id))], 'highlights of the death toll').toHaveLength(1);
      expect(killed.map((p) => p.text).join('').replace(/[\u00AD\u200B\u2060]/g, '')).toBe('22');
      expect(killed.map((p) => p.status)).toEqual(killed.map(() => 'differs'));
    } finally {
      await page.close();
    }
  });

  it('made no request that left the machine', () => {
    const d = driver();
    const { origin } = server();
    const local = (url: string) => isLocalTo(d, origin, url) || isSharedHostUrl(url);
    const requests = d.requests();
    expect(requests.some((r) => r.url.startsWith(origin))).toBe(true);
    expect(requests.some((r) => isSharedHostUrl(r.url)), 'the shared-host pages were requested (and answered here)').toBe(true);
    expect(requests.filter((r) => !local(r.url)).map((r) => `${r.method} ${r.url} (${r.by})`)).toEqual([]);
    expect(d.trapCaught().filter((c) => !d.ownHosts.has(trapHost(c)))).toEqual([]);
  });
}
