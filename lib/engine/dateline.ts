/**
 * A dateline: what a paragraph opens with to say where and when the report was filed, up to its colon or dash:
 * "BAGHDAD:", "ERBIL, Iraq (AP) —", "Washington, March 2:", "DAMASCUS, Feb. 26 (Xinhua) --",
 * "BEIRUT, LEBANON (1:00 P.M.) –". A place, day or hour in it says nothing of what the story reports.
 */

// A place of up to three capitalised words; a comma and a region, day or hour; a wire or a time in brackets
// (a bracket may hold a dash: "(UrduPoint / Pakistan Point News - 26th Feb, 2021 )"); then the colon or dash.
const DATELINE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*(?:\([^()\n]{1,60}\)\s*)?(?:[^:—–\n(]{1,40}?)?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?::(?=\s|\p{Lu})|(?:--?|—|–)(?=\s))/u;

// "WASHINGTON (Sputnik - 27th February, 2021) The US…": a place and its bracket, with no colon or dash after it.
// The place is in capitals, or the bracket holds a year: "Kataib Hezbollah (KH) Said…" is no dateline.
const BRACKET_ONLY =
  /^(?:\p{Lu}{2,}[\p{Lu}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}.'’-]*){0,2}\s*\([^()\n]{1,60}\)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*\([^()\n]{0,50}\b(?:19|20)\d\d\s*\))\s+(?=\p{Lu})/u;

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
