/**
 * Casualty phrases that carry a count without a number ("killed a civilian contractor", "wounding US
 * service members", "one of its fighters was killed"), which only mean something next to a casualty
 * verb. Each pattern is tried only where it could start (anchoredMatcher): they are Unicode-aware, and
 * a plain pass of each over a long article costs more than the rest of this module's work.
 */
import type { FigureMention } from '../extract/types';
import { anchoredMatcher, anchorsIn } from './anchored-match';
import { LETTER, UPPER } from '../extract/letter-classes';

// Up to three modifiers before the noun, none of them a word that starts a new phrase; a dot only inside an
// abbreviation ("U.S.", "U.S.-led"), never a sentence's stop ("killed a civilian contractor.\n\nAmerican jets…").
const MODIFIER = String.raw`(?:(?!(?:and|or|but|who|which|that|was|were|in|at|of|on|by|with|as|than)\s)(?:[${LETTER}’'-]+|[${LETTER}’'-]*(?:[${LETTER}]\.){2,}(?:-[${LETTER}]+)?)\s+)`;
const CASUALTY_PHRASE = new RegExp(
  `\\b(killed|killing|kills|wounded|wounding|injured|injuring|injuries to|death of|hurt|hurting)\\s+(?:(an?|one)\\s+)?(${MODIFIER}{0,3}(?:service ?members?|servicem[ae]n|troops|soldiers?|personnel|contractors?|civilians?|Americans?|marines?|sailors?|fighter|militiam[ae]n|militant|combatant))\\b`,
  'giu',
);

// Words of one clause (or one phrase, without its commas), where "U.S." and "Lt." are no sentence's end.
const WITHIN_CLAUSE = String.raw`(?:[^.;:]|(?<=\b[${UPPER}])\.)`;
const WITHIN_PHRASE = String.raw`(?:[^.;:,]|(?<=\b[${UPPER}])\.)`;

const US_PERSON = /\b(?:US|U\.S\.|American)\s/;

// The people a casualty count names one by one: a service member, or "a member of the US military".
const ONE_PERSON = `(?:service ?member|serviceman|contractor|soldier|American|Marine|sailor|member of the (?:U\\.S\\.|US|American) (?:military|armed forces|army))`;
const CASUALTY_INCLUDING = new RegExp(
  `\\b(?:killed|wounded|wounding|injured|injuring|hurt)\\b${WITHIN_CLAUSE}{0,40}?\\b(?:(?:including|among them|among whom)\\s+((?:an?)\\s+${MODIFIER}{0,3}${ONE_PERSON})\\b|((?:an?)\\s+${MODIFIER}{0,3}${ONE_PERSON})\\s+among them\\b)`,
  'giu',
);
// "injured five more contractors and a U.S. service member": the last of the verb's objects.
// "injured eight other people, as well as an American soldier", "…were injured, along with an American soldier".
const CASUALTY_AND = new RegExp(
  `\\b(?:killed|killing|wounded|wounding|injured|injuring)\\s+${WITHIN_PHRASE}{0,40}?(?:,\\s*)?\\b(?:and|as well as|along with)\\s+((?:an?)\\s+${MODIFIER}{0,3}${ONE_PERSON})\\b(?!\\s+(?:was|were|had|has)\\b)`,
  'giu',
);
// "An American contractor working for the US military died": who the person worked for, between them and the verb.
const WORKING_FOR = `(?:,?\\s+(?:working|employed|based|serving|stationed|contracted)\\s+(?:for|with|at|in|by)\\s+${WITHIN_PHRASE}{0,40}?,?)`;
// "A US service member and five other contractors were also injured", "An American contractor had a heart attack and died",
// "…suffered a heart attack while taking shelter and died".
const CASUALTY_SUBJECT = new RegExp(
  `(?<![${LETTER}])((?:[Aa]n?)\\s+${MODIFIER}{0,3}(?:civilian|citizen|${ONE_PERSON}))(?:\\s+and\\s+${MODIFIER}{0,4}[${LETTER}-]+)?${WORKING_FOR}?\\s+(?:was\\s+|were\\s+|had been\\s+)?(?:also\\s+|reportedly\\s+|later\\s+)?(?:killed|died|had died|wounded|injured|hurt|suffered (?:a )?fatal|(?:had|suffered|went\\s+into)\\s+(?:a\\s+)?(?:cardiac arrest|heart attack|cardiac (?:incident|episode))(?:\\s+while\\s+${WITHIN_PHRASE}{0,40}?)?\\s+and\\s+died)\\b`,
  'gu',
);

// The second of two subjects of "were killed": "a contractor| and a civilian were killed".
const SECOND_DEAD = new RegExp(`^(\\s+and\\s+an?\\s+${MODIFIER}{0,3}(?:civilian|${ONE_PERSON}))\\s+(?:were|had been)\\s+(?:also\\s+)?killed\\b`, 'u');

// The second of two people the same verb counts: "killed a contractor| and a civilian".
const SECOND_ONE = new RegExp(`^\\s+and\\s+an?\\s+${MODIFIER}{0,3}(?:service ?member|serviceman|contractor|civilian|soldier|American|Marine|sailor)\\b(?!\\s+(?:was|were|had|has)\\b)`, 'u');

// "one of its fighters was killed", "killing one of its militants", "one of our fighters was killed" (a militia's own words), "one of its members had died", "it lost one of its fighters", "a member of the (Iraqi armed) group died",
// "its member Rahi Salam had lost his life", "one of its members, Rahi Salam al-Sharaifi, had been killed", "a member of
// an Iranian-backed militant group was killed", "a fighter loyal to an Iran-backed militant group was killed": the
// extractor leaves "one of" alone, as a pronoun.
const OWN_ONE = new RegExp(String.raw`(?<=\b(?:killed|killing|martyrdom of|death of|lost|loss of)\s+)((?:at least )?one of (?:its|their|our|the group['’]s|the militia['’]s) (?:own )?(?:fighters|members|men|militiamen|militants|combatants))|\b((?:(?:at least )?[Oo]ne of (?:its|their|our|the group['’]s|the militia['’]s) (?:own )?(?:fighters|members|men|militiamen|militants|combatants))|(?:[Aa] (?:militia |group )?(?:fighter|militiaman|combatant|member of (?:the|its|their|an?) (?:[${LETTER}-]+ ){0,2}?(?:group|militia|brigades?|faction|movement|organi[sz]ation))(?: (?:loyal to|belonging to|with|from) (?:the|its|their|an?) (?:[${LETTER}-]+ ){0,3}?(?:group|militia|brigades?|faction|movement|organi[sz]ation))?))(?:,(?:\s+(?:(?:al|el|ad|as|ar)-)?(?:[${UPPER}][${LETTER}'’.-]*|al|bin|ibn|abu)){1,6},)?\s+(?:(?:was\s+|were\s+|ha[sd]\s+(?:been\s+)?)?(?:killed|died|dead|wounded|injured|hurt)|lost (?:his|her|their) li(?:fe|ves))\b|\b([Ii]ts (?:fighter|member|militiaman|combatant)),?(?:\s+(?:[${UPPER}][${LETTER}'’.-]*|al-?|bin|ibn|abu)){1,6},?\s+(?:(?:was\s+|had\s+been\s+|has\s+been\s+)?killed|(?:had\s+|has\s+)?(?:died|lost (?:his|her) life))\b`, 'gu');

// Where each pattern can start: a casualty word (any case; U+212A is a K that the u flag folds to k),
// "a"/"an" before a space, "one of".
const CASUALTY_WORD = /k(?=ill)|\u212A(?=ill)|w(?=ound)|i(?=njur)|d(?=eath)|h(?=urt)/gi;
const ARTICLE = /[Aa](?=n?\s)/g;
const ONE_OF_OR_A = /[Oo](?=ne of )|a(?=t least one of )|[Aa](?= )|[Ii](?=ts (?:fighter|member|militiaman|combatant)\b)/g;
const includingPhrases = anchoredMatcher(CASUALTY_INCLUDING);
const andPhrases = anchoredMatcher(CASUALTY_AND);
const subjectPhrases = anchoredMatcher(CASUALTY_SUBJECT);
const ownOnePhrases = anchoredMatcher(OWN_ONE);
const verbPhrases = anchoredMatcher(CASUALTY_PHRASE);

/**
 * Counts written without a number, next to a casualty verb: "killed a civilian contractor" (one),
 * "wounding US service members" (several). Elsewhere "a contractor" or "service members" count nothing.
 */
export function findCasualtyPhrases(text: string, taken: (start: number, end: number) => boolean): FigureMention[] {
  const out: FigureMention[] = [];
  // Two patterns may read the same words ("killed a contractor and a civilian and injured…"): the first one keeps them.
  const isTaken = (start: number, end: number) => taken(start, end) || out.some((f) => f.start < end && start < f.end);
  const casualtyWords = anchorsIn(text, CASUALTY_WORD);
  for (const m of verbPhrases(text, casualtyWords)) {
    const article = m[2];
    const noun = m[3] ?? '';
    if (article?.toLowerCase() === 'one') continue; // a real number: the figure recognizer has it
    // "wounded a US soldier", not "killed a soldier" (of whose army?).
    // "killing a fighter and wounding several others": one of the militia's.
    const singular = /(?:member|man|contractor|civilian|American|fighter|militant|combatant)$/i.test(noun) || (/(?:soldier|marine|sailor)$/i.test(noun) && US_PERSON.test(noun));
    if (article && !singular) continue; // "a US troops" is not English
    if (!article && singular) continue; // "killed civilian contractor" without an article: leave it
    if (/^(?:other|the|these|those|his|her|their|its|our)\b/i.test(noun)) continue; // "other coalition troops"
    const phrase = article ? `${article} ${noun}` : noun;
    const start = m.index + m[0].length - phrase.length;
    // "killed a contractor and a civilian": two, one of each.
    const second = article ? SECOND_ONE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) : null;
    const end = m.index + m[0].length + (second ? second[0].length : 0);
    if (isTaken(start, end)) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: article ? { type: 'count', n: second ? 2 : 1, qualifier: 'exact' } : { type: 'count', n: null, qualifier: 'several' },
    });
  }
  // "wounded several others, including an American service member"; the "and" form after it.
  for (const m of [...includingPhrases(text, casualtyWords), ...andPhrases(text, casualtyWords)]) {
    // The person ends the match ("including a contractor"), or stands before "among them".
    const phrase = m[1] ?? m[2] ?? m[3] ?? '';
    const start = m.index + (m[1] !== undefined ? m[0].length - phrase.length : m[0].lastIndexOf(phrase));
    const end = start + phrase.length;
    if (isTaken(start, end)) continue;
    out.push({ start, end, text: phrase, value: { type: 'count', n: 1, qualifier: 'exact' } });
  }
  // "An American contractor died", "a U.S. service member was wounded".
  for (const m of subjectPhrases(text, anchorsIn(text, ARTICLE))) {
    const phrase = m[1] ?? '';
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // "a contractor and a civilian were killed": two dead, one of each (the wounded count only Americans).
    const second = SECOND_DEAD.exec(text.slice(start + phrase.length, m.index + m[0].length));
    const end = start + phrase.length + (second ? second[1]!.length : 0);
    if (isTaken(start, end)) continue;
    out.push({ start, end, text: text.slice(start, end), value: { type: 'count', n: second ? 2 : 1, qualifier: 'exact' } });
  }
  for (const m of ownOnePhrases(text, anchorsIn(text, ONE_OF_OR_A))) {
    const phrase = m[1] ?? m[2] ?? m[3] ?? '';
    if (isTaken(m.index, m.index + phrase.length)) continue;
    // "which killed at least one of its fighters": a floor.
    const qualifier = phrase.startsWith('at least') ? 'at-least' : 'exact';
    out.push({ start: m.index, end: m.index + phrase.length, text: phrase, value: { type: 'count', n: 1, qualifier } });
  }
  return out;
}
