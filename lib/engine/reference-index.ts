/**
 * Lookups into a Reference by what the engine asks of it for every mark: the claims of one event's
 * sources on one fact, the facts of one event that measure one thing. Built once per Reference object (held weakly, so a
 * reference dropped is freed with its index), so a mark's cost does not grow with the number of
 * sources, claims or events the reference holds.
 */
import type { Reference } from './reference';
import { groupBy } from '../group-by';
import type { Claim, EventId, FactDef, FactKey, Measure } from '../reference/types';

interface ReferenceIndex {
  claimsByEventFact: Map<string, Claim[]>;
  factsByEventMeasure: Map<string, FactDef[]>;
}

const indexes = new WeakMap<Reference, ReferenceIndex>();

const eventKey = (event: string, what: string) => `${event}\u0000${what}`;

function indexOf(reference: Reference): ReferenceIndex {
  let index = indexes.get(reference);
  if (!index) {
    index = {
      // Fact keys ("strike.killed", "name.joe-biden") are shared by every event: a claim is filed under its source's event.
      claimsByEventFact: groupBy(
        reference.claims.filter((c) => reference.source(c.source)),
        (c) => eventKey(reference.source(c.source)?.event ?? '', c.fact),
      ),
      factsByEventMeasure: groupBy(reference.facts, (f) => eventKey(f.event, f.measure)),
    };
    indexes.set(reference, index);
  }
  return index;
}

/** The claims on fact `key` of the sources about `event`, in the reference's order. */
export function claimsOn(reference: Reference, event: EventId, key: FactKey): readonly Claim[] {
  return indexOf(reference).claimsByEventFact.get(eventKey(event, key)) ?? [];
}

/** The facts of `event` that measure `measure`, in the reference's order. */
export function factsMeasuring(reference: Reference, event: EventId, measure: Measure): readonly FactDef[] {
  return indexOf(reference).factsByEventMeasure.get(eventKey(event, measure)) ?? [];
}
