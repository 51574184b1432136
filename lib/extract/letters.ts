/** Which UTF-16 units are letters or digits (`\p{L}`, `\p{N}`), answered from a table filled as units are met. */

const ALNUM = /[\p{L}\p{N}]/u;
/** Per BMP unit: 0 not yet known, 1 a letter or digit, 2 not. */
const alnumCache = new Uint8Array(65536);

/** Whether a BMP unit is a letter or digit; a surrogate on its own is not. */
export function isAlnumBmp(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (alnumCache[c] === 0) alnumCache[c] = ALNUM.test(String.fromCharCode(c)) ? 1 : 2;
  return alnumCache[c] === 1;
}

/** Whether the astral character `text[i, i + 2)` (a surrogate pair) is a letter or digit. */
export function isAlnumPair(text: string, i: number): boolean {
  return ALNUM.test(text.slice(i, i + 2));
}

/**
 * `text` with only its letters and digits: what `text.replace(/[^\p{L}\p{N}]/gu, '')` gives, without the
 * Unicode regular expression (it ran once for every name found, the costliest part of checking one).
 */
export function lettersAndDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1));
    const keep = pair ? isAlnumPair(text, i) : isAlnumBmp(c);
    // Runs of kept characters are copied whole: most names lose one space or none.
    if (!keep) {
      out += text.slice(from, i);
      from = i + (pair ? 2 : 1);
    }
    if (pair) i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const LETTER = /\p{L}/u;
/** Per BMP unit: 0 not yet known, 1 a letter, 2 not. */
const letterCache = new Uint8Array(65536);

/** Whether the character at `i` (a BMP unit, or the surrogate pair starting there) is a letter (`\p{L}`); returns its length in units, 0 when it is not a letter. */
export function letterAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (letterCache[c] === 0) letterCache[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return letterCache[c] === 1 ? 1 : 0;
}
