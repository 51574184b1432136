/**
 * The reader's notes seen from an extension page, for the storage suites of both browsers
 * (tests/e2e/storage.e2e.test.ts, tests/e2e-firefox/storage.e2e.test.ts): notes made up as an export file
 * holds them, a request sent to the background as the popup sends it, every stored note read back through
 * the extension's own export, and the import over its port. The test bodies both suites share are here too.
 */
import { expect, it } from 'vitest';
import { exportJson } from '../../lib/annotations/export-json';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { until } from '../e2e/support/hostile';
import type { ProbePage } from '../e2e/support/page-checks';

/** Each stored note's text and colour, by id. */
export type StoredNotes = Map<string, { note: string; colour: string }>;

/** `n` notes on the article at `url`, ids `prefix`-numbered, as an export file would hold them. */
export function madeUpNotes(n: number, prefix: number, url: string, noteText = (i: number) => `note ${i}`): ReaderAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    url,
    title: 'Strike in eastern Syria',
    quote: { type: 'TextQuoteSelector', exact: `quoted passage number ${i}`, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 8 },
    colour: 'yellow',
    note: noteText(i),
    tags: ['seed'],
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
  }));
}

/** The extension API in an extension page: `browser` in Firefox, `chrome` in Chromium. */
const API = '(globalThis.browser ?? globalThis.chrome)';

/** Sends a notes request from an extension page and returns the reply (or `{ thrown }`). */
export async function ask<T>(tab: ProbePage, request: object): Promise<T> {
  return tab.evaluate(`(async () => {
    try { return await ${API}.runtime.sendMessage(${JSON.stringify(request)}); }
    catch (e) { return { thrown: String(e) }; }
  })()`) as Promise<T>;
}

/** Imports `items` as one export file through a runtime message, as the popup's plain import does. */
export const seed = (tab: ProbePage, items: ReaderAnnotation[]): Promise<unknown> =>
  ask(tab, { type: 'notes:import', json: exportJson(items, null, new Date()) });

/** Every stored note, by id, as the extension's own export gives them. */
export async function allNotes(tab: ProbePage): Promise<StoredNotes> {
  const file = await ask<{ content?: string; thrown?: string; error?: string }>(tab, { type: 'notes:export', scope: 'all', format: 'json', includeFindings: false });
  if (file.thrown || file.error || file.content === undefined) throw new Error(file.thrown ?? file.error ?? JSON.stringify(file).slice(0, 200));
  const items = (JSON.parse(file.content) as { first?: { items: Array<{ id: string; body?: Array<{ purpose: string; value: string }>; 'crosscheck:colour': string }> } }).first
    ?.items ?? [];
  return new Map(items.map((i) => [i.id.replace('urn:uuid:', ''), { note: i.body?.find((b) => b.purpose === 'commenting')?.value ?? '', colour: i['crosscheck:colour'] }]));
}

/** Waits until the background answers with one of `counts` notes (after a start it prepares the store first). */
export async function waitForNotes(tab: ProbePage, counts: number | number[], timeoutMs = 30_000): Promise<StoredNotes> {
  const wanted = [counts].flat();
  const end = Date.now() + timeoutMs;
  for (;;) {
    let why = '';
    const all = await allNotes(tab).catch((e: unknown) => {
      why = String(e);
      return null;
    });
    if (all && wanted.includes(all.size)) return all;
    if (Date.now() > end) throw new Error(`expected ${wanted.join(' or ')} notes, found ${all?.size ?? `no answer (${why})`}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Starts an import of `json` over the background's import port, as the popup's large import does, and
 * waits until `atLeast` notes are written; returns what the port said by then.
 */
export async function importOverPortUntil(tab: ProbePage, json: string, atLeast: number, timeoutMs: number): Promise<Array<{ type: string }>> {
  await tab.evaluate(`(() => {
    const port = ${API}.runtime.connect({ name: 'notes:import' });
    const state = globalThis;
    state.importDone = 0;
    state.importLog = [];
    // Held, so the port is not collected while the import runs.
    state.importPort = port;
    port.onMessage.addListener((m) => {
      state.importLog.push(m);
      if (m.type === 'progress') state.importDone = m.done;
    });
    port.postMessage({ json: ${JSON.stringify(json)} });
  })()`);
  const log = () => tab.evaluate('globalThis.importLog ?? []') as Promise<Array<{ type: string }>>;
  try {
    await until(() => tab.evaluate('globalThis.importDone ?? 0') as Promise<number>, (done) => done >= atLeast, `${atLeast} notes imported`, timeoutMs);
  } catch (error) {
    throw new Error(`${String(error)}; the port said: ${JSON.stringify(await log())}`);
  }
  return log();
}

/** After an import was cut short: either none of it (every earlier note as it was) or all of it. */
export function expectAllOrNone(after: StoredNotes, earlier: ReaderAnnotation[], updates: ReaderAnnotation[]): void {
  // None of it: every earlier note as it was before the import; all of it: every update.
  const expected = after.size === earlier.length ? earlier : updates;
  for (const n of expected) expect(after.get(n.id)).toEqual({ note: n.note, colour: 'yellow' });
}

/** What the two-editors test needs of a suite: a fresh browser with two extension tabs. */
export interface EditorsAccess {
  /** A fresh profile's browser; `tab()` opens an extension page in it. */
  launch(): Promise<{ tab(): Promise<ProbePage>; close(): Promise<void> }>;
  article(): string;
}

export function twoEditorsCheck(access: EditorsAccess): void {
  it('two editors of one note: different fields merge, the same field is a conflict that overwrites nothing', async () => {
    const browser = await access.launch();
    const [one, two] = [await browser.tab(), await browser.tab()];
    const [note] = madeUpNotes(1, 3, access.article(), () => 'first text');
    expect(await seed(one, [note!])).toMatchObject({ ok: true, added: 1 });
    const base = { modified: note!.modified, colour: note!.colour, note: note!.note, tags: note!.tags };

    // Both opened the note on the same version; one changes the colour, the other the text.
    expect(await ask(one, { type: 'notes:save', annotation: { ...note, colour: 'pink' }, base })).toMatchObject({ ok: true, merged: false });
    expect(await ask(two, { type: 'notes:save', annotation: { ...note, note: 'second text' }, base })).toMatchObject({
      ok: true,
      merged: true,
      annotation: { colour: 'pink', note: 'second text' },
    });
    // A third editor, still on the first version, changes the text too: refused, nothing overwritten.
    const conflict = await ask<{ ok: boolean; error: string; conflict: { note: string } }>(one, { type: 'notes:save', annotation: { ...note, note: 'third text' }, base });
    expect(conflict).toMatchObject({ ok: false, conflict: { note: 'second text', colour: 'pink' } });
    expect(conflict.error).toMatch(/^This note was changed in another tab/);
    // Read from both tabs: each sees the one stored version.
    expect((await allNotes(one)).get(note!.id)).toEqual({ note: 'second text', colour: 'pink' });
    expect((await allNotes(two)).get(note!.id)).toEqual({ note: 'second text', colour: 'pink' });
    await browser.close();
  });
}
