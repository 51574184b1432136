/**
 * One popover for all highlights: a floating host at the end of <body> (closed shadow root, see
 * ../shared/floating-host.ts), opened on hover (after a short delay), focus or click of a
 * `crosscheck-mark`, placed beside the highlight with Floating UI.
 * Listeners are delegated on `document` through `ctx`, so they go when the script is invalidated, and
 * only the reader's own input counts: a page script's synthetic events open, close and move nothing.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { Popover } from '../../components/Popover';
import { POPOVER_CSS } from '../../components/popover-css';
import type { Mark } from '../../lib/engine/findings';
import { unionRect } from '../../lib/page/highlight-box';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { mountFloatingHost } from '../shared/floating-host';
import type { PageContext } from '../shared/page-context';

export interface PopoverController {
  open(id: string, anchor?: HTMLElement): void;
  close(): void;
}

const OPEN_DELAY = 150;
const CLOSE_DELAY = 300;
/** Inline, so hostile page CSS cannot hide which highlight is open. */
const ACTIVE_STYLE = [
  ['outline', '2px solid currentColor'],
  ['outline-offset', '2px'],
] as const;
const TABBABLE =
  'a[href],area[href],button,input:not([type=hidden]),select,textarea,iframe,summary,[tabindex],[contenteditable=""],[contenteditable=true]';

/** How a popover was opened: hover-opened ones close when the pointer leaves. */
type Trigger = 'hover' | 'focus' | 'click' | 'api';

interface Open {
  id: string;
  pieces: HTMLElement[];
  anchor: HTMLElement;
  trigger: Trigger;
  stop(): void;
}

export async function attachPopovers(
  ctx: PageContext,
  options: { getMark(id: string): Mark | undefined },
): Promise<PopoverController> {
  const { host, shadow, float, ensureMounted } = await mountFloatingHost(ctx, { name: 'popover', css: POPOVER_CSS });
  // What the highlights' aria-controls point to: random like the host's name, it tells the page nothing.
  host.id = host.localName;

  let current: Open | null = null;
  let timer: number | undefined; // one pending open or close at a time
  let lastInput: 'pointer' | 'key' = 'key';
  let refocusing = false;

  const wait = (then: () => void, ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(then, ms);
  };
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(FINDING_SELECTOR) : null;
  const inPopover = (event: Event) => event.composedPath().includes(host);

  function open(id: string, anchor?: HTMLElement, trigger: Trigger = 'api'): void {
    clearTimeout(timer);
    if (current?.id === id) {
      if (trigger !== 'hover') current.trigger = trigger;
      return;
    }
    const mark = options.getMark(id);
    const pieces = [...document.querySelectorAll<HTMLElement>(FINDING_SELECTOR)].filter((el) => el.dataset.crosscheckId === id);
    const at = anchor ?? pieces[0];
    if (!mark || !at) return;
    close();
    ensureMounted();
    render(h(Popover, { mark, onClose: () => close(true) }), float);
    float.hidden = false;
    for (const piece of pieces) {
      piece.setAttribute('aria-expanded', 'true');
      piece.setAttribute('aria-controls', host.id);
      for (const [property, value] of ACTIVE_STYLE) piece.style.setProperty(property, value, 'important');
    }
    // The whole highlight, all its pieces, so the popover never covers any of it.
    const reference: VirtualElement = { getBoundingClientRect: () => unionRect(pieces), contextElement: at };
    const state: Open = { id, pieces, anchor: at, trigger, stop: () => {} };
    current = state;
    state.stop = autoUpdate(reference, float, () => void place(state, reference));
  }

  async function place(state: Open, reference: VirtualElement): Promise<void> {
    const { x, y, middlewareData } = await computePosition(reference, float, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => float.style.setProperty('--cc-max-h', `${Math.max(120, availableHeight)}px`),
        }),
        hide(),
      ],
    });
    if (current !== state) return;
    // Scrolled out of view, or taken out of the page by a re-pass.
    if (middlewareData.hide?.referenceHidden || !state.anchor.isConnected) return close();
    float.style.left = `${x}px`;
    float.style.top = `${y}px`;
  }

  /** `restoreFocus`: put focus back on the highlight (Escape, the close button). */
  function close(restoreFocus = false): void {
    clearTimeout(timer);
    const state = current;
    if (!state) return;
    const focusInside = shadow.activeElement !== null;
    current = null;
    state.stop();
    render(null, float);
    float.hidden = true;
    for (const piece of state.pieces) {
      piece.removeAttribute('aria-expanded');
      piece.removeAttribute('aria-controls');
      for (const [property] of ACTIVE_STYLE) piece.style.removeProperty(property);
    }
    if (restoreFocus || focusInside) refocus(state.anchor);
  }

  /** Focus a highlight without its focus reopening a popover. */
  function refocus(el: HTMLElement): void {
    refocusing = true;
    el.focus();
    refocusing = false;
  }

  /** The first element Tab would reach after the highlight, outside it and the popover. */
  function nextTabbable(state: Open): HTMLElement | null {
    const last = state.pieces[state.pieces.length - 1] ?? state.anchor;
    for (const el of document.querySelectorAll<HTMLElement>(TABBABLE)) {
      if (el.tabIndex < 0 || state.pieces.includes(el) || el === host) continue;
      if (!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if ((el as HTMLButtonElement).disabled || el.getClientRects().length === 0) continue;
      return el;
    }
    return null;
  }

  // Trusted events only (a page can dispatch any event, never a trusted one); and none once the extension
  // behind this script is gone (reloaded, removed), which the check notices and ends everything for.
  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    ctx.onTrusted<DocumentEventMap[K]>(document, type, (event) => ctx.isInvalid || handler(event), { capture: true });

  listen('pointerdown', () => (lastInput = 'pointer'));

  listen('mouseover', (event) => {
    const el = markOf(event.target);
    if (el) {
      const id = el.dataset.crosscheckId ?? '';
      if (current?.id === id) clearTimeout(timer);
      else wait(() => open(id, el, 'hover'), OPEN_DELAY);
    } else if (inPopover(event)) {
      clearTimeout(timer);
    } else if (current?.trigger === 'hover') {
      wait(close, CLOSE_DELAY);
    } else {
      clearTimeout(timer); // the pointer passed over a highlight without stopping
    }
  });

  // The pointer left the window.
  listen('mouseout', (event) => {
    if (!event.relatedTarget && current?.trigger === 'hover') wait(close, CLOSE_DELAY);
  });

  listen('focusin', (event) => {
    if (refocusing) return;
    const el = markOf(event.target);
    if (el) open(el.dataset.crosscheckId ?? '', el, lastInput === 'pointer' ? 'click' : 'focus');
    else if (!inPopover(event) && current?.trigger === 'focus') close();
  });

  // No preventDefault: a highlight inside a link still follows the link.
  listen('click', (event) => {
    const el = markOf(event.target);
    if (el) open(el.dataset.crosscheckId ?? '', el, 'click');
    else if (!inPopover(event)) close();
  });

  listen('keydown', (event) => {
    lastInput = 'key';
    const state = current;
    if (!state) return;
    if (event.key === 'Escape') {
      close(state.trigger === 'focus');
    } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const onHighlight = state.pieces.some((piece) => piece === event.target);
      if (onHighlight && !event.shiftKey) {
        // The popover sits at the end of <body>; Tab from the highlight goes into it.
        const button = shadow.querySelector<HTMLElement>('.cc-close');
        if (!button) return;
        event.preventDefault();
        button.focus();
      } else if (inPopover(event)) {
        // Out of the popover: back to the highlight, or on to what follows it.
        event.preventDefault();
        const next = event.shiftKey ? null : nextTabbable(state);
        if (!next) return event.shiftKey ? refocus(state.anchor) : close(true);
        next.focus(); // may open the next highlight's popover
        if (current === state) close();
      }
    }
  });

  ctx.onInvalidated(() => {
    clearTimeout(timer);
    close();
  });

  return { open: (id, anchor) => open(id, anchor, 'api'), close: () => close() };
}
