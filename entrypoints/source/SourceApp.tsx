/**
 * source.html?id=<source id>: one source a reader can judge: its label, outlet, day, address and event, what it
 * reports with each report's status against the other sources (as in the facts table), and, for a bundled
 * source, its article with those reports marked. A reader's own source has no stored article: its kept
 * sentences stand in for it.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayWords, STATUS_WORDS } from '../../components/fact-words';
import { NotFoundPage } from '../../components/NotFoundPage';
import { SourceText, type MarkedClaim } from '../../components/SourceText';
import { buildFactTable, type Column, type FactTable } from '../../lib/engine/fact-table';
import { articleTexts } from '../../lib/reference/article-texts';
import type { EventId } from '../../lib/reference/types';
import { bundledReference, readerColumns, type ReaderColumns } from '../facts/reference-view';

export interface SourceAppProps {
  search: string;
  loadReaderColumns?: typeof readerColumns;
}

interface Report extends MarkedClaim {
  key: string;
  status: keyof typeof STATUS_WORDS;
  attribution: string | null;
}

/** What `column` reports, row by row, from the table of its event. */
function reportsOf(table: FactTable, column: number): Report[] {
  return table.rows.flatMap((row) =>
    (row.cells[column]?.claims ?? []).map((claim) => ({ key: row.key, label: row.label, text: claim.text, quote: claim.quote, attribution: claim.attribution, status: claim.status })),
  );
}

export function SourceApp({ search, loadReaderColumns = readerColumns }: SourceAppProps): JSX.Element {
  const id = new URLSearchParams(search).get('id') ?? '';
  const bundled = bundledReference.sources.find((s) => s.id === id);
  const [reader, setReader] = useState<{ event: EventId | ''; columns: ReaderColumns } | null>(null);
  useEffect(() => {
    if (bundled || !id) return;
    // A reader source's event is not in its id: ask for every event's and keep the one that has it.
    void Promise.all(bundledReference.events.map(async (e) => ({ event: e.id, columns: await loadReaderColumns(e.id) }))).then((all) => {
      setReader(all.find((r) => r.columns.sources.some((s) => s.id === id)) ?? { event: '', columns: { sources: [], claims: [] } });
    });
  }, [id]);
  const eventId = bundled?.event ?? reader?.event ?? '';
  const table = useMemo(
    () => (eventId ? buildFactTable(bundledReference, eventId, { readerSources: reader?.columns.sources, readerClaims: reader?.columns.claims, from: id }) : null),
    [eventId, reader, id],
  );
  const index = table ? table.columns.findIndex((c) => c.id === id) : -1;
  useEffect(() => {
    if (table && index >= 0) document.title = `${table.columns[index]!.label} — Crosscheck`;
  }, [table, index]);
  if (!bundled && reader === null && id) return <main class="source-page" aria-busy="true" />;
  if (!table || index < 0) return <UnknownSource asked={id} />;
  const column = table.columns[index]!;
  const reports = reportsOf(table, index);
  const text = column.byReader ? null : (articleTexts[column.id] ?? null);
  return (
    <main class="source-page">
      <SourceHeader column={column} eventTitle={table.event.title} eventId={table.event.id} />
      <section class="source-claims" aria-labelledby="source-claims-title">
        <h2 id="source-claims-title">What it reports</h2>
        <ul>
          {reports.map((r, i) => (
            <li key={i} class={`fact-${r.status}`}>
              {r.label}: <strong>{r.text}</strong>
              {r.attribution && `, citing ${r.attribution}`}{' '}
              <span class="fact-status">
                <span aria-hidden="true">{STATUS_WORDS[r.status].symbol} </span>
                {STATUS_WORDS[r.status].word}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="source-text-title">
        <h2 id="source-text-title" class="source-text-title">
          {text ? 'The article, with what it reports marked' : 'The sentences you kept'}
        </h2>
        {text ? <SourceText text={text} claims={reports} /> : <SourceText text={reports.map((r) => r.quote).join('\n\n')} claims={reports} />}
      </section>
    </main>
  );
}

function SourceHeader({ column, eventTitle, eventId }: { column: Column; eventTitle: string; eventId: string }): JSX.Element {
  return (
    <header>
      <h1>{column.label}</h1>
      <dl class="source-meta">
        <dt>Outlet</dt>
        <dd>{column.outlet ?? 'not named in the article'}</dd>
        <dt>Published</dt>
        <dd>{column.published ? dayWords(column.published) : 'date unknown'}</dd>
        <dt>Address</dt>
        <dd>{column.url ? <span class="source-url">{column.url}</span> : 'not known'}</dd>
        <dt>Event</dt>
        <dd>
          <a href={`facts.html?event=${encodeURIComponent(eventId)}&from=${encodeURIComponent(column.id)}`}>{eventTitle}</a>
        </dd>
        {column.byReader && (
          <>
            <dt>Added</dt>
            <dd>by you, from a page you read</dd>
          </>
        )}
      </dl>
    </header>
  );
}

function UnknownSource({ asked }: { asked: string }): JSX.Element {
  const choices = bundledReference.sources.map((s) => ({ id: s.id, href: `source.html?id=${encodeURIComponent(s.id)}`, label: s.label }));
  const missing = asked ? `Crosscheck has no source “${asked}”.` : 'No source was given.';
  return <NotFoundPage pageClass="source-page" title="Source not found" message={`${missing} The sources it ships with:`} choices={choices} />;
}
