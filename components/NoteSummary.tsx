/** One note as the popup shows it: the quote, the reader's note, its colour (in words too) and tags. */
import type { JSX } from 'preact';
import type { ReaderAnnotation } from '../lib/annotations/model';
import { colourWord, quoteText } from './notes-view';

export function NoteSummary({ note }: { note: ReaderAnnotation }): JSX.Element {
  const text = note.note.trim();
  const tags = note.tags.map((t) => t.trim()).filter(Boolean);
  return (
    <span class="note-summary">
      <span class="note-quote">{`“${quoteText(note.quote.exact)}”`}</span>
      {text && <span class="note-text">{text}</span>}
      <span class="note-meta">
        <span class="note-colour" data-colour={note.colour}>
          <span class={`note-swatch note-swatch-${note.colour}`} aria-hidden="true" />
          {colourWord(note.colour)}
        </span>
        {tags.map((tag) => (
          <span key={tag} class="note-tag">{`#${tag}`}</span>
        ))}
      </span>
    </span>
  );
}
