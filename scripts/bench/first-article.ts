/**
 * A reader's first article: Chromium started afresh with the extension, the background left to warm its
 * engine as it does when it starts (entrypoints/background/warm-up.ts), then one on-topic page. The
 * background is stopped after 30 s idle, so this is how most of a reader's articles are answered; the
 * main bench's later loads of a page find the engine run many times already. Medians over LAUNCHES fresh
 * browsers, one page each.
 */
import { launchWithExtension } from '../../tests/e2e/support/chromium';
import { BENCH_ORIGIN, engineTime, passDone, serve, WATCH } from './browser';
import type { BenchPage } from './pages';
import { median } from './median';

export interface FirstArticleRun {
  page: string;
  words: number;
  /** Medians in ms: the pass, its stages (the measure's detail), and the engine's own time in the background. */
  pass: number;
  read: number;
  answer: number;
  draw: number;
  engine: number;
  launches: number;
}

const LAUNCHES = 3;
/** Longer than the warm-up takes on this 2-core machine (about 0.3 s), as when a reader opens an article after other pages. */
const SETTLE_MS = 3000;

export async function benchFirstArticle(extensionDir: string, pages: readonly BenchPage[], launches = LAUNCHES): Promise<FirstArticleRun[]> {
  const out: FirstArticleRun[] = [];
  for (const bench of pages.filter((p) => p.topic === 'on-topic')) {
    const pass: number[] = [];
    const stages: Array<{ readMs: number; answerMs: number; drawMs: number }> = [];
    const engine: number[] = [];
    for (let i = 0; i < launches; i++) {
      const ext = await launchWithExtension({ extensionDir });
      try {
        await serve(ext.context, [bench]);
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const page = await ext.context.newPage();
        await page.addInitScript(WATCH);
        await page.goto(`${BENCH_ORIGIN}${bench.path}`);
        await passDone(ext.context, page);
        const measured = await page.evaluate(() => {
          const entry = performance.getEntriesByName('crosscheck:pass')[0] as PerformanceMeasure | undefined;
          return { duration: entry?.duration ?? NaN, detail: entry?.detail ?? { readMs: NaN, answerMs: NaN, drawMs: NaN } };
        });
        pass.push(measured.duration);
        stages.push(measured.detail);
        engine.push(await engineTime(ext.serviceWorker));
      } finally {
        await ext.close();
      }
    }
    out.push({
      page: bench.name,
      words: bench.words,
      pass: median(pass),
      read: median(stages.map((s) => s.readMs)),
      answer: median(stages.map((s) => s.answerMs)),
      draw: median(stages.map((s) => s.drawMs)),
      engine: median(engine),
      launches,
    });
  }
  return out;
}

export function printFirstArticle(runs: FirstArticleRun[]): void {
  for (const r of runs) {
    console.log(
      `${r.page.padEnd(15)} first article after a fresh start: pass ${r.pass.toFixed(0)} ms: read ${r.read.toFixed(0)}, ` +
        `answer ${r.answer.toFixed(0)} (the engine ${r.engine.toFixed(0)} of it), draw ${r.draw.toFixed(0)} (medians of ${r.launches} launches)`,
    );
  }
}
