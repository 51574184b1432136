/**
 * Building the extension and starting Chromium with it (see ../shared/TOOLCHAIN.md).
 *
 * Two builds: the test build (CROSSCHECK_TEST_HOOKS=1: Crosscheck's in-page UI in open shadow roots, so the
 * suites can read it) that most suites use, and the shipped build (what `npm run build` makes) for the suites
 * that check what a page can and cannot reach.
 *
 * Environment:
 *   CROSSCHECK_CHROMIUM       the browser binary (default: /usr/bin/chromium, or another usual path)
 *   CROSSCHECK_OUT_DIR        where the e2e build goes (default: .output/e2e, inside the ignored .output;
 *                             the shipped build goes beside it, in the same name with -shipped)
 *   CROSSCHECK_SKIP_BUILD=1   reuse the last e2e build
 *   CROSSCHECK_CHROMIUM_FLAGS more command-line switches, space-separated, for experiments with the bench
 *                             (`--js-flags=--no-efficiency-mode`, say); the suites never set it
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright-core';
import { ROOT } from './server';
import { startProxyTrap, type ProxyTrap } from '../../e2e-shared/trap';
import { recordRequests, type RecordedRequest } from './network';
import { closeWithDeadline } from './stop-chromium';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string {
  const configured = process.env.CROSSCHECK_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CROSSCHECK_CHROMIUM=${configured} does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
        'or point CROSSCHECK_CHROMIUM at a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** The folder the e2e build goes to: CROSSCHECK_OUT_DIR or .output/e2e, relative to the project. */
export function e2eOutDir(): string {
  return resolve(ROOT, process.env.CROSSCHECK_OUT_DIR ?? '.output/e2e');
}

/** The folder the shipped build (no test hooks) goes to: beside the e2e build, with -shipped. */
export function shippedOutDir(): string {
  return `${e2eOutDir()}-shipped`;
}

export interface BuildOptions {
  /**
   * A test build (CROSSCHECK_TEST_HOOKS=1, the default): the in-page UI in open shadow roots. `false`: the
   * shipped build, closed shadow roots; give it its own `outDir` (shippedOutDir()).
   */
  testHooks?: boolean;
}

/**
 * The environment of `wxt build` as from a terminal (vitest's NODE_ENV=test would make a development build),
 * with the test-hooks flag set or removed.
 */
export function buildEnv(outDir: string, testHooks: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CROSSCHECK_OUT_DIR: outDir };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'VITEST' || key.startsWith('VITEST_')) delete env[key];
  if (testHooks) env.CROSSCHECK_TEST_HOOKS = '1';
  else delete env.CROSSCHECK_TEST_HOOKS;
  return env;
}

/**
 * Builds the Chrome extension into `outDir` (unless CROSSCHECK_SKIP_BUILD=1) and returns its folder: a test
 * build unless `{ testHooks: false }`.
 */
export function buildExtension(outDir = e2eOutDir(), options: BuildOptions = {}): string {
  const extensionDir = join(outDir, 'chrome-mv3');
  if (process.env.CROSSCHECK_SKIP_BUILD === '1') {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`CROSSCHECK_SKIP_BUILD=1 but there is no build at ${extensionDir}; run once without it`);
    }
    return extensionDir;
  }
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  const result = spawnSync(wxt, ['build'], {
    cwd: ROOT,
    env: buildEnv(outDir, options.testHooks ?? true),
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`wxt build failed (status ${result.status ?? result.signal}):\n${output}`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`wxt build wrote no manifest in ${extensionDir}`);
  return extensionDir;
}

/** Flags that keep Chromium from reaching out on its own (TOOLCHAIN.md) and make it run in a container. */
function quietFlags(): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--metrics-recording-only',
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request the context reported (pages, extension pages, service worker). */
  requests: RecordedRequest[];
  /** Requests for non-loopback hosts that reached the proxy trap instead of the network. */
  trap: ProxyTrap;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /**
   * A profile folder to use (created if missing) instead of a fresh temporary one. It is left in place on
   * close, so a later launch on the same folder is the same reader's browser reopened; the caller removes it.
   */
  profileDir?: string;
}

/** Chromium with the extension loaded, in a fresh profile (or `profileDir`), behind the proxy trap. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const headless = options.headless ?? true;
  const ownProfile = options.profileDir === undefined;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
  if (!ownProfile) mkdirSync(profile, { recursive: true });
  const removeProfile = () => {
    if (ownProfile) rmSync(profile, { recursive: true, force: true });
  };
  const trap = await startProxyTrap();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      // Playwright's own headless mode is the old headless shell, which has no extensions: ask for the new one.
      headless: false,
      // Playwright's defaults include --disable-extensions; the extension under test must load.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      args: [
        ...(headless ? ['--headless=new'] : []),
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
        ...quietFlags(),
        ...(process.env.CROSSCHECK_CHROMIUM_FLAGS?.split(' ').filter(Boolean) ?? []),
        // Loopback stays direct (Chromium never proxies it); everything else goes to the trap.
        `--proxy-server=http://${trap.address}`,
      ],
    });
    const requests = recordRequests(context);
    const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 20_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const opened = context;
    return {
      context: opened,
      extensionId,
      serviceWorker,
      requests,
      trap,
      close: async () => {
        await closeWithDeadline(() => opened.close(), profile);
        await trap.close();
        removeProfile();
      },
    };
  } catch (error) {
    const failed = context;
    if (failed) await closeWithDeadline(() => failed.close(), profile);
    await trap.close();
    removeProfile();
    throw error;
  }
}

export interface PlainBrowser {
  browser: Browser;
  /** What Chromium itself asked of the network with no extension loaded: the control for the proxy trap. */
  trap: ProxyTrap;
  close(): Promise<void>;
}

/** Chromium without any extension, behind its own proxy trap: how the pages look untouched. */
export async function launchPlain(): Promise<PlainBrowser> {
  const trap = await startProxyTrap();
  try {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: false,
      args: ['--headless=new', '--disable-extensions', ...quietFlags(), `--proxy-server=http://${trap.address}`],
    });
    return {
      browser,
      trap,
      close: async () => {
        await browser.close().catch(() => undefined);
        await trap.close();
      },
    };
  } catch (error) {
    await trap.close();
    throw error;
  }
}
