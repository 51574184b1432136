/**
 * Merging imported notes into the reader's own, by id (a UUID, the same on every device):
 * - an id the reader does not have is added;
 * - the same id with the same content is left alone (so importing a file twice changes nothing);
 * - the same id with different content replaces the reader's note only if its `modified` time is
 *   later; otherwise the reader's own, newer or equally recent, note is kept and counted unchanged.
 * A file that lists an id more than once counts it once, its latest version winning.
 */
import type { ReaderAnnotation } from './model';

export interface MergeResult {
  toWrite: ReaderAnnotation[];
  added: number;
  updated: number;
  unchanged: number;
}

export function mergeImport(existing: ReaderAnnotation[], incoming: ReaderAnnotation[]): MergeResult {
  const stored = new Map(existing.map((a) => [a.id, a] as const));
  // The latest version of each incoming id, in first-seen order.
  const latest = new Map<string, ReaderAnnotation>();
  for (const a of incoming) {
    const seen = latest.get(a.id);
    if (!seen || isNewer(a, seen)) latest.set(a.id, a);
  }
  const result: MergeResult = { toWrite: [], added: 0, updated: 0, unchanged: 0 };
  for (const a of latest.values()) {
    const mine = stored.get(a.id);
    if (!mine) {
      result.toWrite.push(a);
      result.added += 1;
    } else if (!sameContent(mine, a) && isNewer(a, mine)) {
      result.toWrite.push(a);
      result.updated += 1;
    } else {
      result.unchanged += 1;
    }
  }
  return result;
}

/** Whether `a` was modified after `b` (by time; ISO strings that parse to the same instant are equal). */
function isNewer(a: ReaderAnnotation, b: ReaderAnnotation): boolean {
  const ta = Date.parse(a.modified);
  const tb = Date.parse(b.modified);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a.modified > b.modified;
  return ta > tb;
}

export function sameContent(a: ReaderAnnotation, b: ReaderAnnotation): boolean {
  return (
    a.id === b.id &&
    a.url === b.url &&
    a.title === b.title &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.colour === b.colour &&
    a.note === b.note &&
    a.created === b.created &&
    a.modified === b.modified &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i])
  );
}
