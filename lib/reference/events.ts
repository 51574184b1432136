/**
 * The events the reference covers, the facts it tracks for each (facts never cross events), the strikes
 * whose coverage reads like theirs, and who held the offices the coverage names. The data is in
 * reference/events/ and reference/offices.json, built into generated.ts.
 */
import { data } from './generated';
import type { Event, EventId, FactDef, NearMiss, Office } from './types';

/** The two events' ids as the tests and the demo name them; everything else reads them from the data. */
export const STRIKE_2021: EventId = '2021-02-25-us-strike-eastern-syria';
export const STRIKE_2023: EventId = '2023-10-26-us-strike-boukamal';

export const events: Event[] = data.events;
export const facts: FactDef[] = data.facts;
/** Strikes the reference does not cover whose coverage shares its words; each told apart by what only it had. */
export const nearMisses: NearMiss[] = data.nearMisses;
/** Who held the roles the coverage names, and when: a titled official dates an article. */
export const offices: Office[] = data.offices;

export const eventById: ReadonlyMap<EventId, Event> = new Map(events.map((e) => [e.id, e]));

export function factsOf(event: EventId): FactDef[] {
  return facts.filter((f) => f.event === event);
}
