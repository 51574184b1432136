/**
 * The scale case of issue 10: the engine with the real reference and with a synthetic one a hundred
 * times larger (100 events, 1,000 sources: synthetic-reference.ts), on the bench texts (on topic and
 * unrelated, 1k to 100k words). Prints each time and the ratio; the goal is an article at most 2× and
 * an unrelated page the same. The name finder and the source recogniser, which read the whole text
 * against every alias and every source, are timed on their own too. Part of `npm run bench`;
 * `npx tsx scripts/bench/scale.ts` runs it alone.
 */
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { getReference, type Reference } from '../../lib/engine/reference';
import { HUNDRED_TIMES, syntheticReference } from './synthetic-reference';
import { benchText, type Topic } from './texts';
import { warmMedian } from './median';

export interface ScaleRun {
  topic: Topic;
  words: number;
  /** What is timed: the whole engine, or one of the recognisers that reads the text against the reference. */
  part: 'annotate' | 'names' | 'source';
  realMs: number;
  syntheticMs: number;
  ratio: number;
  /** Whether both references gave the same event and the same number of marks (annotate only). */
  sameEvent: boolean | null;
}

const SIZES = [1_000, 10_000, 100_000];

/** Each reference's warm-up before its timings (the synthetic one builds its indexes on its first call). */
const WARM_UP = { calls: 5, ms: 250 };

export function benchScale(synthetic: Reference = syntheticReference(HUNDRED_TIMES)): ScaleRun[] {
  const real = getReference();
  const out: ScaleRun[] = [];
  for (const topic of ['on-topic', 'unrelated'] as const) {
    for (const words of SIZES) {
      const article = extractFromPlainText(benchText(topic, words));
      const runs = words >= 100_000 ? 3 : 7;
      const parts = {
        annotate: (ref: Reference) => () => void annotate(article, ref),
        names: (ref: Reference) => () => void ref.findNames(article.text),
        source: (ref: Reference) => () => void ref.recogniseSource(article.text),
      };
      const a = annotate(article, real);
      const b = annotate(article, synthetic);
      for (const part of ['annotate', 'names', 'source'] as const) {
        const realMs = warmMedian(parts[part](real), runs, WARM_UP);
        const syntheticMs = warmMedian(parts[part](synthetic), runs, WARM_UP);
        const sameEvent = part === 'annotate' ? a.event === b.event && a.marks.length === b.marks.length : null;
        out.push({ topic, words, part, realMs, syntheticMs, ratio: syntheticMs / realMs, sameEvent });
      }
    }
  }
  return out;
}

export function printScale(runs: ScaleRun[]): void {
  for (const r of runs) {
    const same = r.sameEvent === null ? '' : r.sameEvent ? ', same event and marks' : ', DIFFERENT event or marks';
    console.log(
      `scale, ${r.part} ${r.topic} ${r.words / 1000}k words: real ${r.realMs.toFixed(1)} ms, ` +
        `100 events/1,000 sources ${r.syntheticMs.toFixed(1)} ms, ${r.ratio.toFixed(2)}×${same}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const start = performance.now();
  const synthetic = syntheticReference(HUNDRED_TIMES);
  console.log(
    `synthetic reference: ${synthetic.events.length} events, ${synthetic.sources.length} sources, ` +
      `${synthetic.entities.length} entities, ${synthetic.claims.length} claims, built in ${(performance.now() - start).toFixed(0)} ms`,
  );
  printScale(benchScale(synthetic));
}
