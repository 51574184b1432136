/**
 * Building the Firefox extension and starting Firefox ESR with it (see ../shared/TOOLCHAIN.md): puppeteer-core
 * over WebDriver BiDi, a fresh profile, the extension installed as a temporary add-on under a fixed internal
 * UUID (so its pages have a known moz-extension:// address), every non-loopback request sent to a proxy trap,
 * and downloads saved without a dialog into a folder of their own.
 *
 * Environment:
 *   CROSSCHECK_FIREFOX        the browser binary (default: /usr/bin/firefox-esr, or /usr/bin/firefox)
 *   CROSSCHECK_OUT_DIR        where the e2e builds go (default: .output/e2e-firefox, inside the ignored .output;
 *                             shipped builds, without test hooks, beside it with -shipped)
 *   CROSSCHECK_SKIP_BUILD=1   reuse the last e2e builds
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../../e2e/support/server';
import { startProxyTrap, type ProxyTrap } from '../../e2e-shared/trap';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The internal UUID the extension gets in these tests (Firefox picks a random one otherwise). */
export const EXTENSION_UUID = '6f1b7a52-1c1e-4c1a-9a53-7f3d2b8e0c11';

export function firefoxPath(): string {
  const configured = process.env.CROSSCHECK_FIREFOX;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CROSSCHECK_FIREFOX=${configured} does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox e2e tests. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) ' +
        'or point CROSSCHECK_FIREFOX at a Firefox binary.',
    );
  }
  return found;
}

/** The folder the Firefox e2e builds go to: CROSSCHECK_OUT_DIR or .output/e2e-firefox, relative to the project. */
export function firefoxOutDir(): string {
  return resolve(ROOT, process.env.CROSSCHECK_OUT_DIR ?? '.output/e2e-firefox');
}

export interface CommandResult {
  status: number | null;
  output: string;
  ms: number;
}

/**
 * The environment of a command run as from a terminal: without vitest's NODE_ENV=test, under which Vite is
 * not in production mode and `wxt build` writes development JSX into the Preact bundles (popup, options,
 * popover and notes UI), with this machine's absolute source paths in them: not what ships.
 */
function shellEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'VITEST' || key.startsWith('VITEST_')) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs a command in the project (or `cwd`), as from a terminal, and collects its output; never throws. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: shellEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 180_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolveRun({ status: null, output: `${output}\n${String(error)}`, ms: Date.now() - started });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolveRun({ status, output, ms: Date.now() - started });
    });
  });
}

/** The last lines of a command's output, for an error message. */
export function tail(output: string, lines = 40): string {
  return output.trim().split('\n').slice(-lines).join('\n');
}

export type FirefoxManifestVersion = 2 | 3;

/** The folder shipped builds (no test hooks) go to: beside the e2e builds, with -shipped. */
export function firefoxShippedOutDir(): string {
  return `${firefoxOutDir()}-shipped`;
}

/**
 * Builds the Firefox extension (MV2 or MV3) into `outDir` (unless CROSSCHECK_SKIP_BUILD=1); returns its folder.
 * A test build (CROSSCHECK_TEST_HOOKS=1: the in-page UI in open shadow roots, so the suites can read it) unless
 * `{ testHooks: false }`, the shipped build, which needs an `outDir` of its own (firefoxShippedOutDir()).
 */
export async function buildFirefox(
  mv: FirefoxManifestVersion,
  outDir = firefoxOutDir(),
  options: { testHooks?: boolean } = {},
): Promise<string> {
  const extensionDir = join(outDir, `firefox-mv${mv}`);
  if (process.env.CROSSCHECK_SKIP_BUILD === '1') {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`CROSSCHECK_SKIP_BUILD=1 but there is no build at ${extensionDir}; run once without it`);
    }
    return extensionDir;
  }
  const args = ['build', '-b', 'firefox', ...(mv === 3 ? ['--mv3'] : [])];
  const testHooks = options.testHooks ?? true;
  const result = await run(join(ROOT, 'node_modules/.bin/wxt'), args, {
    env: { CROSSCHECK_OUT_DIR: outDir, CROSSCHECK_TEST_HOOKS: testHooks ? '1' : undefined },
  });
  if (result.status !== 0) throw new Error(`wxt ${args.join(' ')} failed (status ${result.status}):\n${tail(result.output)}`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`wxt build wrote no manifest in ${extensionDir}`);
  return extensionDir;
}

/** The add-on id Firefox knows the build by (browser_specific_settings.gecko.id in its manifest). */
export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export interface RecordedRequest {
  url: string;
  method: string;
  /** The URL of the page that made it (its top frame's, as the test opened it). */
  by: string;
}

export interface ConsoleLine {
  page: string;
  type: string;
  text: string;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://UUID */
  extensionOrigin: string;
  /** Every request the pages opened through `newPage` reported. */
  requests: RecordedRequest[];
  /** Requests for non-loopback hosts that reached the proxy trap instead of the network. */
  trap: ProxyTrap;
  /** Console errors and warnings, and uncaught errors, of every page opened through `newPage`. */
  console: ConsoleLine[];
  /** Where downloads are saved. */
  downloadDir: string;
  /** A new tab, its requests and console recorded. */
  newPage(): Promise<Page>;
  /**
   * A new tab on one of the extension's pages, once `selector` is there. Navigating a tab to a
   * moz-extension:// page loads it but the navigation never reports done, so it is not awaited.
   */
  openExtensionPage(path: string, selector: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionDir: string;
  viewport?: { width: number; height: number };
  /** Prefs on top of firefoxPrefs (a dark colour scheme, say: puppeteer cannot emulate media over BiDi). */
  prefs?: Record<string, unknown>;
}

/**
 * Loads one of the extension's pages in `page` and returns it once `selector` is there. Navigating a tab to a
 * moz-extension:// page loads it but the navigation never reports done, so it is not awaited.
 */
export async function loadExtensionPage(page: Page, url: string, selector: string): Promise<Page> {
  void page.goto(url).catch(() => undefined);
  // While the tab swaps about:blank for the extension page, Firefox's BiDi agent can fail an evaluation
  // ("right-hand side of 'in' should be an object, got null") instead of waiting: try again until the deadline.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(500, deadline - Date.now()) });
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw new Error(`${url}: no ${selector} after 15 s`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * The prefs every test Firefox runs with: the extension's fixed UUID, every non-loopback request sent to
 * the proxy trap, no timer throttling in background tabs (the popup is loaded in one, behind the article it
 * reports on, where Firefox would stretch a 250 ms timeout to about 2 s), and downloads straight to a folder.
 */
export function firefoxPrefs(options: { extensionDir: string; trapPort: number; downloadDir: string }): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId(options.extensionDir)]: EXTENSION_UUID }),
    // Everything that is not loopback goes to the trap; loopback stays direct (Firefox's default).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.trapPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
    'network.dns.disablePrefetch': true,
    'dom.min_background_timeout_value': 4,
    'dom.min_background_timeout_value_without_budget_throttling': 4,
    'dom.timeout.enable_budget_throttling': false,
    'browser.download.folderList': 2,
    'browser.download.dir': options.downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}

/** Firefox ESR with the extension installed, in a fresh profile, behind the proxy trap. */
export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxWithExtension> {
  const trap = await startProxyTrap();
  const downloadDir = mkdtempSync(join(tmpdir(), 'crosscheck-ff-downloads-'));
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await trap.close();
    rmSync(downloadDir, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // Lets WebDriver BiDi install add-ons (webExtension.install).
      args: ['--remote-allow-system-access'],
      defaultViewport: options.viewport ?? { width: 1280, height: 900 },
      extraPrefsFirefox: { ...firefoxPrefs({ extensionDir: options.extensionDir, trapPort: trap.port, downloadDir }), ...options.prefs },
    });
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const opened = browser;
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const requests: RecordedRequest[] = [];
  const consoleLines: ConsoleLine[] = [];

  const newPage = async (): Promise<Page> => {
    const page = await opened.newPage();
    page.on('request', (request) => {
      requests.push({ url: request.url(), method: request.method(), by: page.url() });
    });
    page.on('console', (message) => {
      const type = message.type();
      if (type === 'error' || type === 'warn') consoleLines.push({ page: page.url(), type, text: message.text() });
    });
    page.on('pageerror', (error) => {
      consoleLines.push({ page: page.url(), type: 'pageerror', text: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
    });
    return page;
  };

  return {
    browser: opened,
    extensionOrigin,
    requests,
    trap,
    console: consoleLines,
    downloadDir,
    newPage,
    openExtensionPage: async (path, selector, existing) => loadExtensionPage(existing ?? (await newPage()), `${extensionOrigin}${path}`, selector),
    close: cleanUp,
  };
}
