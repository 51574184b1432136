/**
 * `npm run demo`: builds the extension, serves a sample article from 127.0.0.1 and opens Chromium with
 * Crosscheck loaded on it. Close the browser (or press Ctrl+C) to stop.
 *
 *   npm run demo                                        headed Chromium on the sample article
 *   npm run demo -- --headless --screenshot out.png     headless: hover a differing figure, save a screenshot
 *                                                       with its popover open, exit
 *   npm run demo -- --page hostile-css-2021-strike.html another page from tests/e2e/pages/
 *
 * Needs Chromium (/usr/bin/chromium, or CROSSCHECK_CHROMIUM). CROSSCHECK_SKIP_BUILD=1 reuses the last demo build.
 * Nothing is fetched from the network: the page comes from the local server, the reference ships in the extension.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildExtension, launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/chromium';
import { findPopovers, runProbe } from '../tests/e2e/support/probes';
import { ROOT, startServer, type TestServer } from '../tests/e2e/support/server';

interface Options {
  headless: boolean;
  screenshot: string | null;
  page: string;
}

function usage(message: string): never {
  process.stderr.write(`demo: ${message}\nusage: npm run demo -- [--headless] [--screenshot FILE.png] [--page FILE.html]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { headless: false, screenshot: null, page: 'news-2021-strike.html' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--headless') options.headless = true;
    else if (arg === '--screenshot') options.screenshot = resolve(value());
    else if (arg === '--page') options.page = value();
    else if (arg === '--help' || arg === '-h') usage('shows Crosscheck on a sample article');
    else usage(`unknown argument ${arg}`);
  }
  if (options.screenshot && !options.headless) usage('--screenshot needs --headless');
  if (!/^[\w.-]+\.html$/.test(options.page)) usage(`--page takes a file name from tests/e2e/pages/, not ${options.page}`);
  return options;
}

const DIFFERS = '[data-crosscheck-kind][data-crosscheck-status="differs"]';

async function screenshotWithPopover(ext: ExtensionBrowser, url: string, file: string): Promise<void> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(url);
  await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: 15_000 });
  const event = await page.getAttribute('html', 'data-crosscheck-event');
  const count = await page.locator('[data-crosscheck-kind]').count();
  console.log(`demo: event ${event ?? 'none'}, ${count} highlight pieces`);
  const target = page.locator(DIFFERS).first();
  if ((await target.count()) === 0) throw new Error('no differing highlight on this page to hover');
  await target.hover({ timeout: 5_000 });
  const end = Date.now() + 5_000;
  let open = false;
  while (!open && Date.now() < end) {
    open = (await runProbe(page, findPopovers)).some((p) => p.visible);
    if (!open) await new Promise((r) => setTimeout(r, 100));
  }
  if (!open) console.warn('demo: no popover opened within 5 s; the screenshot shows the highlights only');
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`demo: wrote ${file}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  console.log(process.env.CROSSCHECK_SKIP_BUILD === '1' ? 'demo: reusing the last demo build' : 'demo: building the extension…');
  const extensionDir = buildExtension(join(ROOT, '.output/demo'));
  const server: TestServer = await startServer();
  const url = server.url(`/pages/${options.page}`);
  let ext: ExtensionBrowser | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await ext?.close().catch(() => undefined);
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));
  try {
    ext = await launchWithExtension({ extensionDir, headless: options.headless, viewport: options.headless ? { width: 1280, height: 900 } : null });
  } catch (error) {
    const hint = !options.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? ' (no display here: try --headless)' : '';
    process.stderr.write(`demo: could not start Chromium${hint}: ${(error as Error).message.split('\n')[0]}\n`);
    await stop(1);
    return;
  }
  if (options.headless) {
    try {
      if (options.screenshot) await screenshotWithPopover(ext, url, options.screenshot);
      else {
        const page = ext.context.pages()[0] ?? (await ext.context.newPage());
        await page.goto(url);
        await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: 15_000 });
        console.log(`demo: ${url}: event ${(await page.getAttribute('html', 'data-crosscheck-event')) ?? 'none'}`);
      }
      await stop(0);
    } catch (error) {
      process.stderr.write(`demo: ${(error as Error).message}\n`);
      await stop(1);
    }
    return;
  }
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(url);
  console.log(`demo: Crosscheck is loaded on ${url}\n      other pages: ${server.url('/pages/')}<file> (tests/e2e/pages/), ${server.url('/articles/')}<slug>.html (tests/corpus/<slug>/page.html)\n      close the browser or press Ctrl+C to stop`);
  ext.context.on('close', () => void stop(0));
}

void main();
