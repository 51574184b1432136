// lib/engine/source-match.ts reads the whole text like the recognisers here do, so its tests live beside theirs.
import { describe, expect, it } from 'vitest';
import { createSourceMatcher, fingerprint } from '../../lib/engine/source-match';

/** The fingerprint as first written: words cut out, 5-grams joined with spaces, FNV-1a on the joined string. */
function fingerprintByJoining(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) {
    const s = words.slice(i, i + 5).join(' ');
    let h = 0x811c9dc5;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    hashes.add((h >>> 0) & 0xffffff);
  }
  return [...hashes].filter((h) => h % 8 === 0).sort((a, b) => a - b).map((h) => h.toString(36)).join(' ');
}

let seed = 11;
const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const VOCABULARY = 'the strike killed at least fighters near Boukamal said Pentagon 22 1,200 Kata’ib ΟΔΟΣ İstanbul 𐐀𐐁 émigré – (AFP)'.split(' ');
const prose = (words: number) => Array.from({ length: words }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(next() < 0.5 ? ' ' : ', ');

describe('fingerprint', () => {
  it('is the sampled hashes of the joined 5-grams, for any letters', () => {
    for (let n = 0; n < 50; n++) {
      const text = prose(40 + Math.floor(next() * 400));
      expect(fingerprint(text)).toBe(fingerprintByJoining(text));
    }
  });

  it('is the same when every character lower-cases on its own (the one-pass reading)', () => {
    const words = 'The STRIKE killed at least 22 fighters near Abu-Kamal, the Pentagon’s émigré Kata’ib – said'.split(' ');
    for (let n = 0; n < 50; n++) {
      const text = Array.from({ length: 20 + Math.floor(next() * 300) }, () => words[Math.floor(next() * words.length)]).join(next() < 0.5 ? ' ' : '\n');
      expect(fingerprint(text)).toBe(fingerprintByJoining(text));
    }
  });
});

describe('createSourceMatcher', () => {
  const article = prose(3000);

  it('recognises a source among a thousand by the share of its sample in the article', () => {
    const fingerprints: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) fingerprints[`s${i}`] = fingerprintByJoining(prose(300));
    fingerprints.own = fingerprint(article);
    expect(createSourceMatcher(fingerprints)(article)).toBe('own');
    expect(createSourceMatcher(fingerprints)(prose(3000))).toBeNull();
  });

  it('needs 60% of a sample, and takes the first of equal shares', () => {
    const own = fingerprint(article).split(' ');
    const absent = ['8', 'g', 'o', 'w', '14'].filter((h) => !own.includes(h));
    const withShare = (kept: number) => [...own.slice(0, kept), ...absent.slice(0, 5)].join(' ');
    // 5 absent hashes: 8 of 13 present is 62%, 7 of 12 is 58%.
    expect(createSourceMatcher({ a: withShare(8) })(article)).toBe('a');
    expect(createSourceMatcher({ a: withShare(7) })(article)).toBeNull();
    expect(createSourceMatcher({ a: withShare(8), b: withShare(8), c: withShare(20) })(article)).toBe('c');
    expect(createSourceMatcher({ a: withShare(8), b: withShare(8) })(article)).toBe('a');
  });

  it('counts a hash listed twice in a sample twice, and a 5-gram the article repeats once', () => {
    const own = fingerprint(article).split(' ');
    const [h] = own;
    const [x, y] = ['8', 'g', 'o', 'w', '14'].filter((k) => !own.includes(k));
    // Listed twice, present: 2 of 3.
    expect(createSourceMatcher({ a: `${h} ${h} ${x}` })(article)).toBe('a');
    // Present once in the sample, however often the article says it: 1 of 3.
    expect(createSourceMatcher({ a: `${h} ${x} ${y}` })(`${article} ${article} ${article}`)).toBeNull();
    expect(createSourceMatcher({ empty: '' })(article)).toBeNull();
  });
});
