/**
 * The floating box of the notes: what it shows (the toolbar for a selection, a new note's editor, or a
 * note's editor), where it is placed, and where focus goes back when it closes. The coordinator
 * (notes-page.ts) decides when; this module only shows it.
 */
import { render, type ComponentChild } from 'preact';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import type { Selected } from './article-selection';
import { piecesReference, placePanel, rangeReference } from './floating-panel';

export type View =
  | { kind: 'toolbar'; selected: Selected }
  | { kind: 'new'; selected: Selected }
  | { kind: 'edit'; id: string; anchor: HTMLElement };

export interface PanelParts {
  doc: Document;
  /** The floating host (its shadow root holds the box) and the box itself. */
  host: HTMLElement;
  shadow: ShadowRoot;
  float: HTMLElement;
  /** Puts the host back in the page if the page removed it. */
  ensureMounted(): void;
  /** Where the toolbar and the editor frame go, inside `float`. */
  bar: HTMLElement;
  frameBox: HTMLElement;
  /** The toolbar for a selection, with the coordinator's state and actions. */
  toolbar(selected: Selected): ComponentChild;
  /** The note editor frame: closed with the box. */
  editor: { close(): void };
  /** The drawn notes: an edited note's pieces, marked while its editor is open. */
  notes: { pieces(id: string): readonly HTMLElement[] | undefined; setActive(id: string, on: boolean): void };
}

export class NotesPanel {
  view: View | null = null;
  /** What the toolbar says went wrong, and whether it is saving. */
  status: string | null = null;
  busy = false;
  /** Where focus was before Tab moved it into the toolbar. */
  returnFocus: HTMLElement | null = null;
  private stopPlacing = () => {};

  constructor(private readonly parts: PanelParts) {}

  /** Shows a view in place of the current one (close() first when the current one must be closed). */
  show(view: View): void {
    this.view = view;
    if (view.kind === 'edit') this.parts.notes.setActive(view.id, true);
    this.paint();
  }

  /** Shows the toolbar for a selection; the same span again only keeps the newer range. */
  showToolbar(selected: Selected): void {
    const view = this.view;
    if (view?.kind === 'toolbar' && view.selected.span.start === selected.span.start && view.selected.span.end === selected.span.end) {
      view.selected = selected;
      return;
    }
    this.close();
    this.show({ kind: 'toolbar', selected });
  }

  /** Renders the current view (or hides the box) and places it. */
  paint(): void {
    const { bar, frameBox, float } = this.parts;
    const view = this.view;
    if (!view) {
      this.stopPlacing();
      render(null, bar);
      float.hidden = true;
      return;
    }
    this.parts.ensureMounted();
    float.hidden = false;
    bar.hidden = view.kind !== 'toolbar';
    frameBox.hidden = view.kind === 'toolbar';
    render(view.kind === 'toolbar' ? this.parts.toolbar(view.selected) : null, bar);
    this.place(view);
  }

  private place(view: View): void {
    this.stopPlacing();
    const { float, notes } = this.parts;
    if (view.kind === 'edit') {
      const pieces = notes.pieces(view.id) ?? [view.anchor];
      // A note on one of Crosscheck's findings: the finding's popover opens below it, so the editor goes above.
      const onFinding = pieces.some((el) => el.closest(FINDING_SELECTOR) || el.querySelector(FINDING_SELECTOR));
      this.stopPlacing = placePanel(piecesReference(pieces), float, { placement: onFinding ? 'top-start' : 'bottom-start', hideWhenAway: false });
    } else {
      const toolbar = view.kind === 'toolbar';
      this.stopPlacing = placePanel(rangeReference(view.selected.range), float, { placement: toolbar ? 'top' : 'bottom-start', hideWhenAway: toolbar });
    }
  }

  /** Closes the toolbar or editor; `restoreFocus`: back to the highlight, or to where Tab came from. */
  close(restoreFocus = false): void {
    const was = this.view;
    if (!was) return;
    const { doc, host, shadow, editor, notes } = this.parts;
    const hadFocus = shadow.activeElement !== null || doc.activeElement === host;
    this.view = null;
    this.status = null;
    this.busy = false;
    editor.close();
    this.paint();
    if (was.kind === 'edit') {
      notes.setActive(was.id, false);
      if ((restoreFocus || hadFocus) && was.anchor.isConnected) was.anchor.focus({ preventScroll: true });
    } else if ((restoreFocus || hadFocus) && this.returnFocus?.isConnected) {
      this.returnFocus.focus({ preventScroll: true });
    }
    if (was.kind !== 'edit') this.returnFocus = null;
  }

  /** Stops following the page's layout (the page context is gone). */
  stop(): void {
    this.stopPlacing();
  }
}
