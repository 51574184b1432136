/** The words and symbols of the facts table and the source page: statuses are never told by colour alone. */
import type { Column } from '../lib/engine/fact-table';
import type { Status } from '../lib/engine/findings';

export const STATUS_WORDS: Readonly<Record<Status, { word: string; symbol: string; meaning: string }>> = {
  differs: { word: 'differs', symbol: '≠', meaning: 'another source reports this fact differently' },
  agrees: { word: 'agrees', symbol: '=', meaning: 'other sources report it the same way, and none differently' },
  unique: { word: 'only here', symbol: '•', meaning: 'no other source reports it, or only less precisely' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-02-26" → "26 February 2021"; anything else as it is. */
export function dayWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** The line under a source's name: its day, whether the reader added it, whether the reader came from it. */
export function columnNotes(column: Pick<Column, 'published' | 'label' | 'byReader' | 'current'>): string[] {
  const notes: string[] = [];
  // An unnamed source's label already carries its day ("an unnamed outlet, 26 February 2021").
  if (column.published && !column.label.includes(dayWords(column.published))) notes.push(dayWords(column.published));
  if (!column.published && !column.label.includes('date unknown')) notes.push('date unknown');
  if (column.byReader) notes.push('added by you');
  if (column.current) notes.push('the page you came from');
  return notes;
}

/** Who else a cell agrees or differs with, for screen readers and the quote panel. */
export function relationWords(differsFrom: readonly string[], agreesWith: readonly string[]): string {
  const parts: string[] = [];
  if (differsFrom.length > 0) parts.push(`differs from ${differsFrom.join(', ')}`);
  if (agreesWith.length > 0) parts.push(`agrees with ${agreesWith.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'no other source reports it comparably';
}
