/**
 * What a figure counts or measures, read from the words around it inside its sentence:
 * "22 people were killed" → killed; "three 107 mm rockets" → rockets; "wounding US service members" → wounded.
 * Casualty phrases without a number are casualty-phrases.ts's.
 */
import type { FigureMention } from '../extract/types';
import type { Measure } from '../reference/types';
import { FIRED_BY_US, STRUCK_BY_US } from './fired-by-us';
import { tokenize, type Token } from './sentence-tokens';
import { FACILITY_NOUNS, nounPhraseAt, SERVICE_NOUNS, US_WORD, type NounPhrase } from './noun-phrase';
import { creditedRangePartner, rangeEnds } from './count-spans';
import { casualtyAround, CLAUSE_BREAK, KILL_BEFORE } from './casualty-verb';
import { facilityMeasure } from './facility-measure';
import { LETTER, STARTS_WITH_CAPITAL } from '../extract/letter-classes';

const ATTACK_VERBS = new Set(['attack', 'attacked', 'attacks', 'targeted', 'struck', 'hit', 'fire', 'fired', 'shelled', 'assaulted', 'bombarded']);
// "have gone after U.S. forces … at least 16 times": going after someone is attacking them.
const GONE_AFTER = /\b(?:gone|went|going|go)\s+after\b/;

// "From Oct. 17 through Oct. 26, U.S. forces came under attack 19 times": a stretch's first day, as "since" gives it.
const FROM_BEFORE = /\b(?:from|between)\s*$/i;
const STRETCH_END_AFTER = new RegExp(String.raw`^\s*(?:through|thru|to|until|till|and|[-–])\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+[${LETTER}]|\d{1,2}\b)`, 'iu');

// The stretch counts something: "were attacked 23 times between October 17 and October 30", "23 attacks in all between…".
const COUNTED_OVER = /\b(?:\d+|[a-z]+)\s+(?:times|attacks|incidents)\b/i;

function opensAStretch(text: string, sentence: { start: number; end: number }, figure: FigureMention): boolean {
  return (
    FROM_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 10), figure.start)) &&
    STRETCH_END_AFTER.test(text.slice(figure.end, figure.end + 20)) &&
    COUNTED_OVER.test(text.slice(sentence.start, sentence.end))
  );
}

// "since February 15, when a volley of rockets slammed into Erbil": the day of one attack, told after it (not "when the attacks began").
const WHEN_IT_HAPPENED = /^,\s*when\s+(?![^.;]*\b(?:began|begun|started|starting|erupted|broke out)\b)[^.;]{0,100}?\b(?:rockets?|missiles?|drones?|mortars?)\b[^.;]{0,40}?\b(?:slammed|struck|hit|landed|fell|crashed|rained)\b/i;
// "since October 17", "attacks that began on 17 October".
export const SINCE_BEFORE = /\b(?:since|(?:began|begun|started|starting|beginning)(?: on)?)\s*$/i;

// Americans named as what was attacked, before a count of soldiers wounded.
const US_TARGETS = /\b(?:U\.S\.|US|American)\s+(?:military\s+)?(?:bases?|forces|troops|personnel|positions|installations|outposts)\b|\b(?:attacks?|assaults?)\s+(?:on|against)\s+Americans\b/;

// "…suffered minor injuries in the attacks": the attacks a paragraph before named, on US forces.
const IN_THE_ATTACKS_AFTER = /^[^.;]{0,60}?\bin (?:the|these|those) (?:attacks|strikes)\b/;
/** How far back "the attacks" are looked for: the paragraph or two before. */
const ATTACKS_NAMED_REACH = 800;

/** How far back the sentence before is looked at for the Americans attacked. */
const SENTENCE_BEFORE_REACH = 200;

/**
 * Whether the soldiers of a count were hurt in attacks on Americans: named before them in the sentence, as "the
 * attacks" just before, or in the sentence before, in the same paragraph ("American personnel came under fire over
 * several days. At least 24 troops suffered minor injuries").
 */
function onUsTargets(text: string, sentence: { start: number }, figure: FigureMention): boolean {
  if (US_TARGETS.test(text.slice(sentence.start, figure.start))) return true;
  if (IN_THE_ATTACKS_AFTER.test(text.slice(figure.end, figure.end + 90)) && US_TARGETS.test(text.slice(Math.max(0, sentence.start - ATTACKS_NAMED_REACH), sentence.start))) return true;
  const before = text.slice(Math.max(0, sentence.start - SENTENCE_BEFORE_REACH), sentence.start);
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  return US_TARGETS.test(paragraph) && !OTHER_FORCES_AFTER.test(text.slice(figure.end, figure.end + 30));
}
const SERIES_LEFT = /\b(?:the|these|those) attacks\b[^.;]{0,60}$/i;
const SINCE_AFTER = /\bsince\b/i;
const OF_AMERICANS = /^\s+of\s+(?:the\s+)?(?:U\.S\.|US|American)\s+(?:service\s?members|servicemen|troops|soldiers|personnel|forces|military personnel)\b/i;
const INJURIES_OF_AMERICANS = /^\s+injuries\s+(?:among|to|of|from|in)\s+(?:[^.;]{0,40}?\s)?(?:on|against|to|among)?\s*(?:the\s+)?(?:U\.S\.|US|American)\s+(?:military\s+)?(?:forces|troops|personnel|service ?members)\b/;
// "24 Iraqi troops", "two coalition soldiers": the count's own people are someone else's, whoever was attacked.
const OTHER_FORCES_AFTER = /^\s+(?:[\w-]+\s+)?(?:Iraqi|Syrian|Kurdish|Peshmerga|coalition|allied|Israeli|Turkish|Russian|Iranian)\b/i;

const DEAD_MODIFIER = /^(?:dead|slain)$/;
const LOST = /^(?:lost|losing|loses|lose)$/;
const EVENTS_NOT_PEOPLE = /^(?:strikes|raids|airstrikes|bombings|operations|accounts|reports|versions|headlines|stories|sources|outlets|counts|tallies|figures)$/;
const CIVIL_MODIFIER = /^(?:health|medical|hospital|school|educational|water|power|electricity|civilian|humanitarian|aid|religious|residential|cultural|un|unrwa)$/;
const LIVES_LOST = /^\s+lives\s+(?:were|have been|had been)\s+lost\b/i;
// "two American F-16s", "two U.S. Air Force F-15E planes": a flag or a service between a count and its aircraft.
const SERVICE_BEFORE_AIRCRAFT = /^\s+(?:(?:U\.S\.|US|American)\s+)?(?:(?:[Aa]ir [Ff]orce|[Nn]avy|Marine Corps|USAF)\s+)?$/;

/** "17 militias dead", "militias were killed": a group noun for the people in it. */
function groupDead(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1]?.word;
  return next === 'dead' || ((next === 'were' || next === 'are') && /^(?:dead|killed)$/.test(tokens[head + 2]?.word ?? ''));
}

/** "members of the Popular Mobilization Forces": people named by a group after them, a long subject. */
export function namedAfter(tokens: Token[], phrase: NounPhrase | null): boolean {
  return phrase?.kind === 'person' && /^(?:of|from|belonging)$/.test(tokens[phrase.head + 1]?.word ?? '');
}

/**
 * What the figure measures, or null when the words around it do not say.
 * `others` are the sentence's figures (an aircraft right after a count makes it an aircraft count); the
 * figure itself may be among them, as only figures after it are looked at.
 */
export function measureOf(
  text: string,
  sentence: { start: number; end: number },
  figure: FigureMention,
  others: readonly FigureMention[],
  tokens?: Token[],
): Measure | null {
  switch (figure.value.type) {
    case 'aircraft':
      return 'aircraft';
    case 'calibre':
      return 'calibre';
    case 'weight':
      return 'weight';
    case 'time':
      return 'time';
    case 'relative-date':
      return 'date';
    case 'date':
      if (WHEN_IT_HAPPENED.test(text.slice(figure.end, figure.end + 120))) return 'date';
      return SINCE_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 20), figure.start)) || opensAStretch(text, sentence, figure) ? 'since' : 'date';
    case 'count': {
      // "between 17 and 22": both bounds of a range measure one thing (count-ranges.ts), named before the range
      // ("put the toll between 17 and 22") or after it ("between 17 and 22 deaths").
      const t = tokens ?? tokenize(text, sentence.start, sentence.end);
      const [low, high] = rangeEnds(text, figure, others);
      if (low && high) return countMeasure(text, sentence, low, others, t) ?? countMeasure(text, sentence, high, others, t);
      const own = countMeasure(text, sentence, figure, others, t);
      const partner = own ? undefined : creditedRangePartner(text, figure, others);
      return own ?? (partner ? countMeasure(text, sentence, partner, others, t) : null);
    }
  }
}

function countMeasure(text: string, sentence: { start: number; end: number }, figure: FigureMention, others: readonly FigureMention[], tokens: Token[]): Measure | null {
  // "two F-16 fighter jets", "two American F-16s": an aircraft designation right after the number.
  const next = others.find((o) => o.start >= figure.end && o.start <= figure.end + 1);
  if (next?.value.type === 'aircraft') return 'aircraft-count';
  const afterFlag = others.find((o) => o.value.type === 'aircraft' && o.start > figure.end && o.start <= figure.end + 30);
  if (afterFlag && SERVICE_BEFORE_AIRCRAFT.test(text.slice(figure.end, afterFlag.start))) return 'aircraft-count';
  // Skip a calibre or weight between the number and its noun ("three 107 mm rockets").
  const nounFrom = next && (next.value.type === 'calibre' || next.value.type === 'weight') ? next.end : figure.end;

  const first = tokens.findIndex((t) => t.end > figure.start);
  const lastOfFigure = tokens.findIndex((t) => t.end >= figure.end);
  const nounStart = tokens.findIndex((t) => t.start >= nounFrom);
  if (first < 0 || lastOfFigure < 0) return null;
  // The noun follows the number ("22 people"), or is part of the figure itself ("a US service member").
  const phrase = (nounStart >= 0 ? nounPhraseAt(tokens, nounStart) : null) ?? nounPhraseAt(tokens, first);
  const end = phrase ? phrase.head : lastOfFigure;

  const attacks = phrase ? undefined : attacksWithoutNoun(text, sentence, figure, tokens, first, nounStart);
  if (attacks !== undefined) return attacks;
  // "had meant to hit two compounds", "one of two targets that had been planned": a plan, not what happened.
  if (PLANNED.test(clauseBefore(tokens, first)) || PLANNED_AFTER.test(text.slice(figure.end, figure.end + 60))) return null;
  switch (phrase?.kind) {
    case 'rocket':
      // No fact counts the strike's missiles apart from its bombs: said nothing rather than lent to an attack.
      return FIRED_BY_US.test(clauseBefore(tokens, first)) ? null : 'rockets';
    case 'aircraft':
      return 'aircraft-count';
    case 'munition':
      return 'munitions';
    case 'vehicle':
    case 'compound':
      return null;
    case 'facility':
      // "16 targeted U.S. positions" are what the militias attack; "57 health facilities" in Gaza are no one's target here.
      if (phrase.us || tokens.slice(lastOfFigure + 1, phrase.head).some((t) => CIVIL_MODIFIER.test(t.word))) return null;
      // "one site, a handful of buildings": a single site is the place, not a count of what was in it.
      if (figure.value.type === 'count' && figure.value.n === 1 && /^(?:site|location|position)$/.test(tokens[phrase.head]?.word ?? '')) return null;
      return facilityMeasure(tokens, first, phrase.head);
    case 'group':
      // "left 17 Iranian-backed militias dead": a headline's loose word for militiamen.
      if (groupDead(tokens, phrase.head)) return 'killed';
      return groupsHit(text, tokens, first) || groupsUsing(tokens, phrase.head) ? 'groups' : null;
    case 'attack':
      // "blamed the militias for both attacks": the two just told, never a tally of the series.
      return /^both$/i.test(figure.text) ? null : 'attacks';
    case 'person':
    case undefined: {
      // "22 lives were lost": lives lost are the dead.
      if (LIVES_LOST.test(text.slice(figure.end, figure.end + 30))) return 'killed';
      // "at least 17 dead fighters": the dead named in the phrase itself.
      if (phrase && tokens.slice(lastOfFigure + 1, phrase.head).some((t) => DEAD_MODIFIER.test(t.word))) return 'killed';
      const casualty = casualtyAround(tokens, first, end, 6, namedAfter(tokens, phrase));
      // "killed more people than Trump's two strikes combined": a count of strikes or reports is no toll.
      if (!phrase && tokens.slice(lastOfFigure + 1, lastOfFigure + 3).some((t) => EVENTS_NOT_PEOPLE.test(t.word))) return null;
      // "The team lost two games": what is lost is the dead only when it is people, or nothing follows the count.
      if (casualty === 'killed' && !phrase && LOST.test(tokens[first - 1]?.word ?? '') && /^[a-z]/.test(tokens[lastOfFigure + 1]?.word ?? '')) return null;
      if (casualty === 'killed') return 'killed';
      // Only American service members count for the "wounded" facts: "24 soldiers" are when the clause says
      // whose bases were attacked ("strikes on U.S. bases in the region, wounding 24 soldiers").
      if (casualty === 'wounded' && (phrase?.us || (phrase && SERVICE_NOUNS.has((tokens[phrase.head]?.word ?? '').replace(/[.'’]+$/, '')) && onUsTargets(text, sentence, figure)))) {
        return 'wounded';
      }
      // "one American citizen died …, and that 21 others suffered light injuries": the others are Americans too.
      if (casualty === 'wounded' && tokens[phrase?.head ?? -1]?.word === 'others' && besideAmericanDead(text, sentence, figure, others, tokens)) return 'wounded';
      // "acknowledged 21 injuries from the attacks on US troops", "Dozens of U.S. personnel have been wounded": Americans'.
      const after = text.slice(figure.end, sentence.end);
      if (casualty === 'wounded' && !phrase && (INJURIES_OF_AMERICANS.test(after) || OF_AMERICANS.test(after))) return 'wounded';
      // "…attacks on US personnel. Those attacks have left one dead and 21 lightly wounded since October 17": a series'
      // wounded with no noun, after the Americans attacked were named.
      if (casualty === 'wounded' && !phrase && SERIES_LEFT.test(text.slice(sentence.start, figure.start)) && SINCE_AFTER.test(after) && onUsTargets(text, sentence, figure)) return 'wounded';
      return null;
    }
  }
}

/**
 * Whether the count before this one in its sentence is of Americans killed ("one American citizen", "a U.S.
 * contractor", "one Pentagon contractor"). The "others" wounded beside "a Filipino contractor" or "a civilian
 * contractor" killed at Erbil were mostly contractors, which no reported count of Americans wounded counts.
 */
function besideAmericanDead(text: string, sentence: { start: number; end: number }, figure: FigureMention, others: readonly FigureMention[], tokens: Token[]): boolean {
  const dead = others.filter((o) => o.end <= figure.start && o.value.type === 'count').at(-1);
  // The series' dead: "attacks" told in the sentence ("…died during one of those attacks"); "That attack killed a US contractor" is Erbil's.
  if (!dead || !/\battacks\b/.test(text.slice(sentence.start, figure.start))) return false;
  if (countMeasure(text, sentence, dead, others, tokens) !== 'killed') return false;
  const from = tokens.findIndex((t) => t.end > dead.start);
  const to = tokens.findIndex((t) => t.start >= dead.end);
  const phrase = (to >= 0 ? nounPhraseAt(tokens, to) : null) ?? nounPhraseAt(tokens, from);
  // "a U.S.-led contractor" worked for the coalition.
  return !!phrase && (phrase.us || tokens.slice(from, phrase.head).some((t, i, words) => isAmericanWord(t.word) && words[i + 1]?.word !== 'led'));
}
/** "U.S.", "American", and "Pentagon" for whom a contractor works. */
const isAmericanWord = (word: string) => US_WORD.test(word.replace(/[.'’]+$/, '')) || word === 'pentagon';

/** A count with no noun of its own that numbers the attacks, or null when it numbers the strike's side's; undefined when neither. */
function attacksWithoutNoun(text: string, sentence: { start: number }, figure: FigureMention, tokens: Token[], first: number, nounStart: number): Measure | null | undefined {
  if (bracketedAfterAttacks(text, sentence, figure)) return 'attacks';
  // "have come under attack at least 19 times": a number of times something was attacked.
  // The verb may be a dozen words back: "have attacked US and coalition troops in Iraq and Syria at least 19 times".
  // So is "on at least 19 occasions".
  if (/^(?:times|occasions)$/.test(tokens[nounStart]?.word ?? '')) {
    const clause = clauseBefore(tokens, first, 18);
    // "Washington has struck the region three times": the strike's side's strikes, not attacks on it.
    if (clause.split(' ').some((w) => ATTACK_VERBS.has(w)) || GONE_AFTER.test(clause)) return STRUCK_BY_US.test(clause) ? null : 'attacks';
  }
  // "The count of attacks rose to at least 16": a tally of attacks named before its number.
  if (ATTACK_TALLY_BEFORE.test(clauseBefore(tokens, first, 18))) return 'attacks';
  return undefined;
}

/** "a string of drone attacks on U.S. positions (19 at the time of writing)": the attacks' number, in brackets after them. */
function bracketedAfterAttacks(text: string, sentence: { start: number }, figure: FigureMention): boolean {
  return ATTACKS_BEFORE_BRACKET.test(text.slice(Math.max(sentence.start, figure.start - 100), figure.start)) && BRACKET_CLOSES.test(text.slice(figure.end, figure.end + 40));
}
const ATTACKS_BEFORE_BRACKET = /\battacks\b[^;()]{0,80}\(\s*$/;
// The bracket holds the count alone, or with the time it was counted at.
const BRACKET_CLOSES = /^\s*(?:so far|at the time of writing|to date|in all|in total|as of [^()]{1,30})?\s*\)/;
// "put the number of attacks at no fewer than 19": a tally given.
const ATTACK_TALLY_BEFORE =
  /\b(?:count|number|tally|total) of (?:[\w-]+ ){0,2}?attacks (?:(?:(?:has|had|have) )?(?:rose|risen|climbed|reached|grew|grown|jumped|stood|stands|is|was)(?: to| at)?|(?:[\w.-]+ ){0,10}?at)$/;
// "had meant to hit", "was to strike", "planned to target": what was intended, which may not have happened.
const PLANNED = /\b(?:meant|planned|intended|aimed|hoped|supposed|going) to\b|\b(?:was|were) to\b/;
// "one of two targets that had been planned": the plan's targets, after the count.
const PLANNED_AFTER = /^[^.;,]{0,30}?\b(?:that|which)\s+(?:had\s+been|have\s+been|were|was)\s+(?:planned|intended|chosen|considered|approved)\b/i;

/** The words of the figure's clause before it, lower-cased: back to the last comma, semicolon or dash. */
function clauseBefore(tokens: Token[], first: number, reach = 8): string {
  const words: string[] = [];
  for (let i = first - 1; i >= 0 && words.length < reach; i--) {
    const w = tokens[i]?.word ?? '';
    if (CLAUSE_BREAK.has(w)) break;
    words.unshift(w);
  }
  return words.join(' ');
}

// "used by two groups", "sites belonging to three factions", "struck two militias": the groups whose sites were hit.
const OWNED_OR_HIT = new Set([
  'used', 'belonged', 'belonging', 'belong', 'operated', 'run', 'controlled', 'held', 'owned', 'linked', 'tied', 'served', 'housed',
  'affiliated', 'associated', 'hit', 'struck', 'targeted', 'targeting', 'target', 'against', 'bombed', 'attacked',
  'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids',
]);

/**
 * A count of groups is the strike's when its clause says they used or owned what was hit, or were hit:
 * "the region is home to many small militias" counts no one the strike hit.
 */
function groupsHit(text: string, tokens: Token[], first: number): boolean {
  const before = clauseBefore(tokens, first, 6).split(' ');
  // "Airstrikes Kill One Militia, Two Wounded": a headline's one militia member killed, not one group hit.
  if (KILL_BEFORE.has(before[before.length - 1] ?? '')) return false;
  if (before.some((w) => OWNED_OR_HIT.has(w))) return true;
  // "used by Kataeb Hezbollah and Kataeb Sayyid al-Shuhada, two pro-Iran groups": a count set after the groups it counts.
  if (tokens[first - 1]?.word === ',' && before.length === 1 && before[0] === '' && namesEndAt(text, tokens, first - 1)) {
    const listed = clauseBefore(tokens, first - 1, 10).split(' ');
    if (listed.includes('and') && listed.some((w) => OWNED_OR_HIT.has(w))) return true;
  }
  // "the facilities of two groups".
  return before[before.length - 1] === 'of' && FACILITY_NOUNS.has(before[before.length - 2] ?? '');
}

// "a site that two militia groups backed by Iran have been using": the groups' own verb of use, after them.
const USING = new Set(['using', 'used', 'use', 'uses', 'operated', 'operating', 'controlled', 'occupied']);
const USING_BETWEEN = new Set(['have', 'had', 'has', 'been', 'were', 'was', 'long', 'also', 'reportedly', 'backed', 'by', 'supported', 'aligned', 'with', 'iran', 'tehran']);

/** Whether the groups counted at `head` are the subject of a verb of use a few words on. */
function groupsUsing(tokens: Token[], head: number): boolean {
  for (let i = head + 1; i < tokens.length && i <= head + 6; i++) {
    const w = tokens[i]?.word ?? '';
    if (USING.has(w)) return true;
    if (!USING_BETWEEN.has(w)) return false;
  }
  return false;
}

/** A capitalised word among the two before token `at`: a name ends there ("Kataeb Sayyid al-Shuhada,"). */
function namesEndAt(text: string, tokens: Token[], at: number): boolean {
  return [tokens[at - 1], tokens[at - 2]].some((t) => t !== undefined && STARTS_WITH_CAPITAL.test(text.slice(t.start, t.end)));
}
