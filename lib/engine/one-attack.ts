/**
 * Tolls of one attack, told apart from the series of attacks and from the one attack the reference knows: "during
 * the attack on the base at Koniko, two soldiers were injured" is no count of all the injured since 17 October, and
 * "…died as rockets came down on Al Asad Air Base" is no death of the Erbil attack.
 */
import type { Measure } from '../reference/types';
import { LETTER, UPPER } from '../extract/letter-classes';

// One attack named: "during the attack on the base", "in that attack".
// "while militants were attacking the base": one attack on one base, told by its verb.
const ONE_ATTACK =
  new RegExp(String.raw`(?:\b(?:the|that|this|an|one|a)\s+(?:[${LETTER}’'-]+\s+){0,3}?(?<!\b(?:heart|cardiac|panic)\s)attack\b|\b(?:attacking|attacked|targeting|targeted|shelling|shelled)\s+(?:the|a|an|its)\s+(?:[${LETTER}’'-]+\s+){0,3}?(?:base|camp|outpost|garrison|airbase|air base)\b)`, 'iu');
// "two soldiers were wounded at the Koniko base": a toll at one named base is one attack's (case matters here).
const AT_ONE_BASE = new RegExp(String.raw`\b(?:at|in|on)\s+(?:the\s+)?(?:(?:[${UPPER}]|[ae]l-)[${LETTER}’'-]*\s+){1,3}(?:[Bb]ase|[Gg]arrison|[Oo]utpost|[Aa]ir ?[Bb]ase|[Aa]irbase)\b`, 'u');
// "rockets hit Al Asad Air Base": a base by its name, not "an American base".
const NAMED_BASE = new RegExp(String.raw`\b(?!(?:American|Coalition|Military|Iraqi|Syrian|Kurdish)\b)(?:(?:[${UPPER}]|[ae]l-)[${LETTER}’'-]*\s+){1,3}(?:[Bb]ase|[Gg]arrison|[Aa]ir ?[Bb]ase|[Aa]irbase)\b`, 'u');
// "that attack on Ain al-Asad": an attack the sentence places somewhere by name (not "on U.S. forces").
const ATTACK_ON_NAMED_PLACE = new RegExp(String.raw`\battacks?\s+on\s+(?:the\s+)?(?!(?:U\.S\.?|US|United|American|Coalition|Iraqi|Syrian|Kurdish)(?![${LETTER}]))(?:[${UPPER}]|[ae]l-)[${LETTER}’'-]*`, 'u');
const BASES = /\b(?:bases?|garrisons?|outposts?|air ?bases?|airbases?)\b/gi;

// A heart that failed, not an attack: "died of cardiac arrest while sheltering".
const HEART_DEATH = /\b(?:cardiac (?:arrest|event|episode|incident)|heart attack|heart failure)\b/i;
// Words of a series of attacks: a sentence with them is about the series, not one attack.
const SERIES_WORDS = /\b(?:attacks|strikes|in all|in total|altogether|since)\b/i;
/** A sentence about one attack: named as such ("during the attack on the base"), or a toll at one named base. */
function aboutOneAttack(words: string): boolean {
  if (SERIES_WORDS.test(words)) return false;
  return ONE_ATTACK.test(words) || (AT_ONE_BASE.test(words) && (words.match(BASES)?.length ?? 0) === 1);
}

/**
 * A toll of one attack, not of the series: told in a sentence about one attack, or right after one (`before`, when the
 * sentence has no cue of its own: "…attacked the base at Koniko. Two US soldiers were injured, it said."), and not a
 * heart that failed while sheltering.
 */
export function isOneAttacksToll(words: string, before: string | null): boolean {
  return !HEART_DEATH.test(words) && (aboutOneAttack(words) || (before !== null && aboutOneAttack(before)));
}

/** A toll at a base or place the sentence names ("rockets hit Al Asad Air Base"), or a death of a heart attack: not the one known attack's. */
export function atANamedPlace(words: string, measure: Measure): boolean {
  return NAMED_BASE.test(words) || ATTACK_ON_NAMED_PLACE.test(words) || (measure === 'killed' && HEART_DEATH.test(words));
}
