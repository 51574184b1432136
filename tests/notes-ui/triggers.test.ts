// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { highlightInTab, MENU_ID, registerNoteTriggers } from '../../entrypoints/background/note-triggers';
import { lazyNotes } from '../../entrypoints/content/notes-loader';
import { NOTES_UI_KEY } from '../../entrypoints/shared/page-bridge';

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const STATE = { url: 'https://news.example/a', anchored: [], missing: [] };

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('highlightInTab', () => {
  it('asks a page that has the notes UI to highlight, without injecting', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_tab: number, message: { type: string }) => {
      sent.push(message);
      return message.type === 'notes:page-state' ? STATE : true;
    }) as never;
    const inject = vi.fn(async () => true);
    expect(await highlightInTab(7, 0, inject)).toBe(true);
    expect(inject).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'notes:page-state' }, { type: 'notes:highlight-selection' }]);
  });

  it('injects the notes UI into the frame when nothing answers, then asks it to highlight', async () => {
    let injected = false;
    const frames: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_tab: number, message: { type: string }, options: unknown) => {
      frames.push(options);
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return message.type === 'notes:page-state' ? STATE : true;
    }) as never;
    const inject = vi.fn(async () => (injected = true));
    expect(await highlightInTab(7, 3, inject)).toBe(true);
    expect(inject).toHaveBeenCalledWith({ tab: { id: 7 }, frameId: 3 });
    expect(frames).toEqual([{ frameId: 3 }, { frameId: 3 }]);
  });

  it('gives up quietly on a page it may not script', async () => {
    fakeBrowser.tabs.sendMessage = (async () => undefined) as never; // a content script that does not answer
    const inject = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await highlightInTab(7, 0, inject)).toBe(false);
    expect(inject).toHaveBeenCalledOnce();
  });
});

describe('registerNoteTriggers', () => {
  it('creates the selection menu entry on install, and highlights from it and from the shortcut', async () => {
    const create = vi.fn((_props: unknown, done?: () => void) => done?.());
    let onClicked: ((info: unknown, tab: unknown) => void) | undefined;
    let onCommand: ((command: string, tab: unknown) => void) | undefined;
    Object.assign(fakeBrowser.contextMenus, { create, onClicked: { addListener: (l: typeof onClicked) => (onClicked = l) } });
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: (l: typeof onCommand) => (onCommand = l) } });
    const sent: Array<[number, unknown]> = [];
    fakeBrowser.tabs.sendMessage = (async (tab: number, message: { type: string }) => {
      sent.push([tab, message]);
      return message.type === 'notes:page-state' ? STATE : true;
    }) as never;

    registerNoteTriggers();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Highlight with Crosscheck', contexts: ['selection'] }, expect.any(Function));

    onClicked!({ menuItemId: MENU_ID, frameId: 0 }, { id: 5 });
    onClicked!({ menuItemId: 'something-else' }, { id: 5 });
    onCommand!('highlight-selection', { id: 6 });
    onCommand!('_execute_action', { id: 6 });
    await wait(5);
    expect(sent).toEqual([
      [5, { type: 'notes:page-state' }],
      [6, { type: 'notes:page-state' }],
      [5, { type: 'notes:highlight-selection' }],
      [6, { type: 'notes:highlight-selection' }],
    ]);
  });
});

describe('lazyNotes (content script)', () => {
  let ctx: ContentScriptContext;
  let sent: Array<{ type: string }>;
  let hasNotes: boolean;

  beforeEach(() => {
    document.body.innerHTML = '<article><p>A war monitor said 22 people were killed.</p></article>';
    sent = [];
    hasNotes = false;
    fakeBrowser.runtime.sendMessage = (async (message: { type: string }) => {
      sent.push(message);
      return message.type === 'notes:has' ? hasNotes : true;
    }) as never;
    ctx = new ContentScriptContext('content-test');
  });
  afterEach(() => {
    ctx.abort();
    document.getSelection()?.removeAllRanges();
    delete (globalThis as Record<string, unknown>)[NOTES_UI_KEY];
  });

  const selectWords = () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    document.getSelection()!.addRange(range);
  };

  it('asks for the notes UI once, when the reader first finishes a selection', async () => {
    lazyNotes(ctx, () => null, () => true);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(sent).toEqual([]); // no selection yet
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    await wait();
    expect(sent).toEqual([{ type: 'notes:load-ui' }]);
  });

  it('asks whether the page has notes, and loads the UI only when it has', async () => {
    const loader = lazyNotes(ctx, () => null, () => true);
    loader.check();
    await wait();
    expect(sent).toEqual([{ type: 'notes:has', href: location.href, canonical: null }]);
    hasNotes = true;
    document.head.innerHTML = '<link rel="canonical" href="https://news.example/story">';
    loader.check();
    await wait();
    expect(sent.slice(1)).toEqual([{ type: 'notes:has', href: location.href, canonical: 'https://news.example/story' }, { type: 'notes:load-ui' }]);
    document.head.innerHTML = '';
  });

  it('does nothing where Crosscheck is off, or once the notes UI is there', async () => {
    let on = false;
    const loader = lazyNotes(ctx, () => null, () => on);
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    loader.check();
    on = true;
    (globalThis as Record<string, unknown>)[NOTES_UI_KEY] = true;
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    loader.check();
    await wait();
    expect(sent).toEqual([]);
  });
});
