// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup, type PopupProps } from '../../entrypoints/popup/Popup';
import { PopupApp } from '../../entrypoints/popup/PopupApp';
import { loadPage } from '../../components/use-page-summary';
import { settingsItem } from '../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { buttonNamed, byLabel, click, eventually, MARKS, mount, summary, wireSummary, type Rendered } from '../support/ui';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.restoreAllMocks();
});

function renderPopup(overrides: Partial<PopupProps>) {
  const props: PopupProps = {
    view: { kind: 'loading' },
    settings: DEFAULT_SETTINGS,
    hostname: 'news.example.org',
    onSiteChange: vi.fn(),
    onReveal: vi.fn(),
    onOpenOptions: vi.fn(),
    onTurnOnAutoHighlight: vi.fn(),
    ...overrides,
  };
  rendered = mount(<Popup {...props} />);
  return { ...rendered, props };
}

describe('Popup states', () => {
  it('a matched page: event, counts in words, findings list', () => {
    const { container, text } = renderPopup({ view: { kind: 'matched', summary: summary() } });
    expect(text()).toContain("This article is about Biden's first strike in eastern Syria, 25 February 2021");
    expect(text()).toContain('2 differ from other outlets');
    expect(text()).toContain('1 agrees with other outlets');
    expect(text()).toContain('1 unique: no other outlet reports it');
    // A short summary: only the findings that differ, in page order, each named by its visible text.
    const items = Array.from(container.querySelectorAll<HTMLButtonElement>('.findings-list button'));
    expect(items.map((b) => b.getAttribute('data-id'))).toEqual(['m1', 'm4']);
    expect(items.map((b) => b.getAttribute('aria-label'))).toEqual([null, null]);
    expect(items.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '22, Figure: people killed in the strike, Differs',
      'two F-15E, Figure: aircraft used, Differs',
    ]);
    expect(items.every((b) => b.type === 'button')).toBe(true);
  });

  it('lists at most three differences, and offers the side panel for the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...MARKS[0]!, id: `d${i}`, text: String(10 + i) }));
    const onOpenPanel = vi.fn();
    const { container, text } = renderPopup({ view: { kind: 'matched', summary: summary({ marks: [...many, MARKS[1]!] }) }, onOpenPanel });
    expect(Array.from(container.querySelectorAll('.findings-list button')).map((b) => b.getAttribute('data-id'))).toEqual(['d0', 'd1', 'd2']);
    expect(text()).toContain('All 6 findings, your notes and a legend of the marks are in the side panel.');
    click(buttonNamed(container, 'Open the side panel'));
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('a page where nothing differs says so, and still offers the side panel', () => {
    const agreeing = MARKS.filter((m) => m.status !== 'differs');
    const { container, text } = renderPopup({ view: { kind: 'matched', summary: summary({ marks: agreeing }) }, onOpenPanel: vi.fn() });
    expect(container.querySelector('.findings-list')).toBeNull();
    expect(text()).toContain('No figure or name here differs from what other outlets report.');
    expect(buttonNamed(container, 'Open the side panel')).toBeTruthy();
  });

  it('no side panel button where the browser has none', () => {
    const { container } = renderPopup({ view: { kind: 'matched', summary: summary() } });
    expect(Array.from(container.querySelectorAll('button')).some((b) => b.textContent === 'Open the side panel')).toBe(false);
  });

  it('the display choice shows the setting and reports a new one', () => {
    const onDisplayChange = vi.fn();
    const { container } = renderPopup({ view: { kind: 'matched', summary: summary() }, settings: { ...DEFAULT_SETTINGS, display: 'figures' }, onDisplayChange });
    expect(byLabel(container, 'Differences and figures').checked).toBe(true);
    expect(byLabel(container, 'Differences only').checked).toBe(false);
    click(byLabel(container, 'Everything'));
    expect(onDisplayChange).toHaveBeenCalledWith('everything');
  });

  it('choosing a finding reveals it by id', () => {
    const { container, props } = renderPopup({ view: { kind: 'matched', summary: summary() } });
    click(container.querySelector<HTMLButtonElement>('[data-id="m4"]')!);
    expect(props.onReveal).toHaveBeenCalledWith('m4');
  });

  it('a matched page with nothing to list says so', () => {
    const { text } = renderPopup({ view: { kind: 'matched', summary: summary({ marks: [], counts: { differs: 0, agrees: 0, unique: 0 } }) } });
    expect(text()).toContain('0 differ from other outlets');
    expect(text()).toContain('None of this article’s figures or names are in the reference.');
  });

  it('notes kinds of highlight turned off in Options', () => {
    const { text } = renderPopup({ view: { kind: 'matched', summary: summary() }, settings: { ...DEFAULT_SETTINGS, names: false } });
    expect(text()).toContain('Names are turned off in Options, so they are not highlighted.');
  });

  it('no event', () => {
    const { text } = renderPopup({ view: { kind: 'no-event' } });
    expect(text()).toContain("Nothing to check on this page: it is not about an event in Crosscheck's reference.");
  });

  it('off for this site, with the switch off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
    const { container, text, props } = renderPopup({ view: { kind: 'site-off', site: 'example.org' }, settings });
    expect(text()).toContain('Crosscheck is off for this site');
    expect(text()).toContain('Crosscheck never runs on example.org or its subdomains.');
    const toggle = byLabel(container, 'Crosscheck on this site');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.checked).toBe(false);
    expect(text()).toContain('news.example.org (off for all of example.org)');
    click(toggle);
    expect(props.onSiteChange).toHaveBeenCalledWith(true);
  });

  it('the switch is on where Crosscheck runs, and turning it off asks to disable', () => {
    const { container, props } = renderPopup({ view: { kind: 'no-event' } });
    const toggle = byLabel(container, 'Crosscheck on this site');
    expect(toggle.checked).toBe(true);
    click(toggle);
    expect(props.onSiteChange).toHaveBeenCalledWith(false);
  });

  it('automatic highlighting off, with a way to turn it on', () => {
    const { container, text, props } = renderPopup({ view: { kind: 'auto-off' }, settings: { ...DEFAULT_SETTINGS, autoHighlight: false } });
    expect(text()).toContain('Automatic highlighting is off');
    click(buttonNamed(container, 'Turn on automatic highlighting'));
    expect(props.onTurnOnAutoHighlight).toHaveBeenCalled();
  });

  it('pages where Crosscheck cannot run explain why and hide the switch', () => {
    const browserPage = renderPopup({ view: { kind: 'unavailable', reason: 'browser-page' }, hostname: null });
    expect(browserPage.text()).toContain('Crosscheck can’t run on this page');
    expect(browserPage.text()).toContain('chrome://, about:');
    expect(browserPage.container.querySelector('#site-switch')).toBeNull();
    browserPage.unmount();

    const store = renderPopup({ view: { kind: 'unavailable', reason: 'store' }, hostname: 'chromewebstore.google.com' });
    expect(store.text()).toContain('Extension stores don’t let extensions run on their pages.');
    expect(store.container.querySelector('#site-switch')).toBeNull();
    store.unmount();

    const unknown = renderPopup({ view: { kind: 'unavailable', reason: 'unknown' }, hostname: null });
    expect(unknown.text()).toContain('Crosscheck can’t run on this page');
    expect(unknown.text()).toContain('If this is a news article, reload the page');
    unknown.unmount();

    const notReady = renderPopup({ view: { kind: 'unavailable', reason: 'not-ready' } });
    expect(notReady.text()).toContain('Reload the page to check it.');
  });

  it('loading, updating and reload states', () => {
    expect(renderPopup({ view: { kind: 'loading' } }).text()).toContain('Checking this page…');
    rendered!.unmount();
    expect(renderPopup({ view: { kind: 'updating' } }).text()).toContain('Updating…');
    rendered!.unmount();
    expect(renderPopup({ view: { kind: 'reload' } }).text()).toContain('Reload the page to apply your change');
  });

  it('has an Options button', () => {
    const { container, props } = renderPopup({ view: { kind: 'no-event' } });
    click(buttonNamed(container, 'Options'));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });
});

describe('loadPage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not ask pages no content script can reach', async () => {
    const send = vi.fn();
    fakeBrowser.tabs.sendMessage = send as never;
    expect(await loadPage({ id: 1, url: 'chrome://newtab/' })).toEqual({ kind: 'unavailable', reason: 'browser-page' });
    expect(await loadPage({ id: 1, url: 'https://addons.mozilla.org/x' })).toEqual({ kind: 'unavailable', reason: 'store' });
    expect(await loadPage(null)).toEqual({ kind: 'unavailable', reason: 'no-tab' });
    expect(send).not.toHaveBeenCalled();
  });

  it('explains a rejected message by what the URL shows', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.')) as never;
    expect(await loadPage({ id: 1, url: 'https://news.example.org/a' })).toEqual({ kind: 'unavailable', reason: 'not-ready' });
    expect(await loadPage({ id: 1, url: null })).toEqual({ kind: 'unavailable', reason: 'unknown' });
  });

  it('asks again while the page has no summary yet', async () => {
    const s = summary();
    const send = vi.fn().mockResolvedValueOnce(undefined).mockResolvedValueOnce(wireSummary());
    fakeBrowser.tabs.sendMessage = send as never;
    expect(await loadPage({ id: 4, url: s.url }, [1])).toEqual({ kind: 'summary', summary: s });
    expect(send).toHaveBeenCalledWith(4, { type: 'get-summary' });
  });
});

describe('PopupApp (wired to the fake browser)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
  });

  async function openOn(url: string) {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
    return tab.id!;
  }

  it('asks the active tab, lists findings, reveals one and closes', async () => {
    const tabId = await openOn('https://news.example.org/world/strike');
    const send = vi.fn(async (_tab: number, message: { type: string }) => (message.type === 'get-summary' ? wireSummary() : undefined));
    fakeBrowser.tabs.sendMessage = send as never;
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('2 differ from other outlets'));
    expect(send).toHaveBeenCalledWith(tabId, { type: 'get-summary' });
    click(rendered.container.querySelector<HTMLButtonElement>('[data-id="m1"]')!);
    await eventually(() => expect(close).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(tabId, { type: 'reveal-mark', id: 'm1' });
  });

  it('the site switch writes the normalised site to settings, and the popup follows', async () => {
    await openOn('https://www.example.org/world/strike');
    let state: 'matched' | 'disabled' = 'matched';
    fakeBrowser.tabs.sendMessage = vi.fn(async () => wireSummary({ url: 'https://www.example.org/world/strike', state })) as never;
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('Where outlets differ'));
    state = 'disabled';
    click(byLabel(rendered.container, 'Crosscheck on this site'));
    await eventually(async () => expect((await settingsItem.getValue()).disabledSites).toEqual(['example.org']));
    await eventually(() => expect(rendered!.text()).toContain('Crosscheck is off for this site'));
    state = 'matched';
    click(byLabel(rendered.container, 'Crosscheck on this site'));
    await eventually(async () => expect((await settingsItem.getValue()).disabledSites).toEqual([]));
    await eventually(() => expect(rendered!.text()).toContain('2 differ from other outlets'));
  });

  it('updates when the page sends a new summary', async () => {
    const tabId = await openOn('https://news.example.org/world/strike');
    fakeBrowser.tabs.sendMessage = vi.fn(async () => wireSummary({ state: 'no-event', marks: [], counts: { differs: 0, agrees: 0, unique: 0 } })) as never;
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('Nothing to check on this page'));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-summary', summary: wireSummary() }, { tab: { id: tabId } } as never, () => {});
    await eventually(() => expect(rendered!.text()).toContain('2 differ from other outlets'));
  });

  it('a browser page: nothing is asked, the popup explains', async () => {
    await openOn('chrome://extensions/');
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('Crosscheck can’t run on this page'));
    expect(rendered.container.querySelector('#site-switch')).toBeNull();
  });

  it('a tab whose URL is hidden and whose content script does not answer (sendMessage rejects)', async () => {
    await openOn(undefined as never);
    fakeBrowser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.')) as never;
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('Crosscheck can’t run on this page'));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalled();
  });

  it('a tab whose URL is hidden still gets its site switch from the summary', async () => {
    await openOn(undefined as never);
    fakeBrowser.tabs.sendMessage = vi.fn(async () => wireSummary()) as never;
    rendered = mount(<PopupApp />);
    await eventually(() => expect(rendered!.text()).toContain('news.example.org'));
    expect(byLabel(rendered.container, 'Crosscheck on this site').checked).toBe(true);
  });
});
