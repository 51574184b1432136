/**
 * The reader's clicks and keys on the page, trusted input only: a click or Enter on a note opens its
 * editor, Escape closes the box, and Tab goes into the toolbar and back out of it.
 */
import type { PageContext } from '../../utils/page-context';
import { noteIdOf, NOTE_SELECTOR } from './draw';
import type { View } from './notes-panel';
import type { ReaderInput } from './reader-input';

export interface ReaderKeysOptions {
  input: ReaderInput;
  /** Whether the notes run on this page now (the site setting). */
  enabled(): boolean;
  /** Whether an event happened inside the notes UI. */
  isInUi(event: Event): boolean;
  /** The box's current view. */
  view(): View | null;
  /** The toolbar's buttons live here. */
  shadow: ShadowRoot;
  /** The editor frame has focus: it handles its own Escape (it may be asking about a delete). */
  editorHasFocus(): boolean;
  /** Opens a note's editor at one of its pieces; false when the note is not drawn. */
  openEditor(id: string, at: HTMLElement): boolean;
  /** Closes the box, focus back where it came from when `restoreFocus`. */
  close(restoreFocus: boolean): void;
  /** Remembers where focus was before Tab moved it into the toolbar. */
  setReturnFocus(el: HTMLElement | null): void;
}

const noteOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(NOTE_SELECTOR) : null);
const modified = (event: KeyboardEvent) => event.altKey || event.ctrlKey || event.metaKey;

export function watchReaderKeys(ctx: PageContext, doc: Document, options: ReaderKeysOptions): void {
  const onTrusted = <E extends Event>(type: string, handler: (event: E) => void) =>
    ctx.addEventListener<E>(doc, type, (event) => {
      if (options.input.isTrusted(event)) handler(event);
    }, { capture: true });

  onTrusted<MouseEvent>('click', (event) => {
    if (!options.enabled() || options.isInUi(event)) return;
    const el = noteOf(event.target);
    const id = el ? noteIdOf(el) : null;
    if (!el || !id) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return; // a selection, not a click
    options.openEditor(id, el);
  });

  onTrusted<KeyboardEvent>('keydown', (event) => {
    if (!options.enabled()) return;
    const inside = options.isInUi(event);
    if (event.key === 'Escape') return onEscape(event, inside, options);
    if (event.key === 'Enter' && !inside && !modified(event)) {
      const el = noteOf(event.target);
      const id = el && el === event.target ? noteIdOf(el) : null;
      if (el && id && options.openEditor(id, el)) event.preventDefault();
      return;
    }
    if (event.key !== 'Tab' || modified(event) || options.view()?.kind !== 'toolbar') return;
    if (inside) tabOutOfToolbar(event, options);
    else tabIntoToolbar(event, doc, options);
  });
}

function onEscape(event: KeyboardEvent, inside: boolean, options: ReaderKeysOptions): void {
  const view = options.view();
  // Inside the frame, the editor handles its own Escape (it may be asking about a delete).
  if (!view || options.editorHasFocus()) return;
  event.stopPropagation();
  options.close(inside || view.kind !== 'toolbar');
}

/** From the page, Tab goes into the toolbar first: the keyboard way to it after selecting. */
function tabIntoToolbar(event: KeyboardEvent, doc: Document, options: ReaderKeysOptions): void {
  const first = options.shadow.querySelector<HTMLElement>('button');
  if (event.shiftKey || !first) return;
  event.preventDefault();
  options.setReturnFocus(doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
  first.focus();
}

/** Inside the toolbar, Tab past either end hands focus back to the page. */
function tabOutOfToolbar(event: KeyboardEvent, options: ReaderKeysOptions): void {
  const { shadow } = options;
  const buttons = Array.from(shadow.querySelectorAll<HTMLElement>('button:not([disabled])'));
  const at = buttons.indexOf(shadow.activeElement as HTMLElement);
  if (event.shiftKey ? at <= 0 : at === buttons.length - 1) {
    event.preventDefault();
    options.close(true);
  }
}
