/**
 * Recognises an article that is one of the reference's own sources, so it is never compared with itself.
 * Containment of word 5-grams: the share of a source's 5-grams that the article also has. A page
 * carrying the source inside its own chrome still contains it; another outlet quoting the same
 * statement shares only the quote.
 */
import type { Source, SourceId } from '../reference/types';

const GRAM = 5;
const MIN_CONTAINMENT = 0.6;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over the 5-gram's words: small numbers, no collisions worth worrying about at this size. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + GRAM <= w.length; i++) out.add(hash(w.slice(i, i + GRAM).join(' ')));
  return out;
}

export function createSourceMatcher(sources: readonly Source[]): (articleText: string) => SourceId | null {
  let cache: Array<{ id: SourceId; grams: Set<number> }> | null = null;
  return (articleText) => {
    cache ??= sources.map((s) => ({ id: s.id, grams: shingles(s.text) }));
    const grams = shingles(articleText);
    let best: { id: SourceId; share: number } | null = null;
    for (const source of cache) {
      let shared = 0;
      for (const g of source.grams) if (grams.has(g)) shared++;
      const share = source.grams.size ? shared / source.grams.size : 0;
      if (share >= MIN_CONTAINMENT && (!best || share > best.share)) best = { id: source.id, share };
    }
    return best?.id ?? null;
  };
}
