/**
 * Every fact of one event against every source, as CONTRACT.md section 4 fixes it: one row per fact
 * (`data-crosscheck-fact`), one column header per source (`data-crosscheck-source`), and in each cell a
 * source fills, a button with `data-crosscheck-status`. The status shows as a symbol and a word, never by
 * colour alone; the quote and who else agrees or differs show on hover, focus or a click (a tooltip the
 * button is described by), and Escape hides it. Text only: Preact escapes everything.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Cell, Column, FactRow, FactTable as FactTableData } from '../lib/engine/fact-table';
import { columnNotes, relationWords, STATUS_WORDS } from './fact-words';

export interface FactTableProps {
  table: FactTableData;
  /** Where a column header links: the source's own page. */
  sourceHref(column: Column): string;
}

export function FactTable({ table, sourceHref }: FactTableProps): JSX.Element {
  const figures = table.rows.filter((r) => r.kind === 'figure');
  const names = table.rows.filter((r) => r.kind === 'name');
  const labelOf = (id: string) => table.columns.find((c) => c.id === id)?.label ?? id;
  const body = (rows: FactRow[]) =>
    rows.map((row, r) => <Row key={row.key} row={row} columns={table.columns} labelOf={labelOf} idPrefix={`${row.kind}-${r}`} />);
  return (
    <div class="facts-scroller" tabIndex={0} role="region" aria-labelledby="facts-caption">
      <table class="facts-table">
        <caption id="facts-caption">
          Every fact of {table.event.title}, against every source that reports it. Most contested facts first.
        </caption>
        <thead>
          <tr>
            <th scope="col" class="facts-corner">
              Fact
            </th>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" data-crosscheck-source={column.id} class={column.current ? 'is-current' : undefined}>
                <a href={sourceHref(column)}>{column.label}</a>
                {columnNotes(column).map((note) => (
                  <span key={note} class={`facts-source-note${note === 'added by you' ? ' is-reader' : ''}`}>
                    {note}
                  </span>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body(figures)}</tbody>
        {names.length > 0 && (
          <tbody class="facts-names">
            <tr class="facts-group">
              <th scope="rowgroup" colSpan={table.columns.length + 1}>
                Names
              </th>
            </tr>
            {body(names)}
          </tbody>
        )}
      </table>
    </div>
  );
}

interface RowProps {
  row: FactRow;
  columns: readonly Column[];
  labelOf(id: string): string;
  idPrefix: string;
}

function Row({ row, columns, labelOf, idPrefix }: RowProps): JSX.Element {
  const reported = row.cells.some((c) => c !== null);
  return (
    <tr data-crosscheck-fact={row.key} class={row.contested > 0 ? 'is-contested' : undefined}>
      <th scope="row">
        <span class="facts-label">{row.label}</span>
        {row.contested > 0 && <span class="facts-contested">{row.contested} sources differ</span>}
        {!reported && <span class="facts-none-note">no source reports it</span>}
      </th>
      {row.cells.map((cell, i) => (
        <td key={columns[i]!.id} class={columns[i]!.current ? 'is-current' : undefined}>
          {cell ? (
            <FactCell cell={cell} id={`${idPrefix}-${i}`} labelOf={labelOf} />
          ) : (
            <span class="facts-empty">
              <span aria-hidden="true">–</span>
              <span class="cc-visually-hidden">not reported</span>
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}

interface FactCellProps {
  cell: Cell;
  id: string;
  labelOf(id: string): string;
}

/** One source's report: the value as written and its status; the quote on hover, focus or click. */
export function FactCell({ cell, id, labelOf }: FactCellProps): JSX.Element {
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const words = STATUS_WORDS[cell.status];
  const credits = [...new Set(cell.claims.map((c) => c.attribution).filter((a): a is string => a !== null))];
  const state = `${pinned ? ' is-pinned' : ''}${dismissed ? ' is-dismissed' : ''}`;
  return (
    <div
      class={`fact-cell fact-${cell.status}${state}`}
      onMouseLeave={() => setDismissed(false)}
      onFocusOut={() => {
        setDismissed(false);
      }}
    >
      <button
        type="button"
        class="fact-value"
        data-crosscheck-status={cell.status}
        aria-describedby={`${id}-tip`}
        aria-pressed={pinned ? 'true' : 'false'}
        onClick={() => {
          setPinned(!pinned);
          setDismissed(false);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          setPinned(false);
          setDismissed(true);
        }}
      >
        <span class="fact-text">{cell.claims.map((c) => c.text).join('; ')}</span>
        <span class="fact-status">
          <span aria-hidden="true">{words.symbol} </span>
          {words.word}
        </span>
      </button>
      {credits.length > 0 && <span class="fact-credit">citing {credits.join('; ')}</span>}
      <div class="fact-tip" id={`${id}-tip`} role="tooltip">
        {cell.claims.map((claim, i) => (
          <span key={i} class="fact-claim">
            <q class="fact-quote">{claim.quote}</q>
            <span class="fact-relations">
              {cell.claims.length > 1 && `${claim.text}: `}
              {relationWords(claim.differsFrom.map(labelOf), claim.agreesWith.map(labelOf))}
            </span>
          </span>
        ))}
      </div>
    </div>
  );
}

/** What the symbols and words in the cells mean. */
export function FactLegend(): JSX.Element {
  return (
    <section class="facts-legend" aria-labelledby="facts-legend-title">
      <h2 id="facts-legend-title">How to read the table</h2>
      <ul>
        {(['differs', 'agrees', 'unique'] as const).map((status) => (
          <li key={status} class={`fact-${status}`}>
            <span class="fact-status">
              <span aria-hidden="true">{STATUS_WORDS[status].symbol} </span>
              {STATUS_WORDS[status].word}
            </span>{' '}
            — {STATUS_WORDS[status].meaning}
          </li>
        ))}
        <li>– the source does not report this fact.</li>
        <li>Hover over, focus or click a value to read the source’s own words; Escape hides them.</li>
      </ul>
    </section>
  );
}
