/**
 * Finds which of many alias patterns match a text, as one regular expression alternating all of them
 * over the folded text (fold.ts) would: `(?<![\p{L}\p{N}])(?:A|B|…)(?![\p{L}\p{N}])`, global, so the
 * leftmost match first and, at one position, the first pattern in the list that matches.
 *
 * Instead of trying every pattern at every position, each pattern is filed under the first letters and
 * digits it can match; a position where a word starts looks up the letters and digits that follow it
 * and tries only the patterns filed there, as one alternation, over a folded copy of that stretch of
 * text alone. So the cost grows with the text's length, not with the number of aliases, and the text
 * is never folded whole.
 */
import { fold, foldedUnitAt, foldSlice } from './fold';
import { isAlnumBmp } from './letters';

/** The letters and digits an alias pattern must match first, up to this many, file it. */
const PREFIX = 4;
/** How far past a position its filing letters are read: separators between them are short. */
const PREFIX_REACH = 16;

/**
 * Whether a UTF-16 unit can be part of a letter or digit: surrogates count, as astral letters are two
 * units. Folding keeps it so: the lower case of a letter is a letter.
 */
function isAlnumUnit(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || isAlnumBmp(c);
}

/**
 * Codes of the first 1, 2 … PREFIX letter and digit units of the folded text from `at` (anything else
 * is skipped), within PREFIX_REACH characters. A code is a small-integer hash of the units and their
 * number: two prefixes may share one, which only adds patterns to try. Written into `into`; returns how many.
 */
function prefixCodes(text: string, at: number, into: number[]): number {
  let n = 0;
  let code = 0;
  for (let i = at; i < text.length && i < at + PREFIX_REACH && n < PREFIX; i++) {
    if (!isAlnumUnit(text.charCodeAt(i))) continue;
    code = (Math.imul(code, 0x01000193) ^ foldedUnitAt(text, i)) | 0;
    n++;
    into[n - 1] = (code ^ n) & 0x3fffffff;
  }
  return n;
}

export interface AliasPattern {
  /** Regular expression source over folded text, for the `u` flag. */
  source: string;
  /** The alias it was made from: its letters and digits are what the pattern must match. */
  alias: string;
}

export interface AliasMatch {
  start: number;
  end: number;
}

export type AliasMatcher = (text: string) => AliasMatch[];

const NONE: readonly number[] = [];

/** The patterns' index: each under the code of its first letters and digits, and what any match is bounded by. */
interface PrefixFile {
  /** Pattern indices by the code of their first letters and digits (all of them when fewer than PREFIX). */
  filed: Map<number, number[]>;
  /** 1 at a code's low 16 bits when some code filed has them: most codes are told absent by one array read. */
  mayBeFiled: Uint8Array;
  /**
   * 1 at pairKey of the first two letters or digits of an alias that has two or more (`pair`), and at the
   * unit of one that has one (`single`): a pattern matches only text whose letters and digits are its
   * alias's, so a word starting with no such pair or unit can start no name. null when an alias has none.
   */
  firstUnits: { pair: Uint8Array; single: Uint8Array } | null;
  /** Folded non-alphanumeric characters a pattern may start on (a leading apostrophe or dot in an alias). */
  leading: Set<number>;
  /** A match is never longer than its folded alias: each character of the alias matches one or none. */
  longest: number;
}

function fileByPrefix(patterns: readonly AliasPattern[], codes: number[]): PrefixFile {
  const file: PrefixFile = { filed: new Map(), mayBeFiled: new Uint8Array(0x10000), firstUnits: null, leading: new Set(), longest: 0 };
  const pair = new Uint8Array(0x10000);
  const single = new Uint8Array(0x10000);
  let everyAliasHasOne = true;
  patterns.forEach((p, index) => {
    const folded = fold(p.alias);
    const n = prefixCodes(folded, 0, codes);
    const code = codes[n - 1] ?? 0;
    file.filed.set(code, [...(file.filed.get(code) ?? []), index]);
    file.mayBeFiled[code & 0xffff] = 1;
    const units: number[] = [];
    const unitCount = firstTwoUnits(folded, 0, units);
    if (unitCount === 0) everyAliasHasOne = false;
    else if (unitCount === 2) pair[pairKey(units[0]!, units[1]!)] = 1;
    else single[units[0]!] = 1;
    for (let i = 0; i < folded.length && !isAlnumUnit(folded.charCodeAt(i)); i++) file.leading.add(folded.charCodeAt(i));
    file.longest = Math.max(file.longest, folded.length);
  });
  if (everyAliasHasOne) file.firstUnits = { pair, single };
  return file;
}

/** The first two letter or digit units of the folded text from `at`, read as prefixCodes reads them, into `into`; returns how many (0 to 2). */
function firstTwoUnits(text: string, at: number, into: number[]): number {
  let n = 0;
  for (let i = at; i < text.length && i < at + PREFIX_REACH && n < 2; i++) {
    if (isAlnumUnit(text.charCodeAt(i))) into[n++] = foldedUnitAt(text, i);
  }
  return n;
}

/** Two units as an index below 0x10000: pairs that share one only add positions to try. */
function pairKey(first: number, second: number): number {
  return ((first & 0xff) << 8) | (second & 0xff);
}

/** Whether a word at `at` can start any alias, by its first letters and digits (PrefixFile.firstUnits). */
function mayStartAlias(firstUnits: PrefixFile['firstUnits'], text: string, at: number, units: number[]): boolean {
  if (firstUnits === null) return true;
  const n = firstTwoUnits(text, at, units);
  if (n === 0) return false;
  return firstUnits.single[units[0]!] === 1 || (n === 2 && firstUnits.pair[pairKey(units[0]!, units[1]!)] === 1);
}

/** Patterns in priority order (the order an alternation would try them). */
export function createAliasMatcher(patterns: readonly AliasPattern[]): AliasMatcher {
  const codes: number[] = [];
  const { filed, mayBeFiled, firstUnits, leading, longest } = fileByPrefix(patterns, codes);
  const units: number[] = [];

  const filedGroups = new Set<readonly number[]>(filed.values());
  // One sticky alternation per set of patterns tried together, in priority order: by the group's own
  // array when one group is tried, else by the indices (rare: a hash collision or a short alias).
  const ofGroup = new Map<readonly number[], RegExp>();
  const ofIndices = new Map<string, RegExp>();
  const alternation = (indices: readonly number[]): RegExp => {
    let re = ofGroup.get(indices);
    if (re !== undefined) return re;
    const key = indices.join(',');
    re = ofIndices.get(key);
    if (re === undefined) {
      const sources = indices.map((i) => patterns[i]!.source);
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
      ofIndices.set(key, re);
    }
    if (filedGroups.has(indices)) ofGroup.set(indices, re);
    return re;
  };

  /** The patterns that may match at `at`, in priority order. */
  const candidates = (text: string, at: number): readonly number[] => {
    const n = prefixCodes(text, at, codes);
    let out: readonly number[] = NONE;
    for (let k = 0; k < n; k++) {
      if (mayBeFiled[codes[k]! & 0xffff] === 0) continue;
      const group = filed.get(codes[k]!);
      if (group) out = out.length === 0 ? group : [...out, ...group].sort((a, b) => a - b);
    }
    return out;
  };

  /** The end of the match at `at`, or -1: the alternation run over a folded copy of the stretch it can read. */
  const matchAt = (text: string, at: number, indices: readonly number[]): number => {
    // One character before (the look-behind) and after (the look-ahead), each possibly a surrogate pair.
    const from = Math.max(0, at - 2);
    const to = Math.min(text.length, at + longest + 2);
    const re = alternation(indices);
    re.lastIndex = at - from;
    const m = re.exec(foldSlice(text, from, to));
    return m === null ? -1 : at + m[0].length;
  };

  return (text) => {
    const out: AliasMatch[] = [];
    // The pattern's own look-behind decides; this only skips positions inside a run of letters and digits.
    let prevAlnum = false;
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      const alnum = isAlnumUnit(c);
      const mayStart = !prevAlnum && (alnum || (leading.size > 0 && leading.has(foldedUnitAt(text, at))));
      prevAlnum = alnum && isAlnumBmp(c);
      if (!mayStart || !mayStartAlias(firstUnits, text, at, units)) continue;
      const indices = candidates(text, at);
      if (indices.length === 0) continue;
      const end = matchAt(text, at, indices);
      if (end < 0) continue;
      out.push({ start: at, end });
      // The alternation goes on after the match.
      if (end > at) {
        at = end - 1;
        prevAlnum = isAlnumBmp(text.charCodeAt(end - 1));
      }
    }
    return out;
  };
}
