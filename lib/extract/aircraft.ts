/**
 * Military aircraft designations: "F-15", "F15", "F-15E", "F-15E Strike Eagle", "F-16s", "F/A-18E/F",
 * "FA-18", "A-10 Warthog", "B-1B Lancer", "B-52", "MQ-9 Reaper", "AC-130J", "KC-135", "E-3".
 *
 * Rule: a designation is a known family prefix followed by a number that exists for that family
 * (FAMILIES below; "A-1 road", "G-7", "COVID-19", "Su-24", "Boeing 737" do not qualify), then
 * optional upper-case variant letters ("E", "EX", "E/F") and an optional plural "s". The hyphen
 * may be left out ("F15", "B52", "MQ9", "AV8B") except after a lone A, C or E (UK roads "A10",
 * "C17", "E3") and for a one-letter prefix with a one-digit number ("F4", "B1"); designations glued
 * to a preceding letter, digit, "/", "." or "-" are ignored. The family is normalised with a hyphen; "F-18" and "FA-18" become "F/A-18".
 * A known nickname of the family directly after the designation is part of the span
 * ("F-15E Strike Eagles", "MQ-9 Reaper").
 */
import type { AircraftValue } from '../reference/values';
import type { FigureMention } from './types';

interface Family {
  numbers: number[];
  nicknames: string[];
}

const FAMILIES: Record<string, Family> = {
  F: {
    numbers: [4, 5, 14, 15, 16, 18, 22, 35, 111, 117],
    nicknames: ['Strike Eagle', 'Eagle II', 'Eagle', 'Fighting Falcon', 'Falcon', 'Viper', 'Lightning II', 'Lightning',
      'Raptor', 'Tomcat', 'Phantom II', 'Phantom', 'Nighthawk', 'Hornet', 'Super Hornet', 'Tiger II'],
  },
  'F/A': { numbers: [18], nicknames: ['Super Hornet', 'Hornet'] },
  EA: { numbers: [18], nicknames: ['Growler'] },
  A: { numbers: [10], nicknames: ['Thunderbolt II', 'Thunderbolt', 'Warthog'] },
  AV: { numbers: [8], nicknames: ['Harrier II', 'Harrier'] },
  B: { numbers: [1, 2, 21, 52], nicknames: ['Lancer', 'Spirit', 'Raider', 'Stratofortress'] },
  AC: { numbers: [130], nicknames: ['Ghostrider', 'Spooky', 'Spectre', 'Specter'] },
  MC: { numbers: [130], nicknames: ['Combat Talon II', 'Combat Talon', 'Commando II', 'Hercules'] },
  HC: { numbers: [130], nicknames: ['Combat King II', 'Combat King', 'Hercules'] },
  EC: { numbers: [130], nicknames: ['Compass Call', 'Hercules'] },
  KC: { numbers: [10, 46, 130, 135], nicknames: ['Stratotanker', 'Extender', 'Pegasus', 'Hercules'] },
  C: { numbers: [5, 17, 130], nicknames: ['Galaxy', 'Globemaster III', 'Globemaster', 'Super Hercules', 'Hercules'] },
  E: { numbers: [2, 3, 8], nicknames: ['Hawkeye', 'Sentry', 'Joint STARS', 'JSTARS'] },
  MQ: { numbers: [1, 4, 9, 25], nicknames: ['Gray Eagle', 'Predator', 'Reaper', 'Triton', 'Stingray'] },
  RQ: { numbers: [4, 170], nicknames: ['Global Hawk', 'Sentinel'] },
  AH: { numbers: [1, 64], nicknames: ['Apache', 'Cobra', 'Viper'] },
  UH: { numbers: [1, 60], nicknames: ['Black Hawk', 'Iroquois', 'Huey', 'Venom'] },
  MH: { numbers: [6, 47, 60], nicknames: ['Little Bird', 'Chinook', 'Black Hawk', 'Pave Hawk'] },
  HH: { numbers: [60], nicknames: ['Pave Hawk'] },
  CH: { numbers: [47, 53], nicknames: ['Chinook', 'Super Stallion', 'Sea Stallion', 'King Stallion'] },
  MV: { numbers: [22], nicknames: ['Osprey'] },
  CV: { numbers: [22], nicknames: ['Osprey'] },
};

/** Prefixes that cannot drop the hyphen: "A10", "C17", "E3" are roads, centuries, paper sizes. */
const HYPHEN_REQUIRED = new Set(['A', 'C', 'E']);

const PREFIXES = Object.keys(FAMILIES)
  .map((p) => p.replace('/', '\\/'))
  .sort((a, b) => b.length - a.length);

const AIRCRAFT_RE = new RegExp(
  `(?<![\\w/.-])(?<prefix>F\\/A|FA|${PREFIXES.filter((p) => p !== 'F\\/A').join('|')})(?<hyphen>[-‑–]?)(?<num>\\d{1,3})` +
    '(?<variant>[A-Z]{1,2}(?:\\/[A-Z]{1,2})?)?(?<plural>s)?(?![\\w-])',
  'g',
);

const NICK_RE_CACHE = new Map<string, RegExp>();
function nicknameRe(family: string): RegExp {
  let re = NICK_RE_CACHE.get(family);
  if (re === undefined) {
    const names = [...(FAMILIES[family]?.nicknames ?? [])].sort((a, b) => b.length - a.length);
    re = new RegExp(`[ \\t\\u00a0](?:${names.join('|')})s?(?![\\w])`, 'y');
    NICK_RE_CACHE.set(family, re);
  }
  return re;
}

/** Aircraft designations in `text`, sorted by start. */
export function findAircraft(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  const re = new RegExp(AIRCRAFT_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups ?? {};
    let prefix = g.prefix ?? '';
    const num = Number(g.num);
    if (prefix === 'FA' || (prefix === 'F' && num === 18)) prefix = 'F/A';
    const family = FAMILIES[prefix];
    if (family === undefined || !family.numbers.includes(num)) continue;
    if (g.hyphen === '' && (HYPHEN_REQUIRED.has(prefix) || (prefix.length < 2 && (g.num ?? '').length < 2))) continue;
    let end = m.index + m[0].length;
    // A nickname after a plural designation is unusual ("F-15s Strike Eagle"); only take it after the singular.
    if (g.plural === undefined) {
      const nick = nicknameRe(prefix);
      nick.lastIndex = end;
      const n = nick.exec(text);
      if (n !== null) end += n[0].length;
    }
    const value: AircraftValue = { type: 'aircraft', family: `${prefix}-${num}`, variant: g.variant ?? null };
    out.push({ start: m.index, end, text: text.slice(m.index, end), value });
    re.lastIndex = end;
  }
  return out;
}
