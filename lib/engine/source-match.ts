/**
 * Recognises an article that is one of the reference's own sources, so it is never compared with itself.
 * A source's fingerprint is a sample of the hashes of its word 5-grams (those divisible by SAMPLE);
 * an article that contains most of a source's sampled 5-grams is that source. A page carrying the
 * source inside its own chrome still contains it; another outlet quoting the same statement shares
 * only the quote.
 */
import type { SourceId } from '../reference/types';

const GRAM = 5;
/** Keep one 5-gram in SAMPLE: small enough to ship, still dozens per source. */
const SAMPLE = 8;
const MIN_CONTAINMENT = 0.6;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a: small numbers, no collisions worth worrying about at this size. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // 24 bits are plenty to tell a few thousand 5-grams apart, and ship in five base-36 digits.
  return (h >>> 0) & 0xffffff;
}

function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + GRAM <= w.length; i++) out.add(hash(w.slice(i, i + GRAM).join(' ')));
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
  const samples = Object.entries(fingerprints).map(([id, f]) => [id, f.split(' ').map((h) => parseInt(h, 36))] as const);
  return (articleText) => {
    const grams = shingles(articleText);
    let best: { id: SourceId; share: number } | null = null;
    for (const [id, sample] of samples) {
      const shared = sample.filter((g) => grams.has(g)).length;
      const share = sample.length ? shared / sample.length : 0;
      if (share >= MIN_CONTAINMENT && (!best || share > best.share)) best = { id, share };
    }
    return best?.id ?? null;
  };
}
