/**
 * The reference dataset, assembled: what the engine compares an article against.
 * Built once, on first use, so a page that is about nothing pays nothing for it.
 */
import { extractFromPlainText } from '../article/from-text';
import { createNameFinder, type NameFinder } from '../extract/names';
import { createSourceMatcher } from '../engine/source-match';
import { figureClaims } from './claims';
import { entities, entityById } from './entities';
import { events, eventById, facts } from './events';
import { deriveNameClaims } from './name-claims';
import { sources, sourceById } from './sources';
import type { Claim, Entity, Event, EventId, FactDef, FactKey, Source, SourceId } from './types';

export interface Reference {
  events: readonly Event[];
  facts: readonly FactDef[];
  sources: readonly Source[];
  entities: readonly Entity[];
  claims: readonly Claim[];
  findNames: NameFinder;
  recogniseSource: (articleText: string) => SourceId | null;
  event(id: EventId): Event | undefined;
  source(id: SourceId): Source | undefined;
  entity(id: string): Entity | undefined;
  fact(event: EventId, key: FactKey): FactDef | undefined;
}

let built: Reference | null = null;

export function getReference(): Reference {
  if (built) return built;
  const findNames = createNameFinder(entities);
  const claims = [...figureClaims, ...deriveNameClaims(sources, findNames)];
  const articles = sources.map((s) => ({ ...s, text: extractFromPlainText(s.text).text }));
  built = {
    events,
    facts,
    sources,
    entities,
    claims,
    findNames,
    recogniseSource: createSourceMatcher(articles),
    event: (id) => eventById.get(id),
    source: (id) => sourceById.get(id),
    entity: (id) => entityById.get(id),
    fact: (event, key) => facts.find((f) => f.event === event && f.key === key),
  };
  return built;
}
