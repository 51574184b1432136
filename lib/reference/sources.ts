/**
 * The source articles, one folder each in reference/sources/, built into generated.ts. A source's label is
 * its outlet where the text names it, otherwise "an unnamed outlet" with its day (scripts/reference/labels.ts).
 * Their texts ship only in the source page's bundle (article-texts.ts, imported by entrypoints/source/ alone);
 * the engine gets what was derived from them (claims, fingerprints).
 */
import { data } from './generated';
import type { Source, SourceId } from './types';

export const sources: Source[] = data.sources;

export const sourceById: ReadonlyMap<SourceId, Source> = new Map(sources.map((s) => [s.id, s]));
