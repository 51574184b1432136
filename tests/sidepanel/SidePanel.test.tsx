// @vitest-environment happy-dom
/** The side panel wired to WXT's fake browser: it follows the window's active tab and never closes itself. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel, type SidePanelProps } from '../../entrypoints/sidepanel/SidePanel';
import { SidePanelApp } from '../../entrypoints/sidepanel/SidePanelApp';
import { WHITE } from '../../lib/page/colours';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { click, eventually, MARKS, mount, summary, wireSummary, type Rendered } from '../support/ui';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.restoreAllMocks();
});

describe('SidePanel', () => {
  function renderPanel(overrides: Partial<SidePanelProps>) {
    const props: SidePanelProps = {
      view: { kind: 'matched', summary: summary() },
      settings: DEFAULT_SETTINGS,
      hostname: 'news.example.org',
      onReveal: vi.fn(),
      onOpenOptions: vi.fn(),
      onTurnOnAutoHighlight: vi.fn(),
      notes: { page: { kind: 'ready', url: 'https://news.example.org/world/strike', notes: [], missing: [], live: true }, onReveal: vi.fn(), onDelete: vi.fn(), onRestore: vi.fn() },
      background: WHITE,
      ...overrides,
    };
    rendered = mount(<SidePanel {...props} />);
    return { ...rendered, props };
  }

  it('a matched page: every finding in its group, differences first; the notes and the legend beside them', () => {
    const { container, text } = renderPanel({});
    expect(Array.from(container.querySelectorAll('.finding-group')).map((g) => g.getAttribute('data-status'))).toEqual(['differs', 'agrees', 'unique']);
    expect(container.querySelectorAll('button[data-id]')).toHaveLength(MARKS.length);
    expect(text()).toContain('Your notes');
    expect(text()).toContain('No notes on this page yet.');
    expect(text()).toContain('What the marks mean');
    // Headings in order, no level skipped: h1, then h2 sections, h3 inside them.
    const levels = Array.from(container.querySelectorAll('h1, h2, h3, h4')).map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('other states in words, still with the notes and legend', () => {
    const { text, container } = renderPanel({ view: { kind: 'no-event' } });
    expect(text()).toContain('Nothing to check');
    expect(container.querySelector('.finding-group')).toBeNull();
    expect(text()).toContain('What the marks mean');
  });
});

describe('SidePanelApp (wired to the fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the active tab of its window, updates on a new pass, and stays open when showing a finding', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const article = await fakeBrowser.tabs.create({ url: 'https://news.example.org/world/strike', active: true, windowId: win?.id });
    const other = await fakeBrowser.tabs.create({ url: 'https://sports.example.org/hockey', active: false, windowId: win?.id });
    const send = vi.fn(async (tabId: number, message: { type: string }) => {
      if (message.type !== 'get-summary') return true;
      return tabId === article.id ? wireSummary() : wireSummary({ url: 'https://sports.example.org/hockey', state: 'no-event', marks: [], counts: { differs: 0, agrees: 0, unique: 0 } });
    });
    fakeBrowser.tabs.sendMessage = send as never;
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    rendered = mount(<SidePanelApp />);
    await eventually(() => expect(rendered!.container.querySelectorAll('button[data-id]')).toHaveLength(MARKS.length));

    click(rendered.container.querySelector<HTMLButtonElement>('[data-id="m4"]')!);
    await eventually(() => expect(send).toHaveBeenCalledWith(article.id, { type: 'reveal-mark', id: 'm4' }));
    expect(close).not.toHaveBeenCalled();

    // The reader switches tabs: the panel follows.
    await fakeBrowser.tabs.update(other.id!, { active: true });
    await eventually(() => expect(rendered!.text()).toContain('Nothing to check'));
    expect(send).toHaveBeenCalledWith(other.id, { type: 'get-summary' });

    // A pass in the tab it no longer shows changes nothing; one in the tab it shows does.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-summary', summary: wireSummary() }, { tab: { id: article.id } } as never, () => {});
    expect(rendered.text()).toContain('Nothing to check');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page-summary', summary: wireSummary({ url: 'https://sports.example.org/hockey' }) },
      { tab: { id: other.id } } as never,
      () => {},
    );
    await eventually(() => expect(rendered!.container.querySelectorAll('button[data-id]')).toHaveLength(MARKS.length));
  });

  it('reads the page’s notes again when the page’s notes UI saves one', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.org/world/strike', active: true, windowId: win?.id });
    fakeBrowser.tabs.sendMessage = vi.fn(async (_id: number, message: { type: string }) => (message.type === 'get-summary' ? wireSummary() : null)) as never;
    let stored: unknown[] = [];
    const ask = vi.fn(async (request: { type: string }) => (request.type === 'notes:list' ? stored : null));
    fakeBrowser.runtime.sendMessage = ask as never;
    rendered = mount(<SidePanelApp />);
    await eventually(() => expect(rendered!.text()).toContain('No notes on this page yet.'));
    const lists = () => ask.mock.calls.filter(([r]) => r.type === 'notes:list').length;
    const before = lists();
    stored = [
      {
        id: 'n1',
        url: 'https://news.example.org/world/strike',
        title: 'Strike',
        quote: { exact: 'the target list', prefix: '', suffix: '' },
        position: { start: 0, end: 15 },
        colour: 'yellow',
        note: 'who kept it narrow?',
        tags: [],
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
      },
    ];
    // A save from another tab changes nothing here; one from the followed tab does.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'notes:save' }, { tab: { id: tab.id! + 100 } } as never, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'notes:save' }, { tab: { id: tab.id } } as never, () => {});
    await eventually(() => expect(rendered!.text()).toContain('who kept it narrow?'));
    expect(lists()).toBe(before + 1);
  });

  it('a navigation in the followed tab asks its new page', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.org/world/strike', active: true, windowId: win?.id });
    let url = 'https://news.example.org/world/strike';
    fakeBrowser.tabs.sendMessage = vi.fn(async () =>
      url.includes('strike') ? wireSummary({ url }) : wireSummary({ url, state: 'no-event', marks: [], counts: { differs: 0, agrees: 0, unique: 0 } }),
    ) as never;
    rendered = mount(<SidePanelApp />);
    await eventually(() => expect(rendered!.container.querySelectorAll('button[data-id]')).toHaveLength(MARKS.length));
    url = 'https://news.example.org/sport';
    await fakeBrowser.tabs.update(tab.id!, { url });
    await eventually(() => expect(rendered!.text()).toContain('Nothing to check'));
  });
});
