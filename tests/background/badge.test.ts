import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGE_COLOUR,
  badgeFor,
  DEFAULT_TITLE,
  handleMessage,
  handleTabRemoved,
  handleTabUpdated,
} from '../../entrypoints/background/badge';
import { summary, wireSummary } from '../support/ui';

const badgeText = (tabId: number) => browser.action.getBadgeText({ tabId });
const badgeTitle = (tabId: number) => browser.action.getTitle({ tabId });
const fromTab = (id: number) => ({ tab: { id }, frameId: 0 });

describe('badgeFor', () => {
  it('counts differing findings on a matched page', () => {
    expect(badgeFor(summary())).toEqual({ text: '2', title: '2 figures differ from other outlets' });
  });

  it('says one, and names when only names differ', () => {
    const one = summary({ counts: { differs: 1, agrees: 0, unique: 0 }, marks: [{ id: 'a', kind: 'name', text: 'Kirby', status: 'differs', fact: null, label: 'John Kirby' }] });
    expect(badgeFor(one)).toEqual({ text: '1', title: '1 name differs from other outlets' });
  });

  it('says findings when figures and names both differ', () => {
    const mixed = summary({
      counts: { differs: 3, agrees: 0, unique: 0 },
      marks: [
        { id: 'a', kind: 'name', text: 'Kirby', status: 'differs', fact: null, label: 'John Kirby' },
        { id: 'b', kind: 'figure', text: '22', status: 'differs', fact: 'strike.killed', label: null },
        { id: 'c', kind: 'figure', text: '7', status: 'differs', fact: 'strike.bombs', label: null },
      ],
    });
    expect(badgeFor(mixed).title).toBe('3 findings differ from other outlets');
  });

  it('is empty when nothing differs or the page is not matched', () => {
    expect(badgeFor(summary({ counts: { differs: 0, agrees: 3, unique: 1 } })).text).toBe('');
    for (const state of ['no-event', 'disabled', 'off'] as const) {
      expect(badgeFor(summary({ state })).text).toBe('');
      expect(badgeFor(summary({ state })).title).toBe(DEFAULT_TITLE);
    }
  });

  it('caps long counts', () => {
    expect(badgeFor(summary({ counts: { differs: 140, agrees: 0, unique: 0 } })).text).toBe('99+');
  });
});

describe('background badge handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sets the text, title and colour for the sending tab only', async () => {
    await handleMessage({ type: 'page-summary', summary: wireSummary() }, fromTab(7));
    await handleMessage({ type: 'page-summary', summary: wireSummary({ counts: { differs: 0, agrees: 4, unique: 0 } }) }, fromTab(8));
    expect(await badgeText(7)).toBe('2');
    expect(await badgeTitle(7)).toBe('2 figures differ from other outlets');
    const [r, g, b] = await browser.action.getBadgeBackgroundColor({ tabId: 7 });
    expect([r, g, b]).toEqual([0x9a, 0x5b, 0x00]);
    expect(BADGE_COLOUR).toBe('#9a5b00');
    expect(await badgeText(8)).toBe('');
  });

  it('updates on each new summary for a tab', async () => {
    await handleMessage({ type: 'page-summary', summary: wireSummary() }, fromTab(3));
    await handleMessage({ type: 'page-summary', summary: wireSummary({ state: 'no-event', counts: { differs: 0, agrees: 0, unique: 0 }, marks: [] }) }, fromTab(3));
    expect(await badgeText(3)).toBe('');
    expect(await badgeTitle(3)).toBe(DEFAULT_TITLE);
  });

  it('ignores other messages, messages without a tab, and sub-frames', async () => {
    expect(handleMessage({ type: 'get-summary' }, fromTab(4))).toBeUndefined();
    expect(handleMessage({ type: 'page-summary' }, fromTab(4))).toBeUndefined();
    expect(handleMessage({ type: 'page-summary', summary: wireSummary() }, {})).toBeUndefined();
    expect(handleMessage({ type: 'page-summary', summary: wireSummary() }, { tab: { id: 4 }, frameId: 2 })).toBeUndefined();
    expect(await badgeText(4)).toBe('');
  });

  it('clears when the tab starts loading a page', async () => {
    await handleMessage({ type: 'page-summary', summary: wireSummary() }, fromTab(5));
    await handleTabUpdated(5, { status: 'loading' });
    expect(await badgeText(5)).toBe('');
    expect(await badgeTitle(5)).toBe(DEFAULT_TITLE);
  });

  it('clears when the URL changes to another page, not for the same page or its fragment', async () => {
    await handleMessage({ type: 'page-summary', summary: wireSummary({ url: 'https://news.example.org/a' }) }, fromTab(6));
    await handleTabUpdated(6, { url: 'https://news.example.org/a#comments' });
    expect(await badgeText(6)).toBe('2');
    await handleTabUpdated(6, { status: 'complete' });
    expect(await badgeText(6)).toBe('2');
    await handleTabUpdated(6, { url: 'https://news.example.org/b' });
    expect(await badgeText(6)).toBe('');
  });

  it('clears when the tab closes', async () => {
    await handleMessage({ type: 'page-summary', summary: wireSummary() }, fromTab(9));
    await handleTabRemoved(9);
    expect(await badgeText(9)).toBe('');
  });

  it('the background entry wires the handlers to runtime and tab events', async () => {
    const { default: background } = await import('../../entrypoints/background/index');
    // fake-browser has no runtime.onConnect (the notes import port's listener).
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    background.main();
    // A content script's sender carries its page's address (the background accepts summaries only from web pages).
    const sender = { ...fromTab(11), url: 'https://news.example.org/world/strike' };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-summary', summary: wireSummary() }, sender as never, () => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(await badgeText(11)).toBe('2');
    await fakeBrowser.tabs.onUpdated.trigger(11, { status: 'loading' }, { id: 11 } as never);
    await new Promise((r) => setTimeout(r, 0));
    expect(await badgeText(11)).toBe('');
  });
});
