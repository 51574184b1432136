/**
 * `npm run bench`: the cost of Crosscheck's pass in a real Chromium, read from the `crosscheck:pass`
 * User Timing measure, on a sample article and on a page about something else (which only pays for the
 * cheap gate). Speed belongs here, not in the unit tests. CROSSCHECK_SKIP_BUILD=1 reuses the last build.
 */
import { join } from 'node:path';
import { buildExtension, launchWithExtension } from '../tests/e2e/support/chromium';
import { ROOT, startServer } from '../tests/e2e/support/server';

const PAGES = ['/pages/news-2021-strike.html', '/articles/lakeshore-sentinel-2021-strike.html', '/pages/sports-hockey-recap.html'];
const RUNS = 5;

async function main(): Promise<void> {
  const extensionDir = buildExtension(join(ROOT, '.output/bench'));
  const server = await startServer();
  const ext = await launchWithExtension({ extensionDir });
  try {
    for (const path of PAGES) {
      const durations: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await ext.context.newPage();
        await page.goto(server.url(path));
        await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: 15_000 });
        durations.push(await page.evaluate(() => performance.getEntriesByName('crosscheck:pass')[0]?.duration ?? NaN));
        await page.close();
      }
      durations.sort((a, b) => a - b);
      const median = durations[Math.floor(durations.length / 2)] ?? NaN;
      console.log(`${path}: median pass ${median.toFixed(1)} ms over ${RUNS} loads (min ${durations[0]?.toFixed(1)}, max ${durations.at(-1)?.toFixed(1)})`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
