/**
 * The files a browser saves through downloads, as they land on disk. Downloads from the toolbar popup never
 * reach Playwright's `download` event (it does not attach to popup targets and drops downloads it cannot tie
 * to a page), so this asks the browser itself, over a browser-level DevTools session: downloads go to `dir`,
 * and `Browser.downloadWillBegin` / `Browser.downloadProgress` say which file is which and when it is whole.
 * Each finished file is also copied to `dir/<suggested name>`, as a reader's Downloads folder would hold it.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

export interface SavedDownload {
  /** The name the page (or extension) asked for: `<a download="…">`. */
  suggestedFilename: string;
  /** The blob:, data: or http URL it came from. */
  url: string;
  /** The file under its suggested name, in the downloads folder. */
  path: string;
  content: string;
}

export interface DownloadWatcher {
  dir: string;
  /** Downloads finished so far, in the order they began. */
  saved: SavedDownload[];
  /** Waits for the next download that began after this call (or the first not yet taken) to finish. */
  next(timeoutMs?: number): Promise<SavedDownload>;
  close(): Promise<void>;
}

export async function watchDownloads(ext: ExtensionBrowser, dir: string): Promise<DownloadWatcher> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser object for this context: cannot open a browser-level DevTools session');
  mkdirSync(dir, { recursive: true });
  const session: CDPSession = await browser.newBrowserCDPSession();
  const begun = new Map<string, { suggestedFilename: string; url: string }>();
  const saved: SavedDownload[] = [];
  const failed: string[] = [];
  let taken = 0;
  let wake: (() => void) | null = null;

  session.on('Browser.downloadWillBegin', (e: { guid: string; url: string; suggestedFilename: string }) => {
    begun.set(e.guid, { suggestedFilename: e.suggestedFilename, url: e.url });
  });
  session.on('Browser.downloadProgress', (e: { guid: string; state: string; filePath?: string }) => {
    if (e.state === 'canceled') failed.push(begun.get(e.guid)?.suggestedFilename ?? e.guid);
    if (e.state !== 'completed') return;
    const info = begun.get(e.guid) ?? { suggestedFilename: e.guid, url: '' };
    const source = e.filePath ?? join(dir, e.guid);
    const path = join(dir, info.suggestedFilename);
    copyFileSync(source, path);
    saved.push({ ...info, path, content: readFileSync(path, 'utf8') });
    wake?.();
  });
  // The persistent context is the browser's default context: no browserContextId.
  await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });

  return {
    dir,
    saved,
    async next(timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (saved.length <= taken) {
        if (failed.length) throw new Error(`download canceled: ${failed.join(', ')}`);
        const left = end - Date.now();
        if (left <= 0) throw new Error(`no download finished within ${timeoutMs} ms (${begun.size} began)`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
      return saved[taken++]!;
    },
    close: async () => {
      await session.detach().catch(() => undefined);
    },
  };
}
