/**
 * The CSV export, for spreadsheets. Written by papaparse's `unparse` (RFC 4180 quoting, CRLF line
 * ends) and preceded by a UTF-8 byte-order mark so that Excel reads accents and curly quotes right.
 *
 * Without findings: one row per note, columns id, url, title, quote, note, tags (joined with ", "),
 * colour, created, modified.
 * With findings: a first column `row_type` says what each row is: `note` rows as above, then for
 * each article its `finding` rows, which fill url, title and the columns event, finding, kind,
 * status, fact, others ("Outlet: value (attribution); …") and recorded, and leave the note columns
 * empty. Rows are grouped by article (by URL), notes in text order before the article's findings.
 *
 * A cell that starts with = + - @, a tab or a carriage return gets a leading ' so that a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection).
 */
import Papa from 'papaparse';
import type { PageFindings, ReaderAnnotation } from './model';
import { groupByArticle } from './order';

export const CSV_NOTE_COLUMNS = ['id', 'url', 'title', 'quote', 'note', 'tags', 'colour', 'created', 'modified'] as const;
export const CSV_FINDING_COLUMNS = ['event', 'finding', 'kind', 'status', 'fact', 'others', 'recorded'] as const;

/** Unlike papaparse's default (`/^[=+\-@\t\r].*$/`), this also catches a formula followed by a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

export function exportCsv(annotations: ReaderAnnotation[], findings: PageFindings[] | null, _generated: Date): string {
  const noteCells = (a: ReaderAnnotation): string[] => [
    a.id,
    a.url,
    a.title,
    a.quote.exact,
    a.note,
    a.tags.join(', '),
    a.colour,
    a.created,
    a.modified,
  ];
  let fields: string[];
  const data: string[][] = [];
  if (findings === null) {
    fields = [...CSV_NOTE_COLUMNS];
    for (const group of groupByArticle(annotations, null)) for (const a of group.annotations) data.push(noteCells(a));
  } else {
    fields = ['row_type', ...CSV_NOTE_COLUMNS, ...CSV_FINDING_COLUMNS];
    const noFindingCells = CSV_FINDING_COLUMNS.map(() => '');
    for (const group of groupByArticle(annotations, findings)) {
      for (const a of group.annotations) data.push(['note', ...noteCells(a), ...noFindingCells]);
      const page = group.findings;
      if (!page) continue;
      for (const f of page.findings) {
        const others = f.others.map((o) => `${o.outlet}: ${o.value}${o.attribution ? ` (${o.attribution})` : ''}`).join('; ');
        data.push(['finding', '', page.url, page.title, '', '', '', '', '', '', page.event ?? '', f.text, f.kind, f.status, f.fact ?? '', others, page.recorded]);
      }
    }
  }
  return BOM + Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false }) + '\r\n';
}
