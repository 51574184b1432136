/**
 * The two events the reference covers and the facts it tracks for each. Facts never cross events.
 */
import type { Event, EventId, FactDef, FactKey, IncidentId, Measure, NearMiss, Office } from './types';

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
    markers: {
      // 000, 002 and 004 name both groups as the owners of the sites hit.
      groups: ['kataib-hezbollah', 'kataib-sayyid-al-shuhada'],
      // 002 places the strike in Al Bukamal; 000, 002 and 004 the attacks that led to it in Erbil and Baghdad.
      places: ['al-bukamal', 'erbil', 'baghdad', 'green-zone'],
      precededBy: [],
    },
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
    markers: {
      // 003: "the specific groups targeted in the airstrikes were not disclosed".
      groups: [],
      // 003: "The US strikes near Boukamal".
      places: ['al-bukamal'],
      // 003: the attacks on US forces (their day, 17 October, is the incident's) while Israel fought Hamas.
      precededBy: ['\\b(?:Israel-Hamas|Israel–Hamas|Hamas-Israel) (?:war|conflict)\\b', '\\bwar (?:between Israel and Hamas|in Gaza)\\b'],
    },
  },
];

/**
 * Strikes whose coverage shares the reference's words (the same militias, places, officials) but which the
 * reference does not cover. Each is told apart by what only it had; its day, when an article gives it,
 * speaks against every event here.
 */
export const nearMisses: NearMiss[] = [
  // After the 27 December rocket attack on the K-1 base near Kirkuk that killed a US contractor.
  { label: 'the strikes on Kataib Hezbollah of 29 December 2019', day: { year: 2019, month: 12, day: 29 }, only: ['\\bKirkuk\\b', '\\bK-?1\\b'] },
  // Two sites in Syria and one in Iraq, after drone attacks on US forces.
  { label: 'the strikes on the Iraq-Syria border of 27 June 2021', day: { year: 2021, month: 6, day: 27 }, only: ['\\bin Syria and one in Iraq\\b'] },
  { label: 'the strike near Maysalun of 8 November 2023', day: { year: 2023, month: 11, day: 8 }, only: ['\\bMaysal(?:u|ou)n\\b'] },
  { label: 'the strikes near Mayadin of 12 November 2023', day: { year: 2023, month: 11, day: 12 }, only: ['\\b(?:Al[- ])?Maya(?:din|deen)\\b'] },
  // After the drone attack on Tower 22 in Jordan that killed three US soldiers on 28 January 2024.
  { label: 'the strikes of 2 February 2024', day: { year: 2024, month: 2, day: 2 }, only: ['\\bTower 22\\b', '\\bAkashat\\b', '\\b85 targets\\b'] },
];

/**
 * Who held the roles the coverage names, and when. A titled official dates an article: "Pentagon press
 * secretary John Kirby" is early 2021, "National Security Council spokesman John Kirby" late 2022 or after.
 */
export const offices: Office[] = [
  { names: ['Joe Biden', 'Joseph R\\. Biden(?: Jr\\.)?', 'Biden'], titles: ['President'], role: 'President', from: '2021-01-20', to: '2025-01-20' },
  { names: ['Donald (?:J\\. )?Trump', 'Trump'], titles: ['President'], role: 'President', from: '2017-01-20', to: '2021-01-20' },
  { names: ['John (?:F\\. )?Kirby', 'Jon Kirby', 'Kirby'], titles: ['Pentagon press secretary', 'Pentagon spokes(?:man|person)', 'Defense Department spokes(?:man|person)'], role: 'Pentagon press secretary', from: '2021-01-20', to: '2022-05-20' },
  { names: ['John (?:F\\. )?Kirby', 'Kirby'], titles: ['National Security Council spokes(?:man|person)', 'NSC spokes(?:man|person)', 'White House national security spokes(?:man|person)', '(?:National Security Council|NSC) coordinator for strategic communications'], role: 'National Security Council spokesman', from: '2022-05-20', to: '2025-01-20' },
  { names: ['Jen Psaki', 'Jennifer Psaki', 'Psaki'], titles: ['White House press secretary'], role: 'White House press secretary', from: '2021-01-20', to: '2022-05-13' },
  { names: ['Karine Jean-Pierre', 'Jean-Pierre'], titles: ['White House press secretary'], role: 'White House press secretary', from: '2022-05-13', to: '2025-01-20' },
  { names: ['Lloyd (?:J\\. )?Austin(?: III)?', 'Austin'], titles: ['Defense Secretary', 'Secretary of Defense', 'Pentagon chief'], role: 'Defense Secretary', from: '2021-01-22', to: '2025-01-20' },
  { names: ['Mark (?:T\\. )?Esper', 'Esper'], titles: ['Defense Secretary', 'Secretary of Defense', 'Pentagon chief'], role: 'Defense Secretary', from: '2019-07-23', to: '2020-11-09' },
  { names: ['Jonathan (?:Rath )?Hoffman', 'Hoffman'], titles: ['Pentagon (?:chief )?spokes(?:man|person)', 'Pentagon press secretary'], role: 'Pentagon spokesman', from: '2019-08-01', to: '2021-01-20' },
  { names: ['Pat(?:rick)? (?:S\\. )?Ryder', 'Ryder'], titles: ['Pentagon press secretary', 'Pentagon spokes(?:man|person)'], role: 'Pentagon press secretary', from: '2022-08-01', to: '2025-01-20' },
  { names: ['Mark (?:A\\. )?Milley', 'Milley'], titles: ['Chairman of the Joint Chiefs(?: of Staff)?', 'Joint Chiefs Chairman'], role: 'Chairman of the Joint Chiefs', from: '2019-10-01', to: '2023-09-29' },
  { names: ['C\\.? ?Q\\.? Brown(?: Jr\\.)?', 'Charles (?:Q\\. )?Brown(?: Jr\\.)?'], titles: ['Chairman of the Joint Chiefs(?: of Staff)?', 'Joint Chiefs Chairman'], role: 'Chairman of the Joint Chiefs', from: '2023-10-01', to: '2025-02-21' },
];

function fact(key: FactKey, event: EventId, incident: IncidentId, measure: Measure, label: string): FactDef {
  return { key, event, incident, measure, label };
}

export const facts: FactDef[] = [
  fact('strike.killed', STRIKE_2021, 'strike', 'killed', 'people killed in the strike'),
  // The militia's own count of its wounded ("a few wounded"); no reference source gives one yet.
  fact('strike.wounded', STRIKE_2021, 'strike', 'wounded', 'people wounded in the strike'),
  fact('strike.aircraft', STRIKE_2021, 'strike', 'aircraft', 'aircraft used in the strike'),
  fact('strike.date', STRIKE_2021, 'strike', 'date', 'day of the strike'),
  fact('strike.time', STRIKE_2021, 'strike', 'time', 'time of the strike'),
  fact('strike.facilities', STRIKE_2021, 'strike', 'facilities', 'facilities hit'),
  fact('strike.destroyed', STRIKE_2021, 'strike', 'destroyed', 'facilities destroyed in the strike'),
  // Coverage counts them (the Pentagon's "seven precision-guided munitions"); no reference source does yet.
  fact('strike.munitions', STRIKE_2021, 'strike', 'munitions', 'bombs or munitions the strike used'),
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
  // Source 003 says only that there was no damage assessment yet; coverage reports both facilities destroyed.
  fact('strike.destroyed', STRIKE_2023, 'strike', 'destroyed', 'facilities destroyed in the strikes'),
  fact('strike.munitions', STRIKE_2023, 'strike', 'munitions', 'bombs or munitions the strikes used'),
  fact('attacks.since', STRIKE_2023, 'attacks', 'since', 'start of the attacks on US forces'),
  fact('attacks.count', STRIKE_2023, 'attacks', 'attacks', 'attacks on US forces since 17 October'),
  fact('attacks.wounded', STRIKE_2023, 'attacks', 'wounded', 'US personnel injured in those attacks'),
  fact('attacks.killed', STRIKE_2023, 'attacks', 'killed', 'deaths in those attacks'),
];

export const eventById: ReadonlyMap<EventId, Event> = new Map(events.map((e) => [e.id, e]));

export function factsOf(event: EventId): FactDef[] {
  return facts.filter((f) => f.event === event);
}
