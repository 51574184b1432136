/**
 * Keyboard and focus: a highlight is one Tab stop; keyboard focus shows a small hint and nothing more
 * (a pointer's focus shows none). Enter or Space opens the popover with focus inside it; Escape closes
 * it and puts focus back; Tab leaves it (tab-out.ts). A key-opened popover closes when focus leaves
 * both it and its highlight.
 */
import type { FocusHint } from './focus-hint';
import type { MarkPainter } from './mark-paint';
import { idOf, markOf, piecesOf } from './marks-in-page';
import { tabOut, type TabParts } from './tab-out';
import type { Listen } from './reader-input';

export interface KeyboardParts extends TabParts {
  listen: Listen;
  paint: MarkPainter;
  hint: FocusHint;
  /** The pieces of the highlight under the pointer: they stay shown in full when focus leaves. */
  hovered(): HTMLElement[];
  inPopover(event: Event): boolean;
}

export function watchKeyboard(parts: KeyboardParts): void {
  const { listen, panel, paint, hint, inPopover } = parts;
  /** The reader's last kind of input: a hint shows only for focus moved by keys. */
  let lastInput: 'pointer' | 'key' = 'key';

  listen('pointerdown', () => (lastInput = 'pointer'));

  listen('focusin', (event) => {
    const el = markOf(event.target);
    hint.hide();
    const current = panel.current;
    if (el) {
      const pieces = piecesOf(idOf(el));
      paint.set(pieces, 'revealed', true);
      paint.set(pieces, 'ringed', true);
      if (current && current.id !== el.dataset.crosscheckId && current.trigger === 'key') panel.close();
      if (!panel.refocusing && lastInput === 'key' && panel.current?.id !== el.dataset.crosscheckId) hint.show(el);
    } else if (!inPopover(event) && current?.trigger === 'key') {
      panel.close();
    }
  });

  listen('focusout', (event) => {
    const el = markOf(event.target);
    if (!el) return;
    hint.hide();
    const pieces = piecesOf(idOf(el));
    if (!parts.hovered().includes(el)) paint.set(pieces, 'revealed', false);
    if (panel.current?.id !== el.dataset.crosscheckId) paint.set(pieces, 'ringed', false);
  });

  listen('keydown', (event) => {
    lastInput = 'key';
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const el = markOf(event.target);
    if (el && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault(); // Space would scroll the page
      return panel.open(idOf(el), el, 'key', true);
    }
    const state = panel.current;
    if (!state) return;
    if (event.key === 'Escape') panel.close(inPopover(event) || state.pieces.includes(event.target as HTMLElement));
    else if (event.key === 'Tab' && inPopover(event)) tabOut(event, state, parts);
  });
}
