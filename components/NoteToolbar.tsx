/**
 * The toolbar that appears beside a selection in an article: `Highlight` (in the chosen colour), the
 * colours, and `Note` (highlight with a note). The arrow keys move between its buttons, as in any
 * toolbar; Tab does too. Escape is handled by whoever shows it (it also closes it from the page).
 */
import type { JSX, TargetedKeyboardEvent } from 'preact';
import type { HighlightColour } from '../lib/annotations/model';
import { NoteColours } from './NoteColours';

export interface NoteToolbarProps {
  colour: HighlightColour;
  onColour(colour: HighlightColour): void;
  onHighlight(): void;
  onNote(): void;
  /** A problem to tell the reader (saving failed). */
  status?: string | null;
  busy?: boolean;
  /**
   * Whether a click or key is the reader's own (isTrusted in the page). Anything else is stopped before
   * any button sees it: a page script that reaches the toolbar cannot press its buttons.
   */
  accept(event: Event): boolean;
}

/** Stops, in the capture phase, the events a page script made, so no button below acts on them. */
function guard(accept: (event: Event) => boolean) {
  return (event: Event) => {
    if (accept(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
}

/** Left/Right (and Home/End) move focus between the toolbar's buttons. */
function onArrows(event: TargetedKeyboardEvent<HTMLDivElement>): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  (buttons[next] as HTMLButtonElement | undefined)?.focus();
}

export function NoteToolbar({ colour, onColour, onHighlight, onNote, status, busy, accept }: NoteToolbarProps): JSX.Element {
  const stop = guard(accept);
  return (
    <div
      class="cc-notes-bar"
      role="toolbar"
      aria-label="Crosscheck highlight"
      onClickCapture={stop}
      onKeyDownCapture={stop}
      onKeyDown={onArrows}
    >
      <div class="cc-bar-row">
        <button type="button" class="cc-bar-button cc-primary" disabled={busy} onClick={onHighlight}>
          <span class={`cc-dot cc-swatch-${colour}`} aria-hidden="true" />
          Highlight
        </button>
        <NoteColours colour={colour} onChange={onColour} />
        <button type="button" class="cc-bar-button" disabled={busy} onClick={onNote}>
          Note
        </button>
      </div>
      {status && (
        <p class="cc-status" role="alert">
          {status}
        </p>
      )}
    </div>
  );
}
