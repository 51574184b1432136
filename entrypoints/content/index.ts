/**
 * Crosscheck on every http(s) page: one pass when the page is idle, again when the article changes
 * (late rendering, in-page navigation, settings). Thin glue over lib/page/pass.ts; when to re-pass a
 * busy or hostile page is lib/page/repass-scheduler.ts, which changes count is lib/page/changes.ts.
 * This script holds only the cheap gate: the engine and the reference arrive in a script of their own
 * (./engine-loader.ts) on the first pass the gate lets through.
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
import { changeScope, type ChangeScope } from '../../lib/page/changes';
import { highlightsUndone, runPass, type PassResult } from '../../lib/page/pass';
import { createRepassScheduler } from '../../lib/page/repass-scheduler';
import { isSiteDisabled, type Settings } from '../../lib/settings';
import { PageContext } from '../shared/page-context';
import { lazyEngine } from './engine-loader';
import { lazyNotes } from './notes-loader';
import { lazyPopovers } from './popover-loader';
import { readSettings, watchSettings } from './settings';

/** How soon after an in-page navigation the new address is read (the app usually swaps the view first). */
const NAVIGATION_DELAY_MS = 100;

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
    /** Where the page changed since the last pass. */
    let changed: ChangeScope = 'page';
    /** The summary last sent to the background: it is sent again only when it changes. */
    let sentSummary = '';
    /** When the pass now waiting for the engine script started: its measure covers the wait. */
    let waitingSince: number | null = null;

    const pass = () => {
      const undone = highlightsUndone(last);
      const start = waitingSince ?? performance.now();
      let waiting = false;
      observer.disconnect();
      try {
        const result = runPass(document, settings, last, changed, engine.readerFor);
        waiting = result === null;
        if (result) last = result;
      } finally {
        if (!ctx.isInvalid) observe();
        // A pass waiting for the engine is not done: it keeps its scope and start for when it lands.
        waitingSince = waiting ? start : null;
        if (!waiting) {
          changed = 'none';
          performance.measure('crosscheck:pass', { start, end: performance.now() });
        }
      }
      if (waiting || !last) return { undone };
      if (!last.findings) popovers.close();
      const summary = JSON.stringify(last.summary);
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
    // After lazyPopovers, which sets the page bridge the engine script registers on.
    const engine = lazyEngine(() => {
      if (!ctx.isInvalid) scheduler.runNow(); // the pass that waited for the engine
    });
    // The reader's notes: their UI loads on the first selection, or now if the page has saved notes.
    const notes = lazyNotes(ctx, () => last?.findings ?? null, () => !isSiteDisabled(settings, location.hostname));

    // Re-pass when the page's own content changes where it can matter; our highlights and UI are not the page's.
    const observer = new MutationObserver((records) => {
      const state = last?.summary.state;
      if (scheduler.stopped || state === 'off' || state === 'disabled') return;
      const scope = changeScope(records, last?.root ?? null);
      if (scope === 'none') return;
      if (changed !== 'page') changed = scope; // the wider of the two: scope is 'article' or 'page'
      scheduler.changed();
    });
    // An XML document has no <body>: watch the root instead.
    const observe = () =>
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    ctx.onLocationChange(() => {
      changed = 'page';
      scheduler.restart(NAVIGATION_DELAY_MS, 'address');
      notes.check();
    });
    watchSettings(ctx, (next: Settings) => {
      settings = next;
      changed = 'page';
      scheduler.restart(0);
    });
    const onMessage = (message: Message) => handle(message);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    function handle(message: Message): Promise<unknown> | undefined {
      if (message.type === 'get-summary') return Promise.resolve(last?.summary ?? null);
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
