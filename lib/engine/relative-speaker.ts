/**
 * A relative pronoun as the speaker: "…the Syrian Observatory for Human Rights, the UK-based monitoring group, which
 * said at least 22 fighters were killed" credits the name the pronoun stands for, past an appositive; a speaker inside
 * a relative clause (", which the Pentagon said hit a site") credits that clause alone.
 */
import type { NameMention } from '../extract/names';
import type { Frame } from './credit-leads';
import type { Sentence } from './sentences';
import type { Span } from './spans';

// The verbs a relative pronoun may say a figure with; not "which counts through activists", which describes.
const RELATIVE_SAYS = /^(?:said|says|told|reported|reports|stated|announced)$/;
// ", which said", ", who told": a relative pronoun as the subject of the verb of saying.
const RELATIVE_SUBJECT = /,\s*(?:which|who)\s+(?:also\s+|later\s+)?$/i;
// What may stand between a name and that pronoun: nothing, or an appositive (", the UK-based monitoring group").
const APPOSITIVE_ONLY = /^(?:,\s*(?:the|a|an)\s+[^,;.]{1,60})?$/i;

/** The name a relative pronoun opening a verb of saying stands for ("X, a monitor, which said"), or null. */
export function relativeAntecedent(text: string, sentence: Sentence, verbWord: string, verb: Span, names: readonly NameMention[]): Span | null {
  if (!RELATIVE_SAYS.test(verbWord)) return null;
  const m = RELATIVE_SUBJECT.exec(text.slice(Math.max(sentence.start, verb.start - 20), verb.start));
  if (!m) return null;
  const pronounAt = verb.start - m[0].length;
  const name = names.filter((n) => n.entity && n.start >= sentence.start && n.end <= pronounAt).at(-1);
  return name && APPOSITIVE_ONLY.test(text.slice(name.end, pronounAt)) ? { start: name.start, end: name.end } : null;
}

// ", which a Syrian war monitoring group said killed 22,": a speaker opening a relative clause set off by a comma.
const RELATIVE_SPEAKER_BEFORE = /(?:,|\band)\s*(?:which|who|that)\s+$/i;
// "which the Pentagon said hit a site and which a war monitor said killed 22": a second relative clause has its own speaker.
const NEXT_RELATIVE = /\band\s+(?:which|who)\b/i;

// "a facility that Washington says belonged to militias killed one fighter": past the clause's own verb, a verb of harm
// with nothing joining it ("and killed", "were killed") is the sentence's main verb, where the relative clause has ended.
// "…that Washington says militants use has killed 22": a perfect tense is a main verb too.
const MAIN_VERB_AFTER = /(?<!\b(?:and|or|was|were|be|been|being|is|are|had|has|have)\s+)(?<!,\s*)\b(?:(?:has|have|had)\s+)?(?:killed|kills|killing|wounded|wounds|injured|injures|left|leaves|destroyed)\b/i;
// The relative clause's own verb, with its auxiliaries: "which a monitor says has killed 22".
const OWN_VERB = /^\s*(?:(?:has|have|had|was|were|is|are|would|could|may|might|will)\s+)*\S+/i;

/** Where a relative clause opened by a speaker ("…, which X said hit a site,") ends: at its comma or the sentence's main verb. */
export function relativeClauseEnd(text: string, verbEnd: number, segmentEnd: number): number {
  const comma = text.indexOf(',', verbEnd);
  const end = comma >= 0 && comma < segmentEnd ? comma : segmentEnd;
  // The clause's own verb comes first ("said killed 22", "says belonged to"): the main verb only after it.
  const ownVerb = OWN_VERB.exec(text.slice(verbEnd, end));
  const from = verbEnd + (ownVerb?.[0].length ?? 0);
  const main = MAIN_VERB_AFTER.exec(text.slice(from, end));
  return main ? from + main.index : end;
}

/** A speaker inside a relative clause credits that clause alone, ahead of the sentence's "according to". */
export function nestedCredit(text: string, segment: Span, frame: { np: Span; at: Span; covers: Span }): Omit<Frame, 'speaker'> {
  // "…, which officials say was used by two groups": a bare plural or a pronoun is the sentence's own speaker again.
  const own = /^(?:officials|sources|they|he|she|it)$/i.test(text.slice(frame.np.start, frame.np.end).trim());
  if (own || !RELATIVE_SPEAKER_BEFORE.test(text.slice(Math.max(segment.start, frame.np.start - 10), frame.np.start))) return { at: frame.at, covers: frame.covers, rank: 1 };
  const end = relativeClauseEnd(text, frame.at.end, segment.end);
  const next = NEXT_RELATIVE.exec(text.slice(frame.at.end, end));
  return { at: frame.at, covers: { start: frame.at.end, end: next ? frame.at.end + next.index : end }, rank: 3 };
}
