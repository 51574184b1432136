import { describe, expect, it } from 'vitest';
import { findAircraft } from '../../lib/extract/aircraft';
import { checked, texts } from './helpers';

function aircraft(s: string): Array<[string, string, string | null]> {
  return checked(s, findAircraft(s)).map((m) => {
    if (m.value.type !== 'aircraft') throw new Error('not aircraft');
    return [m.text, m.value.family, m.value.variant];
  });
}

describe('findAircraft', () => {
  it.each([
    ['US F-15 jets', 'F-15', 'F-15', null],
    ['two F15 fighters', 'F15', 'F-15', null],
    ['an F-15E took off', 'F-15E', 'F-15', 'E'],
    ['two F-15E Strike Eagles dropped bombs', 'F-15E Strike Eagles', 'F-15', 'E'],
    ['an F-15E Strike Eagle', 'F-15E Strike Eagle', 'F-15', 'E'],
    ['F-16s were used', 'F-16s', 'F-16', null],
    ['an F-16C Fighting Falcon', 'F-16C Fighting Falcon', 'F-16', 'C'],
    ['F-16C/D jets', 'F-16C/D', 'F-16', 'C/D'],
    ['F-35A', 'F-35A', 'F-35', 'A'],
    ['two F-35As', 'F-35As', 'F-35', 'A'],
    ['an F/A-18 from the carrier', 'F/A-18', 'F/A-18', null],
    ['F/A-18E/F Super Hornets', 'F/A-18E/F Super Hornets', 'F/A-18', 'E/F'],
    ['an FA-18', 'FA-18', 'F/A-18', null],
    ['F-18 Hornets', 'F-18 Hornets', 'F/A-18', null],
    ['an A-10 Warthog', 'A-10 Warthog', 'A-10', null],
    ['A-10s', 'A-10s', 'A-10', null],
    ['a B-1B Lancer', 'B-1B Lancer', 'B-1', 'B'],
    ['B-52 bombers', 'B-52', 'B-52', null],
    ['B52 bombers', 'B52', 'B-52', null],
    ['an MQ-9 Reaper drone', 'MQ-9 Reaper', 'MQ-9', null],
    ['MQ9 drones', 'MQ9', 'MQ-9', null],
    ['an AC-130J gunship', 'AC-130J', 'AC-130', 'J'],
    ['a KC-135 Stratotanker', 'KC-135 Stratotanker', 'KC-135', null],
    ['an E-3 Sentry', 'E-3 Sentry', 'E-3', null],
    ['a C-17 Globemaster III', 'C-17 Globemaster III', 'C-17', null],
    ['an AV-8B Harrier', 'AV-8B Harrier', 'AV-8', 'B'],
    ["the F-15's radar", 'F-15', 'F-15', null],
  ])('%s', (s, span, family, variant) => {
    expect(aircraft(s)).toEqual([[span, family, variant]]);
  });

  it('does not read look-alikes', () => {
    const s =
      'COVID-19, the G-7, a Boeing 737, the A-1 road, the A10 road, C17, an E3, Su-24 and MiG-29 jets, ' +
      'vitamin B-12, an F-1 visa, Formula 1, FX-15, XF-15, F-99, 1F-15, f-15';
    expect(texts(s, findAircraft(s))).toEqual([]);
  });

  it('does not take a nickname of another family', () => {
    expect(aircraft('an F-15 Reaper')).toEqual([['F-15', 'F-15', null]]);
  });
});
