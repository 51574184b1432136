/**
 * The reader's settings as the content script reads them: the same `local:settings` item that
 * utils/settings-store.ts defines, read with the storage API itself so that the script
 * on every page does not carry WXT's storage module (about 3 KB gzipped). The item's versioning and
 * migrations run where it is defined (the background, the popup, the options page), before any page
 * could see a new version. tests/page/content-settings.test.ts checks both read the same.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { PageContext } from '../../utils/page-context';

/** The storage.local key of settings-store.ts's `local:settings` item. */
const KEY = 'settings';

// Merged over the defaults: settings stored before a field existed (`display`) read as its default.
const orDefault = (value: unknown): Settings => ({ ...DEFAULT_SETTINGS, ...((value as Partial<Settings> | null | undefined) ?? {}) });

export async function readSettings(): Promise<Settings> {
  return orDefault((await browser.storage.local.get(KEY))[KEY]);
}

/** Calls back with the new settings each time they change, until the context ends. */
export function watchSettings(ctx: PageContext, callback: (settings: Settings) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(orDefault(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
