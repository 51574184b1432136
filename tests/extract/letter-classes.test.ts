import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../../lib/extract/letter-classes';

const inClass = (body: string) => new RegExp(`^[${body}]$`, 'u');
const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

// The script the classes promise: Latin, with its extensions and modifier letters.
const BLOCKS: ReadonlyArray<readonly [number, number]> = [[0x0000, 0x02ff], [0x1e00, 0x1eff]];
const inBlocks = (c: string) => BLOCKS.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b);

describe('the letter classes', () => {
  it('hold every letter, capital and small letter of the Latin script, and every digit and mark', () => {
    const all = codePoints(0, 0x1fff).filter(inBlocks);
    for (const [prop, body] of [['L', LETTER], ['Lu', UPPER], ['Ll', LOWER], ['N', DIGIT], ['M', MARK]] as const) {
      const unicode = new RegExp(`^\\p{${prop}}$`, 'u');
      const ours = inClass(body);
      expect(all.filter((c) => unicode.test(c) && !ours.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    }
  });

  it('are exact in ASCII and Latin-1, where English news writes nearly everything', () => {
    for (const [prop, body] of [['L', LETTER], ['Lu', UPPER], ['Ll', LOWER], ['N', DIGIT]] as const) {
      const unicode = new RegExp(`^\\p{${prop}}$`, 'u');
      const ours = inClass(body);
      expect(codePoints(0, 0xff).filter((c) => unicode.test(c) !== ours.test(c))).toEqual([]);
    }
  });

  it('never take punctuation, a space, a digit or a symbol for a letter, nor a letter of another script', () => {
    const letter = inClass(LETTER);
    const notLetters = codePoints(0, 0x1fff).filter((c) => inBlocks(c) && /^[\p{P}\p{Z}\p{N}\p{Sm}\p{Sc}\p{So}]$/u.test(c));
    expect(notLetters.filter((c) => letter.test(c))).toEqual([]);
    expect(['Ω', 'Ж', 'ك'].filter((c) => letter.test(c))).toEqual([]);
  });
});

// Why: a Unicode property costs 3–6 ms to compile, and each rule's expression is compiled on a page's first
// reading and a reader's first article (letter-classes.ts). These files need \p{…} exactly, and say why.
const EXACT = new Set(['lib/extract/letters.ts', 'lib/extract/alias-index.ts', 'lib/engine/sentence-tokens.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the rules’ regular expressions', () => {
  it('use the letter classes rather than Unicode properties, outside the modules that need them exactly', () => {
    const offenders = ['lib/engine', 'lib/extract', 'lib/article', 'lib/page']
      .flatMap(sources)
      .filter((path) => !EXACT.has(path))
      // Comments may name a property; code may not.
      .filter((path) => readFileSync(path, 'utf8').split('\n').some((line) => /\\\\?p\{/.test(line) && !/^\s*(?:\/\/|\*|\/\*)/.test(line)));
    expect(offenders).toEqual([]);
  });
});
