/** Clock zones written after a time or a day: "ET", "Eastern Standard Time" ("eastern time" too), "GMT", "local time", "(local)". */
import type { Zone } from '../reference/values';

export interface ZoneMatch {
  zone: Exclude<Zone, null>;
  /** Index just after the zone (and its closing bracket, if it was bracketed). */
  end: number;
}

const SP = '[ \\t\\u00a0]';

// Sticky; every part is a fixed word list, so at most a few characters are re-tried.
const ZONE_RE = new RegExp(
  `(?:,?${SP}+(\\()?|${SP}*(\\())` +
    '(?:' +
    '(?<local>[Ll]ocal [Tt]ime|[Ll]ocal|Syrian? [Tt]ime|Damascus [Tt]ime|Iraqi? [Tt]ime)' +
    '|(?<utc>GMT|UTC|Zulu(?: [Tt]ime)?)' +
    '|(?<et>[Ee]astern (?:[Ss]tandard|[Dd]aylight) [Tt]ime|East Standard [Tt]ime|[Ee]astern [Tt]ime|Washington(?:,? D\\.C\\.,?)? [Tt]ime|E[SD]T|ET|Eastern)' +
    ')(?![\\w])',
  'y',
);

/**
 * A zone starting at `pos` (after optional spaces, a comma or an opening bracket), or null.
 * "local" alone counts only in brackets ("1 a.m. (local)") or after a clock time ("01:00 local"). "Eastern"
 * alone counts only when `bareEastern` is set (after a clock time) and no capitalised word follows
 * ("Eastern Ghouta").
 */
export function matchZoneAt(text: string, pos: number, bareEastern: boolean): ZoneMatch | null {
  ZONE_RE.lastIndex = pos;
  const m = ZONE_RE.exec(text);
  if (m === null) return null;
  const bracketed = m[1] !== undefined || m[2] !== undefined;
  let end = m.index + m[0].length;
  if (bracketed) {
    if (text[end] !== ')') return null;
    end++;
  }
  const g = m.groups ?? {};
  if (g.local !== undefined) {
    // "at 01:00 local,": after a clock, as "Eastern" is.
    if (g.local.toLowerCase() === 'local' && !bracketed && !bareEastern) return null;
    return { zone: 'local', end };
  }
  // "GMT+3" is an offset from UTC, not UTC.
  if (g.utc !== undefined) return /^[+−-]\d/.test(text.slice(end, end + 2)) ? null : { zone: 'UTC', end };
  if (g.et === 'Eastern' && (!bareEastern || (!bracketed && /^[ \t\u00a0]+[A-Z]/.test(text.slice(end, end + 2))))) {
    return null;
  }
  return { zone: 'ET', end };
}

// Zones Crosscheck does not place on the reference's clocks: a time in one is not compared ("12pm Friday NZT" is
// Thursday evening in Washington). "GMT+3" is left to the caller (an offset, read as no zone).
const FOREIGN_ZONE_RE = new RegExp(
  `(?:${SP}+(?:on${SP}+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?,?${SP}*\\(?${SP}*(?:` +
    '(?:NZ[SD]?T|AE[SD]T|AC[SD]T|AWST|IST|CES?T|BST|WES?T|EES?T|MSK|PKT|JST|KST|SGT|HKT|WIB|PHT|GST|EAT|WAT|CAT|SAST|AST|ADT|[PCM][SD]?T|HST|AKST)' +
    '|(?:New Zealand|Australian (?:Eastern|Central|Western)|Indian?|Pakistan|Tehran|Iran|Moscow|Beijing|China|Tokyo|Japan|Israel|Turkey|Turkish|Gulf|Arabia|Arabian|Saudi|Riyadh|Doha|Ankara|London|British|(?:Central |Western |Eastern )?European|Pacific|Central|Mountain|Atlantic)(?: [Ss]tandard| [Dd]aylight| [Ss]ummer)? [Tt]ime' +
    ')(?![\\w])',
  'y',
);

/** Whether a zone Crosscheck does not place follows `pos`, perhaps after a weekday ("12pm Friday NZT", "9 p.m. (IST)"). */
export function foreignZoneAt(text: string, pos: number): boolean {
  FOREIGN_ZONE_RE.lastIndex = pos;
  return FOREIGN_ZONE_RE.test(text);
}
