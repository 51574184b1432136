/**
 * The active page's notes: those the page placed (choose one to show it there), then those it could not find
 * again, listed with their quote so they are never silently lost; they stay exportable and can be deleted here.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderAnnotation } from '../lib/annotations/model';
import { errorText, NO_NOTES_TEXT, quoteText, splitByPlacement, type PageNotesView } from './notes-view';
import { HintedList } from './HintedList';
import { NotesStatus } from './NotesStatus';
import { NoteSummary } from './NoteSummary';

export interface PageNotesProps {
  view: PageNotesView;
  /** Why the last note could not be shown on the page. */
  error?: string | null;
  onReveal: (note: ReaderAnnotation) => void;
  onDelete: (note: ReaderAnnotation) => Promise<void>;
  onRestore: (note: ReaderAnnotation) => Promise<void>;
}

type Status = { text: string; error?: boolean; undo?: ReaderAnnotation } | null;

export function PageNotes({ view, error, onReveal, onDelete, onRestore }: PageNotesProps): JSX.Element {
  const [status, setStatus] = useState<Status>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After a delete the button the reader pressed is gone: take them to "Undo".
  useEffect(() => {
    if (status?.undo) undoRef.current?.focus();
  }, [status]);

  const remove = async (note: ReaderAnnotation) => {
    try {
      await onDelete(note);
      setStatus({ text: `Deleted the note on “${quoteText(note.quote.exact, 40)}”.`, undo: note });
    } catch (e) {
      setStatus({ text: errorText(e, 'Crosscheck couldn’t delete this note. Try again.'), error: true });
    }
  };
  const undo = async (note: ReaderAnnotation) => {
    try {
      await onRestore(note);
      setStatus({ text: 'The note is back.' });
    } catch (e) {
      setStatus({ text: errorText(e, 'Crosscheck couldn’t bring the note back. Try again.'), error: true });
    }
    headingRef.current?.focus();
  };

  return (
    <section class="notes-part" aria-labelledby="notes-page-title" aria-busy={view.kind === 'loading'}>
      <h3 id="notes-page-title" class="notes-subtitle" tabIndex={-1} ref={headingRef}>
        On this page
      </h3>
      <PageNotesBody view={view} onReveal={onReveal} onDelete={(note) => void remove(note)} />
      {error && (
        <p class="notes-error" role="alert">
          {error}
        </p>
      )}
      <div class="notes-status-row">
        <NotesStatus status={status} />
        {status?.undo && (
          <button type="button" class="cc-button" ref={undoRef} onClick={() => void undo(status.undo!)}>
            Undo
          </button>
        )}
      </div>
    </section>
  );
}

function PageNotesBody({ view, onReveal, onDelete }: { view: PageNotesView; onReveal: (note: ReaderAnnotation) => void; onDelete: (note: ReaderAnnotation) => void }): JSX.Element {
  switch (view.kind) {
    case 'loading':
      return <p class="hint">Loading your notes…</p>;
    case 'unavailable':
      return <p class="hint">Crosscheck keeps notes on web pages only. Search and export still cover all your notes.</p>;
    case 'error':
      return (
        <p class="notes-error" role="alert">
          {view.message}
        </p>
      );
    case 'ready': {
      const { placed, missing } = splitByPlacement(view.notes, view.missing);
      if (placed.length === 0 && missing.length === 0) {
        return (
          <div class="notes-empty">
            <p>No notes on this page yet.</p>
            <p class="hint">{NO_NOTES_TEXT}</p>
          </div>
        );
      }
      return (
        <>
          {placed.length > 0 && (
            <HintedList hintId="notes-page-hint" hint="Choose one to show it on the page." class="cc-stack-list notes-list">
              {placed.map((note) => (
                <li key={note.id}>
                  <button type="button" class="cc-row note-item" data-note-id={note.id} onClick={() => onReveal(note)}>
                    <NoteSummary note={note} />
                  </button>
                </li>
              ))}
            </HintedList>
          )}
          {missing.length > 0 && (
            <section class="notes-missing" aria-labelledby="notes-missing-title">
              <h4 id="notes-missing-title" class="notes-subtitle">
                Not found on this page
              </h4>
              <p class="hint">The article has changed since these were made. They are still saved, and exports include them.</p>
              <ul class="cc-stack-list notes-list">
                {missing.map((note) => (
                  <li key={note.id} class="cc-row note-item note-item-static" data-note-id={note.id}>
                    <NoteSummary note={note} />
                    <button
                      type="button"
                      class="cc-button note-delete"
                      aria-label={`Delete the note on “${quoteText(note.quote.exact, 60)}”`}
                      onClick={() => onDelete(note)}
                    >
                      Delete
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      );
    }
  }
}
