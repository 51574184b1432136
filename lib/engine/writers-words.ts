/**
 * The writer's own words inside a stretch a speaker would otherwise cover: the setting the writer gives a report
 * ("…, hours after US warplanes hit two targets") and the writer's gloss on a quotation ("…," a reference to the
 * Feb. 15 rocket attack that killed one contractor). What the speaker vouches for ends where they begin.
 */
import type { Frame } from './credit-leads';
import type { Span } from './spans';

// "IRGC media reported a new attack on a US base, hours after US warplanes hit two targets": the US's deed after the
// report is the writer's setting, not what the speaker reported.
const AFTER_US_DEED = /,\s+(?:(?:hours|minutes|days|a day|shortly|soon|just|only)\s+)?after\s+(?:the\s+)?(?:US|U\.S\.|American|United States)\s+(?:[a-z-]+\s+){0,2}?(?:struck|hit|bombed|attacked|carried out|launched|targeted)\b/;

/** Where a speaker's words end before the US's deed set after them, or `end`. */
export function beforeUsDeed(text: string, from: number, end: number): number {
  const m = AFTER_US_DEED.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

// '"…the same militants that conducted the strikes," a reference to the Feb. 15 rocket attack': the writer's gloss on a quotation.
// So is '…," meaning the Feb. 15 rocket attack'.
const WRITERS_GLOSS = /[,"”—–]\s*(?:(?:a|an|in)\s+(?:(?:apparent|clear|veiled|thinly veiled|oblique)\s+)?reference\s+to|referring\s+to|alluding\s+to|meaning)\b/i;

/** What a frame covers, short of a gloss the writer puts after the speaker's words. */
export function beforeWritersGloss(text: string, frame: Frame): Span {
  const from = Math.max(frame.at.end, frame.covers.start);
  const m = WRITERS_GLOSS.exec(text.slice(from, frame.covers.end));
  return m ? { start: frame.covers.start, end: from + m.index + 1 } : frame.covers;
}
