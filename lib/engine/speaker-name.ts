/**
 * How a speaker phrase found by attribution.ts reads to a person: entities by their reference names,
 * roles inside groups as "a Kataib Hezbollah official", pronouns and definite descriptions ("the
 * monitor") as the speaker they stand for; and whether a speaker is a militia speaking for itself.
 */
import type { NameMention } from '../extract/names';
import { entityById } from '../reference/entities';
import type { Entity } from '../reference/types';
import { firstStartingFrom, spansWithin, type Span } from './spans';
import { DIGIT, LETTER, LOWER, UPPER } from '../extract/letter-classes';

const LEADING_BULLET = new RegExp(String.raw`^[^${LETTER}${DIGIT}"“‘'(]+`, 'u');
// "WASHINGTON -- ", "BAGHDAD (Reuters) - ": a dateline before the speaker, its wire in brackets.
const LEADING_DATELINE = new RegExp(String.raw`^[${UPPER}]{3,}[${UPPER}\s,./]*(?:\([^()]{1,40}\))?\s*(?:--|—|–|-)\s+`, 'u');
const MILITIA_KIND = new RegExp(String.raw`\b([${UPPER}][${LETTER}-]+\s+)?militias?\b`, 'u');
const THE_SHORT_NAME = new RegExp(String.raw`^[Tt]he ([${UPPER}][${LETTER}-]+)$`, 'u');
const OUTLET_NAMED = new RegExp(String.raw`^(?:[Tt]he|[Aa]n?)\s+(?:[${LOWER}-]+\s+|[${UPPER}][${LETTER}-]*\s+)*?(?:agency|broadcaster|channel|outlet|newspaper|daily|network|television|monitor)\s+([${UPPER}][${LETTER}.’'-]*(?:\s+[${UPPER}][${LETTER}.’'-]*){0,3})$`, 'u');
const MEDIA_AFTER = /^(?:['’]s)?\s+(?:state\s+)?(?:media|outlets|channels|television|TV|press|news agenc(?:y|ies))$/i;
const NAME_AS_MODIFIER = /^[-‑](?:affiliated|backed|linked|aligned|allied|run|controlled|owned|funded|sponsored|supported|led|based|leaning)\b/i;
const FIRST_WORD_CAPITALISED = new RegExp(String.raw`^[${UPPER}][${LETTER}]*`, 'u');

/**
 * Speakers an anaphor can stand for: a pronoun continues the sentence right before ("It added…");
 * a definite description ("the secretary", "the statement") the last speaker named.
 */
export interface Carried {
  previous: string | null;
  last: string | null;
}

// A pronoun speaks for the speaker before it.
export const PRONOUN = /^(?:he|she|it|they|him|her|them)$/i;

// A role inside a group or body: "an official of the group" is the group's official.
const ROLE_NOUN = /\b(officials?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|commanders?|leaders?|sources?|members?|officers?|representatives?|secretary|minister|director|chief)\b/i;
// A definite description of a speaker named before ("the monitor", "the official"): the same speaker.
const DEFINITE_BACK = /^the (?:(?:war|britain-based|uk-based|u\.k\.-based|london-based|monitoring|defense|defence|press) )?(?:monitor|monitoring group|observatory|(?<=-based )(?:organi[sz]ation|watchdog|group)|official|spokesm[ae]n|spokeswoman|spokesperson|source|ministry|agency|outlet|commander|secretary|minister|general|statement|letter|release|report)$/i;
// A document standing for its author: it can only be one the article has named before.
const DOCUMENT_BACK = /^the (statement|letter|release|report)$/i;
const MONITOR_WORD = /\b(?:monitor(?:ing)?|observatory|SOHR)\b|-based (?:organi[sz]ation|watchdog|group)$/i;
// The group's own voice: "the group", "the militia" stand for the group last named.
const GROUP_BACK = /^(?:the|its|that) (?:group|militia|faction|organi[sz]ation|movement|brigades?)$/i;
const GROUP_DEFINITE = /\b(?:the|its|that) (?:group|militia|faction|organi[sz]ation|movement|brigades?)\b/i;
// "one of its officials told AFP": the group last named speaks through its own.
const OWN_ROLE = /\b(?:its|their) (?:officials?|spokesm[ae]n|members?|commanders?|leaders?)\b/i;
const GROUP_ANY = /\b(?:militias?|militant groups?)\b/i;

const COMMON_FIRST = /^(?:the|a|an|some|several|many|other|senior|local|two|three|top|unnamed|independent|state|opposition)$/i;
// Common nouns that open a speaker phrase in lower case once it is not a sentence's first word ("Department" stays).
const COMMON_SPEAKERS = /^(?:officials?|sources?|witness(?:es)?|residents?|activists?|analysts?|experts?|diplomats?|lawmakers?|authorities|investigators?|medics?|doctors?|people|correspondents?|reporters?|journalists?|monitors?|members?|militias?|spokesm[ae]n|commanders?|officers?)$/i;


/** A readable speaker: entities by their reference names, roles inside groups as "a Kataib Hezbollah official". */
const COLLECTIVE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[${LETTER}-]+\s+)?(?:administration|government|team|campaign|aides?|officials?|cabinet)\b`, 'iu');

/** 'counted by a “war monitor”': a quotation mark the speaker's phrase cut off from its pair is no part of it. */
function withoutLoneQuote(s: string): string {
  return (s.match(/[“”"]/g) ?? []).length === 1 ? s.replace(/[“”"]/, '') : s;
}

/** The words of a speaker's phrase, short of what is no part of who speaks. */
function speakerWords(text: string, np: Span): string {
  return withoutLoneQuote(text
    .slice(np.start, np.end)
    .replace(/\s+/g, ' ')
    .trim()
    // "» U.S. officials", "• The Pentagon": a list's bullet is no part of the speaker.
    .replace(LEADING_BULLET, '')
    // "WASHINGTON -- Opposition activists": a dateline before the speaker.
    .replace(LEADING_DATELINE, '')
    // "Reports citing an Iraqi militia official said…": the reports pass the official's words on.
    .replace(/^(?:(?:news|media|press|local)\s+)?reports\s+(?:citing|quoting)\s+(?=\S)/i, '')
    // "according to a statement from Syria's Foreign and Expatriates Ministry": the document's author speaks.
    // "the most recent reports from NBC News": the outlet.
    .replace(/^(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|letter|message|bulletin|reports?)\s+(?:from|by|of)\s+(?=\S)/i, '')
    // "So far the United States has confirmed…": how far the telling has gone is no part of who tells it.
    .replace(/^(?:(?:[Ss]o|[Tt]hus)\s+)?far,?\s+(?=\S)/, '')
    // "Yet a monitoring organisation says": a conjunction opening the sentence is no part of the speaker.
    .replace(/^(?:Yet|But|And|So|Still|Now|However|Meanwhile|Instead),?\s+(?=\S)/, '')
    // "the Observatory (OSDH) said": a gloss cut at its bracket is left out.
    .replace(/\s*\([^()]*$/, '')
    // "Pentagon press secretary Brig.": a title cut off by the sentence's end, which a period there makes.
    .replace(/\s+(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.?$/, ''));
}

export function speakerName(text: string, np: Span, names: readonly NameMention[], carried: Carried): string | null {
  const raw = speakerWords(text, np);
  // "a barrage that no group has claimed": no one, named as such.
  if (/^(?:no|none of)\b|^(?:nobody|no one|neither)$/i.test(raw)) return null;
  if (PRONOUN.test(raw)) return carried.previous;
  // "the monitoring group told AFP" after a militia official spoke is a new speaker, not the official again.
  // "the ministry said" after the Pentagon spoke is some ministry, not the Pentagon again.
  const unlike = (MONITOR_WORD.test(raw) && !MONITOR_WORD.test(carried.last ?? '')) || (/\bministry$/i.test(raw) && !/\bministry\b/i.test(carried.last ?? ''));
  // "The press secretary said" after Defense Secretary Austin spoke: the person last titled so, not the last speaker.
  const post = QUALIFIED_POST.exec(raw);
  if (post) return personTitledBefore(names, np.start, post[1] as string) ?? lowerFirst(raw);
  // "The figure came from the Syrian Observatory…: the UK-based group said 17": that monitor, not the last speaker.
  const monitor = unlike && DEFINITE_BACK.test(raw) && MONITOR_WORD.test(raw) ? monitorNamedBefore(names, np.start) : null;
  if (monitor) return monitor;
  if (DEFINITE_BACK.test(raw) && carried.last && !unlike) {
    // "According to the statement" where the article has named no statement: it is the words of the sentence
    // right before ("The Pentagon said…"), or of no one we know.
    const document = DOCUMENT_BACK.exec(raw);
    return document && !namedBefore(text, np.start, document[1] as string) ? carried.previous : carried.last;
  }
  // "Iranian state television and the Syrian Observatory": two credits, as written.
  if (/\band\b/.test(raw)) return lowerFirst(raw);
  // "the IRGC-affiliated Tasnim news agency": a name that only qualifies another noun does not speak.
  const inside = spansWithin(names, np).filter((n) => !NAME_AS_MODIFIER.test(text.slice(n.end, n.end + 16)));
  // "IRGC media are reporting": a body's outlets speak, as written, not the body.
  if (inside.length === 1 && MEDIA_AFTER.test(text.slice((inside[0] as NameMention).end, np.end))) return lowerFirst(raw);
  const person = inside.find((n) => (n.entity ? entityById.get(n.entity)?.kind === 'person' : true));
  // "the Biden administration", "Austin's aides": a body named for its leader speaks, not the leader.
  if (person && COLLECTIVE_AFTER.test(text.slice(person.end, np.end))) return lowerFirst(raw);
  if (person) return person.entity ? (entityById.get(person.entity)?.name ?? person.text) : person.text;
  const role = ROLE_NOUN.exec(raw);
  const body = inside.map((n) => (n.entity ? entityById.get(n.entity) : undefined)).find((e) => e && e.kind !== 'place');
  // "The Observatory … has raised its count. The group first said 17…": the monitor that spoke just before.
  if (GROUP_BACK.test(raw)) {
    if (/(?:group|organi[sz]ation)$/i.test(raw) && MONITOR_WORD.test(carried.previous ?? '')) return carried.previous;
    return lastGroupBefore(names, np.start) ?? lowerFirst(raw.replace(/^(?:its|that)/i, 'the'));
  }
  if (role) {
    const plural = /s$/i.test(role[1] ?? '') && !/^(?:an?|one)\b/i.test(raw);
    const word = (role[1] ?? '').toLowerCase();
    // "one of its officials" is one official.
    const noun = plural ? word : word.replace(/men$/, 'man').replace(/s$/, '');
    // "an Iraqi militia official", "the Pentagon press secretary" say it already, in the right order.
    if (new RegExp(`${body ? '' : '\\bmilitia '}${role[1]}$`, 'i').test(raw) && (!body || raw.includes(inside[0]?.text ?? '\u0000'))) {
      return withArticle(raw, plural);
    }
    // "an official of the group" is the last-named group's; "an official with one of the militias", some militia's.
    // "one of the Iraqi militias" keeps its adjective: "an Iraqi militia official".
    const kind = MILITIA_KIND.exec(raw);
    const group = body?.name ?? (GROUP_DEFINITE.test(raw) || OWN_ROLE.test(raw) ? (lastGroupBefore(names, np.start) ?? 'militia') : kind ? `${kind[1] ?? ''}militia` : GROUP_ANY.test(raw) ? 'militia' : null);
    if (group) return plural ? `${group} ${noun}` : `${/^[aeiou]/i.test(group) ? 'an' : 'a'} ${group} ${noun}`;
  }
  // The body alone, give or take an article and modifiers ("the Britain-based Syrian Observatory for Human Rights").
  const only = inside.length === 1 ? inside[0] : undefined;
  if (body && only && !role) return body.kind === 'organisation' ? `the ${body.name}` : body.name;
  // "the Observatory" after "the Syrian Observatory for Human Rights": the body named before.
  const short = THE_SHORT_NAME.exec(raw);
  const earlier = short ? bodyNamedBefore(names, np.start, short[1] as string) : null;
  if (earlier) return earlier;
  // As written, with a capital article made lower-case: "Some independent sources" → "some independent sources".
  // "the semiofficial Iranian news agency Tasnim": the name the description leads to.
  const named = OUTLET_NAMED.exec(raw);
  if (named) return named[1] as string;
  return lowerFirst(raw);
}

/** "Iraqi militia official says…" (a headline): a bare singular role takes its article. */
function withArticle(raw: string, plural: boolean): string {
  if (plural || /^(?:the|an?|one|some|his|her|its|their)\b/i.test(raw)) return lowerFirst(raw);
  // One holder of the post: "the Pentagon press secretary".
  if (/\b(?:secretary|minister|director|chief)$/i.test(raw)) return `the ${raw}`;
  return `${/^[aeiou]/i.test(raw) ? 'an' : 'a'} ${lowerFirst(raw)}`;
}

function lowerFirst(raw: string): string {
  // A sentence's capital on a common word goes too ("Officials" → "officials"); proper names keep theirs.
  return raw.replace(FIRST_WORD_CAPITALISED, (w) => (COMMON_FIRST.test(w) || COMMON_SPEAKERS.test(w) ? w.toLowerCase() : w));
}

/** The entity named last before `at` that `accept` takes. */
function lastEntityBefore(names: readonly NameMention[], at: number, accept: (e: Entity) => boolean): Entity | undefined {
  for (let i = firstStartingFrom(names, at) - 1; i >= 0; i--) {
    const n = names[i] as NameMention;
    const e = n.end <= at && n.entity ? entityById.get(n.entity) : undefined;
    if (e && accept(e)) return e;
  }
  return undefined;
}

/** An organisation or group named before `at` whose name holds `word`, as a speaker: "the Syrian Observatory for Human Rights". */
function bodyNamedBefore(names: readonly NameMention[], at: number, word: string): string | null {
  const w = new RegExp(`\\b${word}\\b`, 'i');
  const e = lastEntityBefore(names, at, (b) => b.kind !== 'person' && b.kind !== 'place' && w.test(b.name));
  return e ? (e.kind === 'organisation' ? `the ${e.name}` : e.name) : null;
}

/** The monitor (an organisation whose name says so) named last before `at`, as a speaker: a monitor described is it. */
function monitorNamedBefore(names: readonly NameMention[], at: number): string | null {
  const e = lastEntityBefore(names, at, (b) => b.kind === 'organisation' && MONITOR_WORD.test(b.name));
  return e ? `the ${e.name}` : null;
}

// A post named with what it is for: "the press secretary", "the defense secretary".
const QUALIFIED_POST = /^the ((?:press|defen[cs]e) secretary)$/i;

/**
 * The one person named before `at` under a title holding `post` ("Pentagon Press Secretary John Kirby"); null when
 * none is, or when two are (the Pentagon's and the White House's press secretaries): which one, the words do not say.
 */
function personTitledBefore(names: readonly NameMention[], at: number, post: string): string | null {
  const held = new RegExp(`\\b${post}\\b`, 'i');
  const holders = new Set<string>();
  for (let i = firstStartingFrom(names, at) - 1; i >= 0; i--) {
    const n = names[i] as NameMention;
    if (n.end <= at && n.title && held.test(n.title)) holders.add(n.entity ? (entityById.get(n.entity)?.name ?? n.text) : n.text);
  }
  return holders.size === 1 ? ([...holders][0] as string) : null;
}

/** The group named last before `at`: "the group" in a militia's statement stands for it. */
function lastGroupBefore(names: readonly NameMention[], at: number): string | null {
  return lastEntityBefore(names, at, (e) => e.kind === 'group')?.name ?? null;
}

/** Whether a speaker is a militia speaking for itself: "Kataib Hezbollah", "a militia official", "the group". */
export function isGroupVoice(speaker: string | null): boolean {
  if (!speaker) return false;
  if (/\b(?:militias?|the group)\b/i.test(speaker)) return true;
  groupNames ??= [...entityById.values()].filter((e) => e.kind === 'group').map((e) => e.name);
  return groupNames.some((name) => speaker.includes(name));
}

// The groups' names, listed once: the question is asked for every figure of an article.
let groupNames: string[] | null = null;

/** Whether `noun` ("statement") is written anywhere before `at`, in any case: "a statement", "Statement from…". */
function namedBefore(text: string, at: number, noun: string): boolean {
  const lower = noun.toLowerCase();
  const from = at - lower.length;
  return from >= 0 && (text.lastIndexOf(lower, from) >= 0 || text.lastIndexOf(lower[0]!.toUpperCase() + lower.slice(1), from) >= 0);
}
