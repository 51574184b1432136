/**
 * A group's own toll: "one of its fighters was killed", "one militiaman died and several others were wounded".
 * Such a count belongs to the US strike, whatever attack its sentence also names, and its wounded are not the
 * American wounded of the attacks on US forces.
 */
import type { FigureMention } from '../extract/types';
import { casualtyAround, type Casualty } from './casualty-verb';
import { namedAfter } from './measures';
import { nounPhraseAt } from './noun-phrase';
import { tokenize, type Token } from './sentence-tokens';
import { LETTER } from '../extract/letter-classes';

// The militia's own people: "fighters", "militiamen", "members of the group"; never Americans, contractors or civilians.
// "one martyr": outlets close to the militias write of their dead as martyrs.
const OWN_NOUNS = new Set(['fighter', 'fighters', 'militant', 'militants', 'militiaman', 'militiamen', 'combatant', 'combatants', 'martyr', 'martyrs']);
const NEUTRAL_NOUNS = new Set(['people', 'person', 'persons', 'others', 'men', 'member', 'members', 'individuals', 'casualties']);
// "one of its fighters", "a member of the group", "their own men": possession marks a group's own losses;
// "One martyred, four wounded": so does the word the militias use for their dead.
const OWN_WORDS = new RegExp(String.raw`\bmartyred\b|\b(?:its|their)\s+(?:own\s+)?(?:fighters?|members?|men|militiam[ae]n|ranks|combatants?)\b|\b(?:members?|fighters?)\s+of\s+(?:the|its|their|an?)\s+(?:[${LETTER}-]+\s+){0,2}(?:group|militia|brigades?|faction|movement|organi[sz]ation)\b`, 'iu');
// "killed one fighter and wounded two others", "one militiaman died in the strikes and several others were wounded".
const FIGHTERS_AND =
  new RegExp(String.raw`\b(?:fighters?|militants?|militiam[ae]n|combatants?|(?:militia|group) members?)\s+(?:(?:(?:was|were)\s+)?(?:killed|dead|died|martyred)\s+(?:[${LETTER}-]+\s+){0,3}?)?and\s+(?:[${LETTER}-]+\s+){0,2}$`, 'iu');
// "killed one fighter backed by Iran and left two others wounded", "killed one militia member and injured two",
// '"…one militia member was killed," adding that two more had been wounded': counted beside the group's own dead.
const OWN_COUNT = String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?)\s+(?:[${LETTER}-]+\s+){0,2}?(?:fighters?|militants?|militiam[ae]n|combatants?|(?:militia|group)\s+members?)`;
const OWN_COUNT_THEN = new RegExp(
  String.raw`(?:\b(?:killed|killing)\s+(?:at least\s+)?${OWN_COUNT}\b[^.;:!?]{0,80}?|${OWN_COUNT}\b[^.;:!?]{0,40}?\b(?:killed|dead|died|martyred)\b[^.;:!?]{0,40}?)` +
    String.raw`(?:\band|,?\s+adding(?:\s+that)?)\s+(?:[${LETTER}-]+\s+){0,3}$`,
  'iu',
);
// "the dead were at least 22 fighters": the casualty word comes first, as a noun.
const DEAD_WERE = /\bthe dead (?:were|was|included|are)\s+$/i;

/** Whether a sentence speaks of a group's own people anywhere ("its fighters", "members of the group"). */
export function ownWordsIn(text: string, sentence: { start: number; end: number }): boolean {
  return OWN_WORDS.test(text.slice(sentence.start, sentence.end));
}

/**
 * Whether a count is a militia's toll of its own dead or wounded ("one fighter was killed and a few wounded",
 * "one of its members died"), and which. `groupVoice` says the sentence credits a militia, whose "several others
 * were wounded" counts its own people.
 */
export function ownToll(
  text: string,
  sentence: { start: number; end: number },
  figure: FigureMention,
  others: readonly FigureMention[],
  groupVoice: boolean,
  sentenceTokens?: Token[],
  // The caller may read the sentence's own words once for all its counts.
  sentenceHasOwnWords: () => boolean = () => ownWordsIn(text, sentence),
): Casualty | null {
  if (figure.value.type !== 'count') return null;
  const next = others.find((o) => o.start >= figure.end && o.start <= figure.end + 1);
  if (next && next.value.type !== 'count') return null;
  const tokens = sentenceTokens ?? tokenize(text, sentence.start, sentence.end);
  const first = tokens.findIndex((t) => t.end > figure.start);
  const nounStart = tokens.findIndex((t) => t.start >= figure.end);
  const lastOfFigure = tokens.findIndex((t) => t.end >= figure.end);
  if (first < 0 || lastOfFigure < 0) return null;
  const phrase = (nounStart >= 0 ? nounPhraseAt(tokens, nounStart) : null) ?? nounPhraseAt(tokens, first);
  if (phrase && (phrase.kind !== 'person' || phrase.us)) return null;
  const noun = phrase ? (tokens[phrase.head]?.word ?? '') : '';
  // "one militia member": the group's own, said by anyone.
  const militiaModified = phrase !== null && tokens.slice(first, phrase.head).some((t) => /^(?:militia|group)$/.test(t.word));
  const own = OWN_NOUNS.has(noun) || militiaModified || OWN_WORDS.test(text.slice(figure.start, Math.min(sentence.end, figure.end + 40)));
  // "…killed one of its fighters, and several more were injured": others counted beside the group's own.
  // "killed one fighter and wounded two others": the others are the fighters' own side.
  const othersOfFighters =
    (noun === 'others' && FIGHTERS_AND.test(text.slice(Math.max(sentence.start, figure.start - 60), figure.start))) ||
    ((!phrase || noun === 'others') && OWN_COUNT_THEN.test(text.slice(Math.max(sentence.start, figure.start - 160), figure.start)));
  const beside = (!phrase || NEUTRAL_NOUNS.has(noun)) && (groupVoice || othersOfFighters || sentenceHasOwnWords());
  if (!own && !beside) return null;
  if (own && (DEAD_WERE.test(text.slice(sentence.start, figure.start)) || /^martyrs?$/.test(noun))) return 'killed';
  // "One fighter from a powerful Iraqi armed group backed by Iran was killed": the verb may come late.
  return casualtyAround(tokens, first, phrase ? phrase.head : lastOfFigure, 12, namedAfter(tokens, phrase));
}
