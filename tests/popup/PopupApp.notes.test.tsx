// @vitest-environment happy-dom
/** The popup's notes wired to the (fake) browser: the page's notes UI, the background's notes store, downloads. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../entrypoints/popup/PopupApp';
import { loadPageNotes, revealNote } from '../../components/use-notes';
import type { PageNotesState } from '../../lib/annotations/notes-wire';
import type { BackgroundMessage, ContentMessage } from '../../lib/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { normaliseUrl } from '../../lib/annotations/url';
import { buttonNamed, byLabel, click, eventually, mount, summary, wireSummary, type Rendered } from '../support/ui';

const TAB_URL = 'https://news.example.org/world/strike?utm_source=feed#comments';
const PAGE = 'https://news.example.org/world/strike';
const OTHER = 'https://other.example.com/2021/02/26/syria';

function note(id: string, exact: string, overrides: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  return {
    id,
    url: PAGE,
    title: 'US strikes Iran-backed militias in Syria',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: id.charCodeAt(1), end: id.charCodeAt(1) + exact.length },
    colour: 'yellow',
    note: '',
    tags: [],
    created: '2026-11-20T10:00:00.000Z',
    modified: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

const PLACED = note('n1', 'the strike killed 22 people', { note: 'Others say 17.' });
const LOST = note('n2', 'two F-15E aircraft', { colour: 'blue' });
const ELSEWHERE = note('n9', 'seven 500-pound bombs', { url: OTHER, title: 'Pentagon: strike hit militia site', note: 'strike count' });

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.restoreAllMocks();
});

async function openOn(url: string) {
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
  return tab.id!;
}

/** The tab answers as a page with the notes UI (or without it: `state` null). */
function stubTab(state: PageNotesState | null) {
  const send = vi.fn(async (_tabId: number, message: ContentMessage | { type: string }) => {
    if (message.type === 'get-summary') return wireSummary({ url: PAGE, state: 'no-event', marks: [], counts: { differs: 0, agrees: 0, unique: 0 } });
    if (message.type === 'notes:page-state') {
      if (!state) throw new Error('Could not establish connection. Receiving end does not exist.');
      return state;
    }
    return undefined;
  });
  fakeBrowser.tabs.sendMessage = send as never;
  return send;
}

/** The background's notes store, as far as the popup sees it. */
function stubStore(notes: ReaderAnnotation[]) {
  const store = [...notes];
  const send = vi.fn(async (request: BackgroundMessage) => {
    switch (request.type) {
      case 'notes:list':
        return store.filter((n) => n.url === request.url);
      case 'notes:search':
        return store.filter((n) => `${n.quote.exact} ${n.note}`.includes(request.query));
      case 'notes:export':
        return { filename: `crosscheck-notes-2026-11-22.${request.format === 'markdown' ? 'md' : request.format}`, mime: 'application/json', content: '{}' };
      case 'notes:delete': {
        const i = store.findIndex((n) => n.id === request.id);
        if (i >= 0) store.splice(i, 1);
        return i >= 0;
      }
      case 'notes:save':
        store.push(request.annotation);
        return { ok: true, annotation: request.annotation, merged: false };
      case 'notes:backup-list':
        return backups;
      case 'notes:backup-get':
        return { filename: 'crosscheck-backup-before-update-2026-11-01.json', mime: 'application/json', content: '{"type":"crosscheck-backup"}' };
      default:
        return undefined;
    }
  });
  fakeBrowser.runtime.sendMessage = send as never;
  // The import port: progress after each "chunk", then the result (or nothing at all, when `silent`).
  const imports: string[] = [];
  fakeBrowser.runtime.connect = vi.fn(({ name }: { name: string }) => {
    const onMessage: Array<(m: unknown) => void> = [];
    return {
      name,
      onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
      postMessage: ({ json }: { json: string }) => {
        imports.push(json);
        if (importBehaviour.silent) return;
        const reply = (m: unknown) => setTimeout(() => onMessage.forEach((l) => l(m)), 0);
        if (!json.startsWith('{')) return reply({ type: 'result', result: { ok: false, error: 'The file is not JSON.' } });
        reply({ type: 'progress', done: 500, total: 1500 });
        setTimeout(() => {
          store.push(note('n3', 'an imported quote'));
          onMessage.forEach((l) => l({ type: 'result', result: { ok: true, added: 1, updated: 0, unchanged: 2 } }));
        }, importBehaviour.resultAfterMs);
      },
    };
  }) as never;
  return Object.assign(send, { imports });
}

const importBehaviour = { silent: false, resultAfterMs: 0 };
let backups: Array<{ id: number; created: string; reason: string; rows: number }> = [];

beforeEach(() => {
  fakeBrowser.reset();
  importBehaviour.silent = false;
  importBehaviour.resultAfterMs = 0;
  backups = [];
});

/** Downloads the popup starts (the `<a download>` clicks). */
function recordDownloads(): string[] {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:popup/1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  return downloads;
}

function chooseFile(container: HTMLElement, file: File) {
  const input = byLabel(container, 'Import JSON');
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('loadPageNotes', () => {
  it('asks the tab’s notes UI for the page’s URL and placement, then the background for its notes', async () => {
    const tab = stubTab({ url: PAGE, anchored: ['n1'], missing: ['n2'] });
    const store = stubStore([PLACED, LOST, ELSEWHERE]);
    expect(await loadPageNotes({ id: 7, url: TAB_URL })).toEqual({ kind: 'ready', url: PAGE, notes: [PLACED, LOST], missing: ['n2'], live: true });
    expect(tab).toHaveBeenCalledWith(7, { type: 'notes:page-state' });
    expect(store).toHaveBeenCalledWith({ type: 'notes:list', url: PAGE });
  });

  it('without the notes UI in the tab, normalises the tab’s URL itself', async () => {
    stubTab(null);
    const store = stubStore([PLACED]);
    const view = await loadPageNotes({ id: 7, url: TAB_URL });
    expect(view).toMatchObject({ kind: 'ready', url: normaliseUrl(TAB_URL), missing: [], live: false });
    expect(store).toHaveBeenCalledWith({ type: 'notes:list', url: normaliseUrl(TAB_URL) });
  });

  it('keeps no notes for browser pages and says so when the store does not answer', async () => {
    const tab = stubTab(null);
    expect(await loadPageNotes({ id: 7, url: 'chrome://newtab/' })).toEqual({ kind: 'unavailable' });
    expect(await loadPageNotes(null)).toEqual({ kind: 'unavailable' });
    expect(tab).not.toHaveBeenCalled();
    fakeBrowser.runtime.sendMessage = vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.')) as never;
    const view = await loadPageNotes({ id: 7, url: PAGE });
    expect(view.kind).toBe('error');
    expect(view.kind === 'error' && view.message).toMatch(/^Crosscheck couldn’t reach your saved notes/);
  });

  it('revealNote sends notes:reveal to the tab and closes; stays open when the page cannot be reached', async () => {
    const send = stubTab({ url: PAGE, anchored: [], missing: [] });
    const close = vi.fn();
    expect(await revealNote(3, 'n1', close)).toBe(true);
    expect(send).toHaveBeenCalledWith(3, { type: 'notes:reveal', id: 'n1' });
    expect(close).toHaveBeenCalledTimes(1);
    fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.')) as never;
    expect(await revealNote(3, 'n1', close)).toBe(false);
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('PopupApp notes', () => {
  it('lists this page’s notes and those not found; choosing one reveals it on the page and closes', async () => {
    const tabId = await openOn(TAB_URL);
    const tab = stubTab({ url: PAGE, anchored: ['n1'], missing: ['n2'] });
    stubStore([PLACED, LOST, ELSEWHERE]);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n1"]')).not.toBeNull());
    expect(rendered.container.querySelector('.notes-missing')!.textContent).toContain('“two F-15E aircraft”');
    click(rendered.container.querySelector<HTMLButtonElement>('button[data-note-id="n1"]')!);
    await eventually(() => expect(close).toHaveBeenCalled());
    expect(tab).toHaveBeenCalledWith(tabId, { type: 'notes:reveal', id: 'n1' });
  });

  it('deletes a note the page could not find, and Undo saves it again', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: ['n2'] });
    const store = stubStore([PLACED, LOST]);
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('.notes-missing')).not.toBeNull());
    click(buttonNamed(rendered.container, 'Delete the note on “two F-15E aircraft”'));
    await eventually(() => expect(rendered!.container.querySelector('.notes-missing')).toBeNull());
    expect(store).toHaveBeenCalledWith({ type: 'notes:delete', id: 'n2' });
    click(buttonNamed(rendered.container, 'Undo'));
    await eventually(() => expect(rendered!.container.querySelector('.notes-missing [data-note-id="n2"]')).not.toBeNull());
    expect(store).toHaveBeenCalledWith({ type: 'notes:save', annotation: LOST });
  });

  it('a restore the background refuses says why', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: ['n2'] });
    const store = stubStore([PLACED, LOST]);
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('.notes-missing')).not.toBeNull());
    click(buttonNamed(rendered.container, 'Delete the note on “two F-15E aircraft”'));
    await eventually(() => expect(rendered!.container.querySelector('.notes-missing')).toBeNull());
    store.mockImplementationOnce(async () => ({ ok: false, conflict: LOST, error: 'This note was changed in another tab or window.' }) as never);
    click(buttonNamed(rendered.container, 'Undo'));
    await eventually(() => expect(rendered!.text()).toContain('This note was changed in another tab or window.'));
  });

  it('searches all pages; a result on another page opens it in a new tab', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: [] });
    const store = stubStore([PLACED, ELSEWHERE]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n1"]')).not.toBeNull());
    const box = byLabel(rendered.container, 'Search all notes');
    box.value = 'strike';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await eventually(() => expect(rendered!.text()).toContain('2 notes on 2 pages.'));
    expect(store).toHaveBeenCalledWith({ type: 'notes:search', query: 'strike' });
    const titles = Array.from(rendered.container.querySelectorAll('.notes-group h4')).map((h) => h.textContent);
    expect(titles).toEqual(['US strikes Iran-backed militias in Syria (this page)', 'Pentagon: strike hit militia site']);
    click(rendered.container.querySelector<HTMLButtonElement>('.notes-groups [data-note-id="n9"]')!);
    await eventually(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({ url: OTHER });
  });

  it('exports through a download, and imports a file, reloading the list', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: [] });
    const store = stubStore([PLACED]);
    const downloads = recordDownloads();
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n1"]')).not.toBeNull());

    click(rendered.container.querySelector<HTMLInputElement>('input[value="page"]')!);
    click(buttonNamed(rendered.container, 'Export Markdown'));
    await eventually(() => expect(rendered!.text()).toContain('Saved crosscheck-notes-2026-11-22.md'));
    expect(store).toHaveBeenCalledWith({ type: 'notes:export', format: 'markdown', scope: { url: PAGE }, includeFindings: false });
    expect(downloads).toEqual(['crosscheck-notes-2026-11-22.md']);

    // The backup first (ticked by default), then the file.
    downloads.length = 0;
    chooseFile(rendered.container, new File(['not json'], 'bad.json'));
    await eventually(() => expect(rendered!.text()).toContain('The file is not JSON.'));
    expect(rendered.container.querySelector('[data-note-id="n3"]')).toBeNull();
    expect(downloads).toEqual([`crosscheck-backup-${new Date().toISOString().slice(0, 10)}.json`]);
    expect(store).toHaveBeenCalledWith({ type: 'notes:export', format: 'json', scope: 'all', includeFindings: false });

    chooseFile(rendered.container, new File(['{"notes":[]}'], 'good.json'));
    await eventually(() => expect(rendered!.text()).toContain('Imported 1 note (2 already there).'));
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n3"]')).not.toBeNull());
    expect(store.imports).toEqual(['not json', '{"notes":[]}']);
  });

  it('refuses a file over 20 MB before reading it, and imports nothing', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: [] });
    const store = stubStore([PLACED]);
    const downloads = recordDownloads();
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n1"]')).not.toBeNull());
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    chooseFile(rendered.container, huge);
    await eventually(() => expect(rendered!.text()).toContain('This file cannot be imported: it is larger than 20 MB.'));
    expect(read).not.toHaveBeenCalled();
    expect(store.imports).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('imports without a backup when “Save a backup first” is unticked, and shows the progress', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: [] });
    const store = stubStore([PLACED]);
    const downloads = recordDownloads();
    importBehaviour.resultAfterMs = 200;
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n1"]')).not.toBeNull());
    const backup = byLabel(rendered.container, 'Save a backup first');
    expect(backup.checked).toBe(true);
    click(backup);
    expect(backup.checked).toBe(false);
    chooseFile(rendered.container, new File(['{"notes":[]}'], 'good.json'));
    await eventually(() => expect(rendered!.text()).toContain('Importing… 500 of 1,500'));
    await eventually(() => expect(rendered!.text()).toContain('Imported 1 note (2 already there).'));
    expect(downloads).toEqual([]);
    expect(store).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'notes:export' }));
  });

  it('never stays at “Importing…”: with no word from the background it says so', async () => {
    const { NotesImport } = await import('../../entrypoints/popup/components/NotesImport');
    importBehaviour.silent = true;
    const onImport = vi.fn(() => new Promise<never>(() => {}));
    rendered = mount(<NotesImport onImport={onImport} waitMs={50} />);
    chooseFile(rendered.container, new File(['{}'], 'slow.json'));
    await eventually(() => expect(rendered!.text()).toContain('Importing slow.json…'));
    await eventually(() => expect(rendered!.text()).toContain('The import did not answer in time.'));
    expect(byLabel(rendered.container, 'Import JSON').disabled).toBe(false);
  });

  it('offers the backup made before an update for download', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: [] });
    backups = [{ id: 4, created: '2026-11-01T08:00:00.000Z', reason: 'before the update from version 1 to 2', rows: 250 }];
    const store = stubStore([PLACED]);
    const downloads = recordDownloads();
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('A backup made before an update is available (250 rows, 2026-11-01).'));
    click(buttonNamed(rendered.container, 'Download'));
    await eventually(() => expect(downloads).toEqual(['crosscheck-backup-before-update-2026-11-01.json']));
    expect(store).toHaveBeenCalledWith({ type: 'notes:backup-get', id: 4 });
  });

  it('shows no backup notice when there is none', async () => {
    await openOn(TAB_URL);
    stubTab({ url: PAGE, anchored: ['n1'], missing: [] });
    stubStore([PLACED]);
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.container.querySelector('[data-note-id="n1"]')).not.toBeNull());
    expect(rendered.text()).not.toContain('A backup made before an update');
  });
});
