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

const HAS_INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/;

/** True when `text` holds an invisible character anywhere. */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

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

/** What JavaScript's `\s` matches, less U+FEFF (see WORD). */
function isGapUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * The words of `text` (as WORD finds them) and the gaps between them, in order: `gap(at)` for a run of
 * white space starting at `at`, `word(start, end)` for a word. A word of invisible characters alone is
 * neither a word nor a gap; `clean` says the text holds no invisible character at all. One pass over
 * the characters, with nothing allocated.
 */
export function scanWords(text: string, gap: (at: number) => void, word: (start: number, end: number, clean: boolean) => void): void {
  // Most text nodes hold no invisible character: then every word is visible.
  const clean = !hasInvisible(text);
  let i = 0;
  while (i < text.length) {
    const start = i;
    while (i < text.length && isGapUnit(text.charCodeAt(i))) i++;
    if (i > start) gap(start);
    if (i >= text.length) break;
    const wordStart = i;
    while (i < text.length && !isGapUnit(text.charCodeAt(i))) i++;
    if (clean || !onlyInvisible(text, wordStart, i)) word(wordStart, i, clean);
  }
}

/**
 * scanWords, with the words of a clean text that follow one another after exactly one U+0020 given as one
 * phrase: `phrase(start, end, clean, spaces)`, `spaces` the single spaces inside it. Most text nodes are one
 * such phrase, and reading them word by word cost a call, a slice and a piece of text for each word.
 */
export function scanPhrases(
  text: string,
  gap: (at: number) => void,
  phrase: (start: number, end: number, clean: boolean, spaces: number) => void,
): void {
  if (hasInvisible(text)) {
    scanWords(text, gap, (start, end, clean) => phrase(start, end, clean, 0));
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && isGapUnit(text.charCodeAt(i))) i++;
    if (i > start) gap(start);
    if (i >= n) break;
    const phraseStart = i;
    let spaces = 0;
    for (;;) {
      while (i < n && !isGapUnit(text.charCodeAt(i))) i++;
      // One plain space with a word right after it: the phrase goes on (any other gap is read as scanWords reads it).
      if (i + 1 < n && text.charCodeAt(i) === 32 && !isGapUnit(text.charCodeAt(i + 1))) {
        i++;
        spaces++;
      } else break;
    }
    phrase(phraseStart, i, true, spaces);
  }
}
