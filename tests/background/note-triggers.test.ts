// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightInTab, MENU_ID, registerNoteTriggers } from '../../entrypoints/background/note-triggers';

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
