/**
 * Counts that are one part of a list under one verb: "hit one weapons depot and one ammunition depot", "one
 * fighter and two others died", "killed one U.S. serviceman and five civilian contractors". Each part is less
 * than what the sentence reports, so none is tied: the total is not on the page to compare.
 */
import type { FigureMention } from '../extract/types';
import type { Measure } from '../reference/types';
import { LETTER } from '../extract/letter-classes';

const COUNT_AND_BEFORE = new RegExp(String.raw`\b(?:one|an?|two|three|four|five|\d+)\s+(?:[${LETTER}-]+\s+){0,3}?(?:(?:was|were)\s+)?(?:(killed|dead|died|martyred|wounded|injured|hurt)\s+)?and\s+$`, 'iu');
// "caused one death and four injuries": a noun of harm is its count's own casualty word too.
const CASUALTY_WORD = /\b(?:killed|dead|died|wounded|injured|hurt|martyred|deaths?|injur(?:y|ies)|fatalit(?:y|ies))\b/i;
// "hit one weapons depot and one ammunition depot", "One target was a weapons storage facility and the other…",
// "One target was an ammunition storage facility, the other a weapons storage facility".
const ONE_AND_ONE_AFTER = new RegExp(String.raw`^\s+(?:[${LETTER}-]+\s+){0,6}?(?:and\s+|[${LETTER}-]+,\s+(?:and\s+)?)(?:one|another|the other)\b`, 'iu');
const ONE_AND_ONE_BEFORE = new RegExp(String.raw`\bone\s+(?:[${LETTER}-]+\s+){0,4}?and\s+$`, 'iu');
// "killed one U.S. serviceman and five civilian contractors": a count of people, then "and" another count, with no
// verb of their own between (not "one was killed and four wounded", nor "and five more", added to it).
const AND_ANOTHER_COUNT_AFTER = new RegExp(
  String.raw`^\s+((?:[${LETTER}.’'-]+\s+){0,3}?)and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several)\s+(?!(?:more|others?|times|days|hours|weeks|months|years|of)\b)[${LETTER}]`,
  'iu',
);
const OWN_VERB = /\b(?:was|were|is|are|had|has|have|been)\b/i;

/** "one fighter and two others died", "one was killed and two others died": a count joined to another of the same kind. */
export function addedToCount(before: string, measure: Measure): boolean {
  const m = COUNT_AND_BEFORE.exec(before);
  if (!m) return false;
  return m[1] === undefined || /^(?:killed|dead|died|martyred)$/i.test(m[1]) === (measure === 'killed');
}

/** "hit one weapons depot and one ammunition depot": a "one" beside another under the same verb. */
export function isListPart(figure: FigureMention, before: string, after: string): boolean {
  if (figure.value.type !== 'count' || figure.value.n !== 1 || !/^one\b/i.test(figure.text)) return false;
  // "left one contractor dead and one service member wounded": each has its own casualty word.
  const between = ONE_AND_ONE_AFTER.exec(after)?.[0] ?? ONE_AND_ONE_BEFORE.exec(before)?.[0];
  return between !== undefined && !CASUALTY_WORD.test(between);
}

/** "killed one U.S. serviceman and five civilian contractors": the first of two counts summed under one verb. */
export function isFirstOfSum(figure: FigureMention, after: string, measure: Measure): boolean {
  if (figure.value.type !== 'count') return false;
  const between = AND_ANOTHER_COUNT_AFTER.exec(after)?.[1];
  // "one and five": a bare number needs its noun between; "an American servicemember and several contractors were killed"
  // has it. Not for the wounded, whose facts count Americans alone: "wounded a U.S. service member and several
  // contractors" gives exactly that count.
  if (between === '' && (!/\s/.test(figure.text) || measure !== 'killed')) return false;
  return between !== undefined && !CASUALTY_WORD.test(between) && !OWN_VERB.test(between);
}

// "two others killed 6–12 each": a count per item of a list, not a toll.
const EACH_AFTER = /^(?:\s*[–-]\s*\d+)?\s+(?:(?:people|persons|fighters|civilians|militants|soldiers|troops|men)\s+)?each\b/i;

/** A toll of each item of a list: "two others killed 6–12 each". */
export function isPerItem(after: string): boolean {
  return EACH_AFTER.test(after);
}
