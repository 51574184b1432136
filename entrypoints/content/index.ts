/**
 * Crosscheck on every http(s) page: one pass when the page is idle, again when the article changes
 * (late rendering, in-page navigation, settings). Thin glue over lib/page/pass.ts.
 *
 * How to test by hand: `npm run demo`, or load the built extension and open an article about the
 * strike; hover a highlighted figure. `npm run test:e2e` checks all of this in Chromium.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '../../lib/messages';
import { MARK_TAG } from '../../lib/page/highlights';
import { runPass, type PassResult } from '../../lib/page/pass';
import { isSiteDisabled, type Settings } from '../../lib/settings';
import { settingsItem } from '../shared/settings-store';
import { lazyNotes } from './notes-loader';
import { lazyPopovers } from './popover-loader';

const SETTLE_MS = 400;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await settingsItem.getValue();
    let last: PassResult | null = null;

    const pass = () => {
      const start = performance.now();
      observer.disconnect();
      try {
        last = runPass(document, settings, last);
      } finally {
        observe();
        performance.measure('crosscheck:pass', { start, end: performance.now() });
      }
      if (!last.findings) popovers.close();
      browser.runtime.sendMessage({ type: 'page-summary', summary: last.summary } satisfies Message).catch(() => {});
    };

    let timer: number | undefined;
    const schedule = (delay = SETTLE_MS) => {
      clearTimeout(timer);
      timer = ctx.setTimeout(pass, delay);
    };
    const popovers = lazyPopovers(ctx, (id) => last?.findings?.marks.find((m) => m.id === id));
    // The reader's notes: their UI loads on the first selection, or now if the page has saved notes.
    const notes = lazyNotes(ctx, () => last?.findings ?? null, () => !isSiteDisabled(settings, location.hostname));

    // Re-pass when the page's own content changes; our highlights and popover are not the page's.
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !isOurs(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOurs))) schedule();
    });
    // An XML document has no <body>: watch the root instead.
    const observe = () =>
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    ctx.addEventListener(window, 'wxt:locationchange', () => schedule(100));
    settingsItem.watch((next: Settings) => {
      settings = next;
      schedule(0);
    });
    browser.runtime.onMessage.addListener((message: Message) => handle(message));

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

    pass();
    notes.check();
  },
});

/** Nodes Crosscheck wrote: highlight elements and the popover's host. */
function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.tagName.toLowerCase() === MARK_TAG || el.closest(`${MARK_TAG}, [data-crosscheck-ui]`) !== null);
}
