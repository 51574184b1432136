/**
 * The two events the reference covers and the facts it tracks for each. Facts never cross events.
 */
import type { Event, EventId, FactDef, FactKey, IncidentId, Measure } from './types';

export const STRIKE_2021: EventId = '2021-02-25-us-strike-eastern-syria';
export const STRIKE_2023: EventId = '2023-10-26-us-strike-boukamal';

export const events: Event[] = [
  {
    id: STRIKE_2021,
    title: "Biden's first strike in eastern Syria, 25 February 2021",
    day: { year: 2021, month: 2, day: 25 },
    // EST, and Syria on EET (UTC+2) in February 2021.
    offsets: { ET: -300, local: 120 },
    // Source 002 (via Marine Corps Times): about 6 PM Eastern on Thursday 25 February.
    instant: '2021-02-25T23:00:00Z',
    incidents: [
      { id: 'strike', label: 'the US strike', isStrike: true, entities: [], dates: [] },
      {
        id: 'erbil',
        label: 'the rocket attack on Erbil',
        isStrike: false,
        entities: ['erbil'],
        dates: [{ month: 2, day: 15 }],
      },
      {
        id: 'baghdad',
        label: 'the rocket attack on Baghdad',
        isStrike: false,
        entities: ['baghdad', 'green-zone'],
        dates: [{ month: 2, day: 22 }],
      },
    ],
    // Kirby and Psaki spoke for the Pentagon and the White House from January 2021; Erbil is this event's own attack.
    anchors: ['john-kirby', 'erbil', 'jen-psaki'],
    // Every outlet called it Biden's first military action; his later strikes were not.
    signatures: [
      "\\bfirst (?:known )?(?:military action|military strike|strike|use of (?:military )?force|attack|airstrike|air strike)\\b[^.]{0,80}\\bBiden|\\bBiden(?:'s|’s| administration's| administration’s)? first (?:known )?(?:military|strike|use of force|airstrike|air strike)",
    ],
  },
  {
    id: STRIKE_2023,
    title: 'US strikes near Boukamal, 26 October 2023',
    day: { year: 2023, month: 10, day: 26 },
    // EDT, and Syria on permanent UTC+3 since October 2022.
    offsets: { ET: -240, local: 180 },
    instant: null,
    incidents: [
      { id: 'strike', label: 'the US strikes', isStrike: true, entities: [], dates: [] },
      {
        id: 'attacks',
        label: 'the attacks on US forces since 17 October',
        isStrike: false,
        entities: [],
        dates: [{ month: 10, day: 17 }],
      },
    ],
    anchors: ['hamas'],
    signatures: [],
  },
];

function fact(key: FactKey, event: EventId, incident: IncidentId, measure: Measure, label: string): FactDef {
  return { key, event, incident, measure, label };
}

export const facts: FactDef[] = [
  fact('strike.killed', STRIKE_2021, 'strike', 'killed', 'people killed in the strike'),
  fact('strike.aircraft', STRIKE_2021, 'strike', 'aircraft', 'aircraft used in the strike'),
  fact('strike.date', STRIKE_2021, 'strike', 'date', 'day of the strike'),
  fact('strike.time', STRIKE_2021, 'strike', 'time', 'time of the strike'),
  fact('strike.facilities', STRIKE_2021, 'strike', 'facilities', 'facilities hit'),
  fact('strike.groups', STRIKE_2021, 'strike', 'groups', 'militia groups whose sites were hit'),
  fact('erbil.date', STRIKE_2021, 'erbil', 'date', 'day of the Erbil rocket attack'),
  fact('erbil.rockets', STRIKE_2021, 'erbil', 'rockets', 'rockets fired at Erbil'),
  fact('erbil.calibre', STRIKE_2021, 'erbil', 'calibre', 'calibre of the rockets fired at Erbil'),
  fact('erbil.killed', STRIKE_2021, 'erbil', 'killed', 'people killed in the Erbil attack'),
  fact('erbil.wounded', STRIKE_2021, 'erbil', 'wounded', 'US service members wounded in the Erbil attack'),
  fact('baghdad.date', STRIKE_2021, 'baghdad', 'date', 'day of the Baghdad rocket attack'),
  fact('baghdad.rockets', STRIKE_2021, 'baghdad', 'rockets', 'rockets that hit the Green Zone'),

  fact('strike.aircraft', STRIKE_2023, 'strike', 'aircraft', 'aircraft used in the strikes'),
  fact('strike.aircraft_count', STRIKE_2023, 'strike', 'aircraft-count', 'aircraft used in the strikes'),
  fact('strike.facilities', STRIKE_2023, 'strike', 'facilities', 'facilities targeted'),
  fact('attacks.since', STRIKE_2023, 'attacks', 'since', 'start of the attacks on US forces'),
  fact('attacks.count', STRIKE_2023, 'attacks', 'attacks', 'attacks on US forces since 17 October'),
  fact('attacks.wounded', STRIKE_2023, 'attacks', 'wounded', 'US personnel injured in those attacks'),
  fact('attacks.killed', STRIKE_2023, 'attacks', 'killed', 'deaths in those attacks'),
];

export const eventById: ReadonlyMap<EventId, Event> = new Map(events.map((e) => [e.id, e]));

export function factsOf(event: EventId): FactDef[] {
  return facts.filter((f) => f.event === event);
}
