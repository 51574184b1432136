// @vitest-environment happy-dom
/** The note editor frame's page: its session, saving with a base, conflicts, deleting, and its keys. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DELETE_FAILED, EditorApp, NO_SESSION, SAVE_FAILED, saveRequest, SESSION_GONE } from '../../entrypoints/note-editor/EditorApp';
import type { EditorReport, EditorSession, SaveResult } from '../../lib/annotations/notes-wire';
import type { BackgroundMessage } from '../../lib/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { buttonNamed, byLabel, click, eventually, mount, visibleText, type Rendered } from '../support/ui';

const TOKEN = 'c0ffee'.repeat(8);
const NOW = new Date('2025-03-01T12:00:00.000Z');

function note(over: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    url: 'https://news.example/a',
    title: 'Strike kills 22',
    quote: { type: 'TextQuoteSelector', exact: '22 people were killed', prefix: 'officials said ', suffix: ' in the strike' },
    position: { type: 'TextPositionSelector', start: 100, end: 121 },
    colour: 'yellow',
    note: 'check SOHR',
    tags: ['casualties'],
    created: '2025-01-01T10:00:00.000Z',
    modified: '2025-01-01T10:00:00.000Z',
    ...over,
  };
}

type Request = BackgroundMessage;

/** A fake background: the session's claim, then each save's reply in turn; every request kept. */
function background(session: EditorSession | null | Error, saves: Array<SaveResult | undefined> = [], deleted: unknown = true) {
  const requests: Request[] = [];
  const send = vi.fn(async (request: Request): Promise<unknown> => {
    requests.push(request);
    switch (request.type) {
      case 'notes:editor-session':
        if (session instanceof Error) throw session;
        return session;
      case 'notes:save':
        return saves.shift();
      case 'notes:delete':
        return deleted;
      case 'notes:editor-report':
        return true;
      default:
        return undefined;
    }
  });
  const of = <T extends Request['type']>(type: T) => requests.filter((r): r is Extract<Request, { type: T }> => r.type === type);
  return {
    send,
    saves: () => of('notes:save'),
    /** What the editor told the notes UI (its size aside). */
    reports: (): EditorReport[] => of('notes:editor-report').map((r) => r.report).filter((r) => r.kind !== 'resize'),
    requests,
  };
}

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

async function open(bg: ReturnType<typeof background>, token = TOKEN): Promise<Rendered> {
  view = mount(<EditorApp token={token} send={bg.send} now={() => NOW} />);
  await eventually(() => expect(view!.container.querySelector('[role="dialog"], [role="alert"]')).not.toBeNull());
  return view;
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function key(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

describe('EditorApp: its session', () => {
  it('claims the session its token names and shows the quote and the stored fields', async () => {
    const bg = background({ mode: 'edit', annotation: note({ colour: 'green', tags: ['casualties', 'Syria'] }) });
    const { container } = await open(bg);
    expect(bg.requests[0]).toEqual({ type: 'notes:editor-session', token: TOKEN });
    expect(container.querySelector('.cc-quote')?.textContent).toBe('“22 people were killed”');
    expect(byLabel(container, 'Note').value).toBe('check SOHR');
    expect(byLabel(container, 'Tags').value).toBe('casualties, Syria');
    expect(buttonNamed(container, 'Green').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Edit highlight');
  });

  it('without a token asks nothing and says so, instead of an empty editor', async () => {
    const bg = background(null);
    const { container } = await open(bg, '');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(NO_SESSION);
    expect(container.querySelector('textarea')).toBeNull();
    expect(bg.send).not.toHaveBeenCalled();
  });

  it('with a token the background refuses (expired, claimed, forged) says so', async () => {
    for (const reply of [null, { mode: 'edit', annotation: { id: 'x' } } as never, new Error('refused')]) {
      const bg = background(reply);
      const { container } = await open(bg, 'not-a-session');
      expect(container.querySelector('[role="alert"]')?.textContent).toBe(SESSION_GONE);
      expect(container.querySelector('textarea, input')).toBeNull();
      view!.unmount();
      view = null;
    }
  });
});

describe('EditorApp: saving', () => {
  it('saves an edit with the version it started from as base, then reports it saved', async () => {
    const stored = note();
    const saved = note({ note: 'confirmed by SOHR', modified: NOW.toISOString() });
    const bg = background({ mode: 'edit', annotation: stored }, [{ ok: true, annotation: saved, merged: false }]);
    const { container } = await open(bg);
    type(byLabel(container, 'Note'), 'confirmed by SOHR');
    click(buttonNamed(container, 'Blue'));
    click(buttonNamed(container, 'Save'));
    await eventually(() => expect(bg.reports()).toEqual([{ kind: 'saved', annotation: saved }]));
    expect(bg.saves()).toEqual([
      {
        type: 'notes:save',
        annotation: { ...stored, colour: 'blue', note: 'confirmed by SOHR', modified: NOW.toISOString() },
        base: { modified: stored.modified, colour: 'yellow', note: 'check SOHR', tags: ['casualties'] },
      },
    ]);
  });

  it('saves a new note without a base, dated now', async () => {
    const draft = note({ note: '', tags: [], created: '2025-02-01T00:00:00.000Z', modified: '2025-02-01T00:00:00.000Z' });
    const bg = background({ mode: 'new', annotation: draft }, [{ ok: true, annotation: draft, merged: false }]);
    const { container } = await open(bg);
    expect(() => buttonNamed(container, 'Delete')).toThrow();
    type(byLabel(container, 'Tags'), 'a, b');
    click(buttonNamed(container, 'Save'));
    await eventually(() => expect(bg.reports()).toHaveLength(1));
    expect(bg.saves()).toEqual([
      { type: 'notes:save', annotation: { ...draft, tags: ['a', 'b'], created: NOW.toISOString(), modified: NOW.toISOString() } },
    ]);
  });

  it('says when a save fails and keeps what the reader typed', async () => {
    const bg = background({ mode: 'edit', annotation: note() }, [undefined]);
    const { container } = await open(bg);
    type(byLabel(container, 'Note'), 'mine');
    click(buttonNamed(container, 'Save'));
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe(SAVE_FAILED));
    expect(byLabel(container, 'Note').value).toBe('mine');
    expect(bg.reports()).toEqual([]);
  });
});

describe('EditorApp: a note changed elsewhere', () => {
  const stored = note();
  const theirs = note({ colour: 'pink', note: 'theirs: 17 killed', tags: ['disputed'], modified: '2025-02-20T08:00:00.000Z' });
  const conflict: SaveResult = { ok: false, conflict: theirs, error: 'changed in another tab' };

  async function inConflict(after: SaveResult[] = []) {
    const bg = background({ mode: 'edit', annotation: stored }, [conflict, ...after]);
    const { container } = await open(bg);
    type(byLabel(container, 'Note'), 'mine: 22 killed');
    click(buttonNamed(container, 'Save'));
    await eventually(() => expect(container.querySelector('[aria-label="Changed elsewhere"]')).not.toBeNull());
    return { bg, container };
  }

  it('shows both versions and reverts nothing: the reader’s text stays, nothing is reported yet', async () => {
    const { bg, container } = await inConflict();
    const group = container.querySelector<HTMLElement>('[aria-label="Changed elsewhere"]')!;
    expect(visibleText(group)).toContain('Saved elsewhere theirs: 17 killed #disputed');
    expect(visibleText(group)).toContain('Yours mine: 22 killed #casualties');
    expect(byLabel(container, 'Note').value).toBe('mine: 22 killed');
    expect(bg.reports()).toEqual([]);
  });

  it('“Keep mine” saves the reader’s fields as they are now over the version seen, as the new base', async () => {
    const mine = note({ ...theirs, note: 'mine: 22 killed, per CENTCOM', modified: NOW.toISOString() });
    const { bg, container } = await inConflict([{ ok: true, annotation: mine, merged: false }]);
    // Edited further while both are shown: what "Yours" shows is what is kept.
    type(byLabel(container, 'Note'), 'mine: 22 killed, per CENTCOM');
    click(buttonNamed(container, 'Keep mine'));
    await eventually(() => expect(bg.reports()).toEqual([{ kind: 'saved', annotation: mine }]));
    expect(bg.saves()[1]).toEqual({
      type: 'notes:save',
      annotation: { ...theirs, colour: 'yellow', note: 'mine: 22 killed, per CENTCOM', tags: ['casualties'], modified: NOW.toISOString() },
      base: { modified: theirs.modified, colour: 'pink', note: 'theirs: 17 killed', tags: ['disputed'] },
    });
  });

  it('“Keep theirs” keeps the stored note: nothing saved, the stored version reported', async () => {
    const { bg, container } = await inConflict();
    click(buttonNamed(container, 'Keep theirs'));
    await eventually(() => expect(bg.reports()).toEqual([{ kind: 'saved', annotation: theirs }]));
    expect(bg.saves()).toHaveLength(1);
  });

  it('a save with Ctrl+Enter while both are shown is refused again, not written over theirs', async () => {
    const { bg, container } = await inConflict([conflict]);
    key(byLabel(container, 'Note'), { key: 'Enter', ctrlKey: true });
    await eventually(() => expect(bg.saves()).toHaveLength(2));
    expect(bg.saves()[1]!.base).toEqual(bg.saves()[0]!.base);
    expect(bg.reports()).toEqual([]);
  });
});

describe('EditorApp: deleting', () => {
  it('asks first, then deletes and reports it', async () => {
    const bg = background({ mode: 'edit', annotation: note() });
    const { container } = await open(bg);
    click(buttonNamed(container, 'Delete'));
    expect(visibleText(container)).toContain('Delete this highlight and its note?');
    expect(bg.requests.some((r) => r.type === 'notes:delete')).toBe(false);
    click(buttonNamed(container, 'Delete'));
    await eventually(() => expect(bg.reports()).toEqual([{ kind: 'deleted', id: note().id }]));
    expect(bg.requests.filter((r) => r.type === 'notes:delete')).toEqual([{ type: 'notes:delete', id: note().id }]);
  });

  it('Keep, or Escape, while asking deletes nothing and does not close', async () => {
    const bg = background({ mode: 'edit', annotation: note() });
    const { container } = await open(bg);
    click(buttonNamed(container, 'Delete'));
    key(document.activeElement!, { key: 'Escape' });
    expect(buttonNamed(container, 'Save')).toBeTruthy();
    click(buttonNamed(container, 'Delete'));
    click(buttonNamed(container, 'Keep'));
    expect(bg.requests.some((r) => r.type === 'notes:delete')).toBe(false);
    expect(bg.reports()).toEqual([]);
  });

  it('says when deleting fails', async () => {
    const bg = background({ mode: 'edit', annotation: note() }, [], null);
    const { container } = await open(bg);
    click(buttonNamed(container, 'Delete'));
    click(buttonNamed(container, 'Delete'));
    await eventually(() => expect(visibleText(container)).toContain(DELETE_FAILED));
    expect(bg.reports()).toEqual([]);
  });
});

describe('EditorApp: keys', () => {
  it('Escape reports the editor closed, once, from a field or from the page’s body', async () => {
    const bg = background({ mode: 'edit', annotation: note() });
    const { container } = await open(bg);
    key(byLabel(container, 'Note'), { key: 'Escape' });
    expect(bg.reports()).toEqual([{ kind: 'closed' }]);
    key(document.body, { key: 'Escape' });
    expect(bg.reports()).toEqual([{ kind: 'closed' }, { kind: 'closed' }]);
    expect(bg.saves()).toEqual([]);
  });

  it('Tab and Shift+Tab go round the editor’s controls and never leave the frame', async () => {
    const bg = background({ mode: 'edit', annotation: note() });
    const { container } = await open(bg);
    const controls = [...container.querySelectorAll<HTMLElement>('button, textarea, input')];
    const first = controls[0]!;
    const last = controls.at(-1)!;
    expect(last.textContent).toBe('Save');
    last.focus();
    expect(key(last, { key: 'Tab' }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(key(first, { key: 'Tab', shiftKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
    // Inside, Tab is the browser's own.
    const note_ = byLabel(container, 'Note');
    note_.focus();
    expect(key(note_, { key: 'Tab' }).defaultPrevented).toBe(false);
  });
});

describe('note-editor.html’s script', () => {
  it('claims the session named in its address’s fragment', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    location.hash = `#${TOKEN}`;
    const sendMessage = vi.fn(async () => ({ mode: 'edit', annotation: note() }));
    fakeBrowser.runtime.sendMessage = sendMessage as never;
    await import('../../entrypoints/note-editor/main');
    await eventually(() => expect(root.querySelector('textarea')?.value).toBe('check SOHR'));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'notes:editor-session', token: TOKEN });
    act(() => render(null, root));
    root.remove();
  });
});

const base = note({ modified: '2025-01-02T10:00:00.000Z' });
const draftFields = { colour: 'blue' as const, note: 'new', tags: ['syria'] };
const saveTime = new Date('2024-05-01T10:00:00Z');

describe('saveRequest', () => {
  it('stores a new note as created now, with the reader’s fields', () => {
    const request = saveRequest({ mode: 'new', annotation: base } as EditorSession, draftFields, base, saveTime);
    expect(request).toEqual({ type: 'notes:save', annotation: { ...base, ...draftFields, created: saveTime.toISOString(), modified: saveTime.toISOString() } });
  });

  it('saves an edit over the version it started from, keeping when it was created', () => {
    const request = saveRequest({ mode: 'edit', annotation: base } as EditorSession, draftFields, base, saveTime);
    expect(request).toEqual({
      type: 'notes:save',
      annotation: { ...base, ...draftFields, modified: saveTime.toISOString() },
      base: { modified: base.modified, colour: 'yellow', note: 'check SOHR', tags: ['casualties'] },
    });
  });
});
