/**
 * The reference the background's engine compares pages with: the bundled one plus the reader's own
 * sources (lib/engine/reader-sources.ts). Built once and kept until a source is saved or removed
 * (`invalidate`), since each Reference gets its own index on first use. A page that is itself one of
 * the reader's sources (same normalised URL) is compared with the others only, never with itself.
 */
import type { ReaderSource } from '../../lib/annotations/reader-source';
import { normaliseUrl } from '../../lib/annotations/url';
import { getReference, type Reference } from '../../lib/engine/reference';
import { withReaderSources } from '../../lib/engine/reader-sources';

export interface ReaderReference {
  /** The reference for the page at `pageUrl` (the sender's address), or for no page in particular. */
  get(pageUrl?: string | null): Promise<Reference>;
  /** The reader's sources changed: build again on the next request. */
  invalidate(): void;
}

export function createReaderReference(load: () => Promise<ReaderSource[]>): ReaderReference {
  let sources: Promise<ReaderSource[]> | null = null;
  /** Merged references by the id of the reader source left out ('' for none). */
  let merged = new Map<string, Reference>();
  return {
    async get(pageUrl) {
      sources ??= load().catch((error: unknown) => {
        console.error('Crosscheck: could not read the reader’s sources', error);
        sources = null;
        return [];
      });
      const all = await sources;
      const url = pageUrl ? normaliseUrl(pageUrl) : null;
      const self = url ? all.find((s) => s.url === url) : undefined;
      const key = self?.id ?? '';
      let reference = merged.get(key);
      if (!reference) {
        reference = withReaderSources(getReference(), self ? all.filter((s) => s !== self) : all);
        merged.set(key, reference);
      }
      return reference;
    },
    invalidate() {
      sources = null;
      merged = new Map();
    },
  };
}
