/**
 * The facts and source pages' view of the reference: the bundled data as the table builder reads it, and the
 * reader's own sources from the background ('sources:list'). Read straight from the data modules: these pages
 * need no name finder or source recogniser.
 */
import type { ReferenceView, TableClaim, TableSource } from '../../lib/engine/fact-table';
import { entityById } from '../../lib/reference/entities';
import { events, facts } from '../../lib/reference/events';
import { data } from '../../lib/reference/generated';
import { sources } from '../../lib/reference/sources';
import type { EventId } from '../../lib/reference/types';
import { sendToBackground } from '../../utils/messaging';

export const bundledReference: ReferenceView = {
  events,
  facts,
  sources,
  claims: data.claims,
  entity: (id) => entityById.get(id),
};

export interface ReaderColumns {
  sources: TableSource[];
  claims: TableClaim[];
}

/** A reader source as the background lists it (lib/annotations/reader-source.ts), read defensively. */
interface ListedSource {
  id: string;
  outlet: string;
  url: string;
  published: string | null;
  claims: Array<Omit<TableClaim, 'source'>>;
}

function isListedSource(value: unknown): value is ListedSource {
  const s = value as Partial<ListedSource> | null;
  return typeof s?.id === 'string' && typeof s.outlet === 'string' && typeof s.url === 'string' && Array.isArray(s.claims);
}

/** The reader's sources of `event` as columns and claims; none when the background has none or cannot answer. */
export async function readerColumns(event: EventId): Promise<ReaderColumns> {
  let listed: unknown;
  try {
    listed = await sendToBackground({ type: 'sources:list', event });
  } catch {
    return { sources: [], claims: [] };
  }
  return toColumns(Array.isArray(listed) ? listed.filter(isListedSource) : []);
}

export function toColumns(listed: readonly ListedSource[]): ReaderColumns {
  return {
    sources: listed.map((s) => ({ id: s.id, label: s.outlet, outlet: s.outlet, published: s.published ?? null, url: s.url, byReader: true })),
    claims: listed.flatMap((s) =>
      s.claims.map((c) => ({ source: s.id, fact: c.fact, value: c.value, text: c.text, attribution: c.attribution ?? null, quote: c.quote })),
    ),
  };
}
