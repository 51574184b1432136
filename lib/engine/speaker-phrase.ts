/**
 * The words of a speaker phrase: where it starts in its clause ("structures that U.S. officials" → "U.S.
 * officials"), what trails it ("on Friday"), the phrase after "according to" or a closing verb, and whether
 * a phrase can speak at all. attribution.ts finds the verbs and frames; this shapes the phrases.
 */
import { allMatches } from './all-matches';
import { PRONOUN } from './speaker-name';
import type { Span } from './spans';
import { monthNumber } from '../extract/calendar';
import { INITIALS, LETTER, LOWER, STARTS_WITH_CAPITAL, UPPER } from '../extract/letter-classes';
const ENDS_WITH_INITIAL = new RegExp(String.raw`[${UPPER}]\.$`, 'u');
const HAS_CAPITALISED_WORD = new RegExp(String.raw`(?:^|\s)(?:[${UPPER}][${LETTER}’'.-]*)`, 'u');

export const MAX_SPEAKER_WORDS = 10;
// The head of a phrase that names speakers by what they are: "two officials", "one medical source".
export const SPEAKER_HEAD = /\b(?:officials?|sources?|militias?|groups?|spokesm[ae]n|spokespersons?|witness(?:es)?|residents?|activists?|medics?|doctors?|diplomats?|officers?|commanders?|members?)\s*$/i;
// Verbs a relative clause ends on before the sentence's own verb: "the channel that these militias use says".
const RELATIVE_VERB_AT_END = /\s(?:use|uses|used|run|runs|control|controls|operate|operates|own|owns|back|backs|support|supports|fund|funds)$/i;
// Inside a speaker phrase these are verbs, never nouns ("local reports" is a noun).
const VERB_AFTER_SPEAKER = /^(?:said|told|reported|added|stated|confirmed|announced|claimed|estimated|acknowledged|noted|wrote|tweeted|insisted|explained)$/;
// "Here is what the president wrote": the speaker is after "what" or "how".
const NP_STOP_WORDS = /^(?:that|which|who|whose|what|how|and|but|while|whereas|as|because|if|when|after|before|since|although|though|where)$/i;
const SOURCE_HEAD = /^(?:sources?|officials?|residents?|witnesses|activists?|medics?|doctors?)$/i;
const JOINED_SOURCE_AFTER = /^\s+(?:(?:a|an|one|two|some|several|other|the)\s+)?(?:[\w-]+\s+)?(?:sources?|officials?|residents?|witnesses|activists?|medics?|doctors?)\b/i;
// Trailing words inside a speaker phrase that say when or how it spoke, not who spoke.
const TRAILING_ADVERBIAL = new RegExp(String.raw`(?:\s+(?:on|late|early|earlier|later|last)\s+[${LETTER}]+(?:\s+(?:night|morning|evening|afternoon))?|\s+(?:also|later|earlier|separately|previously|again|then|too|himself|herself|itself|had|has|have|would|will|could|may|might))+$`, 'iu');
// Words before a speaker that say when it spoke: "Later in the day a senior official said", "Late Thursday the Pentagon said",
// "Hours later Tasnim … reported"; "…, with a war monitor saying at least 22 were killed".
const LEADING_FILLER =
  /^(?:(?:and|but|so|also|with|meanwhile|separately|(?:later|earlier|late|early)(?!\s+reports\b)|however|then)\s+|(?:hours|days|minutes|moments|weeks|a day|a week|an hour)\s+(?:later|earlier|afterwards?)\s+|(?:in|during) the (?:day|morning|afternoon|evening|night|week)\s+|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?\s+)+/i;
// Nouns that make a phrase a speaker rather than a thing ("the monitor", "security officials").
const SPEAKER_NOUNS =
  /\b(?:officials?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|spokespeople|secretary|minister|ministry|president|commanders?|leaders?|sources?|monitors?|observatory|group|organi[sz]ations?|militias?|military|army|command|government|administration|agency|media|television|tv|outlets?|police|witness(?:es)?|residents?|activists?|officers?|analysts?|experts?|members?|department|office|embassy|statement|diplomats?|lawmakers?|senators?|representatives?|authorities|investigators?|medics?|doctors?|people|correspondents?|reporters?|journalists?)\b/i;
// "Brig. Gen. Pat Ryder": a title's period does not end the speaker's name.
const TITLE_ABBREVIATION = /^(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Cmdr|Sec|Secy)\.$/;

// The verb right after "that" in a relative clause describing its noun: "was", "has", "tracks", "monitors", "relies".
const RELATIVE_VERB_NEXT = /^(?:was|were|had|has|is|are|[a-z]{3,}(?:s|ed))$/;
const ARTICLE = /^(?:a|an|the)$/i;
// The noun's own determiner: "an attack", "a spot" (not "put out a statement", where a verb comes before).
const DETERMINER = /^(?:a|an|the|its|their|his|her|this|each|every|another)$/i;
const NOUN_LIKE = new RegExp(String.raw`^[${LOWER}][${LOWER}-]+$`, 'u');
// Words an article may follow inside one phrase: "the head of the group", "all the officials", "is the monitor".
const NOT_A_NOUN =
  /^(?:of|to|for|by|with|from|at|in|on|into|onto|over|under|about|against|among|including|like|as|than|and|or|nor|but|all|both|half|such|what|is|are|was|were|be|been|per|via|near|across|behind|within|without|toward|towards|after|before|since|said|says|told|say)$/i;

/** The end of a piece back to its last stop word: "structures that U.S. officials" → "U.S. officials". */
// "The Defense Department's first casualty estimate for last week's strike puts the toll at one": the account's owner
// speaks; what the account is of is not part of who.
const OWNERS_ACCOUNT = /^(\S.{0,60}?)['’]s\s+(?:[a-z-]+\s+){0,3}(?:estimate|count|tally|assessment|review|figures?)(?:$|\s+(?:for|of|on)\s)/;

/** The owner of an account, as the speaker of what the account says; any other phrase as it is. */
export function accountHead(text: string, tail: Span): Span {
  const owner = OWNERS_ACCOUNT.exec(text.slice(tail.start, tail.end));
  return owner?.[1] ? { start: tail.start, end: tail.start + owner[1].length } : tail;
}

export function clauseTail(text: string, piece: Span): Span | null {
  const s = text.slice(piece.start, piece.end);
  const words = allMatches(/\S+/g, s);
  let from = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]?.[0] ?? '';
    // "U.S. officials who spoke with Fox News said": the relative clause describes the speaker; keep both.
    if (/^who$/i.test(word) && i > 0 && SPEAKER_NOUNS.test(words[i - 1]?.[0] ?? '')) continue;
    // "The militia that was targeted said": a passive relative clause describes the speaker too.
    // So is a clause whose verb follows the pronoun: "a monitoring group that tracks the war reported" (not "the group
    // that the Pentagon said", whose own subject speaks).
    if (/^(?:that|which)$/i.test(word) && i > 0 && SPEAKER_NOUNS.test(words[i - 1]?.[0] ?? '') && RELATIVE_VERB_NEXT.test(words[i + 1]?.[0] ?? '')) continue;
    // "The militant group to which he belonged said": the speaker is the noun the relative clause follows.
    if (/^(?:which|whom)$/i.test(word) && i > 1 && /^(?:to|of|in|for|with|from)$/i.test(words[i - 1]?.[0] ?? '') && SPEAKER_NOUNS.test(words[i - 2]?.[0] ?? '')) {
      return clauseTail(text, { start: piece.start, end: piece.start + (words[i - 1]?.index ?? 0) });
    }
    // "Local sources and one medical source", "local sources in eastern Syria and a medical source": two speakers joined are one credit.
    if (/^and$/i.test(word) && words.slice(Math.max(0, i - 4), i).some((w) => SPEAKER_NOUNS.test(w[0])) && SPEAKER_NOUNS.test(s.slice((words[i]?.index ?? 0)))) continue;
    // "the Foreign and Expatriates Ministry": "and" between capitalised words is inside a name.
    if (word === 'and' && STARTS_WITH_CAPITAL.test(words[i - 1]?.[0] ?? '') && STARTS_WITH_CAPITAL.test(words[i + 1]?.[0] ?? '')) continue;
    if (NP_STOP_WORDS.test(word)) { from = i + 1; break; }
    // "in an attack a monitoring group says killed 22": an article right after a noun and its own article opens a
    // new phrase, the speaker of a relative clause without its "that".
    if (ARTICLE.test(word) && i > 1 && NOUN_LIKE.test(words[i - 1]?.[0] ?? '') && !NOT_A_NOUN.test(words[i - 1]?.[0] ?? '') && DETERMINER.test(words[i - 2]?.[0] ?? '')) { from = i; break; }
  }
  // "attacks he said": a pronoun is a whole phrase by itself.
  const lastWord0 = words[words.length - 1]?.[0] ?? '';
  if (PRONOUN.test(lastWord0)) from = words.length - 1;
  const kept = words.slice(from);
  if (kept.length === 0) return null;
  const start = piece.start + (kept[0]?.index ?? 0);
  const lastWord = kept[kept.length - 1] as RegExpMatchArray;
  const end = piece.start + (lastWord.index ?? 0) + lastWord[0].length;
  const span = { start, end };
  const lead = LEADING_FILLER.exec(text.slice(start, end));
  return lead ? { start: start + lead[0].length, end } : span;
}

export function trimAdverbials(text: string, np: Span): Span {
  const s = text.slice(np.start, np.end);
  const m = TRAILING_ADVERBIAL.exec(s);
  return m && m.index > 0 ? { start: np.start, end: np.start + m.index } : np;
}

/** The phrase from `from` to the end of its clause ("according to X, …", "said X."). */
export function phraseAfter(text: string, from: number, to: number): Span | null {
  let start = from;
  let end = from;
  const words = /\S+/g;
  words.lastIndex = from;
  let count = 0;
  let previous = '';
  for (let m = words.exec(text); m && m.index < to; m = words.exec(text)) {
    const word = m[0];
    if (count === 0) start = m.index;
    const bare = word.replace(/[,;:.!?"”)—–]+$/, '');
    // "Syria's Foreign and Expatriates Ministry": "and" between capitalised words is inside a name.
    const inName = bare === 'and' && STARTS_WITH_CAPITAL.test(previous) && STARTS_WITH_CAPITAL.test(text.slice(m.index + 4, m.index + 5));
    // "local sources and one medical source": two sources joined, each a source noun.
    const joined = bare === 'and' && SOURCE_HEAD.test(previous) && JOINED_SOURCE_AFTER.test(text.slice(m.index + 3, m.index + 40));
    previous = bare;
    if ((NP_STOP_WORDS.test(bare) && !inName && !joined) || /^(?:on|in|late|earlier|last|to)$/i.test(bare) && count > 0 || count >= MAX_SPEAKER_WORDS) break;
    if (VERB_AFTER_SPEAKER.test(bare) && count > 0) break;
    count++;
    // "According to the U.S., …": initials keep their last dot before the comma.
    const initials = word.replace(/[,;:!?"”)—–]+$/, '');
    end = m.index + (INITIALS.test(initials) ? initials.length : bare.length);
    // A comma, a closing quote or the sentence's end closes the phrase; "U.S." keeps its dots.
    if (TITLE_ABBREVIATION.test(word)) {
      end = m.index + word.length;
      continue;
    }
    if (bare !== word && !INITIALS.test(word) && !/\.$/.test(bare)) break;
    if (/[.!?]$/.test(word) && !INITIALS.test(word) && !TITLE_ABBREVIATION.test(word)) break;
  }
  if (count === 0) return null;
  let stop = end;
  while (stop > start && /[.]/.test(text[stop - 1] ?? '') && !ENDS_WITH_INITIAL.test(text.slice(start, stop))) stop--;
  return trimAdverbials(text, { start, end: stop });
}

export function looksLikeSpeaker(np: string): boolean {
  const s = np.trim();
  if (!s || /^\d/.test(s) || /^there\b/i.test(s) || /^(?:the|a|an)$/i.test(s)) return false;
  // "He said his initial tally put the dead at 17": a phrase holding a verb of saying is a clause, not who spoke.
  // "a channel that these militias use says": the relative clause's subject and verb, not the subject of "says".
  if (/\s(?:said|says|told|tells)\s/i.test(s) || RELATIVE_VERB_AT_END.test(s)) return false;
  if (PRONOUN.test(s)) return true;
  // "…, other reports say as many as 22 were killed": reports counted apart from the one before are who says it.
  // So are "early reports" and "initial reports", which name no one else.
  // "unconfirmed local reports": two such words as well as one.
  if (/^(?:(?:the|a|an)\s+)?(?:(?:other|some|several|many|unconfirmed|conflicting|early|earlier|initial|first|preliminary|local|media|news|independent|separate|further|later|press|activist|opposition)\s+){1,2}reports$/i.test(s)) return true;
  // "The reports also said…": the reports the article has named.
  if (/^(?:the|these|those|such)\s+reports$/i.test(s)) return true;
  // "“We counted 22 dead,” said X": the speaker's own words inside a quote; X is named after them.
  if (/^(?:we|i|you|us|one|this|these|those|there)$/i.test(s)) return false;
  // "Early reports put the toll at one", "The first reports put…": a word of time before "reports" read as a verb is no one.
  if (/^(?:(?:the|a|an)\s+)?(?:early|earlier|initial|first|later|latest|late|new|local|media|press|news)$/i.test(s)) return false;
  // "said the Feb. 15 attack killed one": a month is no one.
  if (monthNumber(s.replace(/^the\s+/i, '')) !== null) return false;
  // "the strikes", "the attack": things do not speak, unless a speaker noun or a proper name is in the phrase.
  return SPEAKER_NOUNS.test(s) || HAS_CAPITALISED_WORD.test(s.replace(/^(?:The|A|An)\s/, ''));
}

// "An Iraqi official gave a different account, saying…": a described speaker opening the sentence, then its verb;
// "A spokesman for the Kataeb Hezbollah militia, also called…, gave": with whom the speaker speaks for.
const OPENING_DESCRIBED =
  new RegExp(String.raw`^(?:An?|The|One|Two|Three)\s+(?:[${LETTER}’'.-]+\s+){0,4}?(?:officials?|sources?|spokesm[ae]n|spokesperson|spokeswoman|commanders?|medics?|doctors?|witness(?:es)?|residents?|activists?|monitors?|observers?)(?:\s+(?:for|of|from)\s+(?:the\s+)?(?:[${UPPER}][${LETTER}’'.-]*\s+){0,3}[${UPPER}][${LETTER}’'.-]*(?:\s+(?:militia|group|movement|ministry))?(?=,))?(?=,|\s+[${LOWER}])`, 'u');

/** The described speaker a sentence opens with, before `end` (a participle's clause names no one of its own). */
export function openingSpeaker(text: string, start: number, end: number): { start: number; end: number } | null {
  const m = OPENING_DESCRIBED.exec(text.slice(start, end));
  return m ? { start, end: start + m[0].length } : null;
}

// What may follow a speaker named after its verb and still end the clause: "said Kirby on Friday.", "said at a Monday news conference".
export const AFTER_SPEAKER_TAIL = new RegExp(String.raw`^(?:\s+(?:on|late|early|earlier|later|last)\s+[${LETTER}]+(?:\s+(?:night|morning|evening|afternoon))?|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:night|morning|evening|afternoon))?|\s+(?:at|during|in) (?:a|an|the) (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)? )?(?:(?:background|virtual|televised|brief|weekly|daily|regular) )?(?:news conference|press conference|briefing|press briefing|interview|news briefing|time)(?:\s+(?:with|at)\s+(?:(?:the\s+)?[${UPPER}][${LETTER}.]*(?:\s[${UPPER}][${LETTER}.]*){0,3}|reporters|journalists))?|\s+(?:us|me|reporters|journalists)|\s+(?:a|an|the) (?:news conference|press conference|briefing|press briefing|news briefing)|\s+in (?:a|an|its|their|the|his|her) (?:\w+ )?(?:statement|note|memo|letter|message|post|tweet|release|communiqu[eé])|\s+(?:to|in) (?:reporters|journalists|a briefing|a news conference|[${UPPER}][${LETTER}.]*(?:\s[${UPPER}][${LETTER}.]*){0,3})|\s+by (?:the )?[${UPPER}][${LETTER}.]*(?:\s(?:of\s)?[${UPPER}][${LETTER}.]*){0,3}|\s+\([^()]{1,40}\))*\s*(?:[,.;:!?"”)—–]|$)`, 'u');

const STATEMENT_ISSUED = /\b(?:put out|issued|released|posted|published)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|bulletin|update|letter|message)\b/i;

/** "The militias themselves put out a statement …, and it says": who opens the sentence by putting out a statement. */
export function statementAuthor(text: string, sentenceStart: number, before: number): Span | null {
  const opening = text.slice(sentenceStart, before);
  const issued = STATEMENT_ISSUED.exec(opening);
  const subject = issued && /^(\s*)(\S.*?)(?:\s+(?:themselves|itself|also|then|later))?\s*$/.exec(opening.slice(0, issued.index));
  if (!subject || (subject[2] ?? '').split(/\s+/).length > 6) return null;
  const start = sentenceStart + (subject[1] ?? '').length;
  return { start, end: start + (subject[2] ?? '').length };
}
