/**
 * Recognises an article that is one of the reference's own sources, so it is never compared with itself.
 * A source's fingerprint is a sample of the hashes of its word 5-grams (those divisible by SAMPLE);
 * an article that contains most of a source's sampled 5-grams is that source. A page carrying the
 * source inside its own chrome still contains it; another outlet quoting the same statement shares
 * only the quote.
 *
 * The sampled hashes of all sources are indexed (hash → sources), so an article costs one pass over
 * its words and one look-up per sampled 5-gram, whatever the number of sources.
 */
import { isAlnumBmp, isAlnumPair, isHighSurrogate, isLowSurrogate } from '../extract/letters';
import type { SourceId } from '../reference/types';

const GRAM = 5;
/** Keep one 5-gram in SAMPLE: small enough to ship, still dozens per source. */
const SAMPLE = 8;
const MIN_CONTAINMENT = 0.6;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/**
 * The words of a lower-cased text (runs of letters and digits, as `/[\p{L}\p{N}]+/gu` finds them),
 * as start and end offsets in one flat array.
 */
function wordBounds(lower: string): Int32Array {
  // A word and the gap after it take two characters at least: the bounds fit in the text's length plus two.
  const bounds = new Int32Array(lower.length + 2);
  let n = 0;
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const pair = isHighSurrogate(c) && isLowSurrogate(lower.charCodeAt(i + 1));
    const inWord = pair ? isAlnumPair(lower, i) : isAlnumBmp(c);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      bounds[n++] = start;
      bounds[n++] = i;
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) {
    bounds[n++] = start;
    bounds[n++] = lower.length;
  }
  return bounds.subarray(0, n);
}

/**
 * FNV-1a of the 5-gram of words from word `w`, as the words joined by single spaces: small numbers, no
 * collisions worth worrying about at this size. 24 bits are plenty to tell a few thousand 5-grams
 * apart, and ship in five base-36 digits.
 */
function gramHash(lower: string, bounds: Int32Array, w: number): number {
  let h = FNV_OFFSET;
  for (let k = w; k < w + GRAM; k++) {
    if (k > w) h = Math.imul(h ^ SPACE, FNV_PRIME);
    for (let i = bounds[2 * k]!, end = bounds[2 * k + 1]!; i < end; i++) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
  }
  return (h >>> 0) & 0xffffff;
}

/**
 * Each BMP unit lower-cased on its own, plus one (0: not yet known, -1: not one unit, or depends on its
 * neighbours, as "İ" and "Σ" do): where every unit of a text has one, lower-casing unit by unit is
 * `toLowerCase()`, without building a lower-cased copy of a long text.
 */
const lowerPlusOne = new Int32Array(65536);
const CAPITAL_SIGMA = 0x3a3;

function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let known = lowerPlusOne[c]!;
  if (known === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    known = lower.length !== 1 || c === CAPITAL_SIGMA || isHighSurrogate(c) || isLowSurrogate(c) ? -1 : lower.charCodeAt(0) + 1;
    lowerPlusOne[c] = known;
  }
  return known - 1;
}

/**
 * The hashes of eachShingle in one pass over the characters: the five 5-grams a word belongs to are
 * hashed side by side (s0 began at this word, s4 four words back), so no lower-cased copy of the text
 * and no word bounds are built. Returns false, having visited nothing, when a character cannot be
 * lower-cased alone (eachShingle then reads the text the long way).
 */
function eachShingleInOnePass(text: string, visit: (hash: number) => void): boolean {
  // The hashes wait until the whole text has proved readable this way; a word and a gap take two characters at least.
  const gramBuffer = new Int32Array((text.length >> 1) + 1);
  let grams = 0;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : SPACE;
    const c = unit < 128 ? (unit >= 65 && unit <= 90 ? unit + 32 : unit) : lowerUnit(unit);
    if (c < 0) return false;
    const alnum = c < 128 ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) : isAlnumBmp(c);
    if (alnum && !inWord) {
      // A word begins: the grams begun on the four words before it go on past a space; one begins here.
      s4 = Math.imul(s3 ^ SPACE, FNV_PRIME);
      s3 = Math.imul(s2 ^ SPACE, FNV_PRIME);
      s2 = Math.imul(s1 ^ SPACE, FNV_PRIME);
      s1 = Math.imul(s0 ^ SPACE, FNV_PRIME);
      s0 = FNV_OFFSET | 0;
    } else if (!alnum && inWord && ++words >= GRAM) gramBuffer[grams++] = s4 & 0xffffff;
    inWord = alnum;
    if (!alnum) continue;
    s0 = Math.imul(s0 ^ c, FNV_PRIME);
    s1 = Math.imul(s1 ^ c, FNV_PRIME);
    s2 = Math.imul(s2 ^ c, FNV_PRIME);
    s3 = Math.imul(s3 ^ c, FNV_PRIME);
    s4 = Math.imul(s4 ^ c, FNV_PRIME);
  }
  for (let g = 0; g < grams; g++) visit(gramBuffer[g]!);
  return true;
}

/** Calls `visit` with the hash of each word 5-gram of `text`, in order (repeats included). */
function eachShingle(text: string, visit: (hash: number) => void): void {
  if (eachShingleInOnePass(text, visit)) return;
  const lower = text.toLowerCase();
  const bounds = wordBounds(lower);
  const words = bounds.length / 2;
  for (let w = 0; w + GRAM <= words; w++) visit(gramHash(lower, bounds, w));
}

function shingles(text: string): Set<number> {
  const out = new Set<number>();
  eachShingle(text, (h) => out.add(h));
  return out;
}

/** The sampled 5-gram hashes of a text, sorted, in base 36, space-separated. */
export function fingerprint(text: string): string {
  return [...shingles(text)]
    .filter((h) => h % SAMPLE === 0)
    .sort((a, b) => a - b)
    .map((h) => h.toString(36))
    .join(' ');
}

export function createSourceMatcher(fingerprints: Readonly<Record<SourceId, string>>): (articleText: string) => SourceId | null {
  const ids = Object.keys(fingerprints);
  const sizes = new Int32Array(ids.length);
  // Each sampled hash → the sources whose sample holds it (a source twice if its sample lists it twice).
  const index = new Map<number, number[]>();
  let allSampled = true;
  ids.forEach((id, s) => {
    const sample = (fingerprints[id] as string).split(' ').map((h) => parseInt(h, 36));
    sizes[s] = sample.length;
    for (const h of sample) {
      const holders = index.get(h);
      if (holders) holders.push(s);
      else index.set(h, [s]);
      if (h % SAMPLE !== 0) allSampled = false;
    }
  });

  return (articleText) => {
    const shared = new Int32Array(ids.length);
    const seen = new Set<number>();
    eachShingle(articleText, (h) => {
      // Only sampled 5-grams can be in a fingerprint; each counts once, however often the article repeats it.
      if ((allSampled && h % SAMPLE !== 0) || seen.has(h)) return;
      seen.add(h);
      for (const s of index.get(h) ?? []) shared[s]!++;
    });
    let best: { id: SourceId; share: number } | null = null;
    ids.forEach((id, s) => {
      const share = sizes[s] ? shared[s]! / sizes[s]! : 0;
      if (share >= MIN_CONTAINMENT && (!best || share > best.share)) best = { id, share };
    });
    return (best as { id: SourceId } | null)?.id ?? null;
  };
}
