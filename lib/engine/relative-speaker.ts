/**
 * A relative pronoun as the speaker: "…the Syrian Observatory for Human Rights, the UK-based monitoring group, which
 * said at least 22 fighters were killed" credits the name the pronoun stands for, past an appositive.
 */
import type { NameMention } from '../extract/names';
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
