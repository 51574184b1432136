import { describe, expect, it } from 'vitest';
import { createAliasMatcher, type AliasPattern } from '../../lib/extract/alias-index';
import { fold } from '../../lib/extract/fold';

/** A pattern as names.ts makes them: optional apostrophes and dots, a space, a hyphen or nothing between words. */
function pattern(alias: string): AliasPattern {
  let source = '';
  for (const ch of fold(alias)) {
    if (ch === "'") source += "'?";
    else if (ch === ' ' || ch === '-') source += '[ -]?';
    else if (ch === '.') source += '\\.?';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return { source, alias };
}

/** What the index must agree with: one alternation of every pattern over the folded text. */
function byAlternation(patterns: AliasPattern[], text: string): Array<{ start: number; end: number }> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => p.source).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...fold(text).matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const ALIASES = [
  'Kata’ib Hezbollah', 'Kataib Hezbollah Brigades', 'Hezbollah', 'KH', 'U.S.', 'US', 'Abu Kamal', 'al-Bukamal',
  'Bukamal', 'Boukamal', "'Ain al-Asad", 'Ain', 'Joseph R. Biden Jr.', 'Biden', 'Bi', 'Pentagon', 'Penta',
  'Deir ez-Zor', 'Deir', 'Ünïcödé Town',
].map(pattern);
// Longest first, as names.ts orders them: at one position the first that matches wins.
ALIASES.sort((a, b) => b.source.length - a.source.length);

const WORDS = [
  'Kata’ib', 'KATAIB', 'kataib-hezbollah', 'Hezbollah', 'Brigades', 'KH', 'U.S.', 'US', 'USA', 'Abu', 'Kamal',
  'abukamal', 'al-Bukamal', 'Bukamal,', 'Boukamal.', "'Ain", 'al-Asad', 'Ain', 'Joseph', 'R.', 'Biden', 'Jr.',
  'Bi', 'Pentagon’s', 'Pentagons', 'Penta', 'Deir', 'ez-Zor', 'ÜNÏCÖDÉ', 'Town', 'the', 'said', '22', '(', '—', '\u00a0',
  // Letters and digits no alias holds, next to a name or alone: the look-arounds must see them as letters,
  // astral ones whole, and symbols and lone surrogates not at all.
  'ß', 'Ω', 'ж', '中', '٣', 'ꟿ', '\u{1d400}', '\u{1d7d8}', '😀', '\ud800', '\udc00', '\u00ad',
];

describe('createAliasMatcher', () => {
  const match = createAliasMatcher(ALIASES);

  it('finds what one alternation of all the patterns finds, on text made of alias words', () => {
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 400; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
      const text = parts.join(next() < 0.5 ? ' ' : next() < 0.5 ? '' : '-');
      expect(match(text), text).toEqual(byAlternation(ALIASES, text));
    }
  });

  it('prefers the pattern listed first at one position, and goes on after a match', () => {
    const text = 'Kataib Hezbollah Brigades and Kata’ib Hezbollah met in Abu-Kamal near Penta.';
    const found = match(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['Kataib Hezbollah Brigades', 'Kata’ib Hezbollah', 'Abu-Kamal', 'Penta']);
  });

  it('finds nothing inside a word', () => {
    expect(match('Pentagonal KHz Bidens')).toEqual([]);
  });

  it('finds nothing next to a letter or digit that no alias holds, astral ones included, and a name next to a symbol', () => {
    for (const text of ['Bidenß', 'жBiden', 'Biden中', '٣Biden', 'Bidenꟿ', 'Biden\u{1d400}', '\u{1d7d8}Biden']) expect(match(text), text).toEqual([]);
    for (const text of ['Biden😀', '😀Biden', 'Biden\ud800', '\udc00Biden', '—Biden—']) {
      expect(match(text), text).toEqual(byAlternation(ALIASES, text));
      expect(match(text), text).toHaveLength(1);
    }
  });

  it('matches a pattern that starts on an apostrophe', () => {
    const text = "at 'Ain al-Asad base";
    expect(match(text)).toEqual(byAlternation(ALIASES, text));
    expect(match(text)[0]).toEqual({ start: 3, end: 15 });
  });

  it('agrees with the alternation when an alias itself holds a character outside the BMP', () => {
    const astral = ['\u{1d400}lpha Town', 'Town'].map(pattern).sort((a, b) => b.source.length - a.source.length);
    const matchAstral = createAliasMatcher(astral);
    for (const text of ['the \u{1d400}lpha Town', 'Town\u{1d400}', 'ßTown', 'Town ж', '\u{1d400}lpha-Town and Town']) {
      expect(matchAstral(text), text).toEqual(byAlternation(astral, text));
    }
    expect(matchAstral('the \u{1d400}lpha Town')).toEqual([{ start: 4, end: 15 }]);
  });
});
