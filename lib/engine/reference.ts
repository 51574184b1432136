/**
 * The reference, assembled for the engine: the plain data of lib/reference/ (built from reference/)
 * with the readers the engine needs over it, the name finder and the source recogniser.
 * Built once, on first use, so a page that is about nothing pays nothing for it. It lives on the
 * engine's side so that the dataset imports nothing from the engine or the extractors.
 */
import { createNameFinder, type NameFinder } from '../extract/names';
import { entities, entityById } from '../reference/entities';
import { events, eventById, facts } from '../reference/events';
import { data } from '../reference/generated';
import { sources, sourceById } from '../reference/sources';
import type { Claim, Entity, Event, EventId, FactDef, FactKey, Source, SourceId } from '../reference/types';
import { createSourceMatcher } from './source-match';

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
