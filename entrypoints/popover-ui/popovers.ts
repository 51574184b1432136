/**
 * One popover for all highlights: a floating host at the end of <body> (closed shadow root, see
 * utils/floating-host.ts), placed beside the highlight with Floating UI.
 * - Pointer: it opens when the pointer rests on a highlight (a short dwell), not when it only crosses one
 *   on its way elsewhere; resting on another highlight switches to it.
 * - Keyboard: a highlight is one Tab stop; focus shows a small hint and nothing more. Enter or Space opens
 *   the popover with focus inside it; Escape closes it and puts focus back; Enter opens it again.
 * - Colours: light or dark after the page's own background behind the highlight.
 * Listeners are delegated on `document` through `ctx`, so they go when the script is invalidated, and
 * only the reader's own input counts: a page script's synthetic events open, close and move nothing.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { MarksIntro } from '../../components/MarksIntro';
import { Popover, type Tone } from '../../components/Popover';
import { POPOVER_CSS } from '../../components/popover-css';
import type { Mark } from '../../lib/engine/findings';
import { backgroundBehind, isDark } from '../../lib/page/colours';
import { unionRect } from '../../lib/page/highlight-box';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { mountFloatingHost } from '../../utils/floating-host';
import type { PopoverController } from '../../utils/page-bridge';
import type { PageContext } from '../../utils/page-context';
import { createMarkPainter } from './mark-paint';


/** How long the pointer rests on a highlight before it opens, and how far it may drift meanwhile. */
const DWELL_MS = 350;
const DWELL_SLOP_PX = 6;
const CLOSE_DELAY = 300;
const TABBABLE =
  'a[href],area[href],button,input:not([type=hidden]),select,textarea,iframe,summary,[tabindex],[contenteditable=""],[contenteditable=true]';

/** How a popover was opened: hover-opened ones close when the pointer leaves, key-opened ones when focus does. */
type Trigger = 'hover' | 'key' | 'click' | 'api';

interface Open {
  id: string;
  pieces: HTMLElement[];
  anchor: HTMLElement;
  trigger: Trigger;
  stop(): void;
}

/** The page's tone behind an element: the popover and its hint follow it. */
export function toneAt(el: Element | null): Tone {
  return isDark(backgroundBehind(el)) ? 'dark' : 'light';
}

export async function attachPopovers(
  ctx: PageContext,
  options: { getMark(id: string): Mark | undefined; openFacts?(): void },
): Promise<PopoverController> {
  const { host, shadow, float, ensureMounted } = await mountFloatingHost(ctx, { name: 'popover', css: POPOVER_CSS });
  // What the highlights' aria-controls point to: random like the host's name, it tells the page nothing.
  host.id = host.localName;
  const hint = document.createElement('div');
  hint.className = 'cc-hint';
  hint.hidden = true;
  hint.setAttribute('aria-hidden', 'true'); // the highlight's own description says the same to a screen reader
  hint.textContent = 'Enter: who else reports this';
  const intro = document.createElement('div');
  shadow.append(hint, intro);
  const paint = createMarkPainter();

  let current: Open | null = null;
  let timer: number | undefined; // one pending open or close at a time
  let lastInput: 'pointer' | 'key' = 'key';
  let refocusing = false;
  /** Where the pointer came to rest on a highlight, while it waits to open. */
  let dwell: { id: string; el: HTMLElement; x: number; y: number } | null = null;
  let hovered: HTMLElement[] = [];

  const wait = (then: () => void, ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(then, ms);
  };
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(FINDING_SELECTOR) : null;
  const piecesOf = (id: string) =>
    [...document.querySelectorAll<HTMLElement>(FINDING_SELECTOR)].filter((el) => el.dataset.crosscheckId === id);
  const inPopover = (event: Event) => event.composedPath().includes(host);
  const dialog = () => shadow.querySelector<HTMLElement>('[role="dialog"]');

  function open(id: string, anchor: HTMLElement | undefined, trigger: Trigger, focusInside = false): void {
    clearTimeout(timer);
    if (current?.id !== id) {
      const mark = options.getMark(id);
      const pieces = piecesOf(id);
      const at = anchor ?? pieces[0];
      if (!mark || !at) return;
      close();
      show(mark, pieces, at, trigger);
    } else if (trigger !== 'hover') {
      current.trigger = trigger;
    }
    if (focusInside) dialog()?.focus();
  }

  function show(mark: Mark, pieces: HTMLElement[], at: HTMLElement, trigger: Trigger): void {
    hideHint();
    ensureMounted();
    render(h(Popover, { mark, onClose: () => close(true), tone: toneAt(at.parentElement), onOpenFacts: options.openFacts }), float);
    float.hidden = false;
    for (const piece of pieces) {
      piece.setAttribute('aria-expanded', 'true');
      piece.setAttribute('aria-controls', host.id);
    }
    paint.set(pieces, 'ringed', true);
    // The whole highlight, all its pieces, so the popover never covers any of it.
    const reference: VirtualElement = { getBoundingClientRect: () => unionRect(pieces), contextElement: at };
    const state: Open = { id: mark.id, pieces, anchor: at, trigger, stop: () => {} };
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
    }
    paint.set(state.pieces, 'ringed', document.activeElement !== null && state.pieces.includes(document.activeElement as HTMLElement));
    if (restoreFocus || focusInside) refocus(state.anchor);
  }

  /** Focus a highlight without showing its hint again. */
  function refocus(el: HTMLElement): void {
    refocusing = true;
    el.focus();
    refocusing = false;
    paint.set(piecesOf(el.dataset.crosscheckId ?? ''), 'ringed', true);
  }

  function showHint(el: HTMLElement): void {
    const rect = el.getBoundingClientRect();
    hint.className = `cc-hint cc-${toneAt(el.parentElement)}`;
    hint.style.left = `${Math.max(4, Math.min(rect.left, window.innerWidth - 200))}px`;
    hint.style.top = `${rect.bottom + 4}px`;
    hint.hidden = false;
  }
  const hideHint = () => (hint.hidden = true);

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

  /** Tab at either end of the popover leaves it: on to what follows the highlight, or back to the highlight. */
  function tabOut(event: KeyboardEvent, state: Open): void {
    const stops = [...float.querySelectorAll<HTMLElement>('button')];
    const at = shadow.activeElement;
    const atStart = at === dialog() || at === stops[0];
    const atEnd = at === stops[stops.length - 1];
    if (event.shiftKey ? !atStart : !atEnd) return; // inside: the browser moves focus
    event.preventDefault();
    if (event.shiftKey) return close(true);
    const next = nextTabbable(state);
    close(!next);
    next?.focus();
  }

  // Trusted events only (a page can dispatch any event, never a trusted one); and none once the extension
  // behind this script is gone (reloaded, removed), which the check notices and ends everything for.
  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    ctx.onTrusted<DocumentEventMap[K]>(document, type, (event) => ctx.isInvalid || handler(event), { capture: true });

  function hover(pieces: HTMLElement[]): void {
    if (pieces[0] === hovered[0]) return;
    paint.set(hovered, 'revealed', hovered.includes(document.activeElement as HTMLElement));
    hovered = pieces;
    paint.set(hovered, 'revealed', true);
  }

  function startDwell(el: HTMLElement, at: { clientX: number; clientY: number }): void {
    const id = el.dataset.crosscheckId ?? '';
    dwell = { id, el, x: at.clientX, y: at.clientY };
    wait(() => {
      dwell = null;
      open(id, el, 'hover');
    }, DWELL_MS);
  }

  listen('pointerdown', () => (lastInput = 'pointer'));

  listen('mouseover', (event) => {
    const el = markOf(event.target);
    if (el) {
      const id = el.dataset.crosscheckId ?? '';
      hover(piecesOf(id));
      if (current?.id === id) clearTimeout(timer);
      else if (dwell?.id !== id) startDwell(el, event);
      return;
    }
    hover([]);
    dwell = null;
    if (inPopover(event)) clearTimeout(timer);
    else if (current?.trigger === 'hover') wait(close, CLOSE_DELAY);
    else clearTimeout(timer); // the pointer passed over a highlight without stopping
  });

  // Still moving across a highlight: not resting yet, the dwell starts again from here.
  listen('mousemove', (event) => {
    if (!dwell || Math.hypot(event.clientX - dwell.x, event.clientY - dwell.y) <= DWELL_SLOP_PX) return;
    if (markOf(event.target)?.dataset.crosscheckId === dwell.id) startDwell(dwell.el, event);
  });

  // The pointer left the window.
  listen('mouseout', (event) => {
    if (event.relatedTarget) return;
    hover([]);
    dwell = null;
    if (current?.trigger === 'hover') wait(close, CLOSE_DELAY);
    else clearTimeout(timer);
  });

  listen('focusin', (event) => {
    const el = markOf(event.target);
    hideHint();
    if (el) {
      const pieces = piecesOf(el.dataset.crosscheckId ?? '');
      paint.set(pieces, 'revealed', true);
      paint.set(pieces, 'ringed', true);
      if (current && current.id !== el.dataset.crosscheckId && current.trigger === 'key') close();
      if (!refocusing && lastInput === 'key' && current?.id !== el.dataset.crosscheckId) showHint(el);
    } else if (!inPopover(event) && current?.trigger === 'key') {
      close();
    }
  });

  listen('focusout', (event) => {
    const el = markOf(event.target);
    if (!el) return;
    hideHint();
    const pieces = piecesOf(el.dataset.crosscheckId ?? '');
    if (!hovered.includes(el)) paint.set(pieces, 'revealed', false);
    if (current?.id !== el.dataset.crosscheckId) paint.set(pieces, 'ringed', false);
  });

  // No preventDefault: a highlight inside a link still follows the link.
  listen('click', (event) => {
    const el = markOf(event.target);
    if (el) open(el.dataset.crosscheckId ?? '', el, 'click');
    else if (!inPopover(event)) close();
  });

  listen('keydown', (event) => {
    lastInput = 'key';
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const el = markOf(event.target);
    if (el && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault(); // Space would scroll the page
      return open(el.dataset.crosscheckId ?? '', el, 'key', true);
    }
    const state = current;
    if (!state) return;
    if (event.key === 'Escape') close(inPopover(event) || state.pieces.includes(event.target as HTMLElement));
    else if (event.key === 'Tab' && inPopover(event)) tabOut(event, state);
  });

  ctx.onInvalidated(() => {
    clearTimeout(timer);
    close();
    paint.clear();
  });

  // Loaded by a keyboard focus: the highlight that has it shows its hint now.
  const focused = markOf(document.activeElement);
  if (focused) showHint(focused);

  return {
    open: (id, anchor, focusInside) => open(id, anchor, focusInside ? 'key' : 'api', focusInside),
    close: () => close(),
    dwellOn: (el) => {
      const rect = el.getBoundingClientRect();
      hover(piecesOf(el.dataset.crosscheckId ?? ''));
      startDwell(el, { clientX: rect.left, clientY: rect.top });
    },
    intro: () => render(h(MarksIntro, { tone: toneAt(document.querySelector(FINDING_SELECTOR)?.parentElement ?? document.body), onClose: () => render(null, intro) }), intro),
  };
}
