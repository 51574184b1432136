/**
 * The reader's own sources, as the options page lists them: outlet, event, when saved, the page's link,
 * and Remove. Takes the data and reports the reader's choice; removing is the caller's.
 */
import type { JSX } from 'preact';
import type { ReaderSource } from '../lib/annotations/reader-source';

export interface ReaderSourceListProps {
  /** Null while loading. */
  sources: readonly ReaderSource[] | null;
  /** Event titles by id, for the list's words. */
  eventTitle: (id: string) => string;
  /** What the last action did, or why it failed: announced politely. */
  status: string;
  onRemove: (source: ReaderSource) => void;
}

export function ReaderSourceList({ sources, eventTitle, status, onRemove }: ReaderSourceListProps): JSX.Element {
  return (
    <section class="options-section reader-sources" aria-labelledby="reader-sources-title">
      <h2 id="reader-sources-title">Your sources</h2>
      <p class="section-help">
        Articles you added to the comparison with “Add to comparison” in the toolbar popup. Other articles about the same event are compared with them. They stay in this browser, go with your notes’ JSON export, and never change the bundled reference.
      </p>
      {sources === null && <p class="empty">Loading…</p>}
      {sources?.length === 0 && <p class="empty">You have not added any article yet.</p>}
      {sources && sources.length > 0 && (
        <ul class="cc-stack-list reader-source-list">
          {sources.map((source) => (
            <li key={source.id} class="reader-source" data-reader-source={source.id}>
              <div class="reader-source-text">
                <span class="reader-source-outlet">{source.outlet}</span>
                <span class="section-help">
                  {eventTitle(source.event)} · {source.claims.length} {source.claims.length === 1 ? 'claim' : 'claims'} · added {source.savedAt.slice(0, 10)}
                </span>
                <a href={source.url} target="_blank" rel="noopener noreferrer" class="reader-source-link">
                  {source.title || source.url}
                </a>
              </div>
              <button type="button" class="cc-button" aria-label={`Remove ${source.outlet}`} onClick={() => onRemove(source)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
