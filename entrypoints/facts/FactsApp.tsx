/**
 * facts.html?event=<event id>[&from=<page URL or source id>]: every fact of one event against every source
 * (CONTRACT.md section 4). The bundled sources show at once; the reader's own join when the background answers.
 * An unknown or missing event gets a message and the known events as links.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FactLegend, FactTable } from '../../components/FactTable';
import { NotFoundPage } from '../../components/NotFoundPage';
import { saveExportFile } from '../../components/notes-view';
import { buildFactTable } from '../../lib/engine/fact-table';
import type { EventId } from '../../lib/reference/types';
import { bundledReference, readerColumns, type ReaderColumns } from './reference-view';
import { factTableCsv, factTableMarkdown } from './table-export';

export interface FactsAppProps {
  /** The page's query string (`location.search`). */
  search: string;
  /** The reader's sources of an event; the background's by default. */
  loadReaderColumns?: (event: EventId) => Promise<ReaderColumns>;
}

const NO_READER_COLUMNS: ReaderColumns = { sources: [], claims: [] };

export function FactsApp({ search, loadReaderColumns = readerColumns }: FactsAppProps): JSX.Element {
  const params = new URLSearchParams(search);
  const eventId = params.get('event') ?? '';
  const from = params.get('from');
  const event = bundledReference.events.find((e) => e.id === eventId);
  const [reader, setReader] = useState<ReaderColumns>(NO_READER_COLUMNS);
  useEffect(() => {
    if (!event) return;
    let live = true;
    void loadReaderColumns(event.id).then((columns) => {
      if (live) setReader(columns);
    });
    return () => {
      live = false;
    };
  }, [event?.id]);
  const table = useMemo(
    () => (event ? buildFactTable(bundledReference, event.id, { readerSources: reader.sources, readerClaims: reader.claims, from }) : null),
    [event?.id, reader, from],
  );
  useEffect(() => {
    document.title = event ? `Every fact: ${event.title} — Crosscheck` : 'Every fact — Crosscheck';
  }, [event?.id]);
  if (!table) return <UnknownEvent asked={eventId} />;
  return (
    <main class="facts-page">
      <header class="facts-header">
        <h1>Every fact against every source</h1>
        <p class="facts-event">{table.event.title}</p>
        {from && !table.fromMatched && <p class="facts-from-note">The page you came from is not one of these sources yet.</p>}
        <div class="facts-exports" role="group" aria-label="Export the table">
          <button type="button" class="cc-button" onClick={() => saveExportFile(factTableCsv(table))}>
            Export CSV
          </button>
          <button type="button" class="cc-button" onClick={() => saveExportFile(factTableMarkdown(table))}>
            Export Markdown
          </button>
        </div>
      </header>
      <FactTable table={table} sourceHref={(column) => `source.html?id=${encodeURIComponent(column.id)}`} />
      <FactLegend />
    </main>
  );
}

function UnknownEvent({ asked }: { asked: string }): JSX.Element {
  const choices = bundledReference.events.map((e) => ({ id: e.id, href: `facts.html?event=${encodeURIComponent(e.id)}`, label: e.title }));
  const missing = asked ? `Crosscheck does not know the event “${asked}”.` : 'No event was given.';
  return (
    <NotFoundPage
      pageClass="facts-page"
      title="Every fact against every source"
      message={`${missing} Choose one of the events it knows:`}
      messageClass="facts-unknown"
      choices={choices}
    />
  );
}
