/**
 * The page's notes and where each is drawn: the registry the coordinator keeps, and the redraw that
 * finds every note in the article again (lib/annotations/selectors.ts) and draws it (./draw.ts).
 * It writes to the page only through `write` (ArticleCache.write), so its own changes are not taken
 * for the page's.
 */
import type { PageNotesState } from '../../lib/annotations/notes-wire';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { anchor } from '../../lib/annotations/selectors';
import type { DomArticle } from '../../lib/article/from-dom';
import { drawNotes, removeNotes, styleNote, type NoteToDraw } from './draw';
import type { ArticleSpan } from './range-offsets';

const ACTIVE_OUTLINE = '2px solid currentColor';

export interface DrawTarget {
  doc: Document;
  /** Extracts the article as the document is now. */
  article(): DomArticle;
  /** Runs a write to the page as Crosscheck's own. */
  write<T>(change: () => T): T;
}

function toDraw(note: ReaderAnnotation, span: ArticleSpan): NoteToDraw {
  return { id: note.id, start: span.start, end: span.end, colour: note.colour, hasNote: note.note.trim() !== '' };
}

export class DrawnNotes {
  private readonly notes = new Map<string, ReaderAnnotation>();
  /** The pieces of each note found on the page, in reading order. */
  private drawn = new Map<string, HTMLElement[]>();
  private readonly missing = new Set<string>();
  /** The article text the notes were last drawn in (null: not drawn). */
  drawnText: string | null = null;

  constructor(private readonly target: DrawTarget) {}

  get size(): number {
    return this.notes.size;
  }

  get(id: string): ReaderAnnotation | undefined {
    return this.notes.get(id);
  }

  pieces(id: string): HTMLElement[] | undefined {
    return this.drawn.get(id);
  }

  state(url: string): PageNotesState {
    return { url, anchored: [...this.drawn.keys()], missing: [...this.missing] };
  }

  /** A fingerprint of the notes held (id and version), to skip redraws when nothing changed. */
  versions(list: readonly ReaderAnnotation[] = [...this.notes.values()]): string {
    return list.map((n) => `${n.id}@${n.modified}`).sort().join();
  }

  replaceAll(list: readonly ReaderAnnotation[]): void {
    this.notes.clear();
    for (const note of list) this.notes.set(note.id, note);
  }

  /** Every drawn piece still in the document (a re-render may have dropped some). */
  allConnected(): boolean {
    for (const pieces of this.drawn.values()) if (!pieces.every((el) => el.isConnected)) return false;
    return true;
  }

  /** Removes every note highlight; when `enabled`, finds each note in the article again and draws it. */
  redrawAll(enabled: boolean): void {
    const { doc } = this.target;
    this.target.write(() => {
      removeNotes(doc);
      this.drawn = new Map();
      this.missing.clear();
      if (!enabled) {
        this.drawnText = null;
        return;
      }
      const current = this.target.article();
      const found: Array<{ note: ReaderAnnotation; span: ArticleSpan }> = [];
      for (const note of this.notes.values()) {
        const at = anchor(current.text, note.quote, note.position);
        if (at && at.end > at.start) found.push({ note, span: at });
        else this.missing.add(note.id);
      }
      found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
      const pieces = drawNotes(doc, current, found.map(({ note, span }) => toDraw(note, span)));
      for (const { note } of found) {
        const els = pieces.get(note.id);
        if (els) this.drawn.set(note.id, els);
        else this.missing.add(note.id);
      }
      this.drawnText = current.text;
    });
  }

  /** Adds a new note, drawn at `span` (offsets in the article as it is now). */
  add(note: ReaderAnnotation, span: ArticleSpan): void {
    this.notes.set(note.id, note);
    this.target.write(() => {
      const current = this.target.article();
      const pieces = drawNotes(this.target.doc, current, [toDraw(note, span)]).get(note.id);
      if (pieces) {
        this.drawn.set(note.id, pieces);
        this.missing.delete(note.id);
        // Keep reading order for the popup.
        const at = (id: string) => this.notes.get(id)?.position.start ?? 0;
        this.drawn = new Map([...this.drawn].sort(([a], [b]) => at(a) - at(b)));
      } else this.missing.add(note.id);
      this.drawnText = current.text;
    });
  }

  /** A saved change to a note: its look follows (colour, note marker). */
  update(note: ReaderAnnotation): void {
    if (!this.notes.has(note.id)) return;
    this.notes.set(note.id, note);
    const pieces = this.drawn.get(note.id);
    if (pieces) this.target.write(() => styleNote(pieces, note.colour, note.note.trim() !== ''));
  }

  remove(id: string): void {
    this.notes.delete(id);
    this.missing.delete(id);
    this.drawn.delete(id);
    this.target.write(() => removeNotes(this.target.doc, new Set([id])));
  }

  /** Marks the note whose editor is open (an outline, and aria-expanded for assistive technology). */
  setActive(id: string, on: boolean): void {
    const pieces = this.drawn.get(id) ?? [];
    this.target.write(() => {
      for (const piece of pieces) {
        if (on) {
          piece.style.setProperty('outline', ACTIVE_OUTLINE, 'important');
          piece.style.setProperty('outline-offset', '1px', 'important');
          piece.setAttribute('aria-expanded', 'true');
        } else {
          piece.style.removeProperty('outline');
          piece.style.removeProperty('outline-offset');
          piece.removeAttribute('aria-expanded');
        }
      }
    });
  }
}
