/**
 * The engine alone, in Node: `annotate()` on 1k, 10k and 100k-word texts, in MB of article text a
 * second, and how the time grows with the text (10× the words should cost at most 11× the time).
 * Part of `npm run bench`; `npx tsx scripts/bench/engine.ts` runs it alone.
 */
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { benchText, type Topic } from './texts';
import { warmMedian } from './median';

export interface EngineRun {
  topic: Topic;
  words: number;
  chars: number;
  ms: number;
  mbPerSecond: number;
  marks: number;
}

const SIZES = [1_000, 10_000, 100_000];

/** The warm-up before timing: enough for V8 to have optimised the engine at every size. */
const WARM_UP = { calls: 5, ms: 1000 };

export function benchEngine(): EngineRun[] {
  const out: EngineRun[] = [];
  for (const topic of ['on-topic', 'unrelated'] as const) {
    for (const words of SIZES) {
      const article = extractFromPlainText(benchText(topic, words));
      let marks = 0;
      const ms = warmMedian(() => (marks = annotate(article).marks.length), words >= 100_000 ? 5 : 9, WARM_UP);
      out.push({ topic, words, chars: article.text.length, ms, mbPerSecond: article.text.length / 1e6 / (ms / 1000), marks });
    }
  }
  return out;
}

export function printEngine(runs: EngineRun[]): void {
  for (const r of runs) {
    const smaller = runs.find((s) => s.topic === r.topic && s.words * 10 === r.words);
    const growth = smaller ? `, ${(r.ms / smaller.ms).toFixed(1)}× the ${smaller.words / 1000}k time` : '';
    console.log(
      `engine, ${r.topic} ${r.words / 1000}k words (${(r.chars / 1000).toFixed(0)} KB): ${r.ms.toFixed(1)} ms, ` +
        `${r.mbPerSecond.toFixed(2)} MB/s, ${r.marks} marks${growth}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printEngine(benchEngine());
