/**
 * The facts page as a test reads it (shared by the Chromium and Firefox suites): an in-page probe that
 * returns the table's columns, the marked column and each row's cell statuses, and the same shape derived
 * from a FactTable built in the test, to compare the two. Also the marks a source page should draw.
 */
import type { FactTable } from '../../../lib/engine/fact-table';

export interface TableRowState {
  fact: string;
  /** Source id → the cell's data-crosscheck-status, for the cells that have one. */
  cells: Record<string, string>;
}

export interface TableState {
  columns: string[];
  /** The columns marked as the page the reader came from. */
  current: string[];
  rows: TableRowState[];
}

/** In the page (serialised by the test driver): must not use anything from outside its body. */
export function facts(): TableState {
  const heads = [...document.querySelectorAll<HTMLElement>('table thead th')];
  const columns = heads.map((th) => th.dataset.crosscheckSource ?? null);
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table tr[data-crosscheck-fact]')].map((tr) => {
    const cells: Record<string, string> = {};
    for (const td of tr.cells) {
      const source = columns[td.cellIndex];
      const status = td.querySelector<HTMLElement>('[data-crosscheck-status]')?.dataset.crosscheckStatus;
      if (source && status) cells[source] = status;
    }
    return { fact: tr.dataset.crosscheckFact ?? '', cells };
  });
  return {
    columns: columns.filter((c): c is string => c !== null),
    current: heads.filter((th) => th.classList.contains('is-current')).map((th) => th.dataset.crosscheckSource ?? ''),
    rows,
  };
}

export function expectedCells(table: FactTable): TableRowState[] {
  return table.rows.map((row) => {
    const cells: Record<string, string> = {};
    row.cells.forEach((cell, i) => {
      if (cell) cells[table.columns[i]!.id] = cell.status;
    });
    return { fact: row.key, cells };
  });
}

/**
 * The stretches a source page marks: each quote at its first occurrence in the article, overlapping quotes merged
 * into one stretch, in text order.
 */
export function expectedMarks(text: string, quotes: readonly string[]): string[] {
  const found = [...new Set(quotes)]
    .map((q) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length }))
    .filter((f) => f.start >= 0)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged.map((m) => text.slice(m.start, m.end));
}

/** In the page: each mark's own text (its hidden "(claim: …)" note left out). */
export function sourceMarks(): { title: string; marks: string[] } {
  const marks = [...document.querySelectorAll('.source-text mark')].map((m) => {
    const copy = m.cloneNode(true) as HTMLElement;
    copy.querySelector('.cc-visually-hidden')?.remove();
    return copy.textContent ?? '';
  });
  return { title: document.querySelector('h1')?.textContent ?? '', marks };
}

/** The quote tip of the focused cell, as the keyboard reaches it. */
export interface CellTip {
  quote: string;
  visible: boolean;
  fact: string;
  source: string;
}

/** In the facts page: the focused cell's fact, source column and quote tip, or null when no cell has focus. */
export function focusedCellTip(): CellTip | null {
  const button = document.activeElement as HTMLElement | null;
  if (!button?.matches('[data-crosscheck-status]')) return null;
  const tipEl = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  const td = button.closest('td')!;
  const th = td.closest('table')!.querySelectorAll('thead th')[td.cellIndex] as HTMLElement;
  return {
    quote: tipEl?.querySelector('q')?.textContent ?? '',
    visible: tipEl !== null && getComputedStyle(tipEl).display !== 'none' && tipEl.getBoundingClientRect().height > 0,
    fact: button.closest('tr')!.dataset.crosscheckFact ?? '',
    source: th.dataset.crosscheckSource ?? '',
  };
}
