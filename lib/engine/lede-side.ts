/**
 * Whose strike or attack a page's lede reports: the US's, another side's (another state's, or the militias'
 * attacks), or neither. An article whose lede reports another side's and no US strike recalls the US one at
 * most (event.ts); a live blog's stories each lead (story-ledes.ts).
 */
import type { FigureMention } from '../extract/types';
import type { Event } from '../reference/types';
import type { Sentence } from './sentences';
import { spanIndexAt } from './spans';
import { storyLedes } from './story-ledes';
import { daysFromEvent } from './when';

/** The blocks a lede's strike day may be in: the headline, a standfirst, a date line and the first two paragraphs. */
export const LEDE_DAY_BLOCKS = 5;

/** The text and sentences of a page, all the lede needs. */
interface LedeInput {
  text: string;
  sentences: readonly Sentence[];
}

// A strike or attack in the lede, and who did it.
const LEDE_STRIKE = /\b(?:air ?strikes?|strikes?|struck|bomb(?:s|ed|ing)?|raids?|missiles?|rockets?|drones?|shell(?:ed|ing)|attack(?:s|ed)?)\b/i;
// "our self-defense strikes": the Pentagon's own name for its strikes of 2023.
const US_SIDE = /\b(?:U\.S\.?|US|United States|American|America['’]s|Pentagon|Biden|Washington|Austin|Kirby|Ryder|CENTCOM|Central Command|self-defen[cs]e strikes)\b/;
// "F-16 jets hit two sites", "US warplanes blitz two bases", "U.S. warplanes, meanwhile, hit targets", "jets pounded", "Biden has used military force": warplanes that hit are a strike, where rockets that hit are not (WEAPONS_HIT).
// "the American attack on the border": an attack its author names as the US's.
const US_STRIKE =
  /(?:\b(?:air ?strikes?|strikes?|struck|bomb(?:s|ed|ing)?|bombardments?|raids?|retaliat\w*|(?:jets?|warplanes?|aircraft|fighters?|bombers?|military|F-1[56][A-Z]?s?),?\s+(?:[\w.-]+,?\s+){0,4}?(?:hit|pound(?:ed|s)?|blitz(?:ed|es)?|hammer(?:ed|s)?|bombard(?:ed|s)?|pummel(?:l?ed|s)?|went after)|(?:used|uses|using|use of)\s+(?:military\s+)?force)\b|(?:\bU\.S\.|\bUS|\bAmerican|\bAmerica['’]s|\bBiden(?:['’]s)?)\s+(?:military\s+|air\s+)?(?:attacks?|aggression)\b|\bsen[dt]s?\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:warplanes|jets|bombers|aircraft)\s+(?:against|to (?:hit|strike|bomb))\b|(?:\bU\.S\.|\bUS|\bAmerica)\s+(?:military\s+|forces\s+)?hits\b)/i;
// Who struck, when it was not the US: another state, the militias, or rockets and drones that "hit a base".
// "An explosion struck the Israeli-owned vehicle carrier": a blast is no one's strike the lede names.
const WEAPONS_HIT = /\b(?:rockets?|missiles?|drones?|mortars?|explosions?|blasts?)(?:\s+[\w-]+){0,3}?\s+(?:hit|struck|slammed|landed|fell|targeted|rocked)\b/gi;
// "a rocket attack on the base", "drone and rocket attacks": the militias' weapons name their attacks.
// "Rocket strikes resume": rockets and mortars are the militias' (a drone or missile strike may be the US's).
const WEAPON_ATTACK = /\b(?:rockets?|drones?|mortars?|missiles?)(?:\s+and\s+(?:rockets?|drones?|mortars?|missiles?))?\s+attacks?\b|\b(?:rocket|mortar)\s+strikes?\b/i;
const WEAPON_ATTACKS = new RegExp(WEAPON_ATTACK.source, 'gi');
// Another state, or someone unnamed, that strikes from the air.
const OTHER_STATE =
  /\b(?:Israel|Israeli|Israel['’]s|Russia|Russian|Turkey|Turkish|Syrian (?:army|government|regime|forces|warplanes|jets|air force)|unidentified|unknown)\b/i;
const OTHER_SIDE = new RegExp(
  `${OTHER_STATE.source}|\\b(?:militants?|militias?|Iran-backed|Iranian-backed|Islamic Resistance|Hezbollah|Hamas)\\b|${WEAPONS_HIT.source}|${WEAPON_ATTACK.source}`,
  'i',
);

/** What the lede (headline and first paragraphs) reports: a US strike, another side's strike or attack, or neither. */
export type LedeStrike = 'us' | 'other' | null;

/**
 * "Israeli missiles hit Damascus", "Rockets hit a base hosting US troops": a lede that reports another side's
 * strike or attack and no US strike is not about the US strike it may recall further down.
 */
export function ledeStrike(input: LedeInput): LedeStrike {
  let other = false;
  for (const s of input.sentences) {
    if (s.block >= LEDE_DAY_BLOCKS) break;
    const side = sideOf(input.text.slice(s.start, s.end));
    if (side === 'us') return 'us';
    if (side === 'other') other = true;
  }
  // "Israel at War: day 21" whose second story is "US jets bomb sites in Syria": a live blog's stories each lead.
  if (other && storyLedes(input.text, input.sentences).some((story) => story.some((s) => sideOf(input.text.slice(s.start, s.end)) === 'us'))) return 'us';
  return other ? 'other' : null;
}

const WAR_BACKGROUND = /\b(?:after|since|when|as)\s+(?:the\s+)?(?:war|fighting|conflict)\s+(?:between|in|on|with)\b[^,;]*/gi;

/** A lede and the few paragraphs after it: where a page written while the strike was news reports it (an opinion page may give the attacks two or three paragraphs first). */
const NEWS_BLOCKS = LEDE_DAY_BLOCKS + 3;

/**
 * "A US base came under attack on Thursday night. … On Thursday night-Friday, two US F-16s struck…": a US strike
 * reported within the first paragraphs after the militias' attack is its answer, the rest of the same story.
 * Another state's strike in the lede ("Israeli missiles hit Damascus") is a story of its own.
 */
export function usStrikeAnswersLede(input: LedeInput): boolean {
  for (const s of input.sentences) {
    if (s.block >= NEWS_BLOCKS) return false;
    const words = input.text.slice(s.start, s.end);
    const side = sideOf(words);
    if (side === 'us') return true;
    // "After the war between Hamas and Israel broke out on October 7, attacks on U.S. forces…": the war is background.
    if (side === 'other' && OTHER_STATE.test(words.replace(WAR_BACKGROUND, ' '))) return false;
  }
  return false;
}

/**
 * Whether any sentence of the page names a US strike ("Biden ordered airstrikes", "US jets hit two sites", "since our
 * self-defense strikes"): a page that names none, only the war, the attacks or a speech on the strike's days, is
 * about no strike.
 */
export function toldOfAUsStrike(input: LedeInput): boolean {
  return input.sentences.some((s) => namesUsStrike(strikeWords(input.text.slice(s.start, s.end))));
}

/**
 * "Capt. Tregre was walking to the latrine on Feb. 15 when the sirens began to wail": a lede that tells of one of
 * the named attacks that led to the event's strike (not a running series), by its day, is that strike's story,
 * not another side's, when the page goes on to report the strike on its own day.
 */
export function ledeNamesOwnIncident(input: LedeInput & { figures: readonly FigureMention[]; strikeDays: readonly FigureMention[] }, event: Event): boolean {
  const days = event.incidents.filter((i) => !i.isStrike && i.entities.length > 0).flatMap((i) => i.dates);
  const namedInLede = input.figures.some((f) => {
    const v = f.value;
    const inLede = (input.sentences[spanIndexAt(input.sentences, f.start)]?.block ?? LEDE_DAY_BLOCKS) < LEDE_DAY_BLOCKS;
    return v.type === 'date' && inLede && days.some((d) => d.month === v.month && d.day === v.day);
  });
  return namedInLede && input.strikeDays.some((f) => [0, 1].includes(daysFromEvent(f.value, event) ?? -1));
}

/** Whose strike or attack a sentence reports, if any. */
function sideOf(words: string): LedeStrike {
  // "Israeli airstrikes killed 50 hostages, says Hamas; US strikes Syria": a roundup's headline joins its stories.
  const clauses = words.split(';');
  if (clauses.length > 1) {
    const sides = clauses.map(sideOfClause);
    return sides.includes('us') ? 'us' : sides.includes('other') ? 'other' : null;
  }
  return sideOfClause(words);
}

// "stoking the violence since Hamas militants killed some 1,400 people in their attack on Israel": the war the
// attacks grew out of, background to the lede, not its report.
const SINCE_THE_WAR = /\bsince\b[^.;]{0,60}?\b(?:Hamas|Oct(?:ober|\.)? 7)\b[^.;]*/gi;

// "a bombing that targeted the American "Harir" base", "attacks on US forces": Americans as the target, not the striker.
// So are "bases housing U.S. troops" ("drone strikes on bases that house U.S. troops"), "US troops in Syria face near-daily
// drone strikes", and a garrison or an air base struck ("strikes on al-Tanf garrison").
const US_AS_TARGET =
  /\b(?:target(?:ed|ing|s)?|on|against|at)\s+(?:the\s+)?["“]?(?:American|US|U\.S\.)["”]?\s+(?:["“]?[\w-]+["”]?\s+){0,2}?(?:bases?|forces|troops|positions|personnel|occupation)\b|\b(?:(?:(?:drone|rocket|missile)\s+)?(?:strikes?|attacks?)\s+(?:on|against)\s+(?:the\s+)?)?(?:bases?|garrisons?|outposts?)\s+(?:[\w-]+\s+){0,2}?(?:housing|hosting|(?:that|which)\s+(?:house|host)s?)\s+(?:American|US|U\.S\.|coalition)\s+(?:troops|forces|personnel)\b|\b(?:strikes?|attacks?)\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:garrison|air\s?base|airbase)\b|\b(?:American|US|U\.S\.)\s+(?:[\w-]+\s+)?(?:troops|forces|bases|personnel)\s+(?:in\s+[\w-]+\s+)?(?:face[sd]?|facing|came\s+under|come\s+under)\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks)\b/gi;
const US_TARGETED = new RegExp(US_AS_TARGET.source, 'i');

// "moved two carrier strike groups into the area": warships, no strike.
const STRIKE_GROUPS = /\bstrike\s+groups?\b/gi;

/** Words of a clause that may tell of a strike: the war's start and warships' "strike groups" left out. */
function strikeWords(clause: string): string {
  return clause.replace(SINCE_THE_WAR, ' ').replace(STRIKE_GROUPS, ' ');
}

/**
 * Whether a clause names a US strike at all, as news or as a cause ("Since our self-defense strikes…"): a US strike
 * word with the US named, not the rockets' or drones' strikes, nor strikes on Americans or by another state.
 */
function namesUsStrike(words: string): boolean {
  // "About ten rockets struck the base, amid tension between Washington and Tehran": the rockets' strike is not the US's.
  // "…dies after rocket strike on Iraq base": a rocket strike is the militias'.
  const usWords = words.replace(WEAPONS_HIT, ' ').replace(US_AS_TARGET, ' ').replace(WEAPON_ATTACKS, ' ');
  return US_STRIKE.test(usWords) && US_SIDE.test(usWords) && !OTHER_SIDE_STRIKES.test(words);
}

function sideOfClause(clause: string): LedeStrike {
  const words = strikeWords(clause);
  // "Rocket strikes resume after Biden authorized retaliation last week": the militias' attacks are the news, the US
  // strike after "after" only why. Not "Biden warns Iran after ordering strikes", whose news names no attack.
  const reported = words.replace(CAUSE_CLAUSE, ' ');
  const usOnlyAsCause = !(US_STRIKE.test(reported) && US_SIDE.test(reported)) && isOtherSides(reported);
  if (namesUsStrike(words) && !US_STRIKE_AS_CAUSE.test(words) && !usOnlyAsCause && !TALLY_OF_STRIKES.test(words)) return 'us';
  // "The US military will keep responding to attacks by Iranian-backed groups": attacks answered are not the lede's report;
  // "the bombing killed 22 fighters from Iraqi Hezbollah": the militia is who was struck.
  // "the Islamic Resistance in Iraq has carried out 16 attacks since …": the run-up's tally, no attack reported.
  if ((RESPONSE_TO_ATTACKS.test(words) || STRIKE_KILLED.test(words) || ATTACKS_SINCE.test(words) || TALLY_OF_STRIKES.test(words)) && !OTHER_STATE.test(words)) return null;
  // "Crude bounced back after Israeli forces mounted their biggest ground attack": what the sentence reports is
  // its main clause; an attack after "after" or "amid" is only why.
  return isOtherSides(reported) ? 'other' : null;
}

function isOtherSides(reported: string): boolean {
  return LEDE_STRIKE.test(reported) && (OTHER_SIDE.test(reported) || US_TARGETED.test(reported));
}

// ", as attacks on bases … have become an almost daily occurrence": a circumstance set off by a comma, not the news.
const CAUSE_CLAUSE = /(?<=\S\s+)\b(?:after|amid|following)\b[^;]*|(?<=\S,\s+)\bas\b[^;]*/gi;

// "Central Command is still compiling a full tally of the strikes over the last two weeks": a count kept, no strike reported.
const TALLY_OF_STRIKES = /\b(?:tally|count|number|total)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:strikes|attacks)\b/i;
const ATTACKS_SINCE = /\b(?:\d+|dozens of|more than a dozen)\s+(?:[\w-]+\s+){0,2}?attacks\b[^.;]{0,60}?\bsince\b/i;
const STRIKE_KILLED = /\b(?:bombing|bombardment|air ?strikes?|strikes?|raids?)\s+(?:[\w-]+\s+){0,2}?(?:killed|kills|left|wounded)\b/i;
const RESPONSE_TO_ATTACKS = /\b(?:respond(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|reply|replies|replied|replying)\s+(?:to|for|against)\s+(?:[\w-]+\s+){0,3}?attacks?\b/i;

// "The barrage came in response to an American air strike": the US strike is the cause of what the lede reports;
// "the injuries all came prior to the strikes we took on Oct. 26": only the time of it. "The attack comes after a US
// airstrike": the attack is the news, the strike what came before it (not "Six of the attacks came after the US launched
// airstrikes", which reports the strike).
const US_STRIKE_AS_CAUSE = new RegExp(
  `\\b(?:in (?:response|retaliation|reprisal|revenge|answer) (?:to|for)|prior to|since|before (?:the|a|an|its|their|our|last)\\b|(?:^|(?<!\\bof )\\b(?:the|this|that|these|those) )(?:[\\w-]+ )?(?:attacks?|barrage|rocket fire|assault|blast|explosion)(?: (?:on|at|in|against) [^,.;]{1,40}?)? (?:(?:comes?|came) (?:(?:just|only|a|few|several|some|two|three|days?|hours?|weeks?|minutes) )*(?:after|on the heels of)|follows|followed)\\b)(?:[^.]|(?<=\\b[A-Z])\\.){0,60}?${US_STRIKE.source}`,
  'i',
);
// "Israeli jets struck near Damascus, after US strikes last week": the other state's strike comes first.
// Not "Russia calls US strike unlawful": the US's own strike named between them.
// Not a state the sentence speaks to or of: "the United States had given Russia minutes' notice before it struck".
const OTHER_SIDE_STRIKES = new RegExp(`(?<!\\b(?:warn(?:ed|s|ing)?|told|tells|gave|let|lets|giv(?:e|es|en|ing)|notif(?:y|ies|ied)|inform(?:s|ed)?|to|with|of)\\s+)${OTHER_STATE.source}(?:(?!\\b(?:US|U\\.S\\.|American|United States)\\b)[^.]){0,40}?${US_STRIKE.source}`, 'i');
