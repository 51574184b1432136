/**
 * The engine's first answer in a fresh background builds the reference's indexes, opens the reader's
 * sources and compiles the engine: 150–300 ms that the first article a reader opens would wait for. The
 * background wakes on every navigation (tabs.onUpdated), usually before the page's content script asks,
 * so it answers an article of its own at start (lib/engine/warm-up-article.ts), in tasks of its own after
 * any waiting message. The background is stopped after 30 s idle and V8's work on the engine with it: a
 * reader's article is nearly always answered by an engine that has run only these few times.
 */
import { answerFor } from '../../lib/engine/answer';
import { WARM_UP_ANSWERS, warmUpArticle } from '../../lib/engine/warm-up-article';
import type { Reference } from '../../lib/engine/reference';

/** Warms the engine in WARM_UP_ANSWERS answers, each in a task of its own, so a page's request waits for one at most. */
export function warmEngine(reference: () => Promise<Reference>, later: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
  let left = WARM_UP_ANSWERS;
  const answerOnce = () => {
    void reference()
      .then((r) => {
        answerFor(warmUpArticle(), r);
        if (--left > 0) later(answerOnce);
      })
      .catch(() => undefined);
  };
  later(answerOnce);
}
