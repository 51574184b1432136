// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/OptionsApp';
import { addSite, checkNewSite, parseSiteInput, removeSite } from '../../entrypoints/options/sites';
import { settingsItem } from '../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { buttonNamed, byLabel, click, eventually, mount, type Rendered } from '../support/ui';

describe('site input', () => {
  it('normalises what the reader types', () => {
    expect(parseSiteInput('example.com')).toEqual({ ok: true, site: 'example.com' });
    expect(parseSiteInput('  WWW.Example.COM. ')).toEqual({ ok: true, site: 'example.com' });
    expect(parseSiteInput('https://www.example.com/world/story?x=1')).toEqual({ ok: true, site: 'example.com' });
    expect(parseSiteInput('news.example.co.uk:8080')).toEqual({ ok: true, site: 'news.example.co.uk' });
    expect(parseSiteInput('*.example.com')).toEqual({ ok: true, site: 'example.com' });
    expect(parseSiteInput('localhost')).toEqual({ ok: true, site: 'localhost' });
    expect(parseSiteInput('bücher.de')).toEqual({ ok: true, site: 'xn--bcher-kva.de' });
  });

  it('refuses what is not a site', () => {
    for (const bad of ['', '   ', 'not a site', 'example', 'ftp://example.com', 'chrome://extensions', 'exa_mple.com', '-bad-.com']) {
      const result = parseSiteInput(bad);
      expect(result.ok, bad).toBe(false);
    }
    expect(parseSiteInput('example')).toEqual({ ok: false, error: 'Enter the whole site name, such as example.com.' });
  });

  it('refuses sites already listed or covered', () => {
    expect(checkNewSite(['example.com'], 'www.example.com')).toEqual({ ok: false, error: 'example.com is already in the list.' });
    expect(checkNewSite(['example.com'], 'news.example.com')).toEqual({ ok: false, error: 'news.example.com is already covered by example.com.' });
    expect(checkNewSite(['example.com'], 'example.org')).toEqual({ ok: true, site: 'example.org' });
  });

  it('adds in sorted, normalised form and removes', () => {
    const one = addSite(DEFAULT_SETTINGS, 'https://www.Zeta.org/a');
    const two = addSite(one, 'alpha.net');
    expect(two.disabledSites).toEqual(['alpha.net', 'zeta.org']);
    expect(addSite(two, 'zeta.org')).toBe(two);
    expect(removeSite(two, 'zeta.org').disabledSites).toEqual(['alpha.net']);
  });
});

describe('OptionsApp', () => {
  let rendered: Rendered | null = null;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    rendered?.unmount();
    rendered = null;
  });

  async function open(): Promise<Rendered> {
    rendered = mount(<OptionsApp />);
    await eventually(() => expect(rendered!.container.querySelector('#auto-highlight')).not.toBeNull());
    return rendered;
  }

  it('labels every control', async () => {
    const { container } = await open();
    for (const control of Array.from(container.querySelectorAll('input'))) {
      expect(container.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    for (const button of Array.from(container.querySelectorAll('button'))) {
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.toBe('');
    }
  });

  it('shows the stored settings', async () => {
    await settingsItem.setValue({ autoHighlight: false, figures: true, names: false, display: 'differences', disabledSites: ['example.com'] });
    const { container } = await open();
    await eventually(() => expect(byLabel(container, 'Highlight automatically').checked).toBe(false));
    expect(byLabel(container, 'Figures').checked).toBe(true);
    expect(byLabel(container, 'Names').checked).toBe(false);
    expect(container.querySelector('.site-name')?.textContent).toBe('example.com');
  });

  it('each switch saves at once and says Saved', async () => {
    const { container } = await open();
    const status = container.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');

    click(byLabel(container, 'Highlight automatically'));
    await eventually(async () => expect((await settingsItem.getValue()).autoHighlight).toBe(false));
    await eventually(() => expect(status.textContent).toBe('Saved'));

    click(byLabel(container, 'Figures'));
    await eventually(async () => expect((await settingsItem.getValue()).figures).toBe(false));
    click(byLabel(container, 'Names'));
    await eventually(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, autoHighlight: false, figures: false, names: false }));
    expect(byLabel(container, 'Figures').checked).toBe(false);

    click(byLabel(container, 'Figures'));
    await eventually(async () => expect((await settingsItem.getValue()).figures).toBe(true));
  });

  it('the display choice saves at once, and the legend says what stands out with it', async () => {
    const { container, text } = await open();
    expect(byLabel(container, 'Differences only').checked).toBe(true);
    expect(text()).toContain('What the marks mean');
    expect(text()).toContain('Your setting, “Differences only”');
    click(byLabel(container, 'Everything'));
    await eventually(async () => expect((await settingsItem.getValue()).display).toBe('everything'));
    await eventually(() => expect(text()).toContain('Your setting, “Everything”'));
    expect(byLabel(container, 'Everything').checked).toBe(true);
  });

  it('follows changes made elsewhere (the popup)', async () => {
    const { container } = await open();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, names: false });
    await eventually(() => expect(byLabel(container, 'Names').checked).toBe(false));
  });

  function typeSite(container: HTMLElement, value: string) {
    const input = byLabel(container, 'Add a site');
    act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  }

  it('adds a site in normal form, and removes it', async () => {
    const { container, text } = await open();
    expect(text()).toContain('No sites yet');
    typeSite(container, 'https://WWW.Example.com/news/story');
    await eventually(async () => expect((await settingsItem.getValue()).disabledSites).toEqual(['example.com']));
    await eventually(() => expect(text()).toContain('Saved'));
    expect(byLabel(container, 'Add a site').value).toBe('');
    typeSite(container, 'another.org');
    await eventually(async () => expect((await settingsItem.getValue()).disabledSites).toEqual(['another.org', 'example.com']));
    await eventually(() => {
      buttonNamed(container, 'Remove example.com');
    });

    click(buttonNamed(container, 'Remove example.com'));
    await eventually(async () => expect((await settingsItem.getValue()).disabledSites).toEqual(['another.org']));
    const listed = () => Array.from(container.querySelectorAll('.site-name')).map((e) => e.textContent);
    await eventually(() => expect(listed()).toEqual(['another.org']));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove another.org');
  });

  it('explains an invalid or repeated site and saves nothing', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    const { container, text } = await open();
    await eventually(() => expect(container.querySelector('.site-name')?.textContent).toBe('example.com'));
    typeSite(container, 'not a site');
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('is not a site name'));
    expect(byLabel(container, 'Add a site').getAttribute('aria-invalid')).toBe('true');
    typeSite(container, 'www.example.com');
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('example.com is already in the list.'));
    expect((await settingsItem.getValue()).disabledSites).toEqual(['example.com']);
  });
});
