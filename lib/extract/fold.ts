/**
 * The folded form names are matched in: lower case, every apostrophe an ASCII "'", every dash an ASCII
 * "-", a no-break space a plain space. One character for one, so offsets carry over: each character
 * is lower-cased on its own (an astral character as a whole), and one whose lower case is longer
 * ("İ") stays as it is.
 */

import { isHighSurrogate, isLowSurrogate } from './letters';

export const APOSTROPHES = /['’‘`´ʼ]/;
export const DASHES = /[-‐‑‒–—]/;

/** Each BMP unit folded on its own, filled in as units are met; `known` says which are. */
const foldedUnit = new Uint16Array(65536);
const known = new Uint8Array(65536);

/** A BMP unit (not a surrogate) folded. */
function foldUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128 && c !== 96) return c;
  if (known[c] === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    foldedUnit[c] = APOSTROPHES.test(ch) ? 39 : DASHES.test(ch) ? 45 : c === 0xa0 ? 32 : lower.length === 1 ? lower.charCodeAt(0) : c;
    known[c] = 1;
  }
  return foldedUnit[c]!;
}


/** An astral character (a surrogate pair) folded: lower-cased as one, kept when that is not one astral character. */
function foldPair(pair: string): string {
  const lower = pair.toLowerCase();
  return lower.length === 2 ? lower : pair;
}

/** The unit at `i` of fold(text), without folding the rest. */
export function foldedUnitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return foldPair(text.slice(i, i + 2)).charCodeAt(0);
  if (isLowSurrogate(c) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) return foldPair(text.slice(i - 1, i + 1)).charCodeAt(1);
  return foldUnit(c);
}

/** fold(text).slice(from, to), folding only that stretch (a surrogate pair cut by the ends is still read whole). */
export function foldSlice(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(to, text.length);
  // Folded units gathered in one array and made a string once; a stretch that folding leaves alone is the text's own slice.
  let changed = false;
  sliceUnits.length = 0;
  for (let i = start; i < end; i++) {
    const c = foldedUnitAt(text, i);
    if (c !== text.charCodeAt(i)) changed = true;
    sliceUnits.push(c);
  }
  return changed ? String.fromCharCode.apply(null, sliceUnits) : text.slice(start, end);
}

/** foldSlice's scratch array, reused: it is called once per possible name start. */
const sliceUnits: number[] = [];

export function fold(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      const pair = foldPair(text.slice(i, i + 2));
      out[i] = pair.charCodeAt(0);
      out[++i] = pair.charCodeAt(1);
    } else out[i] = foldUnit(c);
  }
  const parts: string[] = [];
  // In slices: a call takes only so many arguments.
  for (let i = 0; i < out.length; i += 8192) parts.push(String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}
