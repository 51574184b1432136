/**
 * `npm run bench`: where Crosscheck's time goes, and how it compares with the least a text scan can
 * cost, with the least drawing the same highlights can cost, and with mark.js, on 1k, 10k and 100k-word
 * pages on topic and unrelated, and on a reader's first article after the browser starts (scripts/bench/).
 * Speed belongs here, not in the unit tests.
 *
 *   npm run bench                      everything, printed
 *   npm run bench -- --json FILE       the same figures written to FILE as JSON
 *   npm run bench -- --node            only the Node parts (the engine alone, its first calls in a fresh process, and with a reference 100× larger)
 *   npm run bench -- --browser         only the Chromium part
 *   npm run bench -- --sizes 1000      only pages of these sizes (comma-separated word counts) in Chromium
 *
 * CROSSCHECK_SKIP_BUILD=1 reuses the last build; CROSSCHECK_BENCH_EXTENSION=DIR measures another build
 * (an older commit's, for a before/after); CROSSCHECK_BENCH_LOADS sets the loads per page (default 5).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from '../tests/e2e/support/chromium';
import { ROOT } from '../tests/e2e/support/server';
import { benchInBrowser, type PageRun } from './bench/browser';
import { benchEngine, printEngine } from './bench/engine';
import { benchCold, printCold } from './bench/cold';
import { benchFirstArticle, printFirstArticle } from './bench/first-article';
import { benchPages } from './bench/pages';
import { benchScale, printScale } from './bench/scale';

const SIZES = [1_000, 10_000, 100_000];

function printPages(runs: PageRun[]): void {
  const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
  for (const r of runs) {
    const vsMark = r.markjs ? `, mark.js ${ms(r.markjs)} (pass = ${(r.pass / r.markjs).toFixed(2)}× mark.js)` : '';
    const vsDrawing = r.drawFloor ? `, drawing floor ${ms(r.drawFloor)} (pass = ${(r.pass / r.drawFloor).toFixed(1)}×)` : '';
    console.log(
      `${r.page.padEnd(15)} pass ${ms(r.pass)}, floor ${r.floor.toFixed(2)} ms (pass = ${(r.pass / r.floor).toFixed(1)}× floor)${vsMark}${vsDrawing}; ` +
        `frozen ${ms(r.frozen)}, longest task ${ms(r.longestTask)}; ${r.highlights} highlights`,
    );
    const st = r.stages;
    if (Number.isFinite(st.answer)) {
      console.log(
        `${''.padEnd(15)} read ${ms(st.read)}, answer ${ms(st.answer)} (the engine ${ms(st.engine)} of it, in the background), ` +
          `draw ${ms(st.draw)} in ${st.slices} slices`,
      );
    }
  }
  for (const topic of ['on-topic', 'unrelated']) {
    const [a, b, c] = SIZES.map((w) => runs.find((r) => r.page.startsWith(topic) && r.words === w));
    if (a && b && c) console.log(`${topic}: 10k costs ${(b.pass / a.pass).toFixed(1)}× 1k, 100k costs ${(c.pass / b.pass).toFixed(1)}× 10k`);
  }
}

/** The engine alone, in Node: warm, in a fresh process, and with a reference 100× larger. */
function benchNode(report: Record<string, unknown>): void {
  console.log('The engine alone, in Node:');
  report.engine = benchEngine();
  printEngine(report.engine as ReturnType<typeof benchEngine>);
  console.log("\nThe engine's first calls in a fresh process, and a reader's first article after the background's warm-up:");
  report.cold = benchCold();
  printCold(report.cold as ReturnType<typeof benchCold>);
  console.log('\nThe same with a synthetic reference of 100 events and 1,000 sources (the content script never carries it):');
  report.scale = benchScale();
  printScale(report.scale as ReturnType<typeof benchScale>);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  if (jsonAt >= 0 && !jsonFile) throw new Error('--json needs a file name');
  const sizesAt = args.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? (args[sizesAt + 1] ?? '').split(',').map(Number) : SIZES;
  if (sizes.length === 0 || sizes.some((n) => !SIZES.includes(n))) throw new Error(`--sizes takes some of ${SIZES.join(',')}`);
  const report: Record<string, unknown> = {};

  if (!args.includes('--browser')) benchNode(report);
  if (!args.includes('--node')) {
    const extensionDir = process.env.CROSSCHECK_BENCH_EXTENSION ?? buildExtension(join(ROOT, '.output/bench'), { testHooks: false });
    const loads = Number(process.env.CROSSCHECK_BENCH_LOADS ?? 5);
    console.log(`\nIn Chromium (${extensionDir}; medians of ${loads} loads, 3 at 100k words):`);
    report.pages = await benchInBrowser(extensionDir, benchPages(sizes), loads);
    printPages(report.pages as PageRun[]);
    console.log("\nA reader's first article: a fresh Chromium, the background's warm-up done, one page:");
    report.firstArticle = await benchFirstArticle(extensionDir, benchPages(sizes));
    printFirstArticle(report.firstArticle as Awaited<ReturnType<typeof benchFirstArticle>>);
  }
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${jsonFile}`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
