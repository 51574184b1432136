/**
 * Whether a "since" day is the start of the attacks on US forces ("19 attacks since October 17") or of
 * something else: the war in Gaza, a price's run, another count, the last time something happened.
 */

import { STRUCK_BY_US } from './fired-by-us';
import { LETTER } from '../extract/letter-classes';
import { MONTH_NAMES } from '../extract/calendar';
import type { FigureValue } from '../reference/values';

// "since the Israel-Gaza war began on October 7": a war's start, not the attacks'.
// "since the war began on Oct. 7", "the Israel-Hamas war, which began on October 7".
// "since the war between Israel and Hamas began on October 7": who fought may stand between.
const WAR_BEGAN = /\b(?:war|conflict|fighting|hostilities|offensive|invasion)(?:\s+(?:between|in|with|against|on)\s+[^.;,]{1,40}?)?(?:,?\s+(?:which|that))?\s+(?:(?:had|has)\s+)?(?:began|begun|started|broke out|erupted)(?:\s+on)?\s*$/i;
// "110 Palestinians have been killed in the West Bank since Oct. 7": the war's count, not the attacks' start.
// "Hezbollah has fired … at IDF positions … since October 8", "traded fire with Israeli forces along the Lebanese border".
const OTHER_WAR_BEFORE =
  /\b(?:Gaza|West Bank|Palestinians?|IDF|Lebanese border|Lebanon)\b|\b(?:in|of|on|across) (?:southern |northern )?Israel\b|\bIsraeli (?:forces|troops|positions|army|military|soldiers|communities)\b/;
// "several fronts that have opened since October 7"; "Since Oct. 7, leaders … have repeatedly threatened U.S. forces":
// what began then is a front or threats, not the attacks.
const FRONTS_BEFORE = /\b(?:fronts?|opened|tensions?)\b[^.;,]{0,40}\bsince\s*$/i;
const THREATS_AFTER = /^[^.;]{0,120}?\b(?:threaten\w*|warned|vowed)\b/i;
// "have risen sharply since Oct. 7, when Hamas terrorists stormed into Israel": the war's start, told after the day.
const OTHER_WAR_AFTER = /^,?\s*(?:when|the day)\s+[^.;]{0,80}?\b(?:Hamas|Israel|Gaza)\b/;
// "which has caused 8,400 deaths since October 7", "its highest since November": another count's or a price's start.
const OTHER_COUNT_SINCE = new RegExp(String.raw`\b(?:deaths|killed|dead|died|casualties|lives|lowest|highest|gained|risen|fallen|rose|fell|dropped|climbed|per ?cent|%)\s+(?:[${LETTER}-]+\s+){0,2}?since\s*$`, 'iu');
const COUNTED_SINCE = /\b(?:\d+|dozens?)\s+(?:of them|times)\s+since\s*$/i;
const ATTACK_CLUE = /\b(?:attack\w*|assault\w*|target\w*|struck|hit|rockets?|drones?|fire|fired|incidents?|strikes)\b/i;
// "the first strikes on Iranian interests since March": the last such time, not the start of the attacks.
const FIRST_SINCE = /\b(?:first|last)\b[^.;]{0,80}\bsince\s*$/i;
// "after 14 new drone and rocket attacks on sites in Iraq and Syria since Oct. 24": the latest stretch, not the start.
const NEW_SINCE = /\b(?:new|more|additional|further|fresh)\s+(?:[\w-]+\s+){0,4}?(?:attacks|strikes|assaults|incidents)\b[^.;]{0,60}\bsince\s*$/i;

/**
 * True when the "since" day in `sentence` (with `before` and `after` it) starts something other than the attacks.
 * "settled at their lowest since Oct. 12", "Brent has gained 6 per cent since October 7": the attacks' start is a
 * "since" of words about attacks ("The Pentagon counts at least 19 of them since October 17" counts what the
 * sentence before named).
 */
export function isAnotherStart(sentence: string, before: string, after: string): boolean {
  if ((!ATTACK_CLUE.test(sentence) && !COUNTED_SINCE.test(before)) || OTHER_COUNT_SINCE.test(before)) return true;
  const threats = THREATS_AFTER.exec(after);
  if (FRONTS_BEFORE.test(before) || (threats && !ATTACK_CLUE.test(threats[0]))) return true;
  return WAR_BEGAN.test(before) || FIRST_SINCE.test(before) || NEW_SINCE.test(before) || STRUCK_BY_US.test(before) || OTHER_WAR_BEFORE.test(before) || OTHER_WAR_AFTER.test(after);
}

// "since Hamas's brutal assault on Israel on 7 October": the day the page gives the war's start.
const WAR_DAY = new RegExp(String.raw`\b(?:Hamas|Israel)\b[^.;]{0,60}?\b(?:on\s+)?(?:(\d{1,2})\s+(${MONTH_NAMES.join('|')})|(${MONTH_NAMES.join('|')})\s+(\d{1,2}))\b`, 'g');
let warDaysOf: { text: string; days: Set<string> } | null = null;

/** Whether a "since" day is one the page elsewhere gives as the day the war began, by Hamas or Israel. */
export function isWarStart(text: string, value: FigureValue): boolean {
  if (value.type !== 'date' || value.month === null || value.day === null) return false;
  if (warDaysOf?.text !== text) {
    const days = new Set<string>();
    for (const m of text.matchAll(WAR_DAY)) days.add(`${MONTH_NAMES.indexOf((m[2] ?? m[3])!) + 1}-${Number(m[1] ?? m[4])}`);
    warDaysOf = { text, days };
  }
  return warDaysOf.days.has(`${value.month}-${value.day}`);
}
