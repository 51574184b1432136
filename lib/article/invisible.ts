/**
 * Format characters a reader never sees, which pages put inside words and numbers (a soft hyphen for
 * line breaking, zero-width spaces and joiners from editors and anti-scraping scripts, a byte order
 * mark pasted from a file). The article text leaves them out, so "2\u00AD2" reads as 22, not as two 2s.
 *
 * Listed: U+00AD soft hyphen; U+200B–U+200D zero-width space, non-joiner, joiner; U+200E–U+200F
 * direction marks; U+2060–U+2064 word joiner and invisible operators; U+FEFF zero-width no-break space.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff;
}

export function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when `text[from, to)` holds only invisible characters (or nothing). */
export function onlyInvisible(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isInvisible(text.charCodeAt(i))) return false;
  return true;
}

/** The runs of visible characters in `text[from, to)`, as [start, end) pairs. */
export function visibleRuns(text: string, from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    if (isInvisible(text.charCodeAt(i))) {
      if (start >= 0) runs.push([start, i]);
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) runs.push([start, to]);
  return runs;
}

/**
 * A word: a run of characters that are not white space. JavaScript's `\s` counts U+FEFF as white
 * space; here it is invisible, part of the word it sits in.
 */
export const WORD = /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
