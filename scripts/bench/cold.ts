/**
 * The engine's first calls in a fresh process: `annotate()` three times on the 1k-word on-topic text,
 * each timed. The first also builds the reference's indexes; the second is what a reader's first
 * article costs in the browser, where the background has warmed the engine once on an article of its
 * own (entrypoints/background/warm-up.ts) and V8 has not yet optimised the engine's code; the third
 * comes nearer the optimised cost. Each sample is a new Node process (the first call happens once per
 * process); medians of SAMPLES. Part of `npm run bench`; `npx tsx scripts/bench/cold.ts` runs it alone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { benchText } from './texts';

export interface ColdRun {
  words: number;
  /** Medians over fresh processes of the first, second and third call, in ms. */
  first: number;
  second: number;
  third: number;
  samples: number;
}

const WORDS = 1_000;
const SAMPLES = 5;
const CHILD = '--cold-child';

/** In the child: the three calls, timed, as JSON on stdout. */
function childCalls(): void {
  const article = extractFromPlainText(benchText('on-topic', WORDS));
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    annotate(article);
    ms.push(performance.now() - start);
  }
  process.stdout.write(JSON.stringify(ms));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export function benchCold(samples = SAMPLES): ColdRun {
  const runs: number[][] = [];
  for (let s = 0; s < samples; s++) {
    // The same Node with the same loader (tsx), on this file, in child mode.
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), CHILD], { encoding: 'utf8' });
    runs.push(JSON.parse(out) as number[]);
  }
  const at = (k: number) => median(runs.map((r) => r[k] as number));
  return { words: WORDS, first: at(0), second: at(1), third: at(2), samples };
}

export function printCold(run: ColdRun): void {
  console.log(
    `engine, first calls in a fresh process, on topic ${run.words / 1000}k words (medians of ${run.samples} processes): ` +
      `first ${run.first.toFixed(1)} ms, second ${run.second.toFixed(1)} ms, third ${run.third.toFixed(1)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes(CHILD)) childCalls();
  else printCold(benchCold());
}
