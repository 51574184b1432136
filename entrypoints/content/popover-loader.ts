/**
 * Popovers on demand: until the reader first hovers, focuses or clicks a highlight, no popover code is
 * loaded. That first interaction asks the background to inject the popover UI, then opens the popover
 * for the highlight that asked; from then on the UI handles every interaction itself.
 */
import type { Mark } from '../../lib/engine/findings';
import { restAfterMove, restAt, type Rest } from '../../lib/page/dwell';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { setBridge } from '../../utils/page-bridge';
import type { PageContext } from '../../utils/page-context';
import type { PopoverController } from '../../utils/page-bridge';
import { sendToBackground } from '../../utils/messaging';

/** How soon after the reader's key press a focus counts as theirs. */
const KEY_FOCUS_MS = 1000;

export function lazyPopovers(ctx: PageContext, getMark: (id: string) => Mark | undefined): PopoverController {
  let loaded: PopoverController | null = null;
  let requested = false;
  /** What to open once the UI is there: a highlight's popover; the intro to the marks. */
  let pending: { id: string; anchor?: HTMLElement; focusInside?: boolean } | null = null;
  let introPending = false;
  const hover = watchRest(ctx, () => loaded === null);

  setBridge({
    getMark,
    ready(controller) {
      loaded = controller;
      // The intro card and a popover can both show: a hover made while the intro was loading still opens.
      if (pending) controller.open(pending.id, pending.anchor, pending.focusInside);
      const resting = hover.take();
      if (!pending && resting) controller.dwellOn?.(resting.el, resting.rest);
      if (introPending) controller.intro?.();
      pending = null;
      introPending = false;
    },
  });

  /** Loads the UI; `id`: open that highlight's popover once it is there (null: a keyboard focus, which opens nothing). */
  const load = (id: string | null, anchor?: HTMLElement, focusInside = false) => {
    if (id !== null) pending = { id, anchor, focusInside };
    if (requested) return;
    requested = true;
    sendToBackground({ type: 'load-popover-ui' }).catch(() => {
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
    if (!el || !id) return;
    if (event instanceof KeyboardEvent) {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault(); // Space would scroll the page
    }
    // Focus alone opens nothing (issue 12): it loads the UI, which shows the highlight's hint. A hover
    // opens only if the pointer rests there (the UI's dwell), not when it crossed the highlight.
    if (event instanceof MouseEvent && event.type === 'mouseover') hover.over(el, event);
    load(event.type === 'focusin' || event.type === 'mouseover' ? null : id, el, event.type === 'keydown');
  };
  // Only the reader's own hover, focus or click loads the UI: a page's synthetic events are untrusted.
  for (const type of ['mouseover', 'focusin', 'click', 'keydown'] as const) {
    ctx.onTrusted(document, type, onInteraction, { capture: true });
  }

  return {
    open: (id, anchor) => (loaded ? loaded.open(id, anchor) : load(id, anchor)),
    close: () => {
      pending = null;
      loaded?.close();
    },
    intro: () => {
      if (loaded) return loaded.intro?.();
      introPending = true;
      load(null);
    },
  };
}

/**
 * The highlight the reader's pointer went onto while the UI loads, and where and since when it has rested
 * there: the UI opens it if the pointer stays, counting the dwell from the reader's hover, not from its arrival.
 */
function watchRest(ctx: PageContext, loading: () => boolean) {
  let hovered: { el: HTMLElement; rest: Rest } | null = null;
  // A pointer that drifts on the highlight starts resting again from where it is. Listened for only from the
  // first hover on a highlight: most pages never have one.
  const watchMoves = () =>
    ctx.onTrusted<MouseEvent>(
      document,
      'mousemove',
      (event) => {
        if (hovered && loading()) hovered.rest = restAfterMove(hovered.rest, event.clientX, event.clientY, performance.now());
      },
      { capture: true, passive: true },
    );
  let watching = false;
  return {
    over(el: HTMLElement, event: MouseEvent): void {
      hovered = { el, rest: restAt(event) };
      if (watching) return;
      watching = true;
      watchMoves();
    },
    /** The highlight the pointer still rests on, once; null when it has left. */
    take(): { el: HTMLElement; rest: Rest } | null {
      const was = hovered;
      hovered = null;
      return was?.el.matches(':hover') ? was : null;
    },
  };
}
