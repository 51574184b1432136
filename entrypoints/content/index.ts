/**
 * Crosscheck on every http(s) page: one pass when the page is idle, again when the article changes
 * (late rendering, in-page navigation, settings). Thin glue over lib/page/pass.ts; when to re-pass a
 * busy or hostile page is lib/page/repass-scheduler.ts, which changes count is lib/page/changes.ts.
 * This script holds the cheap gate, the reading of the article and the drawing: the engine and the
 * reference run in the background (./engine-client.ts asks), so the page's main thread never runs
 * them, and highlights are drawn in slices that yield to the page (lib/page/article-pass.ts).
 *
 * Nothing the page can see or do reaches in here: no window message announces the script (WXT's
 * ContentScriptContext does; PageContext replaces it), and page events never make it work or talk to
 * the background beyond a bounded number of requests.
 *
 * How to test by hand: `npm run demo`, or load the built extension and open an article about the
 * strike; hover a highlighted figure. `npm run test:e2e` checks all of this in Chromium.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '../../lib/messages';
import { createArticleReader } from '../../lib/page/article-pass';
import { changeScope, type ChangeScope } from '../../lib/page/changes';
import { nextTask } from '../../lib/page/next-task';
import { highlightsUndone, runPass, type ArticleReader, type PassResult } from '../../lib/page/pass';
import { summaryKey } from '../../lib/page/summary';
import { createRepassScheduler } from '../../lib/page/repass-scheduler';
import { isSiteDisabled, type Settings } from '../../lib/settings';
import { PageContext } from '../../utils/page-context';
import { askEngine } from './engine-client';
import { lazyNotes } from './notes-loader';
import { lazyPopovers } from './popover-loader';
import { pageClaims } from './page-claims';
import { createReadingAids } from './reading';
import { readSettings, watchSettings } from './settings';

/** How soon after an in-page navigation the new address is read (the app usually swaps the view first). */
const NAVIGATION_DELAY_MS = 100;
/** The longest stretch of drawing before the page gets its main thread back (a long task is 50 ms). */
const SLICE_MS = 8;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT spreads these options into the context it builds for main(): without this it posts a window
  // message that tells every page the extension's id. That context is not used; PageContext is.
  noScriptStartedPostMessage: true,
  async main() {
    const ctx = new PageContext('content');
    let settings = await readSettings();
    let last: PassResult | null = null;
    /** Where the page changed since the last pass, and since the last step of a pass still under way. */
    let changed: ChangeScope = 'page';
    let changedSinceStep: ChangeScope = 'page';
    /** The summary last sent to the background: it is sent again only when it changes. */
    let sentSummary = '';
    /** When the pass now under way started (waiting for the engine, drawing in slices): its measure covers it all. */
    let waitingSince: number | null = null;

    const pass = () => {
      const undone = highlightsUndone(last);
      const start = waitingSince ?? performance.now();
      let waiting = false;
      observer.disconnect();
      try {
        // The next step of a pass under way, with nothing changed since: no need to look at the whole page again.
        const underWay = waitingSince !== null && changedSinceStep === 'none';
        const result = runPass(document, settings, last, changed, read, underWay);
        changedSinceStep = 'none';
        waiting = result === null;
        if (result) last = result;
      } finally {
        if (!ctx.isInvalid) observe();
        // A pass under way is not done: it keeps its scope and start for its next step.
        waitingSince = waiting ? start : null;
        if (!waiting) {
          changed = 'none';
          performance.measure('crosscheck:pass', { start, end: performance.now() });
        }
      }
      if (waiting || !last) return { undone };
      if (!last.findings) popovers.close();
      else readingAids(last, settings);
      const summary = summaryKey(last.summary);
      if (summary !== sentSummary) {
        sentSummary = summary;
        browser.runtime.sendMessage({ type: 'page-summary', summary: last.summary } satisfies Message).catch(() => {});
      }
      return { undone };
    };
    const scheduler = createRepassScheduler(pass, {
      now: () => performance.now(),
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => ctx.clearTimeout(id),
    });
    ctx.onInvalidated(() => scheduler.dispose());

    const popovers = lazyPopovers(ctx, (id) => last?.findings?.marks.find((m) => m.id === id));
    // The marks' look (display setting, page colours) and the first-run intro, after each pass that drew.
    const readingAids = createReadingAids(ctx, popovers);
    const reader = createArticleReader({
      annotate: askEngine,
      // The pass under way takes its next step (the engine answered, or the next slice is due) in a task of its own.
      resume: () => nextTask(() => !ctx.isInvalid && scheduler.runNow()),
      now: () => performance.now(),
      sliceMs: SLICE_MS,
    });
    const read: ArticleReader = (doc, current, previous) => reader(doc, current, previous, changedSinceStep);
    // The reader's notes: their UI loads on the first selection, or now if the page has saved notes.
    const notes = lazyNotes(ctx, () => last?.findings ?? null, () => !isSiteDisabled(settings, location.hostname));

    // Re-pass when the page's own content changes where it can matter; our highlights and UI are not the page's.
    const observer = new MutationObserver((records) => {
      const state = last?.summary.state;
      if (scheduler.stopped || state === 'off' || state === 'disabled') return;
      const scope = changeScope(records, last?.root ?? null);
      if (scope === 'none') return;
      // The wider of the two: scope is 'article' or 'page'.
      if (changed !== 'page') changed = scope;
      if (changedSinceStep !== 'page') changedSinceStep = scope;
      scheduler.changed();
    });
    // An XML document has no <body>: watch the root instead.
    const observe = () =>
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    ctx.onLocationChange(() => {
      changed = changedSinceStep = 'page';
      scheduler.restart(NAVIGATION_DELAY_MS, 'address');
      notes.check();
    });
    watchSettings(ctx, (next: Settings) => {
      settings = next;
      changed = changedSinceStep = 'page';
      scheduler.restart(0);
    });
    const onMessage = (message: Message) => handle(message);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    function handle(message: Message): Promise<unknown> | undefined {
      if (message.type === 'get-summary') return Promise.resolve(last?.summary ?? null);
      if (message.type === 'get-page-claims') return Promise.resolve(pageClaims(document, last));
      if (message.type === 'sources-changed') {
        // The comparison changed, not the article: the last answer no longer stands, so the next pass asks again.
        if (last?.findings) last = { ...last, articleText: null };
        changed = changedSinceStep = 'page';
        scheduler.restart(0);
        return Promise.resolve(true);
      }
      if (message.type === 'reveal-mark') {
        const el = last?.drawn.get(message.id)?.[0];
        if (!el) return Promise.resolve(false);
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
        popovers.open(message.id, el);
        return Promise.resolve(true);
      }
      return undefined;
    }

    scheduler.runNow();
    notes.check();
  },
});
