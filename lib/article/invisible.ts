/**
 * Format characters a reader never sees, which pages put inside words and numbers (a soft hyphen for
 * line breaking, zero-width spaces and joiners from editors and anti-scraping scripts, a byte order
 * mark pasted from a file). The article text leaves them out, so "2\u00AD2" reads as 22, not as two 2s.
 *
 * Listed: U+00AD soft hyphen; U+200B–U+200D zero-width space, non-joiner, joiner; U+200E–U+200F
 * direction marks; U+2060–U+2064 word joiner and invisible operators; U+FEFF zero-width no-break space.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;
const IS_INVISIBLE = /^[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]*$/;

export function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when `text[from, to)` holds only invisible characters (or nothing). */
export function onlyInvisible(text: string, from: number, to: number): boolean {
  return IS_INVISIBLE.test(text.slice(from, to));
}

/** The runs of visible characters in `text[from, to)`, as [start, end) pairs. */
export function visibleRuns(text: string, from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(INVISIBLE)) {
    const at = from + m.index;
    if (at > start) runs.push([start, at]);
    start = at + 1;
  }
  if (to > start) runs.push([start, to]);
  return runs;
}

/**
 * A word: a run of characters that are not white space. JavaScript's `\s` counts U+FEFF as white
 * space; here it is invisible, part of the word it sits in.
 */
export const WORD = /(?:\S|\uFEFF)+/g;
