/**
 * The noun phrase after a count, and what kind of thing it counts: "22 militia fighters" → people, "three 107 mm
 * rockets" → rockets, "two weapons and ammunition storage facilities" → facilities, "21 U.S. service members" →
 * people marked American. measures.ts reads the phrase with the verbs around it.
 */
import type { Token } from './sentence-tokens';

const PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'fighter', 'fighters', 'militant', 'militants', 'militiaman', 'militiamen',
  'member', 'members', 'civilian', 'civilians', 'soldier', 'soldiers', 'troop', 'troops', 'personnel', 'forces',
  'servicemember', 'servicemembers', 'serviceman', 'servicemen', 'contractor', 'contractors', 'combatant',
  'combatants', 'man', 'men', 'woman', 'women', 'child', 'children', 'iraqi', 'iraqis', 'syrian', 'syrians',
  'american', 'americans', 'guard', 'guards', 'worker', 'workers', 'individual', 'individuals', 'victim',
  'victims', 'marine', 'marines', 'sailor', 'sailors', 'airman', 'airmen', 'casualties', 'others', 'martyr', 'martyrs',
  'citizen', 'citizens',
]);
const ROCKET_NOUNS = new Set(['rocket', 'rockets', 'missile', 'missiles', 'projectile', 'projectiles', 'katyusha', 'katyushas']);
const AIRCRAFT_NOUNS = new Set(['jet', 'jets', 'aircraft', 'plane', 'planes', 'warplane', 'warplanes', 'bomber', 'bombers']);
export const FACILITY_NOUNS = new Set([
  'facility', 'facilities', 'installation', 'installations', 'building', 'buildings', 'site', 'sites',
  'structure', 'structures', 'target', 'targets', 'bunker', 'bunkers', 'depot', 'depots', 'position',
  'positions', 'warehouse', 'warehouses', 'location', 'locations',
]);
// What the jets dropped: "seven precision-guided munitions", "seven 500-lb GBU-38 JDAMs". Missiles stay with
// the rockets: in this coverage they are mostly what the militias fired.
const MUNITION_NOUNS = new Set(['bomb', 'bombs', 'munition', 'munitions', 'jdam', 'jdams', 'warhead', 'warheads']);
// Counted for no fact, but they must not lend their number to another measure: "three munitions trucks" is
// neither a toll nor a count of munitions, and "two compounds" holds "seven small buildings".
const VEHICLE_NOUNS = new Set([
  'truck', 'trucks', 'vehicle', 'vehicles', 'lorry', 'lorries', 'car', 'cars', 'convoy', 'convoys', 'carrier', 'carriers', 'warship', 'warships',
]);
const COMPOUND_NOUNS = new Set(['compound', 'compounds', 'complex', 'complexes', 'base', 'bases', 'camp', 'camps']);
const GROUP_NOUNS = new Set(['group', 'groups', 'militia', 'militias', 'faction', 'factions', 'organizations', 'organisations', 'proxies']);
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'incident', 'incidents']);

// Words that end the noun phrase after a number.
const PHRASE_STOPS = new Set([
  'of', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'who', 'that', 'which', 'were', 'was', 'have', 'has',
  'had', 'is', 'are', 'to', 'with', 'for', 'as', 'the', 'among', ',', ';', ':', '(', ')', '—', '–', '"', '“', '”',
  // "Two officials said 22 fighters…": a verb of saying ends the phrase; the fighters are another count's.
  'said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'claimed', 'announced', 'noted', 'wrote',
]);
export const SERVICE_NOUNS = new Set(
  'servicemember servicemembers serviceman servicemen troop troops soldier soldiers personnel marine marines sailor sailors airman airmen member members forces'.split(' '),
);
const WEAPON_WORD = /^(?:drones?|rockets?|missiles?|mortars?)$/;
/** A word that marks people or sites as American, its final dots dropped ("U.S." is "u.s"). */
export const US_WORD = /^(?:u\.s|us|american|america's)$/;
// A number that starts a second count: "one weapons depot and one ammunition depot".
const NUMBER_WORD = /\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|both)$/;
const US_MILITARY_AFTER = /^of the (?:u\.s\.?|us|american) (?:military|army|armed forces)\b/;
const SUBJECT_VERBS = new Set(['targeted', 'struck', 'hit', 'attacked', 'shelled']);
const OWNING_WORDS = new Set(['the', 'these', 'those', 'its', 'their', 'both', 'all']);

export interface NounPhrase {
  /** Index of the head noun in the tokens. */
  head: number;
  kind: 'person' | 'rocket' | 'aircraft' | 'facility' | 'group' | 'attack' | 'munition' | 'vehicle' | 'compound';
  /** Whether the phrase marks the people as American service members, or the sites as American ("U.S. positions"). */
  us: boolean;
}

function nounKind(word: string): NounPhrase['kind'] | null {
  const w = word.replace(/[.'’]+$/, '');
  if (PERSON_NOUNS.has(w)) return 'person';
  if (ROCKET_NOUNS.has(w)) return 'rocket';
  if (AIRCRAFT_NOUNS.has(w)) return 'aircraft';
  if (FACILITY_NOUNS.has(w)) return 'facility';
  if (MUNITION_NOUNS.has(w)) return 'munition';
  if (VEHICLE_NOUNS.has(w)) return 'vehicle';
  if (COMPOUND_NOUNS.has(w)) return 'compound';
  if (GROUP_NOUNS.has(w)) return 'group';
  if (ATTACK_NOUNS.has(w)) return 'attack';
  return null;
}

/** The noun phrase that starts at token `from`: up to four modifiers, then known nouns; the last noun is the head ("militia fighters"). */
// "21 American military personnel": "American" is read as a noun until the words after it go on.
const MILITARY_MODIFIER = /^(?:military|armed|army|navy|naval|air|coalition)$/;
export function nounPhraseAt(tokens: Token[], from: number): NounPhrase | null {
  let us = false;
  let found: NounPhrase | null = null;
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    const word = (tokens[i]?.word ?? '').replace(/[.'’]+$/, '');
    // 'seventeen “resistance fighters” were killed': a noun in scare quotes is still the count's.
    if (i === from && (word === '“' || word === '"')) continue;
    // "rocket and drone attacks", "drone and missile attacks": the attacks are counted, the first words only say what kind.
    if ((word === 'and' || word === 'or') && (found || (i > from && WEAPON_WORD.test(tokens[i - 1]?.word ?? '')))) {
      const attack = [i + 1, i + 2].find((j) => nounKind(tokens[j]?.word ?? '') === 'attack' && !PHRASE_STOPS.has(tokens[i + 1]?.word ?? ''));
      if (attack === undefined) break;
      found = { head: attack, kind: 'attack', us: false };
      i = attack;
      continue;
    }
    // "two weapons and ammunition storage facilities": modifiers joined by "and" before one facility noun.
    if (word === 'and' && (!found || found.kind === 'facility')) {
      const facility = [i + 1, i + 2, i + 3].find((j) => nounKind(tokens[j]?.word ?? '') === 'facility');
      const between = facility === undefined ? [] : tokens.slice(i + 1, facility).map((t) => t.word);
      if (facility !== undefined && between.every((w) => !PHRASE_STOPS.has(w) && !NUMBER_WORD.test(w) && !nounKind(w))) {
        found = { head: facility, kind: 'facility', us: false };
        i = facility;
        continue;
      }
    }
    if (PHRASE_STOPS.has(word)) break;
    // "…and 11 targeted positions in Syria": a count that is the subject of "targeted" counts no positions, though "the
    // two targeted facilities" does.
    if (!found && SUBJECT_VERBS.has(word) && NUMBER_WORD.test(tokens[i - 1]?.word ?? '') && !OWNING_WORDS.has(tokens[i - 2]?.word ?? '')) return null;
    if (US_WORD.test(word)) us = true;
    // "service members": "member" alone is too vague to be American.
    if (word === 'service' && /^members?$/.test(tokens[i + 1]?.word ?? '')) {
      found = { head: i + 1, kind: 'person', us: true };
      i++;
      continue;
    }
    // "21 military personnel", a number and no country named, as "service members": American ("Iraqi military
    // personnel" are not, nor "wounding military personnel", no count of anyone).
    if (word === 'military' && i === from && /\d/.test(tokens[i - 1]?.word ?? '') && tokens[i + 1]?.word === 'personnel') {
      found = { head: i + 1, kind: 'person', us: true };
      i++;
      continue;
    }
    // "seven 500-lb Joint Direct Attack Munition-guided precision bombs": the JDAM's name, munitions, not attacks.
    if (word === 'joint' && tokens[i + 1]?.word === 'direct' && tokens[i + 2]?.word === 'attack' && /^munitions?\b/.test(tokens[i + 3]?.word ?? '')) {
      return { head: i + 3, kind: 'munition', us: false };
    }
    // "a member of the US military".
    if (/^members?$/.test(word) && US_MILITARY_AFTER.test(tokens.slice(i + 1, i + 5).map((t) => t.word).join(' '))) {
      return { head: i, kind: 'person', us: true };
    }
    // "more than a dozen strikes on U.S. bases": strikes on Americans are the militias' attacks.
    if (/^(?:strikes?|raids?)$/.test(word) && strikesOnAmericans(tokens, i + 1)) return { head: i, kind: 'attack', us: false };
    // "suffered a heart attack", "a fatal cardiac incident": a heart's, not an attack anyone counts. "two aircraft carrier strike groups": ships.
    // "two Revolutionary Guard weapons depots": the Guard names whose depots they are.
    const notItself =
      (word === 'attack' && tokens[i - 1]?.word === 'heart') ||
      (/^(?:incident|episode|event)$/.test(word) && tokens[i - 1]?.word === 'cardiac') ||
      (word === 'aircraft' && /^carriers?$/.test(tokens[i + 1]?.word ?? '')) ||
      (word === 'guard' && tokens[i - 1]?.word === 'revolutionary');
    // "17 pro-Iran militia force members": a force's members are people.
    if (found && /^forces?$/.test(word) && nounKind(tokens[i + 1]?.word ?? '') === 'person') continue;
    const kind = notItself ? null : nounKind(word);
    if (kind) {
      // Not "five Americans wounded": as often contractors as service members, whom the wounded facts count.
      // "16 targeted U.S. positions": American sites are what the militias attack.
      found = { head: i, kind, us: us && ((kind === 'person' && SERVICE_NOUNS.has(word)) || kind === 'facility') };
    } else if (found && !(us && MILITARY_MODIFIER.test(word))) {
      break;
    }
  }
  return found;
}

function strikesOnAmericans(tokens: Token[], at: number): boolean {
  if (!/^(?:on|against)$/.test(tokens[at]?.word ?? '')) return false;
  return tokens.slice(at + 1, at + 4).some((t) => US_WORD.test(t.word.replace(/[.'’]+$/, '')));
}