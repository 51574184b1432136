/**
 * Popovers on demand: until the reader first hovers, focuses or clicks a highlight, no popover code is
 * loaded. That first interaction asks the background to inject the popover UI, then opens the popover
 * for the highlight that asked; from then on the UI handles every interaction itself.
 */
import { browser } from 'wxt/browser';
import type { Mark } from '../../lib/engine/findings';
import type { Message } from '../../lib/messages';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { setBridge } from '../shared/page-bridge';
import type { PageContext } from '../shared/page-context';
import type { PopoverController } from './popovers';

/** How soon after the reader's key press a focus counts as theirs. */
const KEY_FOCUS_MS = 1000;

export function lazyPopovers(ctx: PageContext, getMark: (id: string) => Mark | undefined): PopoverController {
  let loaded: PopoverController | null = null;
  let requested = false;
  let pending: { id: string; anchor?: HTMLElement } | null = null;

  setBridge({
    getMark,
    ready(controller) {
      loaded = controller;
      if (pending) controller.open(pending.id, pending.anchor);
      pending = null;
    },
  });

  const load = (id: string, anchor?: HTMLElement) => {
    pending = { id, anchor };
    if (requested) return;
    requested = true;
    browser.runtime.sendMessage({ type: 'load-popover-ui' } satisfies Message).catch(() => {
      requested = false; // let the next interaction try again
    });
  };

  // A page's script can focus a highlight itself (`el.focus()`), and the browser marks that focus
  // event trusted: focus counts only right after the reader pressed a key (Tab).
  let lastKeyAt = -Infinity;
  ctx.onTrusted(document, 'keydown', () => (lastKeyAt = performance.now()), { capture: true });
  const onInteraction = (event: Event) => {
    if (loaded) return;
    if (event.type === 'focusin' && performance.now() - lastKeyAt > KEY_FOCUS_MS) return;
    const el = event.target instanceof Element ? event.target.closest<HTMLElement>(FINDING_SELECTOR) : null;
    const id = el?.getAttribute('data-crosscheck-id');
    if (el && id) load(id, el);
  };
  // Only the reader's own hover, focus or click loads the UI: a page's synthetic events are untrusted.
  for (const type of ['mouseover', 'focusin', 'click'] as const) {
    ctx.onTrusted(document, type, onInteraction, { capture: true });
  }

  return {
    open: (id, anchor) => (loaded ? loaded.open(id, anchor) : load(id, anchor)),
    close: () => {
      pending = null;
      loaded?.close();
    },
  };
}
