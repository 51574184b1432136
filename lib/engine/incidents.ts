/**
 * Which incident of an event a sentence talks about: the US strike, or one of the attacks on US forces
 * that led to it. Specific cues (a place or date that belongs to one incident) beat generic ones
 * ("airstrike", "rocket attack"); among generic cues the nearest one before the figure wins, because
 * in "the strikes were retaliation for a rocket attack that killed one contractor" the attack owns the toll.
 * What follows "in retaliation for" names the cause and says nothing of the figures before it. "Target" is
 * no cue: a strike has targets, and so has a rocket attack ("a rocket attack on US targets").
 */
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import type { Incident, IncidentId } from '../reference/types';
import type { Sentence } from './sentences';
import { allMatches } from './all-matches';
import { FIRED_BY_US } from './fired-by-us';
import { itemsWithin, spanIndexAt } from './spans';
import { LETTER, LOWER, UPPER } from '../extract/letter-classes';

/** A place in the text that points at an incident, or at a kind of incident. */
export interface Cue {
  at: number;
  /** A specific incident, or 'strike' / 'attack' for generic words. */
  target: { incident: IncidentId } | { generic: 'strike' | 'attack' };
}

// Not a carrier strike group: a fleet's name. What was done "on Biden's orders" is the strike, and what jets hit
// ("a pair of F-16s hit a weapons storage area") is the strike's, whatever attack the sentence before named; so are
// jets sent against someone ("sent US warplanes against two Iranian-backed militias").
const STRIKE_WORDS = /\b(?:air ?strikes?|air[ -](?:attacks?|raids?)|strikes?(?!\s+groups?\b)|struck|bomb(?:s|ed|ing|ardments?)?|raids?|retaliat\w*|operation|munitions?|precision-guided|(?:forces|jets|warplanes|aircraft|military|fighters|bombers|F-\d{2}[A-Z]{0,2}s?|United States|U\.S\.|US|Washington)\s+(?:(?:had|has|have|also|then|on|late|early)\s+)*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:(?:night|morning|evening|afternoon)\s+)?)?(?:hit|went after)|(?:facilities|buildings|structures|sites) (?:were|was) destroyed|(?:sent|ordered|dispatched)\s+(?:[\w.-]+\s+){0,2}?(?:warplanes|jets|aircraft|bombers|fighters)\s+(?:against|to (?:hit|strike|bomb|attack))|on (?:President\s+)?(?:Joe\s+)?Biden['’]s orders|at (?:President\s+)?(?:Joe\s+)?Biden['’]s direction|at the direction of (?:the\s+)?President)\b/gi;
// "a base north of the capital hosting American contractors": a site hosting Americans is the militias' target.
const ATTACK_WORDS = /\b(?:attacks?|attacked|attacking|aggression|rockets?|missiles?|barrage|drones?|fired|shelling|(?:bases?|air ?base|airbase|compound)\s+(?:[\w-]+\s+){0,4}?(?:hosting|housing)\s+(?:US|U\.S\.|American|coalition)\b)\b/gi;
// One target object for every generic cue of a kind: a long article has tens of thousands of cues.
const STRIKE: Cue['target'] = Object.freeze({ generic: 'strike' });
const ATTACK: Cue['target'] = Object.freeze({ generic: 'attack' });
// Both in one pass: the two lists share no word, so their matches never overlap.
const CUE_WORDS = new RegExp(`(${STRIKE_WORDS.source})|${ATTACK_WORDS.source}`, 'gi');


const AMBIGUOUS_ATTACK = /^(?:attack(?:s|ed|ing)?|aggression)$/i;
// What makes "attack" the militias': its weapon or its authors before it, or Americans or a base as its target.
const MILITIA_ATTACK_BEFORE = /\b(?:rocket|drone|missile|mortar|militia|militias['’]?|Erbil|Baghdad|suicide|proxy|such|recent|these|those|similar|previous|earlier|Iranian-backed|Iran-backed)\s+(?:and\s+\w+\s+)?$/i;
// "an attack this month on US facilities": the attack's day may come before its target.
const ATTACK_DAY = String.raw`(?:\s+(?:(?:earlier|late)\s+)?(?:this|last)\s+(?:week|month|weekend)|\s+on\s+[${UPPER}][${LOWER}]+day|\s+(?:earlier|recently))?`;
const MILITIA_ATTACK_AFTER = new RegExp(
  String.raw`^${ATTACK_DAY}\s+(?:on|against|at|targeting|in)\s+(?:[${LETTER}.’'-]+\s+){0,3}?(?:US|U\.S\.|American|Americans|coalition|bases?|forces|troops|personnel|embassy|airport|Erbil|Baghdad|Green Zone|service|contractors|Iraq|Kurdistan|facilities housing)\b`,
  'iu',
);

// "the strike killed twenty-odd in retaliation for an attack that killed one": what the strike answered is theirs.
const ANSWERED_BEFORE = /\b(?:retaliation|revenge|reprisal|payback|response|answer)\s+(?:for|to)\s+(?:an?|the)\s+$/i;

// "suspected of attacking American and allied forces": the attacking of Americans, a deed named (not "the groups
// attacking American troops", who they are).
const AMERICANS_ATTACKED = /^\s+(?:(?:the|a)\s+)?(?:US|U\.S\.|American|Americans|coalition)\b/i;

function isMilitiaAttack(words: string, start: number, end: number): boolean {
  const before = words.slice(Math.max(0, start - 30), start);
  const after = words.slice(end, end + 60);
  return MILITIA_ATTACK_BEFORE.test(before) || ANSWERED_BEFORE.test(before) || MILITIA_ATTACK_AFTER.test(after) || (/^attacking$/i.test(words.slice(start, end)) && /\b(?:of|for|after|by)\s+$/i.test(before) && AMERICANS_ATTACKED.test(after));
}

// "President Joe Biden on Thursday ordered missile strikes on…": weapons the US ordered, launched or carried out are its strike's.
const ORDERED_BY_US = /\b(?:Biden|[Pp]resident|Washington|Pentagon|United States|U\.S\.|US|American)\b[^.;,]{0,30}\b(?:ordered|authori[sz]ed|launched|carried out|conducted)\s+(?:[\w-]+\s+){0,2}$/;

// "Rockets also struck Balad air base", "a rocket attack hit the airport": what rockets hit is an attack, not the strike.
const WEAPONS_BEFORE_HIT = /\b(?:rockets?|mortars?|katyushas?|(?:rocket|mortar|drone) attacks?|barrage)\s+(?:[\w-]+\s+){0,2}?(?:struck|hit)$/i;
// "Several struck Balad Air Base", "hit the U.S. Embassy": what strikes an air base or an embassy is the militias' attack.
// So is "a strike on the Balad air base".
const US_SITE_AFTER = /^\s+(?:(?:on|against|at|targeting)\s+)?(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|coalition|military)\s+){0,3}(?:[Aa]ir ?[Bb]ase|[Aa]irbase|[Aa]irport|[Ee]mbassy)\b/;
const US_DRONES_BEFORE = /\b(?:MQ-\d+[A-Z]?|Reapers?|Predators?|escorted by|accompanied by|flying with|alongside)\s+(?:[\w-]+\s+)?$/i;

// "payback for a strike in northern Iraq last month that killed one civilian": the strike answered is the militias'
// attack, where the US struck in Syria.
const CAUSE_BEFORE = /\b(?:payback|revenge|retaliation|reprisal|response|answer)\s+(?:for|to)\s+(?:an?|the|last month['’]s|last week['’]s)\s+(?:[\w-]+\s+)?$/i;
const IN_IRAQ_AFTER = /^\s+(?:in|on|at|against)\s+(?:(?:northern|southern|western|central)\s+)?(?:Iraq|Erbil|Irbil|Baghdad|Balad)\b/i;

function isCauseInIraq(words: string, start: number, end: number): boolean {
  // The place after first: it fails at once for almost every strike word.
  return IN_IRAQ_AFTER.test(words.slice(end, end + 40)) && CAUSE_BEFORE.test(words.slice(Math.max(0, start - 40), start));
}

/** The generic cues of one sentence ("airstrike", "rocket attack"), in text order: the same whatever the event. */
function genericCuesIn(text: string, sentence: Sentence): Cue[] {
  const cues: Cue[] = [];
  const words = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(CUE_WORDS, words)) {
    // An attack's words, unless the US did it; the look for who did reads only the 80 characters before.
    const end = m.index + m[0].length;
    const strike =
      (m[1] !== undefined &&
        !isCauseInIraq(words, m.index, end) &&
        !WEAPONS_BEFORE_HIT.test(words.slice(Math.max(0, m.index - 40), end)) &&
        !US_SITE_AFTER.test(words.slice(end, end + 60))) ||
      FIRED_BY_US.test(words.slice(Math.max(0, m.index - 80), end)) ||
      ORDERED_BY_US.test(words.slice(Math.max(0, m.index - 60), m.index));
    // "the attack, which a monitor says killed 22": outlets call the strike an attack too. Bare, the word says
    // neither; the militias' attacks are named by their weapon, their authors or their American target.
    if (!strike && AMBIGUOUS_ATTACK.test(m[0]) && !isMilitiaAttack(words, m.index, end)) continue;
    // "Two F-16s, flying with MQ-9 drones, hit…": the jets' escort is no attack on US forces.
    if (!strike && /^drones?$/i.test(m[0]) && US_DRONES_BEFORE.test(words.slice(Math.max(0, m.index - 30), m.index))) continue;
    cues.push({ at: sentence.start + m.index, target: strike ? STRIKE : ATTACK });
  }
  return cues;
}

/** The generic cues of every sentence: read once per article, before and after its event is known. */
export function genericCueTable(text: string, sentences: readonly Sentence[]): Cue[][] {
  return sentences.map((s) => genericCuesIn(text, s));
}

/**
 * Cues in one sentence, in text order: its generic ones, and the names and dates that belong to one of
 * `incidents`. `names` and `dates` may be the article's or, cheaper, the sentence's own (see cueTable).
 */
function cuesIn(
  text: string,
  generic: readonly Cue[],
  sentence: Sentence,
  incidents: readonly Incident[],
  names: readonly NameMention[],
  dates: readonly FigureMention[],
): Cue[] {
  const cues: Cue[] = [...generic];
  let harm: boolean | undefined;
  for (const n of names) {
    if (n.start < sentence.start || n.end > sentence.end || !n.entity) continue;
    // "Five days after Erbil, on Saturday, 20 February, rockets hit Balad": a place days are counted from is no cue.
    if (COUNTED_FROM.test(text.slice(Math.max(sentence.start, n.start - 30), n.start))) continue;
    const entity = n.entity;
    const incident = incidents.find((i) => i.entities.includes(entity));
    if (incident) cues.push({ at: n.start, target: { incident: incident.id } });
    // "The Syrian Observatory said as many as 22 people were killed", after a sentence on the Erbil attack: who counts
    // one incident's dead alone places a toll, and only a toll ("reliable sources told SOHR" of a shipment is no cue).
    const counted = incident ? undefined : incidents.find((i) => i.countedBy?.includes(entity));
    if (counted && (harm ??= HARM.test(text.slice(sentence.start, sentence.end)))) cues.push({ at: n.start, target: { incident: counted.id } });
  }
  // An attack's day names it only in a sentence that speaks of an attack, a strike or harm, or names the
  // incident: "On February 22, sources said a weapons shipment arrived" is another matter on the same day.
  if (cues.length === 0 && dates.length > 0 && !SOME_INCIDENT.test(text.slice(sentence.start, sentence.end))) return cues;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.value.type !== 'date') continue;
    const { month, day } = d.value;
    const incident = incidents.find((i) => i.dates.some((x) => x.month === month && x.day === day));
    if (incident) cues.push({ at: d.start, target: { incident: incident.id } });
  }
  return cues.sort((a, b) => a.at - b.at);
}

const COUNTED_FROM = /\b(?:days?|weeks?|hours?|months?)\s+(?:after|before|since)\s+(?:the\s+)?$/i;
const HARM = /\b(?:kill|wound|injur|died|dead|death|toll|casualt|fatalit)/i;

// Words of an attack or its harm, bare "attack" included: wider than the generic cues, as here
// they only let a day stand for its incident.
const SOME_INCIDENT = /\b(?:attack|assault|barrage|rocket|missile|drone|mortar|strike|struck|airstrike|bomb|raid|incident|blast|explosion|shell|fire[ds]?|hit|kill|wound|injur|died|dead|death|retaliat)/i;

/** What a figure's context points at; `carried` when the cue came from an earlier sentence, a weaker sign. */
export type IncidentReading = { target: Cue['target']; carried: boolean } | null;

/** The cues of every sentence for an event's incidents, each sentence given only its own names and dates. */
export function cueTable(
  text: string,
  generic: readonly Cue[][],
  sentences: readonly Sentence[],
  incidents: readonly Incident[],
  names: readonly NameMention[],
  dates: readonly FigureMention[],
): Cue[][] {
  const namesIn = itemsWithin(sentences, names);
  const datesIn = itemsWithin(sentences, dates);
  return sentences.map((s, i) => cuesIn(text, generic[i] ?? [], s, incidents, namesIn[i] ?? [], datesIn[i] ?? []));
}

// Where an item of a list of attacks opens: "…in Baghdad's Green Zone, and for a strike on the Balad air base on Saturday".
const ITEM_JOIN = /,\s+(?:and|while)\s+/g;

/**
 * Whether the figure at `at` stands in an item of its own, joined by ", and", that has an attack or strike word
 * and names no incident before the figure: a place or day named before the join is another item's.
 */
export function inItemOfItsOwn(text: string, sentence: Sentence, cues: readonly Cue[], at: number): boolean {
  let from = -1;
  for (const m of allMatches(ITEM_JOIN, text.slice(sentence.start, at))) from = sentence.start + m.index + m[0].length;
  if (from < 0) return false;
  const inItem = cues.filter((c) => c.at >= from && c.at < at);
  return inItem.length > 0 && inItem.every((c) => 'generic' in c.target);
}

// "…claimed a rocket attack in Erbil." then, in a new paragraph, "A civilian was killed there": "there" is the place just named.
const HARM_THERE = /\b(?:killed|died|dead|wounded|injured|hurt)\s+there\b/i;

/** A reading of the incident for any offset, over a table of cues per sentence (cueTable, or part of it). */
export function incidentReader(text: string, sentences: readonly Sentence[], cues: readonly Cue[][]): (at: number) => IncidentReading {
  // For each sentence, the cues of the nearest earlier sentence of its paragraph that has any: found once
  // here rather than by walking back through the paragraph for every figure.
  const carried: Array<Cue[] | undefined> = [];
  sentences.forEach((s, i) => {
    const previous = cues[i - 1];
    const goesOn = i > 0 && (sentences[i - 1]?.block === s.block || HARM_THERE.test(text.slice(s.start, s.end)));
    carried[i] = goesOn ? (previous?.length ? previous : carried[i - 1]) : undefined;
  });
  return (at) => {
    const i = spanIndexAt(sentences, at);
    return i < 0 ? null : incidentFor(text, at, cues[i] ?? [], carried[i]);
  };
}

/**
 * The incident a figure at `at` belongs to: the closest cue in its own sentence, where a specific cue
 * counts as half as far, a cue after the figure as half again as far, and a cue in another clause far;
 * else the last cue of the nearest earlier sentence of its paragraph (`earlier`). Cues cross paragraphs only
 * for harm done "there": a new paragraph often returns to the story's subject, the strike.
 */
function incidentFor(text: string, at: number, own: Cue[], earlier: Cue[] | undefined): IncidentReading {
  const closest = closestCue(text, at, own);
  if (closest === 'unclear') return null;
  if (closest) return { target: closest.target, carried: false };
  const last = earlier?.[earlier.length - 1];
  return last ? { target: last.target, carried: true } : null;
}

// Commas, semicolons, dashes and brackets separate clauses; a cue in another clause counts as far away.
const CLAUSE_BREAK = /[,;:()—–]/;
const OTHER_CLAUSE = 100;
// "Biden ordered the strikes on Thursday in retaliation for a Feb. 15 rocket attack": what follows names the
// cause, another incident, and says nothing of the figures before it.
const CAUSE = /\b(?:in (?:retaliation|response|reprisal|revenge|answer|reply) (?:for|to)|(?:as|a) (?:retaliation|response|reprisal) (?:for|to)|to (?:retaliate|respond) (?:for|to)|to avenge|retaliating for|responding to)\b/i;

/**
 * "rockets were fired at the Green Zone, Balad Air Base and Irbil airport, and one rocket came down inside the
 * embassy": when the nearest cue stands in another clause and places of several incidents come before the
 * figure, the figure's is unclear.
 */
function closestCue(text: string, at: number, cues: Cue[]): Cue | 'unclear' | undefined {
  const best = nearestCue(text, at, cues);
  if (!best || !best.crossed) return best?.cue;
  const named = new Set(cues.flatMap((c) => (c.at < at && 'incident' in c.target ? [c.target.incident] : [])));
  return named.size > 1 ? 'unclear' : best.cue;
}

function nearestCue(text: string, at: number, cues: Cue[]): { cue: Cue; distance: number; crossed: boolean } | undefined {
  let best: { cue: Cue; distance: number; crossed: boolean } | undefined;
  for (const cue of cues) {
    const between = text.slice(Math.min(cue.at, at), Math.max(cue.at, at));
    if (cue.at > at && CAUSE.test(between)) continue;
    // "Rockets hit Balad on February 20 and Baghdad's Green Zone on February 22": a place after "and" is the next item's.
    if (cue.at > at && 'incident' in cue.target && /\band\b/.test(between)) continue;
    let distance = Math.abs(cue.at - at);
    const crossed = CLAUSE_BREAK.test(between);
    if (crossed) distance += OTHER_CLAUSE;
    if ('incident' in cue.target) distance *= 0.5;
    if (cue.at > at) distance *= 1.5;
    if (!best || distance < best.distance) best = { cue, distance, crossed };
  }
  return best;
}
