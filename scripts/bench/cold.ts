/**
 * The engine's first calls in a fresh process, each sample a new Node process (medians of SAMPLES):
 *
 * - `annotate()` three times on the 1k-word on-topic text. The first also builds the reference's indexes;
 *   the third comes nearer the optimised cost.
 * - A reader's first article of 1k, 10k and 100k words: the engine warmed on the background's own
 *   stories (lib/engine/warm-up-article.ts), as the background does when it starts, then one answer. This
 *   is what a reader's article costs in the browser: the background is stopped after 30 s idle, so its
 *   engine has rarely run often enough for V8 to have optimised it, which the warm figures
 *   (engine.ts) assume.
 *
 * Part of `npm run bench`; `npx tsx scripts/bench/cold.ts` runs it alone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { answerFor } from '../../lib/engine/answer';
import { getReference } from '../../lib/engine/reference';
import { warmUpSteps } from '../../lib/engine/warm-up-article';
import { benchText } from './texts';
import { median } from './median';

export interface ColdRun {
  words: number;
  /** Medians over fresh processes of the first, second and third call, in ms. */
  first: number;
  second: number;
  third: number;
  samples: number;
  /** A reader's first article after the background's warm-up, by its size in words: medians in ms. */
  firstArticle: Record<number, number>;
}

const WORDS = 1_000;
const ARTICLE_WORDS = [1_000, 10_000, 100_000];
const SAMPLES = 5;
const CHILD = '--cold-child';
const ARTICLE_CHILD = '--first-article-child';

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

/** In the child: the background's warm-up (its steps back to back), then one answer on an article of `words` words, timed. */
function childFirstArticle(words: number): void {
  const article = extractFromPlainText(benchText('on-topic', words));
  for (const step of warmUpSteps()) step(getReference());
  const start = performance.now();
  answerFor(article);
  process.stdout.write(JSON.stringify(performance.now() - start));
}

/** The same Node with the same loader (tsx), on this file, in a child mode. */
function child(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { encoding: 'utf8' }));
}

export function benchCold(samples = SAMPLES): ColdRun {
  const runs: number[][] = [];
  for (let s = 0; s < samples; s++) runs.push(child([CHILD]) as number[]);
  const at = (k: number) => median(runs.map((r) => r[k] as number));
  const firstArticle: Record<number, number> = {};
  for (const words of ARTICLE_WORDS) {
    firstArticle[words] = median(Array.from({ length: samples }, () => child([ARTICLE_CHILD, String(words)]) as number));
  }
  return { words: WORDS, first: at(0), second: at(1), third: at(2), samples, firstArticle };
}

export function printCold(run: ColdRun): void {
  console.log(
    `engine, first calls in a fresh process, on topic ${run.words / 1000}k words (medians of ${run.samples} processes): ` +
      `first ${run.first.toFixed(1)} ms, second ${run.second.toFixed(1)} ms, third ${run.third.toFixed(1)} ms`,
  );
  const sizes = Object.entries(run.firstArticle).map(([words, ms]) => `${Number(words) / 1000}k ${ms.toFixed(0)} ms`);
  console.log(`engine, a reader's first article after the background's warm-up (what a reader's article costs): ${sizes.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf(ARTICLE_CHILD);
  if (process.argv.includes(CHILD)) childCalls();
  else if (at >= 0) childFirstArticle(Number(process.argv[at + 1]));
  else printCold(benchCold());
}
