// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorReport } from '../../lib/annotations/notes-wire';
import type { BackgroundMessage } from '../../lib/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { describeRange } from '../../lib/annotations/selectors';
import { extractFromDocument } from '../../lib/article/from-dom';
import { HOST_NAME, startNotesPage, type NotesPage } from '../../entrypoints/notes-ui/notes-page';
import { PageContext } from '../../utils/page-context';

const HTML = `<nav><a href="/">Home</a></nav><article><h1>US strikes militia sites in Syria</h1>
<p>American warplanes bombed buildings in eastern Syria on Thursday, the Pentagon said.</p>
<p>A war monitor said <b>22 people</b> were killed in the strike, most of them fighters.</p></article>`;

let ctx: PageContext;
let requests: Array<BackgroundMessage>;
let stored: ReaderAnnotation[];
let page: NotesPage;
/** What the test's reader input check says (happy-dom makes no trusted events: this is the seam). */
let trusted: boolean;
let tokens: number;

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const host = () => document.querySelector<HTMLElement>(`[data-crosscheck-ui="${HOST_NAME}"]`)!;
const shadow = () => host().shadowRoot!;
const button = (name: string) =>
  [...shadow().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
const noteEls = () => [...document.querySelectorAll<HTMLElement>('[data-crosscheck-kind="note"]')];
const frame = () => shadow().querySelector('iframe');
const opened = () => requests.filter((r): r is BackgroundMessage<'notes:editor-open'> => r.type === 'notes:editor-open');
/** The background passing on what the editor frame of the last session did. */
const report = (r: EditorReport) => page.handleMessage({ type: 'notes:editor-event', token: `${'ab'.repeat(23)}${tokens.toString(16).padStart(2, '0')}`, report: r });

function annotation(quote: string, extra: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  const text = extractFromDocument(document).text;
  const start = text.indexOf(quote);
  const { quote: q, position } = describeRange(text, start, start + quote.length);
  return {
    id: `id-${quote.length}-${start}`,
    url: location.href,
    title: 'US strikes',
    quote: q,
    position,
    colour: 'blue',
    note: '',
    tags: [],
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    ...extra,
  };
}

function select(from: string, to: string): void {
  const find = (needle: string) => {
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
    throw new Error(needle);
  };
  const a = find(from);
  const b = find(to);
  const range = document.createRange();
  range.setStart(a, a.data.indexOf(from));
  range.setEnd(b, b.data.indexOf(to) + to.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** What the reader's input check says about user activation, when it differs from `trusted`. */
let activation: boolean | null;

async function start(extra: { forSelection?: boolean } = {}): Promise<void> {
  ctx = new PageContext('notes-ui-test');
  page = await startNotesPage(ctx, {
    ...extra,
    send: async (request) => {
      requests.push(request);
      if (request.type === 'notes:list') return stored;
      if (request.type === 'notes:save') return { ok: true, annotation: request.annotation, merged: false };
      if (request.type === 'notes:editor-open') return { token: `${'ab'.repeat(23)}${(++tokens).toString(16).padStart(2, '0')}` };
      return true;
    },
    editorUrl: (token) => `about:blank#${token}`,
    input: { isTrusted: () => trusted, hasActivation: () => activation ?? trusted },
  });
}

beforeEach(() => {
  vi.stubGlobal('__CROSSCHECK_TEST_HOOKS__', true); // open shadow roots, as in test builds
  document.body.innerHTML = HTML;
  requests = [];
  stored = [];
  trusted = true;
  activation = null;
  tokens = 0;
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('the notes page', () => {
  it('draws the saved notes it finds, and reports those it cannot find', async () => {
    stored = [annotation('war monitor', { note: 'who?' }), { ...annotation('bombed buildings'), id: 'gone', quote: { type: 'TextQuoteSelector', exact: 'never on this page', prefix: '', suffix: '' } }];
    const text = document.body.textContent;
    await start();
    expect(requests[0]).toEqual({ type: 'notes:list', url: location.href.replace(/#.*$/, '') });
    expect(noteEls().map((e) => e.textContent)).toEqual(['war monitor']);
    expect(noteEls()[0]!.getAttribute('data-crosscheck-id')).toBe(`note-${stored[0]!.id}`);
    expect(noteEls()[0]!.getAttribute('data-crosscheck-colour')).toBe('blue');
    expect(document.body.textContent).toBe(text);
    expect(page.pageState()).toEqual({ url: requests[0]!.type === 'notes:list' ? requests[0]!.url : '', anchored: [stored[0]!.id], missing: ['gone'] });
    expect(await page.handleMessage({ type: 'notes:page-state' })).toEqual(page.pageState());
    expect(page.handleMessage({ type: 'get-summary' })).toBeUndefined();
  });

  it('shows the toolbar after a selection in the article, and saves a highlight from it', async () => {
    await start();
    select('22 people', 'killed');
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await wait(5);
    expect(button('Highlight')).toBeDefined();
    button('Pink')!.click();
    await wait();
    button('Highlight')!.click();
    await wait(5);
    const save = requests.find((r) => r.type === 'notes:save');
    expect(save?.type === 'notes:save' && save.annotation).toMatchObject({
      url: location.href.replace(/#.*$/, ''),
      colour: 'pink',
      note: '',
      tags: [],
      quote: { type: 'TextQuoteSelector', exact: '22 people were killed', suffix: ' in the strike, most of them fig' },
    });
    if (save?.type !== 'notes:save') throw new Error('no save');
    expect(save.annotation.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(noteEls().map((e) => e.textContent).join('')).toBe('22 people were killed');
    expect(noteEls()[0]!.getAttribute('data-crosscheck-colour')).toBe('pink');
    expect(button('Highlight')).toBeUndefined(); // the toolbar closed
    expect(page.pageState().anchored).toEqual([save.annotation.id]);
  });

  it('shows no toolbar for a selection outside the article', async () => {
    await start();
    select('Home', 'Home');
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await wait(5);
    expect(button('Highlight')).toBeUndefined();
  });

  it('highlights the selection when the background asks (context menu, shortcut)', async () => {
    await start();
    select('American', 'warplanes');
    expect(await page.handleMessage({ type: 'notes:highlight-selection' })).toBe(true);
    expect(noteEls().map((e) => e.textContent).join('')).toBe('American warplanes');
    document.getSelection()!.removeAllRanges();
    expect(await page.handleMessage({ type: 'notes:highlight-selection' })).toBe(false);
  });

  it('opens the editor frame on a highlight; a saved change restyles it, and focus goes back', async () => {
    stored = [annotation('war monitor', { note: 'my source at the DoD desk', tags: ['confidential'] })];
    await start();
    const el = noteEls()[0]!;
    el.click();
    await wait();
    expect(opened().map((r) => r.target)).toEqual([{ kind: 'edit', id: stored[0]!.id }]);
    // The editor is a frame whose address carries only the session's token.
    expect(frame()?.getAttribute('src')).toBe(`about:blank#${'ab'.repeat(23)}01`);
    expect(frame()?.getAttribute('title')).toBe('Edit highlight');
    // Nothing showing the note's text or tags is in the page's DOM, nor in the shadow root.
    expect(document.documentElement.outerHTML + shadow().innerHTML).not.toMatch(/DoD desk|confidential/);
    expect(el.getAttribute('aria-expanded')).toBe('true');

    await report({ kind: 'resize', height: 301 });
    expect(frame()!.style.height).toBe('301px');
    await report({ kind: 'saved', annotation: { ...stored[0]!, colour: 'green', note: 'Which monitor?' } });
    expect(el.getAttribute('data-crosscheck-colour')).toBe('green');
    expect(el.getAttribute('style')).toContain('linear-gradient'); // it has a note now
    expect(frame()).toBeNull();
    expect(el.hasAttribute('aria-expanded')).toBe(false);
    expect(document.activeElement).toBe(el);
  });

  it('removes the highlight when the editor frame deleted its note; ignores reports for another session', async () => {
    stored = [annotation('war monitor')];
    await start();
    const el = noteEls()[0]!;
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await wait();
    expect(frame()).not.toBeNull();
    await page.handleMessage({ type: 'notes:editor-event', token: 'cd'.repeat(24), report: { kind: 'deleted', id: stored[0]!.id } });
    expect(noteEls()).toHaveLength(1); // another session's report changes nothing
    await report({ kind: 'deleted', id: stored[0]!.id });
    expect(noteEls()).toHaveLength(0);
    expect(frame()).toBeNull();
    expect(document.body.innerHTML).toContain('A war monitor said');
    expect(page.pageState().anchored).toEqual([]);
  });

  it("opens a new note from the toolbar's Note button in the editor frame, and draws it once saved", async () => {
    await start();
    select('war monitor', 'monitor');
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await wait(5);
    button('Note')!.click();
    await wait();
    const [open] = opened();
    if (open?.target.kind !== 'new') throw new Error('no new-note session');
    expect(open.target.annotation).toMatchObject({ quote: { exact: 'war monitor' }, colour: 'yellow', note: '', tags: [] });
    expect(requests.some((r) => r.type === 'notes:save')).toBe(false); // the frame saves, not the page
    expect(frame()?.getAttribute('title')).toBe('New note');
    await report({ kind: 'saved', annotation: { ...open.target.annotation, colour: 'blue', note: 'who?' } });
    expect(noteEls().map((e) => [e.textContent, e.getAttribute('data-crosscheck-colour')])).toEqual([['war monitor', 'blue']]);
    expect(frame()).toBeNull();
    expect(page.pageState().anchored).toEqual([open.target.annotation.id]);
  });

  it('closes the editor frame with Escape on the page, or when it reports closed, and puts focus back on the highlight', async () => {
    stored = [annotation('war monitor')];
    await start();
    const el = noteEls()[0]!;
    el.click();
    await wait();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(frame()).toBeNull();
    expect(document.activeElement).toBe(el);
    el.click();
    await wait();
    expect(frame()).not.toBeNull();
    await report({ kind: 'closed' });
    expect(frame()).toBeNull();
    expect(document.activeElement).toBe(el);
  });

  it('reveals a note for the popup: scrolls to it and opens its editor', async () => {
    stored = [annotation('war monitor')];
    await start();
    const scroll = vi.fn();
    noteEls()[0]!.scrollIntoView = scroll;
    expect(await page.handleMessage({ type: 'notes:reveal', id: stored[0]!.id })).toBe(true);
    expect(scroll).toHaveBeenCalled();
    await wait();
    expect(opened().map((r) => r.target)).toEqual([{ kind: 'edit', id: stored[0]!.id }]);
    expect(await page.handleMessage({ type: 'notes:reveal', id: 'nope' })).toBe(false);
  });

  it("acts on nothing a page script does: its selections, pointer events, clicks and keys", async () => {
    stored = [annotation('war monitor')];
    await start();
    trusted = false;
    // A selection and a pointerup made by script: no toolbar.
    select('22 people', 'killed');
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
    await wait(350);
    expect(button('Highlight')).toBeUndefined();
    // A synthetic click or Enter on the reader's highlight: no editor.
    noteEls()[0]!.click();
    noteEls()[0]!.focus();
    noteEls()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await wait();
    expect(opened()).toEqual([]);
    // The toolbar the reader brought up: a script's clicks on its buttons save nothing and open nothing.
    trusted = true;
    document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await wait(5);
    expect(button('Highlight')).toBeDefined();
    trusted = false;
    button('Highlight')!.click();
    button('Note')!.click();
    button('Pink')!.click();
    await wait(5);
    expect(requests.filter((r) => r.type !== 'notes:list')).toEqual([]);
    expect(button('Yellow')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows no toolbar at start for a selection the reader did not just make', async () => {
    select('22 people', 'killed');
    trusted = false;
    await start();
    expect(button('Highlight')).toBeUndefined();
    ctx.abort();
    host()?.remove();
    trusted = true;
    await start();
    expect(button('Highlight')).toBeDefined();
  });

  it('shows the toolbar at start for the reader selection that loaded it, though their activation has lapsed', async () => {
    // Transient activation is gone by the time the UI is ready (it expired, the page consumed it, or
    // WebDriver cleared it): the content script's word that the reader selected still counts.
    select('22 people', 'killed');
    activation = false;
    await start({ forSelection: true });
    expect(button('Highlight')).toBeDefined();
    ctx.abort();
    host()?.remove();
    // Loaded for the page's saved notes, not for a selection: nothing without activation.
    await start({ forSelection: false });
    expect(button('Highlight')).toBeUndefined();
  });

  it('finds the notes again when the article is re-rendered', async () => {
    stored = [annotation('war monitor')];
    await start();
    // New nodes, other markup, one more paragraph: the note is found in its new place.
    const before = noteEls()[0]!;
    document.querySelector('article')!.innerHTML =
      '<h1>US strikes militia sites in Syria</h1><p>Updated at 10:00.</p><p>American warplanes bombed buildings in eastern Syria on Thursday, the Pentagon said.</p>' +
      '<p>A <i>war monitor</i> said 22 people were killed in the strike, most of them fighters.</p>';
    expect(before.isConnected).toBe(false);
    await vi.waitFor(() => expect(noteEls().map((e) => e.textContent)).toEqual(['war monitor']), { timeout: 3000, interval: 50 });
  });

  it('hides the notes when Crosscheck is turned off for the site, and draws them again when on', async () => {
    stored = [annotation('war monitor')];
    await start();
    page.setEnabled(false);
    expect(noteEls()).toHaveLength(0);
    page.setEnabled(true);
    expect(noteEls()).toHaveLength(1);
  });
});

describe('newId', () => {
  it('makes version 4 UUIDs, also where crypto.randomUUID is missing (plain-http pages)', async () => {
    const { newId } = await import('../../entrypoints/notes-ui/notes-page');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId()).toMatch(uuid);
    vi.stubGlobal('isSecureContext', false);
    const ids = new Set(Array.from({ length: 50 }, () => newId()));
    vi.unstubAllGlobals();
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(uuid);
  });
});
