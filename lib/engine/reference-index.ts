/**
 * Lookups into a Reference by what the engine asks of it for every mark: the claims on one fact, the
 * facts of one event that measure one thing. Built once per Reference object (held weakly, so a
 * reference dropped is freed with its index), so a mark's cost does not grow with the number of
 * sources, claims or events the reference holds.
 */
import type { Reference } from './reference';
import type { Claim, EventId, FactDef, FactKey, Measure } from '../reference/types';

interface ReferenceIndex {
  claimsByFact: Map<FactKey, Claim[]>;
  factsByEventMeasure: Map<string, FactDef[]>;
}

const indexes = new WeakMap<Reference, ReferenceIndex>();

/** Groups `items` by `key`, each group in the items' own order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const eventMeasure = (event: EventId, measure: Measure) => `${event}\u0000${measure}`;

function indexOf(reference: Reference): ReferenceIndex {
  let index = indexes.get(reference);
  if (!index) {
    index = {
      claimsByFact: groupBy(reference.claims, (c) => c.fact),
      factsByEventMeasure: groupBy(reference.facts, (f) => eventMeasure(f.event, f.measure)),
    };
    indexes.set(reference, index);
  }
  return index;
}

/** Every claim on fact `key`, from any source and event, in the reference's order. */
export function claimsOn(reference: Reference, key: FactKey): readonly Claim[] {
  return indexOf(reference).claimsByFact.get(key) ?? [];
}

/** The facts of `event` that measure `measure`, in the reference's order. */
export function factsMeasuring(reference: Reference, event: EventId, measure: Measure): readonly FactDef[] {
  return indexOf(reference).factsByEventMeasure.get(eventMeasure(event, measure)) ?? [];
}
