/**
 * A dateline: what a paragraph opens with to say where and when the report was filed, up to its colon or dash:
 * "BAGHDAD:", "ERBIL, Iraq (AP) —", "Washington, March 2:", "DAMASCUS, Feb. 26 (Xinhua) --",
 * "BEIRUT, LEBANON (1:00 P.M.) –". A place, day or hour in it says nothing of what the story reports.
 * A timeline's entries open the same way with their own day ("February 15 – Rockets strike Erbil."), which is
 * the day of what they report.
 */
import { MONTH_SRC } from '../extract/calendar';
import { LETTER, UPPER } from '../extract/letter-classes';

// A place of up to three capitalised words ("HOUSTON/WASHINGTON" is two places); a comma and a region, day or hour; a wire or a time in brackets
// (a bracket may hold a dash: "(UrduPoint / Pakistan Point News - 26th Feb, 2021 )"); then the colon or dash, or a
// slash set apart by spaces ("Shafaq News / Iraq's Hezbollah Brigades on Saturday issued…").
const DATELINE =
  new RegExp(String.raw`^[${UPPER}][${LETTER}.'’/-]*(?:\s+[${UPPER}][${LETTER}.'’/-]*){0,2}(?:,\s*(?:\([^()\n]{1,60}\)\s*)?(?:[^:—–\n(]{1,40}?)?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?::(?=\s|[${UPPER}])|(?:--?|—|–)(?=\s)|\s\/(?=\s))`, 'u');

// "WASHINGTON (Sputnik - 27th February, 2021) The US…": a place and its bracket, with no colon or dash after it.
// The place is in capitals, or the bracket holds a year: "Kataib Hezbollah (KH) Said…" is no dateline.
const BRACKET_ONLY =
  new RegExp(String.raw`^(?:[${UPPER}]{2,}[${UPPER}.'’-]*(?:\s+[${UPPER}]{2,}[${UPPER}.'’-]*){0,2}\s*\([^()\n]{1,60}\)|[${UPPER}][${LETTER}.'’-]*(?:\s+[${UPPER}][${LETTER}.'’-]*){0,2}\s*\([^()\n]{0,50}\b(?:19|20)\d\d\s*\))\s+(?=[${UPPER}])`, 'u');

/** Where the dateline opening the paragraph at `start` ends, or -1 when it opens with none. */
export function datelineEnd(text: string, start: number): number {
  if (start > 0 && text.charAt(start - 1) !== '\n') return -1;
  const opening = text.slice(start, start + 120);
  const m = DATELINE.exec(opening) ?? BRACKET_ONLY.exec(opening);
  return m ? start + m[0].length : -1;
}

/** Whether `at` lies in the dateline of the paragraph opening at `paragraphStart`. */
export function inDateline(text: string, paragraphStart: number, at: number): boolean {
  return at < datelineEnd(text, paragraphStart);
}

// A day, with or without its year, then a dash or a colon: how a timeline's entry opens.
const ENTRY_OPENING = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_SRC}|${MONTH_SRC}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?\\s*(?:--?|—|–|:)\\s`);

/**
 * Whether the paragraph opening at `start` is an entry of a timeline: it opens with a day and a dash or colon,
 * and so does the paragraph before or after it. A dispatch's date opens one paragraph, not a run of them.
 */
export function opensTimelineEntry(text: string, start: number): boolean {
  if (start > 0 && text.charAt(start - 1) !== '\n') return false;
  if (!ENTRY_OPENING.test(text.slice(start, start + 40))) return false;
  const end = text.indexOf('\n', start);
  let next = end;
  while (next >= 0 && text.charAt(next) === '\n') next++;
  if (end >= 0 && ENTRY_OPENING.test(text.slice(next, next + 40))) return true;
  let prevEnd = start - 1;
  while (prevEnd > 0 && text.charAt(prevEnd) === '\n') prevEnd--;
  const prevStart = text.lastIndexOf('\n', prevEnd) + 1;
  return start > 0 && ENTRY_OPENING.test(text.slice(prevStart, prevStart + 40));
}
