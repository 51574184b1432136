/**
 * Names: every alias of the reference's entities, whatever the apostrophes, hyphens, spaces or case
 * ("Kait’ib Hezbollah", "Abu-Kamal", "KATAIB HEZBOLLAH"), and people introduced by a title
 * ("spokesman Jonathan Hoffman") even when the reference does not know them.
 */
import type { Entity, EntityId } from '../reference/types';
import type { Span } from './types';

export interface NameMention extends Span {
  /** The reference entity, or null for a titled person the reference does not know. */
  entity: EntityId | null;
  /** The title written before the name ("Pentagon Press Secretary"), if any. */
  title: string | null;
}

export type NameFinder = (text: string) => NameMention[];

const APOSTROPHES = /['’‘`´ʼ]/;
const DASHES = /[-‐‑‒–—]/;

/** Lower-cases and unifies apostrophes, dashes and spaces, one character for one, so offsets carry over. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (APOSTROPHES.test(ch)) out += "'";
    else if (DASHES.test(ch)) out += '-';
    else if (ch === '\u00a0') out += ' ';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

/** The part of an alias that decides identity: letters and digits only. */
function aliasKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alias as a pattern over folded text: optional apostrophes and dots, space or hyphen or nothing between words. */
function aliasPattern(alias: string): string {
  let pattern = '';
  for (const ch of fold(alias)) {
    if (ch === "'") pattern += "'?";
    else if (ch === ' ' || ch === '-') pattern += '[ -]?';
    else if (ch === '.') pattern += '\\.?';
    else pattern += escapeRegExp(ch);
  }
  return pattern;
}

// Titles that introduce a person's name, as written at the start of a sentence; the lower-case form
// ("foreign minister Sergei Lavrov") is added below. Longer titles first so "Press Secretary" wins over "Secretary".
const TITLE_WORDS = [
  'Press Secretary',
  'Secretary of State',
  'Defense Secretary',
  'Defence Secretary',
  'Secretary',
  'Vice President',
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Minister',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Congressman',
  'Congresswoman',
  'Lawmaker',
  'General',
  'Colonel',
  'Major',
  'Captain',
  'Admiral',
  'Senator',
  'Representative',
  'Ambassador',
  'Commander',
  'Premier',
  'Chancellor',
  'Ayatollah',
  'Sheikh',
  'Governor',
  'Mayor',
  'Director',
  'Chairman',
  'Analyst',
];
const TITLE_ABBREVIATIONS = ['Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Gen.', 'Lt. Col.', 'Col.', 'Maj.', 'Capt.', 'Adm.', 'Sen.', 'Rep.', 'Gov.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.'];
const TITLES = [
  ...TITLE_WORDS.flatMap((t) => [t, t.charAt(0).toLowerCase() + t.slice(1), t.toLowerCase()]),
  ...TITLE_ABBREVIATIONS,
].sort((a, b) => b.length - a.length);

const NAME_TOKEN = "(?:[A-Z][A-Za-z'’-]*[a-z]|[A-Z]\\.)";
// Words before a title that belong to it ("Pentagon", "U.S."), on the same line.
const TITLE_LEAD = '(?:[A-Z](?:[A-Za-z]+|(?:\\.[A-Z])+\\.) +)';
// Capitalised words that follow a title but are not names ("President Thursday", "Secretary General").
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'On',
  'In',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'General',
  'Of',
  'And',
  'For',
]);
const TITLE_ALT = TITLES.map(escapeRegExp).join('|');
const TITLED_NAME = new RegExp(
  `(?<![\\p{L}])(${TITLE_LEAD}{0,2})((?:${TITLE_ALT})(?:,? +(?:${TITLE_ALT}))*),? +(${NAME_TOKEN}(?: +${NAME_TOKEN}){0,3})`,
  'gu',
);

export function createNameFinder(entities: readonly Entity[]): NameFinder {
  const byKey = new Map<string, { entity: Entity; short: boolean }>();
  const patterns: string[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      byKey.set(aliasKey(alias), { entity, short: false });
      patterns.push(aliasPattern(alias));
    }
    for (const alias of entity.shortAliases ?? []) {
      byKey.set(aliasKey(alias), { entity, short: true });
      patterns.push(aliasPattern(alias));
    }
  }
  // Longest first: a regex alternation takes the first alternative that matches, not the longest.
  patterns.sort((a, b) => b.length - a.length);
  const aliasRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return function findNames(text: string): NameMention[] {
    const titled = findTitledNames(text);
    const titleBefore = (start: number): string | null =>
      titled.find((t) => t.start === start)?.title ?? null;
    const folded = fold(text);
    const seen = new Set<EntityId>();
    const found: NameMention[] = [];
    for (const m of folded.matchAll(aliasRe)) {
      const start = m.index;
      const end = start + m[0].length;
      const original = text.slice(start, end);
      // One-word aliases must be proper nouns ("Austin", not "austin"; "al-Bukamal" after its article);
      // longer ones are distinctive in any case ("al-Hashd al-Shaabi", a newspaper's lower-case "green zone").
      if (!/\s/.test(original) && !/^(?:(?:al|el|ad|as|an|ar|ash)-)?\p{Lu}/u.test(original)) continue;
      const hit = byKey.get(aliasKey(original));
      if (!hit) continue;
      const title = titleBefore(start);
      if (hit.short && !title && !seen.has(hit.entity.id)) continue;
      seen.add(hit.entity.id);
      found.push({ start, end, text: original, entity: hit.entity.id, title });
    }
    for (const t of titled) {
      if (found.some((f) => f.start < t.end && t.start < f.end)) continue;
      found.push(t);
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** People introduced by a title; the mention covers the name only, the title is kept beside it. */
function findTitledNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(TITLED_NAME)) {
    const lead = m[1] ?? '';
    const titleWord = m[2] ?? '';
    let name = m[3] ?? '';
    // Trim trailing words that are not part of a name ("John Kirby On Friday").
    const tokens = name.split(/\s+/);
    while (tokens.length > 0 && NOT_NAMES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
    if (tokens.length === 0 || NOT_NAMES.has(tokens[0] ?? '')) continue;
    name = tokens.join(' ');
    const nameStart = m.index + m[0].length - (m[3] ?? '').length;
    out.push({
      start: nameStart,
      end: nameStart + name.length,
      text: name,
      entity: null,
      title: (lead + titleWord).trim(),
    });
  }
  return out;
}
