/**
 * Names: every alias of the reference's entities, whatever the apostrophes, hyphens, spaces or case
 * ("Kait’ib Hezbollah", "Abu-Kamal", "KATAIB HEZBOLLAH"), and people introduced by a title
 * ("spokesman Jonathan Hoffman") even when the reference does not know them.
 */
import type { Entity, EntityId } from '../reference/types';
import type { Span } from './types';
import { createAliasMatcher, type AliasPattern } from './alias-index';
import { fold } from './fold';
import { lettersAndDigits } from './letters';
import { inTitleCaseLine, isSpace } from './tokens';
import { LETTER, LOWER, UPPER } from './letter-classes';

// "Austin", "al-Bukamal": a capital, after an Arabic article if any.
const PROPER_NOUN_START = new RegExp(String.raw`^(?:(?:al|el|ad|as|an|ar|ash)-)?[${UPPER}]`, 'u');
const INITIAL_OR_SMALL_WORD = new RegExp(String.raw`^[${UPPER}]\.$|^[${LOWER}]+$`, 'u');

export interface NameMention extends Span {
  /** The reference entity, or null for a titled person the reference does not know. */
  entity: EntityId | null;
  /** The title written before the name ("Pentagon Press Secretary"), if any. */
  title: string | null;
}

export type NameFinder = (text: string) => NameMention[];

/** The part of an alias that decides identity: letters and digits only. */
function aliasKey(text: string): string {
  return lettersAndDigits(fold(text));
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
// A one-word title's two lower-case forms are the same word: a set keeps the alternation from trying it twice.
const TITLES = [
  ...new Set([...TITLE_WORDS.flatMap((t) => [t, t.charAt(0).toLowerCase() + t.slice(1), t.toLowerCase()]), ...TITLE_ABBREVIATIONS]),
].sort((a, b) => b.length - a.length);

// "Bashar al-Assad", "Mustafa al Kadhimi": an Arabic article or a particle inside a name is lower-case.
// A name's word: Latin letters with their accents ("António Guterres", "Recep Tayyip Erdoğan"), not cut at the first one.
const NAME_WORD = `[${UPPER}][${LETTER}'’-]*[${LOWER}](?![${LETTER}])`;
const NAME_TOKEN = `(?:${NAME_WORD}|(?:[A-Z]\\.){1,3}|(?:al|el|ad|ar|as|ash|at|az|an)[-‑]${NAME_WORD}|(?:al|bin|ibn|abu|abd|el|de|van|von|der)(?= +[A-Z]))`;
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
  // A title-case headline's small words and verbs: "Third President To Bomb Syria", "President Says…".
  'To',
  'Is',
  'At',
  'By',
  'As',
  'With',
  'From',
  'After',
  'Says',
  'Said',
  // A headline's verbs and its label after a title: "Senator Condemns Attacking…", "Sen. Lee Statement on Syria".
  'Condemns',
  'Slams',
  'Blasts',
  'Rips',
  'Warns',
  'Urges',
  'Calls',
  'Demands',
  'Questions',
  'Praises',
  'Backs',
  'Defends',
  'Criticizes',
  'Criticises',
  'Welcomes',
  'Reacts',
  'Responds',
  'Statement',
  'Statements',
  // "the UN General Assembly", "General Dynamics": a body or a firm named after a title.
  'Assembly',
  'Staff',
  'Council',
  'Dynamics',
  'Atomics',
  'Electric',
  'Motors',
  // "Dear Mr. President:", "Mr. Speaker": an address by the title, no name.
  'President',
  'Speaker',
  'Chairman',
  'Secretary',
]);
const STATE_AFTER =
  /^,\s*(?:Texas|Tex\.|Minnesota|Minn\.|Nevada|Indiana|Pennsylvania|Colorado|Arkansas|Georgia|Illinois|Ohio|Michigan|Missouri|Kentucky|Virginia|California|New York|Florida)\b/;
const RANK_ABBREVIATION = /^(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Cmdr|Cpl|Pvt)$/;
const TITLE_ALT = TITLES.map(escapeRegExp).join('|');
const TITLE_START = new RegExp(`(?:${TITLE_ALT})`);
const TITLED_NAME = new RegExp(
  `(?<![${LETTER}])(${TITLE_LEAD}{0,2})((?:${TITLE_ALT})(?:,? +(?:${TITLE_ALT}))*),? +(${NAME_TOKEN}(?: +${NAME_TOKEN}){0,3})`,
  'gu',
);

export function createNameFinder(entities: readonly Entity[]): NameFinder {
  const byKey = new Map<string, { entity: Entity; short: boolean }>();
  const patterns: AliasPattern[] = [];
  const file = (alias: string) => patterns.push({ source: aliasPattern(alias), alias });
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      byKey.set(aliasKey(alias), { entity, short: false });
      file(alias);
    }
    for (const alias of entity.shortAliases ?? []) {
      byKey.set(aliasKey(alias), { entity, short: true });
      file(alias);
    }
  }
  // Longest first: at one position the first pattern that matches wins, as in a regex alternation.
  patterns.sort((a, b) => b.source.length - a.source.length);
  const matchAliases = createAliasMatcher(patterns);

  return function findNames(text: string): NameMention[] {
    const titled = findTitledNames(text);
    const titleAt = new Map<number, string | null>();
    for (const t of titled) if (!titleAt.has(t.start)) titleAt.set(t.start, t.title);
    const seen = new Set<EntityId>();
    const found: NameMention[] = [];
    for (const { start, end } of matchAliases(text)) {
      const original = text.slice(start, end);
      // One-word aliases must be proper nouns ("Austin", not "austin"; "al-Bukamal" after its article);
      // longer ones are distinctive in any case ("al-Hashd al-Shaabi", a newspaper's lower-case "green zone").
      if (!/\s/.test(original) && !PROPER_NOUN_START.test(original)) continue;
      const hit = byKey.get(aliasKey(original));
      if (!hit) continue;
      const title = titleAt.get(start) ?? null;
      if (hit.short && !title && !seen.has(hit.entity.id)) continue;
      // "AUSTIN, Texas –": a surname that is also a town, followed by its state.
      if (hit.short && STATE_AFTER.test(text.slice(end, end + 20))) continue;
      seen.add(hit.entity.id);
      found.push({ start, end, text: original, entity: hit.entity.id, title });
    }
    // Alias mentions are sorted and disjoint, and so are titled ones: one pointer finds the overlaps.
    const aliasCount = found.length;
    let j = 0;
    for (const t of titled) {
      while (j < aliasCount && found[j]!.end <= t.start) j++;
      if (j < aliasCount && found[j]!.start < t.end) continue;
      found.push(t);
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/**
 * Where a titled name may start: at a title, or at one of the two capitalised words before it (TITLE_LEAD).
 * Every title occurrence is found (also inside a longer one), so no start the pattern could take is missed.
 */
function titledStarts(text: string): Int32Array {
  const starts: number[] = [];
  const re = new RegExp(TITLE_START.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const title = m.index;
    re.lastIndex = title + 1;
    starts.push(title);
    // Up to two runs of non-space characters before the title, each followed by spaces: a lead word
    // starts inside one of them, at a capital letter.
    let end = title;
    for (let run = 0; run < 2 && end > 0 && text.charCodeAt(end - 1) === 32; run++) {
      while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
      let start = end;
      while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c >= 65 && c <= 90) starts.push(k);
      }
      end = start;
    }
  }
  return Int32Array.from(starts).sort();
}

/** People introduced by a title; the mention covers the name only, the title is kept beside it. */
function findTitledNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  const re = new RegExp(TITLED_NAME.source, 'uy');
  let from = 0;
  for (const at of titledStarts(text)) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    const titled = titledName(m);
    if (!titled) continue;
    // Only a name found moves on: "Secretary Air Force Brig." is none, and "Air Force Brig. Gen. Pat Ryder" starts inside it.
    from = m.index + m[0].length;
    out.push(titled);
  }
  return out;
}

/** Where a name's first two words other than initials ("John F. Kirby") end, as a token index. */
function firstTwoNames(tokens: readonly string[]): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!INITIAL_OR_SMALL_WORD.test(tokens[i]!) && ++words === 2) return i + 1;
  }
  return tokens.length;
}

function titledName(m: RegExpExecArray): NameMention | null {
  const lead = m[1] ?? '';
  const titleWord = m[2] ?? '';
  let name = m[3] ?? '';
  // Trim trailing words that are not part of a name ("John Kirby On Friday").
  const tokens = name.split(/\s+/);
  while (tokens.length > 0 && NOT_NAMES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  if (tokens.length === 0 || NOT_NAMES.has(tokens[0] ?? '')) return null;
  let nameStart = m.index + m[0].length - (m[3] ?? '').length;
  // "Senate President Pro Tempore Patty Murray": the Latin is the rest of the title.
  if (/^pro$/i.test(tokens[0] ?? '') && /^tempore$/i.test(tokens[1] ?? '')) {
    nameStart += m.input.slice(nameStart).indexOf(tokens[2] ?? '\u0000');
    tokens.splice(0, 2);
    if (tokens.length === 0) return null;
  }
  // "Press Secretary Air Force Brig. Gen. Pat Ryder": a service and a rank, not a name; the rank's own title follows.
  if (RANK_ABBREVIATION.test(tokens[tokens.length - 1] ?? '') && m.input.charAt(nameStart + tokens.join(' ').length) === '.') return null;
  // In a headline every word is capitalised: "Representative Ro Khanna Explains Why…" names two words, initials aside.
  if (tokens.length > 2 && inTitleCaseLine(m.input, nameStart)) tokens.splice(firstTwoNames(tokens));
  // "Jim Mattis’s statement": the possessive is no part of the name.
  name = tokens.join(' ').replace(/['’]s$/, '');
  return { start: nameStart, end: nameStart + name.length, text: name, entity: null, title: (lead + titleWord).trim() };
}
