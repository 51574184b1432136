/**
 * The hostile-page suites (tests/e2e/hostile.e2e.test.ts in Chromium, tests/e2e-firefox/hostile.e2e.test.ts
 * in Firefox): the shipped build (built with `{ testHooks: false }`), a reader acting only through real input (mouse and keyboard, which reach
 * Crosscheck's UI whether its shadow roots are open or closed and whether the editor is a frame), and
 * looking at that UI from outside the page (DevTools with `pierce`, screenshots) rather than through test
 * hooks. The attacks themselves live in the pages (tests/e2e/pages/hostile-*.html).
 *
 * Functions marked "in the page" run there through runProbe (self-contained: see probes.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { phrasePoints } from './notes';
import { runProbe, withDeadline } from './probes';
import { PAGES_DIR } from './server';

// ─── Two sites on one shared host ───────────────────────────────────────────────────────────────

/**
 * Two owners' sites under one shared parent, as on a hosting service (issue 8: "a page on one subdomain got
 * another site's note"). `.test` is reserved (RFC 6761): these names exist nowhere. The browsers never
 * resolve them: the suites answer their requests themselves (request interception), from tests/e2e/pages.
 */
export const SITE_ONE = 'alice.pages.test';
export const SITE_TWO = 'mallory.pages.test';
export const SHARED_HOSTS = [SITE_ONE, SITE_TWO];

export const isSharedHostUrl = (url: string): boolean => SHARED_HOSTS.some((h) => url.startsWith(`http://${h}/`));

/** The answer to a request for one of the shared hosts: a file of tests/e2e/pages, or a 404. */
export async function sharedHostResponse(url: string): Promise<{ status: number; contentType: string; body: Buffer }> {
  const { pathname } = new URL(url);
  const notFound = { status: 404, contentType: 'text/plain', body: Buffer.from('Not found') };
  if (!pathname.startsWith('/pages/')) return notFound;
  const file = resolve(PAGES_DIR, decodeURIComponent(pathname.slice('/pages/'.length)));
  if (!file.startsWith(PAGES_DIR + sep)) return notFound;
  try {
    const body = await readFile(file);
    const contentType = file.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8';
    return { status: 200, contentType, body };
  } catch {
    return notFound;
  }
}

// ─── The reader, with real input ────────────────────────────────────────────────────────────────

/** What both Playwright's and puppeteer's pages offer that the reader's actions need. */
export interface ReaderPage {
  evaluate(expression: string): Promise<unknown>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: {
    press(key: never): Promise<void>;
    down(key: never): Promise<void>;
    up(key: never): Promise<void>;
    type(text: string): Promise<void>;
  };
}

/** Both libraries name keys the same way ('Tab', 'End', 'Enter', 'Control'); their types differ. */
const key = (k: string) => k as never;

export const UI_TIMEOUT = 10_000;

/** How long past its wait's end a probe still in flight may take before the wait gives up on it. */
const PROBE_GRACE_MS = 2_000;

/**
 * Polls `probe` until `accept` takes its value, or fails after `timeoutMs` with the last value seen. A probe
 * that never answers (an evaluate in a frame that stopped responding) ends the wait too, with its name.
 */
export async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = 'nothing yet';
  for (;;) {
    const left = Math.max(0, end - Date.now()) + PROBE_GRACE_MS;
    const value = await withDeadline(probe(), left, `waiting for ${what} (last seen: ${last})`);
    if (accept(value)) return value;
    last = JSON.stringify(value);
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${last}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * In the page: whether Crosscheck's UI covers some point just above or below the selection (the toolbar
 * sits there). A page sees a closed shadow root's host, or a frame, where the UI is: that is all it tells.
 */
export function uiBesideSelection(): boolean {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
  const r = selection.getRangeAt(0).getBoundingClientRect();
  for (let dy = 4; dy <= 80; dy += 6) {
    for (let x = r.left; x <= r.right; x += 12) {
      for (const y of [r.top - dy, r.bottom + dy]) {
        const el = document.elementFromPoint(x, y);
        if (el && (el.closest('[data-crosscheck-ui]') || el.localName === 'iframe')) return true;
      }
    }
  }
  return false;
}

/** In the page: whether keyboard focus is in Crosscheck's UI (its host, or a frame in it), as the page sees it. */
export function focusInUi(): boolean {
  const el = document.activeElement;
  return !!el && (el.closest('[data-crosscheck-ui]') !== null || el.localName === 'iframe');
}

/**
 * In a frame (the page itself, or a frame inside it): the kind of text field that has the keyboard, looking
 * into the focused element's shadow root where it is open; null when none does.
 */
export function focusedTextField(): string | null {
  if (!document.hasFocus()) return null;
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  if (el.localName === 'textarea') return 'textarea';
  if (el.localName === 'input') return 'input';
  return null;
}

/**
 * Selects from the start of `from` to the end of `to` inside `root` by dragging the real mouse, and waits
 * for Crosscheck's toolbar beside it. Returns the selected text.
 */
export async function selectWithMouse(page: ReaderPage, from: string, to: string, root = 'article'): Promise<string> {
  await page.evaluate('document.getSelection()?.removeAllRanges()');
  const { start, end } = await runProbe(page, phrasePoints, { root, from, to });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  const selected = (await page.evaluate(`document.getSelection()?.toString() ?? ''`)) as string;
  await until(() => runProbe(page, uiBesideSelection), Boolean, 'the notes toolbar beside the selection');
  return selected;
}

/** Tab from the selection into the toolbar (its first button, Highlight), as CONTRACT.md's keyboard path goes. */
async function tabIntoToolbar(page: ReaderPage): Promise<void> {
  await page.keyboard.press(key('Tab'));
  await until(() => runProbe(page, focusInUi), Boolean, 'keyboard focus in the toolbar after Tab');
}

/** The selection, highlighted with the toolbar's Highlight button (reached with Tab, pressed with Enter). */
export async function highlightSelection(page: ReaderPage): Promise<void> {
  await tabIntoToolbar(page);
  await page.keyboard.press(key('Enter'));
}

/** Waits until a note field has the keyboard: in the page (an open root) or in one of its frames. */
export async function waitForNoteField(page: ReaderPage, frames: () => ReaderPage['evaluate'][]): Promise<void> {
  await until(
    async () => {
      for (const evaluate of [page.evaluate.bind(page), ...frames()]) {
        const field = await runProbe({ evaluate }, focusedTextField).catch(() => null);
        if (field === 'textarea') return field;
      }
      return null;
    },
    (field) => field === 'textarea',
    'the note editor, its Note field focused',
  );
}

/** Types into the focused note editor: the note, Tab, the tags; Ctrl+Enter saves. */
export async function typeNoteAndSave(page: ReaderPage, note: string, tags: string): Promise<void> {
  await page.keyboard.type(note);
  await page.keyboard.press(key('Tab'));
  await page.keyboard.type(tags);
  await page.keyboard.down(key('Control'));
  await page.keyboard.press(key('Enter'));
  await page.keyboard.up(key('Control'));
}

/**
 * The selection, with a note: Tab into the toolbar, End to its last button (Note), Enter; the editor opens
 * with its Note field focused; the note and tags are typed and saved with Ctrl+Enter.
 */
export async function noteOnSelection(page: ReaderPage, frames: () => ReaderPage['evaluate'][], note: string, tags: string): Promise<void> {
  await tabIntoToolbar(page);
  await page.keyboard.press(key('End'));
  await page.keyboard.press(key('Enter'));
  await waitForNoteField(page, frames);
  await typeNoteAndSave(page, note, tags);
}

/** In the page: the centre of the first piece of the note highlight with this annotation id, scrolled into view. */
export function notePoint(id: string): { x: number; y: number } | null {
  const el = document.querySelector(`[data-crosscheck-kind="note"][data-crosscheck-id="note-${id}"]`);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getClientRects()[0];
  return r ? { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 } : null;
}

/** In the page: the centre of the first element matching `selector`, scrolled into view. */
export function centreOf(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Real mouse click on the reader's highlight: its editor opens with the Note field focused. */
export async function openNoteEditor(page: ReaderPage, frames: () => ReaderPage['evaluate'][], id: string): Promise<void> {
  const at = await runProbe(page, notePoint, id);
  if (!at) throw new Error(`no note highlight ${id} on the page`);
  await page.mouse.click(at.x, at.y);
  await waitForNoteField(page, frames);
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * In the page: the bands of the viewport just above and just below the first element matching `selector`
 * (scrolled to the middle), leaving out its own line: where a popover opens, and what hovering the element
 * itself cannot change.
 */
export function bandsAround(selector: string): { above: Clip; below: Clip } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  const x = Math.max(0, Math.floor(r.left - 320));
  const width = Math.min(innerWidth - x, 640);
  const aboveTop = Math.max(0, Math.floor(r.top - 260));
  const belowTop = Math.ceil(r.bottom + 2);
  return {
    above: { x, y: aboveTop, width, height: Math.max(1, Math.floor(r.top - 2) - aboveTop) },
    below: { x, y: belowTop, width, height: Math.max(1, Math.min(innerHeight, belowTop + 260) - belowTop) },
  };
}

// ─── What the page's own script holds ───────────────────────────────────────────────────────────

export interface PageAttack {
  /** Everything the page's script could read: markup, text, attribute and field values. */
  read: string;
  /** Crosscheck's buttons and fields the page's script found (and pressed or typed into). */
  reached: string[];
}

export interface LoggedKey {
  type: string;
  key: string | null;
  data: string | null;
}

/** Keys and input events a page heard that carry text (one printable character, or inserted data). */
export function textHeard(log: LoggedKey[]): string[] {
  return log.filter((e) => (e.key !== null && [...e.key].length === 1) || (e.data !== null && e.data !== '')).map((e) => `${e.type} ${e.key ?? ''}${e.data ?? ''}`);
}

// ─── Crosscheck's UI seen from DevTools (Chromium) ──────────────────────────────────────────────

/** The part of a DevTools session these helpers use (Playwright's CDPSession fits). */
export interface DevTools {
  send(method: string, params?: object): Promise<unknown>;
}

interface DomNode {
  nodeType: number;
  backendNodeId: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
  shadowRootType?: string;
}

export interface PiercedDialog {
  role: string;
  text: string;
  /** The kind of shadow root it is in ('closed', 'open'), or null in the document itself. */
  shadowRoot: string | null;
  /** It has a box on screen. */
  visible: boolean;
}

/**
 * Every element with role dialog or tooltip in the page, closed shadow roots included, as DevTools sees it
 * (DOM.getDocument with pierce): what the reader is shown, read from outside the page's reach.
 */
export async function piercedDialogs(devtools: DevTools): Promise<PiercedDialog[]> {
  const { root } = (await devtools.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const textOf = (node: DomNode): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.localName === 'style' || node.localName === 'script') return '';
    return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
  };
  const found: Array<{ node: DomNode; role: string; shadowRoot: string | null }> = [];
  const walk = (node: DomNode, shadowRoot: string | null) => {
    const attrs = node.attributes ?? [];
    const at = attrs.indexOf('role');
    const role = at >= 0 && at % 2 === 0 ? attrs[at + 1] : undefined;
    if (node.nodeType === 1 && (role === 'dialog' || role === 'tooltip')) found.push({ node, role, shadowRoot });
    for (const s of node.shadowRoots ?? []) walk(s, s.shadowRootType ?? 'unknown');
    for (const c of node.children ?? []) walk(c, shadowRoot);
    if (node.contentDocument) walk(node.contentDocument, null);
  };
  walk(root, null);
  const out: PiercedDialog[] = [];
  for (const { node, role, shadowRoot } of found) {
    let visible = false;
    try {
      const { model } = (await devtools.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { width: number; height: number } };
      visible = model.width > 0 && model.height > 0;
    } catch {
      // No box: not rendered.
    }
    out.push({ role, text: textOf(node).replace(/\s+/g, ' ').trim(), shadowRoot, visible });
  }
  return out;
}
