/**
 * The popover's open/close state: which finding it shows and how it was opened, and what opening and
 * closing change in the page (the highlight's aria-expanded and ring, focus going back to it).
 */
import { h, render } from 'preact';
import { Popover } from '../../components/Popover';
import type { Mark } from '../../lib/engine/findings';
import type { MarkPainter } from './mark-paint';
import { idOf, piecesOf } from './marks-in-page';
import type { PendingAction } from './pending-action';
import { followHighlight } from './placement';
import { toneAt } from './tone';

/** How a popover was opened: hover-opened ones close when the pointer leaves, key-opened ones when focus does. */
export type Trigger = 'hover' | 'key' | 'click' | 'api';

export interface OpenPopover {
  id: string;
  pieces: HTMLElement[];
  anchor: HTMLElement;
  trigger: Trigger;
  stop(): void;
}

export interface PanelParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  float: HTMLElement;
  ensureMounted(): void;
  paint: MarkPainter;
  pending: PendingAction;
  hideHint(): void;
  getMark(id: string): Mark | undefined;
  openFacts?(): void;
}

export interface PopoverPanel {
  readonly current: OpenPopover | null;
  /** True while focus is being put back on a highlight, which shows no hint. */
  readonly refocusing: boolean;
  dialog(): HTMLElement | null;
  open(id: string, anchor: HTMLElement | undefined, trigger: Trigger, focusInside?: boolean): void;
  /** `restoreFocus`: put focus back on the highlight (Escape, the close button). */
  close(restoreFocus?: boolean): void;
}

export function createPopoverPanel(parts: PanelParts): PopoverPanel {
  const { host, shadow, float, paint, pending } = parts;
  let current: OpenPopover | null = null;
  let refocusing = false;
  const dialog = () => shadow.querySelector<HTMLElement>('[role="dialog"]');

  function open(id: string, anchor: HTMLElement | undefined, trigger: Trigger, focusInside = false): void {
    pending.cancel();
    if (current?.id !== id) {
      const mark = parts.getMark(id);
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
    parts.hideHint();
    parts.ensureMounted();
    render(h(Popover, { mark, onClose: () => close(true), tone: toneAt(at.parentElement), onOpenFacts: parts.openFacts }), float);
    float.hidden = false;
    setExpanded(pieces, host.id);
    paint.set(pieces, 'ringed', true);
    current = { id: mark.id, pieces, anchor: at, trigger, stop: () => {} };
    current.stop = followHighlight(float, pieces, at, () => close());
  }

  function close(restoreFocus = false): void {
    pending.cancel();
    const state = current;
    if (!state) return;
    const focusInside = shadow.activeElement !== null;
    current = null;
    state.stop();
    render(null, float);
    float.hidden = true;
    setExpanded(state.pieces, null);
    paint.set(state.pieces, 'ringed', document.activeElement !== null && state.pieces.includes(document.activeElement as HTMLElement));
    if (restoreFocus || focusInside) refocus(state.anchor);
  }

  /** Focus a highlight without showing its hint again. */
  function refocus(el: HTMLElement): void {
    refocusing = true;
    el.focus();
    refocusing = false;
    paint.set(piecesOf(idOf(el)), 'ringed', true);
  }

  return {
    get current() {
      return current;
    },
    get refocusing() {
      return refocusing;
    },
    dialog,
    open,
    close,
  };
}

/** Says on each piece that it opens the popover (`controls`: the popover host's id), or no longer does. */
function setExpanded(pieces: HTMLElement[], controls: string | null): void {
  for (const piece of pieces) {
    if (controls === null) {
      piece.removeAttribute('aria-expanded');
      piece.removeAttribute('aria-controls');
    } else {
      piece.setAttribute('aria-expanded', 'true');
      piece.setAttribute('aria-controls', controls);
    }
  }
}
