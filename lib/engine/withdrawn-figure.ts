/**
 * Figures a page gives only to take them back: a toll since replaced ("up from an earlier toll of 17", "This report
 * first put the number of dead at 17") or a figure denied ("denied that two warehouses had been destroyed").
 * Tied to a fact, such a figure could only differ from the count the page itself now gives.
 */

import { LETTER } from '../extract/letter-classes';

// "Syrian military sources denied that two warehouses had been destroyed": a figure denied, not reported.
const DENIED_THAT_BEFORE = /\b(?:denied|denies|deny|rejected|disputed)\s+(?:reports?\s+|claims?\s+)?that\s+(?:[^.;,]{0,30}\s)?$/i;
// "22 fighters, up from an earlier toll of 17": a figure the article itself has replaced.
const SUPERSEDED_BEFORE = /\b(?:(?:up|down|revised|raised|lowered) from|(?:earlier|previous|initial|first) (?:toll|count|figure|tally|estimate) of)\s*(?:an? |the )?(?:(?:earlier|previous|initial) (?:toll|count|figure|tally|estimate) of\s*)?$/i;
// "put the toll at 17 this morning and is now saying 22", "first said 17 and then raised it to 22": the speaker's own earlier figure.
const SUPERSEDED_AFTER = /^[^.;]{0,40}?\b(?:and|but|before)\s+(?:is\s+|has\s+)?(?:now|since|later|then)\s+(?:(?:is|was)\s+)?(?:saying|says|said|puts?|putting|raised|revised|increased|lowered|updated|gave|gives|reporting|reports|reported)\b/i;
// "This report first put the number of dead at 17", "the toll, initially reported as 17,": a figure the page says was
// the first, so since replaced; not "as first reported by AFP, 17 died" (who reported first), nor the later figure
// after it ("first said 17 fighters died and now says 22").
const FIRST_FIGURE_BEFORE = /(?<!\bas\s)\b(?:first|initially|originally)\s+(?:put|gave|reported|said|stated|counted|listed|estimated|placed)\b(?:(?!\b(?:now|later|then|since|but)\b)[^.;,\d]){0,40}$/i;
// "The monitor had earlier given a provisional toll of 17": a count the speaker gave before the one the page reports.
const EARLIER_TOLL_BEFORE = /\b(?:earlier|previously|initially)\s+(?:given|gave|put|reported|issued|released|published|offered)\s+(?:an?|the|its|their)\s+(?:[a-z-]+\s+)?(?:death\s+)?(?:toll|count|figure|tally|estimate)\s+(?:of|at)\s*$/i;
// "We found no source reporting more than 22 deaths": a figure denied, not reported.
const DENIED_BEFORE = new RegExp(String.raw`\b(?:no|not any|never)\s+(?:[${LETTER}-]+\s+){0,2}?(?:sources?|reports?|evidence|outlets?|officials?)\b[^.;]{0,40}$`, 'iu');

/** Whether the figure between `before` (its sentence up to it) and `after` (the text after it) is withdrawn. */
export function isWithdrawn(before: string, after: string): boolean {
  return SUPERSEDED_BEFORE.test(before) || EARLIER_TOLL_BEFORE.test(before) || FIRST_FIGURE_BEFORE.test(before) || SUPERSEDED_AFTER.test(after) || DENIED_BEFORE.test(before) || DENIED_THAT_BEFORE.test(before);
}
