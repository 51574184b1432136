/**
 * `npm run bench`: the cost of Crosscheck's pass in a real Chromium, read from the `crosscheck:pass`
 * User Timing measure, on sample articles and on a page about something else (which only pays for the
 * cheap gate), beside two yardsticks measured on the same page:
 * - the floor: one TreeWalker read of the page's text, the least any text scan can cost;
 * - the longest main-thread task (Long Tasks API) from page load to the pass's end: how long the page
 *   was frozen. It includes the page's own load work, so compare it with a run without the extension.
 * Speed belongs here, not in the unit tests. CROSSCHECK_SKIP_BUILD=1 reuses the last build;
 * CROSSCHECK_BENCH_EXTENSION=DIR measures another build (an older commit's, for a before/after).
 */
import { join } from 'node:path';
import { buildExtension, launchWithExtension } from '../tests/e2e/support/chromium';
import { ROOT, startServer } from '../tests/e2e/support/server';

const PAGES = ['/pages/news-2021-strike.html', '/articles/lakeshore-sentinel-2021-strike.html', '/pages/sports-hockey-recap.html'];
const RUNS = 5;

interface Run {
  pass: number;
  floor: number;
  longestTask: number;
}

/** In the page, from its first script: remember the longest task the main thread ran. */
const WATCH_LONG_TASKS = `(() => {
  window.__ccLongest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ccLongest = Math.max(window.__ccLongest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** In the page, once the pass is done: its cost, the floor (one text read, averaged over many) and the longest task. */
const MEASURE = (): Run => {
  const pass = performance.getEntriesByName('crosscheck:pass')[0]?.duration ?? NaN;
  // The clock is coarse (0.1 ms or worse): time many reads and divide.
  const READS = 200;
  let chars = 0;
  const start = performance.now();
  for (let i = 0; i < READS; i++) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  }
  const floor = (performance.now() - start) / READS + (chars < 0 ? 1 : 0);
  return { pass, floor, longestTask: (window as unknown as { __ccLongest?: number }).__ccLongest ?? 0 };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const extensionDir = process.env.CROSSCHECK_BENCH_EXTENSION ?? buildExtension(join(ROOT, '.output/bench'));
  const server = await startServer();
  const ext = await launchWithExtension({ extensionDir });
  try {
    for (const path of PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await ext.context.newPage();
        await page.addInitScript(WATCH_LONG_TASKS);
        await page.goto(server.url(path));
        await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached', timeout: 15_000 });
        runs.push(await page.evaluate(MEASURE));
        await page.close();
      }
      const pass = median(runs.map((r) => r.pass));
      const floor = median(runs.map((r) => r.floor));
      const frozen = median(runs.map((r) => r.longestTask));
      console.log(
        `${path}: pass ${pass.toFixed(1)} ms, floor ${floor.toFixed(2)} ms, pass/floor ${(pass / floor).toFixed(0)}×, ` +
          `longest task ${frozen.toFixed(0)} ms (medians of ${RUNS} loads)`,
      );
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
