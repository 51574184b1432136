/**
 * What each source reported, figure by figure: reviewed by hand against the articles.
 * Name claims (who mentions whom, and how) are derived from the texts in `name-claims.ts`.
 *
 * Review notes, where reading the articles took judgement:
 * - 000 places "left one dead and several injured" after its Baghdad paragraphs, but only the Erbil
 *   attack killed anyone (004: in Baghdad "no one was hurt"), and its "local citizens and foreigners"
 *   fit Erbil; it is recorded as the Erbil toll. "Several injured" is not limited to US service members,
 *   so it is not an `erbil.wounded` claim.
 * - 000's "Two rockets fell on a residential area" and "one rocket hit the Iraqi National Security
 *   headquarters" are parts of larger volleys, not totals, and are not claims.
 * - 001 dates the strike both "on Thursday" and, later, "on Friday"; both are kept: Friday is right in
 *   Syrian time. Its "said on Friday" dates a statement, not the strike.
 * - 002 says both that the attack "wounded an American service member" and that it wounded
 *   "US service members"; both are kept, as written.
 * - 002's "destroyed numerous installations" and 004's "destroyed multiple facilities" are claims on both
 *   `strike.destroyed` and `strike.facilities`: a facility destroyed was hit. Neither gives a number, so a page's
 *   "nine facilities" is more specific than they are, neither confirmed nor contradicted by them.
 *   000's "strike and destroy the bases" counts nothing and is no claim.
 * - No source counts the strike's munitions or its wounded: 003 says there was no information yet on
 *   casualties or damage, and its "Patriot missile systems" are air defences, not the strike's munitions.
 *   `strike.munitions` and `strike.wounded` have no claims, and pages that give them are `unique`.
 */
import type { ClaimDraft, ClaimValue, FactKey, SourceId } from './types';
import type { CountQualifier, DateValue, Zone } from './values';

const count = (n: number, qualifier: CountQualifier = 'exact'): ClaimValue => ({ type: 'count', n, qualifier });
const several: ClaimValue = { type: 'count', n: null, qualifier: 'several' };
const day = (fields: Partial<Omit<DateValue, 'type'>>): DateValue => ({
  type: 'date',
  year: null,
  month: null,
  day: null,
  weekday: null,
  part: null,
  zone: null,
  ...fields,
});
const THURSDAY = 4;
const FRIDAY = 5;
const at = (hour: number, zone: Zone, date: DateValue, approximate: boolean): ClaimValue => ({
  type: 'time',
  hour,
  minute: 0,
  approximate,
  zone,
  date,
});

interface ClaimInput {
  source: SourceId;
  fact: FactKey;
  text: string;
  quote: string;
  value: ClaimValue;
  attribution?: string;
}

function claim(input: ClaimInput): ClaimDraft {
  return { ...input, attribution: input.attribution ?? null };
}

export const figureClaims: ClaimDraft[] = [
  // 000: unnamed outlet A
  claim({
    source: '000',
    fact: 'strike.date',
    text: 'Thursday',
    quote: 'The United States military has carried out an airstrike in Syria against Iranian-backed militias on Thursday.',
    value: day({ weekday: THURSDAY }),
  }),
  claim({
    source: '000',
    fact: 'strike.killed',
    text: '17',
    quote: 'According to some independent sources, 17 pro-Iranian militia fighters were killed in the airstrike.',
    value: count(17),
    attribution: 'some independent sources',
  }),
  claim({
    source: '000',
    fact: 'strike.aircraft',
    text: 'F15',
    quote: 'The F15 fighter jets have been used to strike and destroy the bases of the militia groups',
    value: { type: 'aircraft', family: 'F-15', variant: null },
  }),
  claim({
    source: '000',
    fact: 'erbil.rockets',
    text: 'three',
    quote: 'Earlier this month, three rockets were fired by the militia groups at the Erbil International Airport',
    value: count(3),
  }),
  claim({
    source: '000',
    fact: 'baghdad.date',
    text: 'February 22',
    quote: 'Then the US embassy in Baghdad was attacked with rockets on February 22',
    value: day({ month: 2, day: 22 }),
  }),
  claim({
    source: '000',
    fact: 'baghdad.rockets',
    text: 'two',
    quote: 'two rockets landed in the Green Zone',
    value: count(2),
  }),
  claim({
    source: '000',
    fact: 'erbil.killed',
    text: 'one',
    quote: 'The attack was provocative as it left one dead and several injured',
    value: count(1),
  }),

  // 001: unnamed outlet B
  claim({
    source: '001',
    fact: 'strike.date',
    text: 'Thursday',
    quote: 'The United States military on Thursday struck a site in Syria',
    value: day({ weekday: THURSDAY }),
  }),
  claim({
    source: '001',
    fact: 'strike.groups',
    text: 'two',
    quote: 'a site in Syria used by two Iranian-backed militia groups',
    value: count(2),
  }),
  claim({
    source: '001',
    fact: 'erbil.killed',
    text: 'one',
    quote: 'a rocket attack in Iraq earlier this month that killed one civilian contractor',
    value: count(1),
    attribution: 'the Pentagon',
  }),
  claim({
    source: '001',
    fact: 'erbil.wounded',
    text: 'a US service member',
    quote: 'wounded a US service member and other coalition troops',
    value: count(1),
    attribution: 'the Pentagon',
  }),
  claim({
    source: '001',
    fact: 'strike.date',
    text: 'Friday',
    quote: 'target on Friday was reportedly not specifically tied to the rocket attack',
    value: day({ weekday: FRIDAY }),
  }),

  // 002: HNGN
  claim({
    source: '002',
    fact: 'strike.date',
    text: 'Thursday',
    quote: 'The US military launched an airstrike against an Iranian-backed paramilitary base in Syria on Thursday.',
    value: day({ weekday: THURSDAY }),
  }),
  claim({
    source: '002',
    fact: 'strike.facilities',
    text: 'Multiple targets',
    quote: 'Multiple targets were attacked by an airstrike that President Biden approved.',
    value: several,
  }),
  claim({
    source: '002',
    fact: 'strike.time',
    text: 'about 6 PM East Standard Time Thursday afternoon',
    quote:
      'According to Marine Corps Times, US troops attacked a border checkpoint in eastern Syria used by Iranian-backed militant groups about 6 PM East Standard Time Thursday afternoon.',
    value: at(18, 'ET', day({ weekday: THURSDAY, part: 'afternoon' }), true),
    attribution: 'Marine Corps Times',
  }),
  claim({
    source: '002',
    fact: 'erbil.wounded',
    text: 'an American service member',
    quote: 'including wounded an American service member and killed a civilian contractor',
    value: count(1),
    attribution: 'the Pentagon press secretary',
  }),
  claim({
    source: '002',
    fact: 'erbil.killed',
    text: 'a civilian contractor',
    quote: 'including wounded an American service member and killed a civilian contractor',
    value: count(1),
    attribution: 'the Pentagon press secretary',
  }),
  claim({
    source: '002',
    fact: 'strike.facilities',
    text: 'numerous installations',
    quote: '"destroyed numerous installations," said John Kirby',
    value: several,
    attribution: 'John Kirby',
  }),
  claim({
    source: '002',
    fact: 'strike.destroyed',
    text: 'numerous installations',
    quote: '"destroyed numerous installations," said John Kirby',
    value: several,
    attribution: 'John Kirby',
  }),
  claim({
    source: '002',
    fact: 'erbil.date',
    text: 'February 15',
    quote: 'On February 15, three 107 mm rockets targeted the Iraqi airbase in Irbil',
    value: day({ month: 2, day: 15 }),
    attribution: 'Iraqi security officials',
  }),
  claim({
    source: '002',
    fact: 'erbil.rockets',
    text: 'three',
    quote: 'On February 15, three 107 mm rockets targeted the Iraqi airbase in Irbil',
    value: count(3),
    attribution: 'Iraqi security officials',
  }),
  claim({
    source: '002',
    fact: 'erbil.calibre',
    text: '107 mm',
    quote: 'On February 15, three 107 mm rockets targeted the Iraqi airbase in Irbil',
    value: { type: 'calibre', mm: 107 },
    attribution: 'Iraqi security officials',
  }),
  claim({
    source: '002',
    fact: 'erbil.killed',
    text: 'one',
    quote: 'killing one U.S.-led coalition contractor',
    value: count(1),
    attribution: 'Iraqi security officials',
  }),
  claim({
    source: '002',
    fact: 'erbil.wounded',
    text: 'US service members',
    quote: 'wounding US service members and others',
    value: several,
    attribution: 'Iraqi security officials',
  }),

  // 003: unnamed outlet C, the October 2023 strike
  claim({
    source: '003',
    fact: 'strike.facilities',
    text: 'two',
    quote: 'targeting two facilities associated with Iranian-backed militias',
    value: count(2),
  }),
  claim({
    source: '003',
    fact: 'strike.aircraft_count',
    text: 'two',
    quote: 'The precision strikes were executed by two F-16 fighter jets',
    value: count(2),
  }),
  claim({
    source: '003',
    fact: 'strike.aircraft',
    text: 'F-16',
    quote: 'The precision strikes were executed by two F-16 fighter jets',
    value: { type: 'aircraft', family: 'F-16', variant: null },
  }),
  claim({
    source: '003',
    fact: 'attacks.since',
    text: 'October 17',
    quote: 'Since October 17, there have been at least 19 attacks on US bases and personnel in Iraq and Syria',
    value: day({ month: 10, day: 17 }),
  }),
  claim({
    source: '003',
    fact: 'attacks.count',
    text: 'at least 19',
    quote: 'Since October 17, there have been at least 19 attacks on US bases and personnel in Iraq and Syria',
    value: count(19, 'at-least'),
  }),
  claim({
    source: '003',
    fact: 'attacks.wounded',
    text: '21',
    quote: 'These attacks have caused injuries to 21 US personnel',
    value: count(21),
  }),
  claim({
    source: '003',
    fact: 'attacks.killed',
    text: 'a contractor',
    quote: 'resulted in the death of a contractor who suffered a cardiac arrest while seeking shelter',
    value: count(1),
  }),

  // 004: JNS
  claim({
    source: '004',
    fact: 'strike.date',
    text: 'late Thursday',
    quote: 'U.S. President Joe Biden ordered airstrikes late Thursday on sites in Syria',
    value: day({ weekday: THURSDAY, part: 'late' }),
  }),
  claim({
    source: '004',
    fact: 'strike.facilities',
    text: 'multiple facilities',
    quote: 'destroyed multiple facilities located at a border control point',
    value: several,
    attribution: 'Kirby',
  }),
  claim({
    source: '004',
    fact: 'strike.destroyed',
    text: 'multiple facilities',
    quote: 'destroyed multiple facilities located at a border control point',
    value: several,
    attribution: 'Kirby',
  }),
  claim({
    source: '004',
    fact: 'strike.groups',
    text: 'a number of',
    quote: 'used by a number of Iranian-backed militant groups',
    value: several,
    attribution: 'Kirby',
  }),
  claim({
    source: '004',
    fact: 'erbil.date',
    text: 'Feb. 15',
    quote: 'launched a rocket attack on Feb. 15 in Erbil in northern Iraq',
    value: day({ month: 2, day: 15 }),
  }),
  claim({
    source: '004',
    fact: 'erbil.killed',
    text: 'one',
    quote: 'that killed one civilian contractor and wounded U.S. service members',
    value: count(1),
  }),
  claim({
    source: '004',
    fact: 'erbil.wounded',
    text: 'U.S. service members',
    quote: 'that killed one civilian contractor and wounded U.S. service members',
    value: several,
  }),
  claim({
    source: '004',
    fact: 'baghdad.date',
    text: 'A week later',
    quote: 'A week later, a rocket attack in Baghdad',
    value: day({ month: 2, day: 22 }),
  }),
  claim({
    source: '004',
    fact: 'strike.killed',
    text: '22',
    quote: 'The Syrian Observatory for Human Rights reported that 22 people were killed in the airstrike',
    value: count(22),
    attribution: 'the Syrian Observatory for Human Rights',
  }),
];
