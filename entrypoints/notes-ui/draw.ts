/**
 * Drawing and removing the reader's highlights in the page. Like Crosscheck's own highlights
 * (lib/page/highlights.ts) they wrap text-node ranges in `<crosscheck-mark>` elements with inline
 * !important styles, so the page's text (and what a reader copies) stays exactly the same and page CSS
 * cannot hide them; unlike them they are a translucent fill in the reader's colour, with no underline.
 *
 * Notes may overlap each other and Crosscheck's own highlights: they are wrapped by the same
 * TextWrapper as findings, which wraps each piece of text on its own, so overlapping highlights nest.
 */
import type { HighlightColour } from '../../lib/annotations/model';
import { domRangesFor, type DomArticle } from '../../lib/article/from-dom';
import { MARK_TAG, TextWrapper } from '../../lib/page/highlights';

export const NOTE_SELECTOR = `${MARK_TAG}[data-crosscheck-kind="note"]`;
/** `data-crosscheck-id` is this prefix and the annotation's id: note ids never collide with finding ids. */
export const NOTE_ID_PREFIX = 'note-';

export function noteElementId(id: string): string {
  return NOTE_ID_PREFIX + id;
}

/** The annotation id of a note highlight element, or null when it is not one. */
export function noteIdOf(el: Element): string | null {
  if (el.getAttribute('data-crosscheck-kind') !== 'note') return null;
  const value = el.getAttribute('data-crosscheck-id') ?? '';
  return value.startsWith(NOTE_ID_PREFIX) ? value.slice(NOTE_ID_PREFIX.length) : null;
}

const BASE =
  'display:inline !important;visibility:visible !important;opacity:1 !important;position:static !important;' +
  'color:inherit !important;font:inherit !important;letter-spacing:inherit !important;text-transform:inherit !important;' +
  'clip-path:none !important;filter:none !important;transform:none !important;margin:0 !important;padding:0 !important;' +
  'border:0 !important;border-radius:2px !important;cursor:pointer !important;text-decoration:none !important;' +
  'box-shadow:none !important;box-decoration-break:clone !important;-webkit-box-decoration-break:clone !important;' +
  'background-repeat:no-repeat !important;background-position:right top !important;';

/**
 * Translucent fills, so dark text on a light page and light text on a dark page both stay readable;
 * `mark` is the stronger tone of the corner marker that says the highlight has a note.
 * Yellow is a lemon yellow, apart from the amber of figures that differ.
 */
export const NOTE_COLOURS: Record<HighlightColour, { fill: string; mark: string }> = {
  yellow: { fill: 'rgba(255,221,0,0.42)', mark: 'rgb(202,138,4)' },
  green: { fill: 'rgba(52,211,153,0.34)', mark: 'rgb(5,150,105)' },
  blue: { fill: 'rgba(96,165,250,0.36)', mark: 'rgb(37,99,235)' },
  pink: { fill: 'rgba(244,114,182,0.36)', mark: 'rgb(219,39,119)' },
};

/** The inline style of one piece; `marker`: the corner triangle that says the note has text. */
export function noteStyle(colour: HighlightColour, marker: boolean): string {
  const { fill, mark } = NOTE_COLOURS[colour] ?? NOTE_COLOURS.yellow;
  const image = marker ? `linear-gradient(225deg,${mark} 0 5px,transparent 5px)` : 'none';
  return `${BASE}background-color:${fill} !important;background-image:${image} !important;`;
}

export interface NoteToDraw {
  id: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
  colour: HighlightColour;
  /** The reader wrote a note (not only a highlight). */
  hasNote: boolean;
}

/** Sets the look of a drawn note: its colour, and the marker on its last piece when it has a note. */
export function styleNote(pieces: readonly HTMLElement[], colour: HighlightColour, hasNote: boolean): void {
  pieces.forEach((el, i) => {
    el.setAttribute('data-crosscheck-colour', colour);
    // Keep outlines set by the editor (it marks the open highlight).
    const outline = el.style.getPropertyValue('outline');
    const outlineOffset = el.style.getPropertyValue('outline-offset');
    el.setAttribute('style', noteStyle(colour, hasNote && i === pieces.length - 1));
    if (outline) {
      el.style.setProperty('outline', outline, 'important');
      el.style.setProperty('outline-offset', outlineOffset, 'important');
    }
  });
}

/** A note's highlight element, before it wraps its text (styleNote gives it its look once all its pieces are drawn). */
function noteElement(doc: Document, id: string): HTMLElement {
  const el = doc.createElement(MARK_TAG);
  el.setAttribute('data-crosscheck-kind', 'note');
  el.setAttribute('data-crosscheck-id', noteElementId(id));
  el.setAttribute('tabindex', '0');
  el.setAttribute('aria-haspopup', 'dialog');
  return el;
}

/** Draws notes (offsets in `article`, which must match the document as it is). Returns each note's pieces. */
export function drawNotes(doc: Document, article: DomArticle, notes: readonly NoteToDraw[]): Map<string, HTMLElement[]> {
  const wrapper = new TextWrapper();
  const drawn = new Map<string, HTMLElement[]>();
  for (const note of notes) {
    const make = () => noteElement(doc, note.id);
    const pieces: HTMLElement[] = [];
    for (const piece of domRangesFor(article, note.start, note.end)) {
      if (piece.end > piece.start) pieces.push(...wrapper.wrap(piece.node, piece.start, piece.end, make));
    }
    if (pieces.length === 0) continue;
    styleNote(pieces, note.colour, note.hasNote);
    drawn.set(note.id, pieces);
  }
  return drawn;
}

/** Joins a text node with text-node neighbours (undoing the splits drawing made around a piece). */
function mergeAround(node: Node | null): void {
  if (!node || node.nodeType !== 3) return;
  let text = node as Text;
  const prev = text.previousSibling;
  if (prev && prev.nodeType === 3) {
    (prev as Text).appendData(text.data);
    text.remove();
    text = prev as Text;
  }
  const next = text.nextSibling;
  if (next && next.nodeType === 3) {
    text.appendData((next as Text).data);
    next.remove();
  }
}

/** Takes one highlight element out, keeping its content in place. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  const first = el.firstChild;
  const last = el.lastChild;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
  if (last !== first) mergeAround(last);
  mergeAround(first);
}

/** Removes the note highlights under `root` (those of `ids` only, when given). */
export function removeNotes(root: ParentNode, ids?: ReadonlySet<string>): void {
  for (const el of Array.from(root.querySelectorAll(NOTE_SELECTOR))) {
    const id = noteIdOf(el);
    if (ids && (id === null || !ids.has(id))) continue;
    unwrap(el);
  }
}
