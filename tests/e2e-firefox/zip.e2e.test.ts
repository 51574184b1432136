/**
 * The store packages, as `npm run zip` makes them (`wxt zip` for Chrome, `wxt zip -b firefox` for Firefox
 * and the sources archive addons.mozilla.org asks for), into their own output folder:
 * - each package holds the manifest and the built scripts, exactly the files of the build it was made from;
 * - the sources archive holds what a reviewer needs to rebuild and nothing else (no tests, fixtures,
 *   node_modules, output), and rebuilding from it gives the Firefox package byte for byte;
 * - both packages load: the Firefox one, unzipped, in Firefox ESR; the Chrome one, unzipped, in Chromium.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension } from '../e2e/support/chromium';
import { collectHighlights, runProbe } from '../e2e/support/probes';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { firefoxOutDir, launchFirefox, run, tail } from './support/firefox';
import { FIREFOX_OWN_HOSTS, trapHost } from '../e2e-shared/trap';
import { extractZip, zipFileNames } from './support/zip';

const builds = inject('firefoxBuilds');
const NEWS = '/pages/news-2021-strike.html';
const READY_TIMEOUT = 15_000;

/** What the sources archive must hold (README, "Store packages"), and what it may hold at all. */
const REQUIRED_SOURCES = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'];
const ALLOWED_SOURCE = /^(package\.json|package-lock\.json|wxt\.config\.ts|tsconfig\.json|README\.md|(entrypoints|components|lib|utils)\/.+)$/;
const FORBIDDEN_SOURCE = /(^|\/)(tests?|fixtures|__tests__|node_modules|\.output[^/]*|\.wxt|test-results|scripts|\.dbg|\.git)(\/|$)|\.(test|spec|e2e)\.[cm]?[jt]sx?$/;

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
    })
    .sort();
}

describe.skipIf(!builds)('store packages (npm run zip)', () => {
  const outDir = join(firefoxOutDir(), 'zip');
  const temp: string[] = [];
  let server: TestServer;
  let zips: { chrome: string; firefox: string; sources: string };

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    const result = await run('npm', ['run', 'zip'], { env: { CROSSCHECK_OUT_DIR: outDir } });
    if (result.status !== 0) throw new Error(`npm run zip failed (status ${result.status}):\n${tail(result.output)}`);
    console.log(`npm run zip: ${result.ms} ms, into ${outDir}: ${readdirSync(outDir).filter((f) => f.endsWith('.zip')).join(', ')}`);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    zips = {
      chrome: join(outDir, `crosscheck-${version}-chrome.zip`),
      firefox: join(outDir, `crosscheck-${version}-firefox.zip`),
      sources: join(outDir, `crosscheck-${version}-sources.zip`),
    };
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  const tempDir = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
    temp.push(dir);
    return dir;
  };

  it('writes the Chrome, Firefox and sources archives', () => {
    for (const zip of Object.values(zips)) expect(existsSync(zip), zip).toBe(true);
  });

  it.each([
    ['Chrome', 'chrome', 'chrome-mv3'],
    ['Firefox', 'firefox', 'firefox-mv2'],
  ] as const)('the %s package holds the manifest and the built scripts, and exactly the build', (_name, key, buildDir) => {
    const names = zipFileNames(zips[key]);
    for (const file of ['manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'options.html', 'popover-ui.js', 'notes-ui.js']) {
      expect(names).toContain(file);
    }
    expect(names.filter((n) => n.endsWith('.js')).length).toBeGreaterThan(5);
    expect(names).toEqual(filesUnder(join(outDir, buildDir)));
    const manifest = JSON.parse(readFileSync(join(outDir, buildDir, 'manifest.json'), 'utf8')) as { manifest_version: number };
    expect(manifest.manifest_version).toBe(key === 'chrome' ? 3 : 2);
    // A production build: no development JSX carrying this machine's source paths.
    expect(names.filter((n) => readFileSync(join(outDir, buildDir, n), 'utf8').includes(ROOT))).toEqual([]);
  });

  it('the sources archive holds what a rebuild needs and no tests, fixtures, node_modules or output', () => {
    const names = zipFileNames(zips.sources);
    console.log(`sources archive: ${names.length} files`);
    for (const file of REQUIRED_SOURCES) expect(names).toContain(file);
    for (const dir of ['entrypoints/', 'components/', 'lib/', 'utils/']) expect(names.some((n) => n.startsWith(dir)), dir).toBe(true);
    expect(names.filter((n) => FORBIDDEN_SOURCE.test(n))).toEqual([]);
    expect(names.filter((n) => !ALLOWED_SOURCE.test(n))).toEqual([]);
  });

  it('rebuilding from the sources archive (npm run build:firefox) gives the Firefox package byte for byte', async () => {
    const dir = extractZip(zips.sources, tempDir('sources'));
    // The reviewer runs `npm ci`; the project's own node_modules stands in for it here (same lockfile).
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const result = await run(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: dir, env: { CROSSCHECK_OUT_DIR: undefined } });
    if (result.status !== 0) throw new Error(`wxt build -b firefox in the sources failed (status ${result.status}):\n${tail(result.output)}`);
    const rebuilt = join(dir, '.output', 'firefox-mv2');
    const packaged = extractZip(zips.firefox, tempDir('firefox-zip'));
    expect(filesUnder(rebuilt)).toEqual(filesUnder(packaged));
    const differ = filesUnder(packaged).filter((f) => !readFileSync(join(rebuilt, f)).equals(readFileSync(join(packaged, f))));
    expect(differ).toEqual([]);
  });

  it('the Firefox package, unzipped, loads in Firefox ESR and highlights an article', async () => {
    const dir = extractZip(zips.firefox, tempDir('firefox-zip'));
    const ff = await launchFirefox({ extensionDir: dir });
    try {
      const page = await ff.newPage();
      await page.goto(server.url(NEWS));
      await page.waitForSelector('html[data-crosscheck-ready]', { timeout: READY_TIMEOUT });
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-crosscheck-event'))).toMatch(/^2021-02-25/);
      expect((await runProbe(page, collectHighlights, [])).length).toBeGreaterThan(0);
      await ff.openExtensionPage('/popup.html', 'button::-p-text(Export JSON)');
      expect(ff.trap.caught.filter((c) => !FIREFOX_OWN_HOSTS.has(trapHost(c)))).toEqual([]);
    } finally {
      await ff.close();
    }
  });

  it('the Chrome package, unzipped, loads in Chromium and highlights an article', async () => {
    const dir = extractZip(zips.chrome, tempDir('chrome-zip'));
    const chromium = await launchWithExtension({ extensionDir: dir });
    try {
      const page = await chromium.context.newPage();
      await page.goto(server.url(NEWS));
      await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: READY_TIMEOUT });
      expect(await page.getAttribute('html', 'data-crosscheck-event')).toMatch(/^2021-02-25/);
      expect((await runProbe(page, collectHighlights, [])).length).toBeGreaterThan(0);
    } finally {
      await chromium.close();
    }
  });
});
