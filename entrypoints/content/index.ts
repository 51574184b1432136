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
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageSummary, ToContent } from '../../lib/messages';
import { createArticleReader } from '../../lib/page/article-pass';
import { changeScope, type ChangeScope } from '../../lib/page/changes';
import { afterNextTask, nextTask } from '../../lib/page/next-task';
import { highlightsUndone, runPass, type ArticleReader, type PassResult, type PassTiming } from '../../lib/page/pass';
import { summaryKey } from '../../lib/page/summary';
import { packSummary } from '../../lib/page/summary-wire';
import { createRepassScheduler, type PassReport, type RepassScheduler } from '../../lib/page/repass-scheduler';
import { isSiteDisabled, type Settings } from '../../lib/settings';
import type { PopoverController } from '../../utils/page-bridge';
import { PageContext } from '../../utils/page-context';
import { listen, sendLargeToBackground } from '../../utils/messaging';
import { askEngine } from './engine-client';
import { lazyNotes } from './notes-loader';
import { lazyPopovers } from './popover-loader';
import { pageClaims } from './page-claims';
import { createReadingAids } from './reading';
import { readSettings, watchSettings } from './settings';

/** How soon after an in-page navigation the new address is read (the app usually swaps the view first). */
const NAVIGATION_DELAY_MS = 100;
/**
 * The longest stretch of reading or drawing before the page gets its main thread back (a long task is 50 ms).
 * Each slice of drawing is followed by the browser's style, layout and paint of what it changed, with a cost
 * of its own per frame: at 100k words 16 ms slices drew in 515-526 ms against 711-769 for 8 ms slices (32 ms
 * slices made a task of 50 ms).
 */
const SLICE_MS = 16;

/** What the content script keeps between passes. */
interface PageState {
  settings: Settings;
  last: PassResult | null;
  /** Where the page changed since the last pass, and since the last step of a pass still under way. */
  changed: ChangeScope;
  changedSinceStep: ChangeScope;
  /** The summary last sent to the background: it is sent again only when it changes. */
  sentSummary: string;
  /** When the pass now under way started (waiting for the engine, drawing in slices): its measure covers it all. */
  waitingSince: number | null;
}

/** The parts a pass works with. */
interface PassParts {
  ctx: PageContext;
  watcher: PageWatcher;
  read: ArticleReader;
  popovers: PopoverController;
  readingAids: ReturnType<typeof createReadingAids>;
}

/** The next pass looks at the whole page again (an address, the settings or the comparison changed). */
function changedAll(state: PageState): void {
  state.changed = state.changedSinceStep = 'page';
}

/** One pass, or the next step of one under way; then the marks' look and the summary, once it is done. */
function passStep(state: PageState, { ctx, watcher, read, popovers, readingAids }: PassParts): PassReport {
  const undone = highlightsUndone(state.last);
  const start = state.waitingSince ?? performance.now();
  let waiting = false;
  // Where this pass's time went, when it drew (a pass that found the page unchanged reuses the last result).
  let timing: PassTiming | null = null;
  watcher.pause();
  try {
    // The next step of a pass under way, with nothing changed since: no need to look at the whole page again.
    const underWay = state.waitingSince !== null && state.changedSinceStep === 'none';
    const result = runPass(document, state.settings, state.last, state.changed, read, underWay);
    state.changedSinceStep = 'none';
    waiting = result === null;
    if (result && result !== state.last) timing = result.timing ?? null;
    if (result) state.last = result;
  } finally {
    if (!ctx.isInvalid) watcher.resume();
    // A pass under way is not done: it keeps its scope and start for its next step.
    state.waitingSince = waiting ? start : null;
    if (!waiting) {
      state.changed = 'none';
      performance.measure('crosscheck:pass', { start, end: performance.now(), detail: timing });
    }
  }
  if (waiting || !state.last) return { undone };
  if (!state.last.findings) popovers.close();
  else readingAids(state.last, state.settings);
  sendSummary(state, state.last.summary);
  return { undone };
}

/** Tells the background (the badge) and any open popup or side panel, when the summary changed. */
function sendSummary(state: PageState, summary: PageSummary): void {
  const key = summaryKey(summary);
  if (key === state.sentSummary) return;
  state.sentSummary = key;
  // Packing and sending a long page's summary are tasks of their own, after the pass's last drawing step.
  void afterNextTask()
    .then(() => packSummary(summary))
    .then(async (wire) => {
      await afterNextTask();
      await sendLargeToBackground({ type: 'page-summary', summary: wire });
    })
    .catch(() => {});
}

interface PageWatcher {
  /** Stops watching while a pass changes the page. */
  pause(): void;
  resume(): void;
}

/** Re-pass when the page's own content changes where it can matter; our highlights and UI are not the page's. */
function watchPage(ctx: PageContext, state: PageState, scheduler: () => RepassScheduler): PageWatcher {
  const observer = new MutationObserver((records) => {
    const status = state.last?.summary.state;
    if (scheduler().stopped || status === 'off' || status === 'disabled') return;
    const scope = changeScope(records, state.last?.root ?? null);
    if (scope === 'none') return;
    // The wider of the two: scope is 'article' or 'page'.
    if (state.changed !== 'page') state.changed = scope;
    if (state.changedSinceStep !== 'page') state.changedSinceStep = scope;
    scheduler().changed();
  });
  ctx.onInvalidated(() => observer.disconnect());
  return {
    pause: () => observer.disconnect(),
    // An XML document has no <body>: watch the root instead.
    resume: () => observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true }),
  };
}

/** What the popup and side panel ask the page (lib/messages.ts, ExtensionPageToContent), and the background's 'sources-changed'. */
function answerExtension(ctx: PageContext, state: PageState, popovers: PopoverController, repass: () => void): void {
  const stop = listen<ToContent>({
    'get-summary': () => (state.last ? packSummary(state.last.summary) : null),
    'get-page-claims': () => pageClaims(document, state.last),
    'sources-changed': () => {
      // The comparison changed, not the article: the last answer no longer stands, so the next pass asks again.
      if (state.last?.findings) state.last = { ...state.last, articleText: null };
      changedAll(state);
      repass();
      return true;
    },
    'reveal-mark': ({ id }) => {
      const el = state.last?.drawn.get(id)?.[0];
      if (!el) return false;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      popovers.open(id, el);
      return true;
    },
  });
  ctx.onInvalidated(stop);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT spreads these options into the context it builds for main(): without this it posts a window
  // message that tells every page the extension's id. That context is not used; PageContext is.
  noScriptStartedPostMessage: true,
  async main() {
    const ctx = new PageContext('content');
    const state: PageState = { settings: await readSettings(), last: null, changed: 'page', changedSinceStep: 'page', sentSummary: '', waitingSince: null };
    const popovers = lazyPopovers(ctx, (id) => state.last?.findings?.marks.find((m) => m.id === id));
    const reader = createArticleReader({
      annotate: askEngine,
      // The pass under way takes its next step (the engine answered, or the next slice is due) in a task of its own.
      resume: () => nextTask(() => !ctx.isInvalid && scheduler.runNow()),
      now: () => performance.now(),
      sliceMs: SLICE_MS,
    });
    const parts: PassParts = {
      ctx,
      watcher: watchPage(ctx, state, () => scheduler),
      read: (doc, current, previous) => reader(doc, current, previous, state.changedSinceStep),
      popovers,
      // The marks' look (display setting, page colours) and the first-run intro, after each pass that drew.
      readingAids: createReadingAids(ctx, popovers),
    };
    const scheduler = createRepassScheduler(() => passStep(state, parts), {
      now: () => performance.now(),
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => ctx.clearTimeout(id),
    });
    ctx.onInvalidated(() => scheduler.dispose());
    // The reader's notes: their UI loads on the first selection, or now if the page has saved notes.
    const notes = lazyNotes(ctx, () => state.last?.findings ?? null, () => !isSiteDisabled(state.settings, location.hostname));

    ctx.onLocationChange(() => {
      changedAll(state);
      scheduler.restart(NAVIGATION_DELAY_MS, 'address');
      notes.check();
    });
    watchSettings(ctx, (next: Settings) => {
      state.settings = next;
      changedAll(state);
      scheduler.restart(0);
    });
    answerExtension(ctx, state, popovers, () => scheduler.restart(0));

    scheduler.runNow();
    notes.check();
  },
});
