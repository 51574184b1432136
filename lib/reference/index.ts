/**
 * The reference dataset, assembled: what the engine compares an article against.
 * Built once, on first use, so a page that is about nothing pays nothing for it.
 * The corpus itself is not here: claims and fingerprints come derived from it (generated.ts).
 */
import { createNameFinder, type NameFinder } from '../extract/names';
import { createSourceMatcher } from '../engine/source-match';
import { entities, entityById } from './entities';
import { events, eventById, facts } from './events';
import { data } from './generated';
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
  built ??= {
    events,
    facts,
    sources,
    entities,
    claims: data.claims,
    findNames: createNameFinder(entities),
    recogniseSource: createSourceMatcher(data.fingerprints),
    event: (id) => eventById.get(id),
    source: (id) => sourceById.get(id),
    entity: (id) => entityById.get(id),
    fact: (event, key) => facts.find((f) => f.event === event && f.key === key),
  };
  return built;
}
