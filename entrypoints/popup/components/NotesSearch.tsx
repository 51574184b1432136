/** Search across all pages' notes; results grouped by page. Choosing one shows it here or opens its page. */
import type { JSX } from 'preact';
import type { ReaderAnnotation } from '../../../lib/annotations/model';
import { groupByPage, searchSummary, type SearchView } from '../../../components/notes-view';
import { NoteSummary } from '../../../components/NoteSummary';

export interface NotesSearchProps {
  view: SearchView;
  /** The active page's normalised URL, to mark its results. */
  pageUrl: string | null;
  onSearch: (query: string) => void;
  onChoose: (note: ReaderAnnotation) => void;
}

export function NotesSearch({ view, pageUrl, onSearch, onChoose }: NotesSearchProps): JSX.Element {
  const groups = groupByPage(view.results);
  const showResults = view.status === 'ready' || (view.status === 'searching' && groups.length > 0);
  return (
    <section class="notes-part" aria-labelledby="notes-search-title">
      <h3 id="notes-search-title" class="notes-subtitle">
        <label for="notes-search">Search all notes</label>
      </h3>
      <input
        id="notes-search"
        type="search"
        class="notes-search-input"
        value={view.query}
        autocomplete="off"
        spellcheck={false}
        placeholder="Words in a quote, note or tag"
        aria-describedby="notes-search-status"
        onInput={(event) => onSearch(event.currentTarget.value)}
      />
      <p id="notes-search-status" class="hint" role="status" aria-live="polite">
        {view.status === 'searching' ? 'Searching…' : searchSummary(view)}
      </p>
      {view.status === 'error' && (
        <p class="notes-error" role="alert">
          {view.error ?? 'Crosscheck couldn’t search your notes. Try again.'}
        </p>
      )}
      {showResults && groups.length > 0 && (
        <ul class="cc-stack-list notes-groups" aria-busy={view.status === 'searching'}>
          {groups.map((group) => {
            const here = group.url === pageUrl;
            return (
              <li key={group.url} class="notes-group">
                <h4 class="notes-group-title" title={group.url}>
                  {group.title}
                  {here && <span class="notes-here"> (this page)</span>}
                </h4>
                <ul class="cc-stack-list notes-list">
                  {group.notes.map((note) => (
                    <li key={note.id}>
                      <button
                        type="button"
                        class="cc-row note-item"
                        data-note-id={note.id}
                        title={here ? 'Show it on this page' : `Open ${group.url}`}
                        onClick={() => onChoose(note)}
                      >
                        <NoteSummary note={note} />
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
