/**
 * The facts table as files: CSV for spreadsheets (one row per claim) and Markdown for notes (the table,
 * then the sources, then every quote). Pure: the page saves the text through a download.
 * CSV cells that start like a formula get a leading ' (CSV injection), as in the notes' CSV export; Markdown
 * text is escaped so nothing in a quote becomes a link, a tag or a table cell.
 */
import Papa from 'papaparse';
import { autolink, escapeInline } from '../../lib/annotations/markdown-escape';
import type { ExportFile } from '../../lib/annotations/notes-wire';
import type { Column, FactTable } from '../../lib/engine/fact-table';
import { dayWords, STATUS_WORDS } from '../../components/fact-words';

export const CSV_COLUMNS = ['fact', 'fact_label', 'source', 'source_label', 'published', 'added_by_reader', 'value', 'attribution', 'status', 'quote'] as const;

/** Unlike papaparse's default, this also catches a formula followed by a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

export function factTableCsv(table: FactTable): ExportFile {
  const data: string[][] = [];
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      const column = table.columns[i]!;
      for (const claim of cell?.claims ?? []) {
        data.push([row.key, row.label, column.id, column.label, column.published ?? '', column.byReader ? 'yes' : 'no', claim.text, claim.attribution ?? '', claim.status, claim.quote]);
      }
    });
  }
  const content = BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false }) + '\r\n';
  return { filename: `crosscheck-facts-${table.event.id}.csv`, mime: 'text/csv;charset=utf-8', content };
}

export function factTableMarkdown(table: FactTable): ExportFile {
  const header = ['Fact', ...table.columns.map((c) => escapeInline(c.label))];
  const lines = [
    `# ${escapeInline(table.event.title)}: every fact against every source`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => {
      const cells = row.cells.map((cell) =>
        cell ? `${cell.claims.map((c) => escapeInline(c.text)).join('; ')} (${STATUS_WORDS[cell.status].word})` : '',
      );
      return `| ${escapeInline(row.label)} | ${cells.join(' | ')} |`;
    }),
    '',
    '## Sources',
    '',
    ...table.columns.map((c) => `- ${sourceLine(c)}`),
    '',
    '## Quotes',
  ];
  for (const row of table.rows) {
    const quoted = row.cells.flatMap((cell, i) => (cell ? cell.claims.map((claim) => ({ claim, column: table.columns[i]! })) : []));
    if (quoted.length === 0) continue;
    lines.push('', `### ${escapeInline(row.label)}`, '');
    for (const { claim, column } of quoted) {
      const credit = claim.attribution ? `, citing ${escapeInline(claim.attribution)}` : '';
      lines.push(`- ${escapeInline(column.label)}${credit}: “${escapeInline(claim.quote)}”`);
    }
  }
  return { filename: `crosscheck-facts-${table.event.id}.md`, mime: 'text/markdown;charset=utf-8', content: `${lines.join('\n')}\n` };
}

function sourceLine(column: Column): string {
  const parts = [escapeInline(column.label), column.published ? dayWords(column.published) : 'date unknown'];
  if (column.byReader) parts.push('added by you');
  const link = column.url ? autolink(column.url) : null;
  return `${parts.join(', ')}${link ? ` ${link}` : ''}`;
}
