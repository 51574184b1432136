/**
 * The engine's first answer in a fresh background builds the reference's indexes, opens the reader's
 * sources and compiles the engine: 150–300 ms that the first article a reader opens would wait for. The
 * background wakes on every navigation (tabs.onUpdated), usually before the page's content script asks,
 * so it answers a short article of its own once at start, in a task of its own after any waiting message.
 */
import { extractFromPlainText } from '../../lib/article/from-text';
import { answerFor } from '../../lib/engine/answer';
import type { Reference } from '../../lib/engine/reference';

/** Written for this purpose: names, figures, a day and an attribution, so every part of the engine runs. */
const WARM_UP_TEXT = `US jets strike militia sites in eastern Syria

Two US F-15E aircraft dropped seven bombs on Thursday on facilities in eastern Syria used by Kataib Hezbollah, the Pentagon said. A war monitor said 22 fighters were killed.`;

export function warmEngine(reference: () => Promise<Reference>, later: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
  later(() => {
    void reference()
      .then((r) => answerFor(extractFromPlainText(WARM_UP_TEXT), r))
      .catch(() => undefined);
  });
}
