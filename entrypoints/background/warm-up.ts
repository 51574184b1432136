/**
 * The engine's first answer in a fresh background builds the reference's indexes, opens the reader's
 * sources and compiles the engine: 150–300 ms that the first article a reader opens would wait for. The
 * background wakes on every navigation (tabs.onUpdated), usually before the page's content script asks,
 * so it warms the engine at start (lib/engine/warm-up-article.ts), in tasks of its own after any waiting
 * message. The background is stopped after 30 s idle and V8's work on the engine with it: a reader's
 * article is nearly always answered by an engine that has run only these few times.
 */
import { warmUpSteps } from '../../lib/engine/warm-up-article';
import type { Reference } from '../../lib/engine/reference';

/** Runs the warm-up's steps one at a time, each in a task of its own, so a page's request waits for one at most. */
export function warmEngine(reference: () => Promise<Reference>, later: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
  const steps = warmUpSteps();
  let next = 0;
  const runOne = () => {
    void reference()
      .then((r) => {
        steps[next++]?.(r);
        if (next < steps.length) later(runOne);
      })
      .catch(() => undefined);
  };
  later(runOne);
}
