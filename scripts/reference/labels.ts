/**
 * What a reader sees for each source: the outlet where the text names it, otherwise "an unnamed outlet,
 * 26 February 2021". Sources that would read the same (two unnamed ones of one day, or of unknown days)
 * get a letter each, in folder order: "an unnamed outlet, date unknown (A)".
 */
import type { SourceId } from '../../lib/reference/types';

interface Labelled {
  id: SourceId;
  outlet: string | null;
  /** ISO day or null. */
  published: string | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-02-26" → "26 February 2021". */
export function spelledDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function grouped<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function sourceLabels(sources: readonly Labelled[]): Map<SourceId, string> {
  const dated = (s: Labelled) => `${s.outlet ?? 'an unnamed outlet'}, ${s.published ? spelledDay(s.published) : 'date unknown'}`;
  // An outlet alone says enough unless the reference has two of its articles; then their days tell them apart.
  const byOutlet = grouped(sources, (s) => s.outlet ?? '');
  const first = (s: Labelled) => (s.outlet !== null && byOutlet.get(s.outlet)?.length === 1 ? s.outlet : dated(s));
  const labels = new Map<SourceId, string>();
  for (const [label, same] of grouped(sources, first)) {
    const letter = (i: number) => (same.length > 1 ? ` (${String.fromCharCode(65 + i)})` : '');
    same.forEach((s, i) => labels.set(s.id, label + letter(i)));
  }
  return labels;
}
