/**
 * Helpers for the reader's notes end to end (tests/e2e/notes.e2e.test.ts): selecting text with the real
 * mouse, reading the note highlights a page shows, the notes the extension stored (read in its service
 * worker, in the extension's origin), and what the page's own origin holds.
 *
 * The functions marked "in the page" / "in the worker" run there (see probes.ts: self-contained, sent
 * through runProbe so that helper names compile in any runner).
 */
import type { Page, Worker } from 'playwright-core';
import { runProbe } from './probes';

// ─── In the page ────────────────────────────────────────────────────────────────────────────────

export interface PhrasePoints {
  /** Just inside the first character of `from`, on its line's middle. */
  start: { x: number; y: number };
  /** Just inside the last character of `to`. */
  end: { x: number; y: number };
}

/**
 * In the page: where a passage starts and ends on screen, found in the text of `root` as the reader sees it
 * (across inline markup and highlight wrappers, which split text nodes): the first character of the first
 * `from` and the last character of the first `to` after it. Scrolls the start into the middle of the view.
 */
export function phrasePoints(arg: { root: string; from: string; to: string }): PhrasePoints {
  const root = document.querySelector(arg.root);
  if (!root) throw new Error(`no ${arg.root}`);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const from = text.indexOf(arg.from);
  if (from < 0) throw new Error(`no "${arg.from}" in ${arg.root}`);
  const toAt = text.indexOf(arg.to, from);
  if (toAt < 0) throw new Error(`no "${arg.to}" after "${arg.from}" in ${arg.root}`);
  const last = toAt + arg.to.length - 1;
  const charRange = (offset: number): Range => {
    let i = nodes.length - 1;
    while (starts[i]! > offset) i--;
    const r = document.createRange();
    r.setStart(nodes[i]!, offset - starts[i]!);
    r.setEnd(nodes[i]!, offset - starts[i]! + 1);
    return r;
  };
  const first = charRange(from);
  (first.startContainer.parentElement ?? root).scrollIntoView({ block: 'center' });
  const a = first.getBoundingClientRect();
  const b = charRange(last).getBoundingClientRect();
  return {
    start: { x: a.left + Math.min(1, a.width / 4), y: a.top + a.height / 2 },
    end: { x: b.right - Math.min(1, b.width / 4), y: b.top + b.height / 2 },
  };
}

export interface DrawnNote {
  /** The annotation id (data-crosscheck-id without its "note-" prefix). */
  id: string;
  /** The pieces' text, joined in document order. */
  text: string;
  pieces: number;
  colour: string | null;
  /** The last piece carries the corner marker that says the highlight has a note. */
  marker: boolean;
}

/** In the page: every reader's highlight, one entry per annotation, in document order. */
export function drawnNotes(): DrawnNote[] {
  const byId = new Map<string, DrawnNote>();
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-crosscheck-kind="note"]'))) {
    const id = (el.getAttribute('data-crosscheck-id') ?? '').replace(/^note-/, '');
    let note = byId.get(id);
    if (!note) {
      note = { id, text: '', pieces: 0, colour: el.getAttribute('data-crosscheck-colour'), marker: false };
      byId.set(id, note);
    }
    note.text += el.textContent ?? '';
    note.pieces += 1;
    note.marker = el.style.getPropertyValue('background-image').includes('gradient');
  }
  return [...byId.values()];
}

export interface PageOriginState {
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cookies: string;
  caches: string[];
  /** Which of the given strings appear in the page's DOM (attributes and text, open shadow roots included). */
  found: string[];
}

/** In the page's own world: what its origin stores, and whether any of `secrets` is in its DOM. */
export async function pageOriginState(secrets: string[]): Promise<PageOriginState> {
  let html = document.documentElement.outerHTML;
  for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) html += el.shadowRoot.innerHTML;
  return {
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => `${d.name ?? ''} v${d.version ?? ''}`),
    cookies: document.cookie,
    caches: 'caches' in globalThis ? await caches.keys() : [],
    found: secrets.filter((s) => html.includes(s)),
  };
}

// ─── In the extension's service worker ──────────────────────────────────────────────────────────

export interface StoredNotes {
  /** The IndexedDB databases of the extension's origin. */
  databases: string[];
  /** Every row of crosscheck-notes' annotations store (none when the database does not exist yet). */
  annotations: Array<Record<string, unknown>>;
}

/** In the worker: the reader's notes as the background stored them. Never creates the database. */
export async function storedNotesInWorker(): Promise<StoredNotes> {
  const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
  if (!databases.includes('crosscheck-notes')) return { databases, annotations: [] };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('crosscheck-notes');
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const annotations = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
      const read = db.transaction('annotations', 'readonly').objectStore('annotations').getAll();
      read.onsuccess = () => resolve(read.result as Array<Record<string, unknown>>);
      read.onerror = () => reject(read.error);
    });
    return { databases, annotations };
  } finally {
    db.close();
  }
}

// ─── From the test ──────────────────────────────────────────────────────────────────────────────

/**
 * Selects from the start of `from` to the end of `to` (inside `root`) with the real mouse: pressed on the
 * first character, moved in steps, released on the last. Returns the selection's text.
 */
export async function dragSelect(page: Page, from: string, to: string, root = 'article'): Promise<string> {
  // Start clean (no selection left from before); the mouse is not clicked, so no double click can happen.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  const { start, end } = await runProbe(page, phrasePoints, { root, from, to });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

export const notesOnPage = (page: Page): Promise<DrawnNote[]> => runProbe(page, drawnNotes);

export const storedNotes = (worker: Worker): Promise<StoredNotes> => runProbe(worker, storedNotesInWorker);
