import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, watchSettings } from '../../entrypoints/content/settings';
import { PageContext } from '../../utils/page-context';
import { settingsItem } from '../../utils/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const wait = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => fakeBrowser.reset());

describe('the content script’s settings (read without WXT’s storage module)', () => {
  it('reads the defaults before anything is saved, then what the options page saved', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const saved: Settings = { autoHighlight: true, figures: false, names: true, display: 'differences', disabledSites: ['example.com'] };
    await settingsItem.setValue(saved);
    expect(await readSettings()).toEqual(saved);
  });

  it('hears every change made through the settings item, until its context ends', async () => {
    const ctx = new PageContext('settings-test');
    const heard: Settings[] = [];
    watchSettings(ctx, (s) => heard.push(s));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, names: false });
    await wait();
    expect(heard).toEqual([{ ...DEFAULT_SETTINGS, names: false }]);
    await settingsItem.removeValue();
    await wait();
    expect(heard.at(-1)).toEqual(DEFAULT_SETTINGS);
    ctx.abort();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoHighlight: false });
    await wait();
    expect(heard).toHaveLength(2);
  });
});
