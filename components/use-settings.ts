/**
 * The reader's settings for extension pages (popup, options): read once, then watched, so every open
 * page shows what is stored. Writes go through `updateSettings`, one at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { settingsItem } from '../utils/settings-store';

/** Stored settings with any missing field filled from the defaults. */
export function completeSettings(value: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(value ?? {}), disabledSites: [...(value?.disabledSites ?? DEFAULT_SETTINGS.disabledSites)] };
}

export async function readSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write the settings; calls run in order so quick clicks never undo each other. */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = change(await readSettings());
    await settingsItem.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The current settings, or null until they are read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((value) => {
      if (live) setSettings(value);
    });
    const unwatch = settingsItem.watch((value) => {
      if (live) setSettings(completeSettings(value));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
