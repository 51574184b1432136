// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NotesRequest } from '../../lib/annotations/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { describeRange } from '../../lib/annotations/selectors';
import { extractFromDocument } from '../../lib/article/from-dom';
import { HOST, startNotesPage, type NotesPage } from '../../entrypoints/notes-ui/notes-page';

const HTML = `<nav><a href="/">Home</a></nav><article><h1>US strikes militia sites in Syria</h1>
<p>American warplanes bombed buildings in eastern Syria on Thursday, the Pentagon said.</p>
<p>A war monitor said <b>22 people</b> were killed in the strike, most of them fighters.</p></article>`;

let ctx: ContentScriptContext;
let requests: NotesRequest[];
let stored: ReaderAnnotation[];
let page: NotesPage;

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const shadow = () => document.querySelector(HOST)!.shadowRoot!;
const button = (name: string) =>
  [...shadow().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
const noteEls = () => [...document.querySelectorAll<HTMLElement>('[data-crosscheck-kind="note"]')];

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

async function start(): Promise<void> {
  ctx = new ContentScriptContext('notes-ui-test');
  page = await startNotesPage(ctx, {
    send: (async (request: NotesRequest) => {
      requests.push(request);
      if (request.type === 'notes:list') return stored;
      if (request.type === 'notes:save') return request.annotation;
      if (request.type === 'notes:delete') return true;
      return true;
    }) as never,
  });
}

beforeEach(() => {
  document.body.innerHTML = HTML;
  requests = [];
  stored = [];
});
afterEach(() => {
  ctx.abort();
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

  it('opens the editor on a highlight, saves changes and deletes after asking', async () => {
    stored = [annotation('war monitor')];
    await start();
    const el = noteEls()[0]!;
    el.click();
    await wait();
    const dialog = shadow().querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Edit highlight');
    const note = shadow().querySelector('textarea')!;
    note.value = 'Which monitor?';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await wait();
    button('Green')!.click();
    await wait();
    button('Save')!.click();
    await wait(5);
    const save = requests.filter((r) => r.type === 'notes:save').at(-1);
    expect(save?.type === 'notes:save' && save.annotation).toMatchObject({ id: stored[0]!.id, colour: 'green', note: 'Which monitor?' });
    expect(el.getAttribute('data-crosscheck-colour')).toBe('green');
    expect(el.getAttribute('style')).toContain('linear-gradient'); // it has a note now
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();

    // Enter on the focused highlight opens it again; Delete asks first.
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await wait();
    button('Delete')!.click();
    await wait();
    expect(requests.some((r) => r.type === 'notes:delete')).toBe(false);
    button('Delete')!.click();
    await wait(5);
    expect(requests.at(-1)).toEqual({ type: 'notes:delete', id: stored[0]!.id });
    expect(noteEls()).toHaveLength(0);
    expect(document.body.innerHTML).toContain('A war monitor said');
    expect(page.pageState().anchored).toEqual([]);
  });

  it('closes the editor with Escape and puts focus back on the highlight', async () => {
    stored = [annotation('war monitor')];
    await start();
    const el = noteEls()[0]!;
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await wait();
    const textarea = shadow().querySelector('textarea')!;
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await wait();
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(el);
  });

  it('reveals a note for the popup: scrolls to it and opens its editor', async () => {
    stored = [annotation('war monitor')];
    await start();
    const scroll = vi.fn();
    noteEls()[0]!.scrollIntoView = scroll;
    expect(await page.handleMessage({ type: 'notes:reveal', id: stored[0]!.id })).toBe(true);
    expect(scroll).toHaveBeenCalled();
    expect(shadow().querySelector('[role="dialog"]')).not.toBeNull();
    expect(await page.handleMessage({ type: 'notes:reveal', id: 'nope' })).toBe(false);
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
