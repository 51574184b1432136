/**
 * Firefox ESR on a profile that outlives the browser, for the storage suite (storage.e2e.test.ts): the same
 * browser, proxy trap and fixed extension UUID as launchFirefox (firefox.ts), but the profile folder is the
 * test's, so Firefox can be quit or killed and started again on it.
 *
 * WebDriver BiDi installs the build as a temporary add-on, which Firefox drops when it quits (or, after a
 * kill, at the next start). A reader's add-on is installed for good and keeps its storage across restarts.
 * Each start here installs the same build again under the same id and UUID (the same moz-extension:// origin),
 * so the extension finds its own IndexedDB where it left it. Firefox ESR 153 was seen keeping that storage
 * across a quit without help; the prefs `keepStorageOnUninstall` and `keepUuidOnUninstall` make sure that
 * dropping the temporary install never clears it, which a reader's installed add-on never meets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXTENSION_UUID, firefoxPath, firefoxPrefs, loadExtensionPage } from './firefox';
import { startProxyTrap, type ProxyTrap } from '../../e2e-shared/trap';

export interface FirefoxOnProfile {
  browser: Browser;
  /** moz-extension://UUID */
  extensionOrigin: string;
  /** Firefox's main process id (for a kill). */
  pid: number;
  trap: ProxyTrap;
  /** A new tab on one of the extension's pages, once `selector` is there (the navigation is not awaited: see firefox.ts). */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  /** Quits Firefox (or, after a kill, lets go of it) and stops the trap. */
  close(): Promise<void>;
}

/**
 * Firefox ESR on `profileDir` (kept), with the build at `extensionDir` installed again. Downloads go to
 * `downloadDir`, the caller's to remove: one per profile, since a killed Firefox leaves it in the profile's
 * prefs and the next start may make it again.
 */
export async function launchOnProfile(options: { extensionDir: string; profileDir: string; downloadDir: string }): Promise<FirefoxOnProfile> {
  const trap = await startProxyTrap();
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await trap.close();
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      userDataDir: options.profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...firefoxPrefs({ extensionDir: options.extensionDir, trapPort: trap.port, downloadDir: options.downloadDir }),
        // The temporary install keeps its storage and UUID when Firefox drops it, as an installed add-on does.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // A killed Firefox starts again normally, not in safe mode or with a crash prompt.
        'toolkit.startup.max_resumed_crashes': -1,
        'browser.sessionstore.resume_from_crash': false,
      },
    });
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await close();
    throw error;
  }
  const opened = browser;
  const pid = opened.process()?.pid;
  if (pid === undefined) {
    await close();
    throw new Error('Firefox started without a process id');
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser: opened,
    extensionOrigin,
    pid,
    trap,
    openExtensionPage: async (path, selector) => loadExtensionPage(await opened.newPage(), `${extensionOrigin}${path}`, selector),
    close,
  };
}

/** The first finished download whose name matches and whose content is whole JSON; waits up to `timeoutMs`. */
export async function waitForJsonDownload(dir: string, name: RegExp, timeoutMs: number): Promise<{ name: string; content: string }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    // Firefox writes a download under its own name with a .part file beside it until it is done.
    const files = readdirSync(dir);
    const done = files.find((f) => name.test(f) && !files.includes(`${f}.part`));
    if (done) {
      const content = readFileSync(join(dir, done), 'utf8');
      try {
        JSON.parse(content);
        return { name: done, content };
      } catch {
        // Still being written.
      }
    }
    if (Date.now() > end) throw new Error(`no download matching ${name} in ${dir} after ${timeoutMs} ms (found: ${files.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
