// @vitest-environment happy-dom
/** The popup's notes, drawn from data: this page's notes, search results, export and import. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesExport } from '../../entrypoints/popup/components/NotesExport';
import { NotesImport } from '../../entrypoints/popup/components/NotesImport';
import { NotesPanel, type NotesPanelProps } from '../../entrypoints/popup/components/NotesPanel';
import { NotesSearch } from '../../entrypoints/popup/components/NotesSearch';
import { PageNotes, type PageNotesProps } from '../../components/PageNotes';
import { importResultText, quoteText, saveExportFile, IDLE_SEARCH, type PageNotesView } from '../../components/notes-view';
import { Popup } from '../../entrypoints/popup/Popup';
import type { ExportFile } from '../../lib/annotations/notes-wire';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { buttonNamed, byLabel, click, eventually, mount, type Rendered } from '../support/ui';

const PAGE = 'https://news.example.org/world/strike';
const OTHER = 'https://other.example.com/2021/02/26/syria';

function note(overrides: Partial<ReaderAnnotation> & { id: string; exact?: string }): ReaderAnnotation {
  const { exact = 'the strike killed 22 people', ...rest } = overrides;
  return {
    url: PAGE,
    title: 'US strikes Iran-backed militias in Syria',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    colour: 'yellow',
    note: '',
    tags: [],
    created: '2026-11-20T10:00:00.000Z',
    modified: '2026-11-20T10:00:00.000Z',
    ...rest,
  };
}

const N1 = note({ id: 'n1', exact: '  the strike killed\n  22 people ', note: 'Others say 17.', tags: ['casualties', 'check'], colour: 'pink', position: { type: 'TextPositionSelector', start: 120, end: 150 } });
const N2 = note({ id: 'n2', exact: 'John Kirby said', note: '', tags: [], colour: 'green', position: { type: 'TextPositionSelector', start: 40, end: 55 } });
const N3 = note({ id: 'n3', exact: 'two F-15E aircraft dropped seven bombs', note: 'Paragraph gone after the update', colour: 'blue', position: { type: 'TextPositionSelector', start: 300, end: 340 } });

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function show(node: preact.ComponentChild): Rendered {
  rendered = mount(node);
  return rendered;
}

function pageNotes(view: PageNotesView, overrides: Partial<PageNotesProps> = {}) {
  const props: PageNotesProps = { view, onReveal: vi.fn(), onDelete: vi.fn(async () => {}), onRestore: vi.fn(async () => {}), ...overrides };
  return { ...show(<PageNotes {...props} />), props };
}

const ready = (notes: ReaderAnnotation[], missing: string[] = []): PageNotesView => ({ kind: 'ready', url: PAGE, notes, missing, live: true });

describe('This page’s notes', () => {
  it('lists the page’s notes in article order with quote (trimmed), note, colour and tags', () => {
    const { container, text } = pageNotes(ready([N1, N2]));
    const items = Array.from(container.querySelectorAll<HTMLButtonElement>('.notes-list button.note-item'));
    expect(items.map((b) => b.dataset.noteId)).toEqual(['n2', 'n1']);
    expect(items.every((b) => b.type === 'button')).toBe(true);
    expect(container.querySelector('[data-note-id="n1"] .note-quote')!.textContent).toBe('“the strike killed 22 people”');
    expect(text()).toContain('Others say 17.');
    expect(text()).toContain('Pink #casualties #check');
    expect(text()).toContain('Green');
    expect(text()).not.toContain('Not found on this page');
  });

  it('choosing a note asks to reveal it', () => {
    const { container, props } = pageNotes(ready([N1, N2]));
    click(container.querySelector<HTMLButtonElement>('[data-note-id="n1"]')!);
    expect(props.onReveal).toHaveBeenCalledWith(N1);
  });

  it('lists the notes the page could not place under “Not found on this page”, with their quote, and deletes one', async () => {
    const { container, text, props } = pageNotes(ready([N1, N2, N3], ['n3']));
    const missing = container.querySelector<HTMLElement>('.notes-missing')!;
    expect(missing.querySelector('h4')!.textContent).toBe('Not found on this page');
    expect(missing.textContent).toContain('“two F-15E aircraft dropped seven bombs”');
    expect(missing.textContent).toContain('Paragraph gone after the update');
    // Not among the notes that can be shown on the page.
    expect(Array.from(container.querySelectorAll('button.note-item')).map((b) => (b as HTMLElement).dataset.noteId)).toEqual(['n2', 'n1']);
    expect(text()).toContain('still saved, and exports include them');

    const del = buttonNamed(container, 'Delete the note on “two F-15E aircraft dropped seven bombs”');
    click(del);
    await eventually(() => expect(props.onDelete).toHaveBeenCalledWith(N3));
    await eventually(() => expect(text()).toContain('Deleted the note on “two F-15E aircraft dropped seven bombs”.'));
    const undo = buttonNamed(container, 'Undo');
    expect(document.activeElement).toBe(undo);
    click(undo);
    await eventually(() => expect(props.onRestore).toHaveBeenCalledWith(N3));
    await eventually(() => expect(text()).toContain('The note is back.'));
  });

  it('a failed delete says why', async () => {
    const { container, text } = pageNotes(ready([N3], ['n3']), { onDelete: vi.fn(async () => Promise.reject(new Error('The notes store is locked.'))) });
    click(buttonNamed(container, 'Delete the note on “two F-15E aircraft dropped seven bombs”'));
    await eventually(() => expect(text()).toContain('The notes store is locked.'));
    expect(container.querySelector('.notes-missing')).not.toBeNull();
  });

  it('no notes yet, loading, errors, and pages without notes', () => {
    expect(pageNotes(ready([])).text()).toContain('No notes on this page yet. Select text in an article to highlight it.');
    rendered!.unmount();
    const loading = pageNotes({ kind: 'loading' });
    expect(loading.text()).toContain('Loading your notes…');
    expect(loading.container.querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    rendered!.unmount();
    const error = pageNotes({ kind: 'error', message: 'Crosscheck couldn’t reach your saved notes.' });
    expect(error.container.querySelector('[role="alert"]')!.textContent).toBe('Crosscheck couldn’t reach your saved notes.');
    rendered!.unmount();
    expect(pageNotes({ kind: 'unavailable' }).text()).toContain('Crosscheck keeps notes on web pages only.');
    rendered!.unmount();
    expect(pageNotes(ready([N1]), { error: 'Reload the page and try again.' }).container.querySelector('[role="alert"]')!.textContent).toBe(
      'Reload the page and try again.',
    );
  });

  it('long quotes are cut at a word', () => {
    const long = 'word '.repeat(60);
    const cut = quoteText(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toMatch(/\s…$/);
  });
});

describe('Search across all pages', () => {
  const results = [
    note({ id: 'a', url: OTHER, title: 'Pentagon: strike hit militia site', exact: 'seven 500-pound bombs', note: 'Seven, not six' }),
    note({ id: 'b', url: PAGE, exact: 'Kirby', note: 'spokesman' }),
    note({ id: 'c', url: OTHER, title: '', exact: 'Boukamal', note: '' }),
  ];

  it('groups results by page title, with quote and note; marks this page', () => {
    const onChoose = vi.fn();
    const { container, text } = show(
      <NotesSearch view={{ query: 'strike', status: 'ready', results }} pageUrl={PAGE} onSearch={vi.fn()} onChoose={onChoose} />,
    );
    const groups = Array.from(container.querySelectorAll('.notes-group'));
    expect(groups.map((g) => g.querySelector('h4')!.textContent)).toEqual(['Pentagon: strike hit militia site', 'US strikes Iran-backed militias in Syria (this page)']);
    expect(Array.from(groups[0]!.querySelectorAll<HTMLElement>('button')).map((b) => b.dataset.noteId)).toEqual(['a', 'c']);
    expect(groups[0]!.textContent).toContain('“seven 500-pound bombs”');
    expect(groups[0]!.textContent).toContain('Seven, not six');
    expect(text()).toContain('3 notes on 2 pages.');
    click(container.querySelector<HTMLButtonElement>('[data-note-id="a"]')!);
    expect(onChoose).toHaveBeenCalledWith(results[0]);
  });

  it('the box is labelled and sends what is typed; says when nothing matches, and errors in words', () => {
    const onSearch = vi.fn();
    const { container } = show(<NotesSearch view={IDLE_SEARCH} pageUrl={null} onSearch={onSearch} onChoose={vi.fn()} />);
    const box = byLabel(container, 'Search all notes');
    expect(box.type).toBe('search');
    box.value = 'kirby';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onSearch).toHaveBeenCalledWith('kirby');
    rendered!.unmount();

    expect(show(<NotesSearch view={{ query: 'zebra', status: 'ready', results: [] }} pageUrl={null} onSearch={vi.fn()} onChoose={vi.fn()} />).text()).toContain(
      'No notes match “zebra”.',
    );
    rendered!.unmount();
    expect(show(<NotesSearch view={{ query: 'k', status: 'searching', results: [] }} pageUrl={null} onSearch={vi.fn()} onChoose={vi.fn()} />).text()).toContain('Searching…');
    rendered!.unmount();
    const failed = show(<NotesSearch view={{ query: 'k', status: 'error', results: [], error: 'Search failed: the store is closed.' }} pageUrl={null} onSearch={vi.fn()} onChoose={vi.fn()} />);
    expect(failed.container.querySelector('[role="alert"]')!.textContent).toBe('Search failed: the store is closed.');
  });
});

const FILE: ExportFile = { filename: 'crosscheck-notes-2026-11-22.json', mime: 'application/json', content: '{"notes":[]}' };

/** Stubs the blob URL and records each download link as it is clicked. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:chrome-extension://crosscheck/${blobs.length}`;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicks: Array<{ download: string; href: string; connected: boolean }> = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ download: this.download, href: this.getAttribute('href') ?? '', connected: this.isConnected });
  });
  return { blobs, clicks, revoke };
}

describe('Export', () => {
  it('offers the three buttons by accessible name, with scope (all pages by default) and findings options', () => {
    const { container } = show(<NotesExport pageUrl={PAGE} onExport={vi.fn()} />);
    for (const name of ['Export JSON', 'Export Markdown', 'Export CSV']) expect(buttonNamed(container, name).type).toBe('button');
    const radios = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios.map((r) => [r.parentElement!.textContent!.trim(), r.checked, r.disabled])).toEqual([
      ['All pages', true, false],
      ['This page', false, false],
    ]);
    const findings = Array.from(container.querySelectorAll('label')).find((l) => l.textContent!.trim() === "Include Crosscheck's findings")!;
    expect(findings.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
  });

  it('saves the returned file through a download link named after it, with a blob href, and says so', async () => {
    const { blobs, clicks, revoke } = captureDownloads();
    const onExport = vi.fn(async () => FILE);
    const { container } = show(<NotesExport pageUrl={PAGE} onExport={onExport} />);
    click(buttonNamed(container, 'Export JSON'));
    await eventually(() => expect(clicks).toHaveLength(1));
    expect(onExport).toHaveBeenCalledWith({ format: 'json', scope: 'all', includeFindings: false });
    expect(clicks[0]).toEqual({ download: 'crosscheck-notes-2026-11-22.json', href: 'blob:chrome-extension://crosscheck/1', connected: true });
    expect(blobs[0]!.type).toBe('application/json');
    expect(await blobs[0]!.text()).toBe('{"notes":[]}');
    const status = container.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    expect(status.textContent).toBe('Saved crosscheck-notes-2026-11-22.json');
    await eventually(() => expect(revoke).toHaveBeenCalledWith('blob:chrome-extension://crosscheck/1'));
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('this page, with findings, as Markdown or CSV', async () => {
    const onExport = vi.fn(async ({ format }: { format: string }) => ({ filename: `notes.${format === 'csv' ? 'csv' : 'md'}`, mime: 'text/plain', content: 'x' }));
    const save = vi.fn();
    const { container, text } = show(<NotesExport pageUrl={PAGE} onExport={onExport} save={save} />);
    click(container.querySelector<HTMLInputElement>('input[value="page"]')!);
    click(Array.from(container.querySelectorAll('label')).find((l) => l.textContent!.trim() === "Include Crosscheck's findings")!.querySelector('input')!);
    click(buttonNamed(container, 'Export Markdown'));
    await eventually(() => expect(text()).toContain('Saved notes.md'));
    click(buttonNamed(container, 'Export CSV'));
    await eventually(() => expect(text()).toContain('Saved notes.csv'));
    expect(onExport.mock.calls.map(([request]) => request)).toEqual([
      { format: 'markdown', scope: { url: PAGE }, includeFindings: true },
      { format: 'csv', scope: { url: PAGE }, includeFindings: true },
    ]);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('without a page, only all pages; a failed export says why', async () => {
    const { container, text } = show(<NotesExport pageUrl={null} onExport={vi.fn(async () => Promise.reject(new Error('The export could not be built.')))} save={vi.fn()} />);
    expect(container.querySelector<HTMLInputElement>('input[value="page"]')!.disabled).toBe(true);
    click(buttonNamed(container, 'Export CSV'));
    await eventually(() => expect(text()).toContain('The export could not be built.'));
  });

  it('saveExportFile revokes the blob URL a moment after the click', () => {
    vi.useFakeTimers();
    const { clicks, revoke } = captureDownloads();
    saveExportFile(FILE);
    expect(clicks).toEqual([{ download: FILE.filename, href: 'blob:chrome-extension://crosscheck/1', connected: true }]);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:chrome-extension://crosscheck/1');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('Import', () => {
  function choose(input: HTMLInputElement, file: File) {
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('a JSON file input labelled “Import JSON”; reads the file and says what was imported', async () => {
    const onImport = vi.fn(async (_json: string) => ({ ok: true as const, added: 12, updated: 0, unchanged: 3 }));
    const { container, text } = show(<NotesImport onImport={onImport} />);
    const input = byLabel(container, 'Import JSON');
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    choose(input, new File(['{"notes":[1]}'], 'export.json', { type: 'application/json' }));
    await eventually(() => expect(text()).toContain('Imported 12 notes (3 already there).'));
    expect(onImport.mock.calls[0]?.[0]).toBe('{"notes":[1]}');
    expect(container.querySelector('[role="status"]')!.getAttribute('aria-live')).toBe('polite');
  });

  it('shows the error as returned', async () => {
    const { container, text } = show(<NotesImport onImport={vi.fn(async () => ({ ok: false as const, error: 'This file is not a Crosscheck export.' }))} />);
    choose(byLabel(container, 'Import JSON'), new File(['nope'], 'x.json'));
    await eventually(() => expect(text()).toContain('This file is not a Crosscheck export.'));
    expect(container.querySelector('.notes-error')).not.toBeNull();
  });

  it('result words', () => {
    expect(importResultText({ ok: true, added: 1, updated: 0, unchanged: 0 })).toBe('Imported 1 note.');
    expect(importResultText({ ok: true, added: 2, updated: 1, unchanged: 1 })).toBe('Imported 2 notes, updated 1 note (1 already there).');
    expect(importResultText({ ok: true, added: 0, updated: 0, unchanged: 5 })).toBe('Nothing new: all 5 notes were already there.');
    expect(importResultText({ ok: true, added: 0, updated: 0, unchanged: 0 })).toBe('The file has no notes to import.');
  });
});

describe('In the popup', () => {
  it('the notes sit below the findings, with the three export buttons', () => {
    const notes: NotesPanelProps = {
      page: ready([N1, N3], ['n3']),
      search: IDLE_SEARCH,
      pageUrl: PAGE,
      onReveal: vi.fn(),
      onDelete: vi.fn(async () => {}),
      onRestore: vi.fn(async () => {}),
      onSearch: vi.fn(),
      onChooseResult: vi.fn(),
      onExport: vi.fn(async () => FILE),
      onImport: vi.fn(async () => ({ ok: true as const, added: 0, updated: 0, unchanged: 0 })),
    };
    const { container } = show(
      <Popup
        view={{ kind: 'no-event' }}
        settings={DEFAULT_SETTINGS}
        hostname="news.example.org"
        onSiteChange={vi.fn()}
        onReveal={vi.fn()}
        onOpenOptions={vi.fn()}
        onTurnOnAutoHighlight={vi.fn()}
        notes={notes}
      />,
    );
    const main = container.querySelector('main')!;
    const panel = container.querySelector('section.notes')!;
    expect(main.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(panel.querySelector('h2')!.textContent).toBe('Your notes');
    for (const name of ['Export JSON', 'Export Markdown', 'Export CSV']) buttonNamed(container, name);
    expect(panel.textContent).toContain('Not found on this page');
    // Each id appears once in the popup.
    const ids = Array.from(container.querySelectorAll('[id]')).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(container.querySelector<HTMLElement>('[data-note-id="n1"]')).not.toBeNull();
    void NotesPanel;
  });
});
