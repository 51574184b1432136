/**
 * The credits a clause opens with or carries in a phrase of its own, rather than with a verb of saying:
 * "according to X", "citing X", "Per the Pentagon,", "In Kirby's words,", "In a statement, the group …", "a toll
 * reported by X".
 * attribution.ts reads the verbs of saying and weighs all the frames of a sentence.
 */
import type { NameMention } from '../extract/names';
import { allMatches } from './all-matches';
import { phraseAfter, SPEAKER_HEAD } from './speaker-phrase';
import { spansWithin, type Span } from './spans';
import { LETTER, UPPER } from '../extract/letter-classes';

// A few capitalised title words, or none: "US Defense Secretary".
const CAPITALISED_WORDS = new RegExp(String.raw`^(?:(?:the\s+)?(?:[${UPPER}][${LETTER}.’'-]*\s+){0,5})$`, 'u');
// "the group", "its military command": a short description of a speaker.
const SHORT_DESCRIPTION = new RegExp(String.raw`^(?:the|an?|its|their) (?:[${LETTER}-]+ ){0,2}?(?:group|militia|monitor|observatory|ministry|military|army|official|spokesm[ae]n|spokesperson|command|government|movement|brigades?)\b`, 'iu');

/** One place where a sentence credits a speaker, and the stretch of text the credit covers. */
export interface Frame {
  speaker: string;
  /** Where the words of attribution are: a figure inside them is part of the speaker ("one of the militias"). */
  at: Span;
  covers: Span;
  /**
   * How the article credits: 3 for a speaker of a relative clause inside the sentence (", which X said killed 22,"),
   * 2 for "according to X" (the article's own credit), 1 for a verb of saying, 0 for "citing X" (X is whom the
   * speaker relies on; the article credits the speaker when it names one).
   */
  rank: number;
}

// "Per the Pentagon, …": "per" before "the" only, never "per day" or "per cent".
// ", citing X, said": an aside between an outlet and its verb of saying.
// "Western media, citing the Syrian Observatory, claimed that 17…", "…, quoting the monitor, later reported a toll of 22".
const CITING_ASIDE = /^[^,.;]{0,40},\s*(?:(?:also|later|earlier|first|on \w+day)\s+)?(?:said|reported|says|reports|wrote|claimed|claims|stated|put|gave|counted)\b/;
// "AP reported, citing X, that one fighter was killed": the aside after the outlet's verb, before what X said.
const VERB_BEFORE_ASIDE = /\b(?:said|reported|says|reports|wrote),\s*$/;
const THAT_AFTER_ASIDE = /^[^,.;]{0,40},\s*that\b/;
// "AFP quoted the monitor's director, Rami Abdul Rahman, as saying": the name set off by commas is who.
const CITED_AS = new RegExp(String.raw`\b(?:cited|quoted)\s+((?:the\s+|an?\s+)?(?:[${LETTER}.’'-]+,?\s+){0,8}?[${LETTER}.’'-]+),?\s+as\s+(?:saying|reporting|stating|putting)\s+`, 'gu');
// "Those are the findings of the Observatory", "The figures come from the Pentagon": whose figures they are.
export const CITING =
  /\b(according to|as per|per(?=\s+the\s)|citing|quoting|by the (?:count|tally|reckoning|estimate) of|(?:the\s+)?findings\s+of|(?:figures?|numbers?|tolls?|counts?|tally|estimates?|picture|account|version)\s+(?:come|comes|came)\s+from|(?:heard|learned|learnt)\s+from)\s+/gi;
// "a toll of 22 reported by the Observatory", "1 death admitted by Kataib Hezbollah": who gave the figure before it.
// Not "claimed by", which is a deed's ("attacks claimed by the Islamic Resistance").
export const GIVEN_BY = /\b(?:reported|given|cited|counted|confirmed|acknowledged|admitted|announced|provided|compiled|released|issued|traced|documented|recorded)\s+by\s+/gi;
const TOLD_BY = /\b(?:was|were|(?:has|have|had) been)\s+(?:(?:also|later|separately|independently|first|since)\s+)?told\s+by\s+/gi;
// "…were killed, it was reported by a war monitor.", "It was reported on Friday by the Observatory that 22 were killed":
// the agent of an impersonal passive speaks, for the clause before it or what follows its "that".
export const IT_SAID_BY =
  /\b(?:it|this)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|later\s+|first\s+)?(?:reported|said|stated|claimed|announced|confirmed|added|noted|disclosed|revealed)\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?by\s+/gi;
const TOLL_IS_AFTER = /^\s*(?:is|was|stands at|stood at|now stands at|has risen to|rose to|reached)\b/;
// ", a figure given by X": an appositive that names the clause before it as the figure.
// So is ", the deaths having been traced by X".
const FIGURE_APPOSITIVE = /,\s*(?:a|the|an)?\s*(?:figure|toll|number|count|tally|estimate|death|casualtie)s?(?:\s+(?:having\s+been|being))?\s*$/i;
// "In Kirby's words,", "In the Pentagon's own words,": a possessive names who the words are.
const WORDS_OF = new RegExp(String.raw`\b(?:[Ii]n|[Bb]y) ((?:the )?(?:[${UPPER}][${LETTER}.’'-]*\s+){0,4}[${UPPER}][${LETTER}’'-]*?|the (?:[a-z]+ )?(?:administration|government|military|ministry|monitor|group|militia|observatory|agency|department))['’]s? (?:own )?(?:words|count|tally|reckoning),?\s+`, 'gu');
export const STATEMENT_LEAD = /\b(?:in|through) (?:a|an|its|their|his|her) (?:written |brief |short |online )?(?:statement|communiqu[eé]|post|message|announcement),?\s+/gi;
// Where WORDS_OF may be, for a first test of a sentence in any case.
export const WORDS_OF_CUE = /\b(?:in|by) [^,.;]{1,60}['’]s? (?:own )?(?:words|count|tally|reckoning)\b/;
// "…, and according to the militia, only one": an "according to" that opens a clause joined to the one before.
const JOINED_BEFORE = /\S[\s,;]*\b(?:and|but|while|whereas|yet)\s*,?\s*$/;
// "died according to a preliminary assessment": how a count was made, not who gives it.
const HOW_COUNTED = new RegExp(String.raw`^(?:an?|the|its|their)?\s*(?:[${LETTER}-]+\s+)?(?:assessment|estimate|count|tally|toll|calculations?|data)$`, 'iu');

// ", which killed 22 militia members": a relative clause set off by a comma, up to an "according to" closing it.
const RELATIVE_ASIDE = /,\s*(?:which|who)\b[^,;()—–]*$/i;
// "which according to a war monitoring group killed 22": the relative clause's verb ends the speaker's phrase.
const CLAUSE_VERB = /\s(?:killed|died|left|wounded|injured|destroyed|hit|struck|were|was|had|has|have|is|are)\b/;

/** The phrase after "according to" up to the verb of a clause it runs into, when it does. */
function beforeItsVerb(text: string, np: Span | null): Span | null {
  if (!np) return null;
  const verb = CLAUSE_VERB.exec(text.slice(np.start, np.end));
  if (!verb || verb.index === 0) return np;
  // "according to the DOD it was…": the clause's own subject is no part of the speaker.
  const head = text.slice(np.start, np.start + verb.index).replace(/\s+(?:it|he|she|they|this|that)$/i, '');
  return { start: np.start, end: np.start + head.length };
}

// "a new count documented by the Syrian Observatory": a count's owner, named after it.
const COUNT_BY = new RegExp(String.raw`^(?:an?|the|its|their)\s+(?:[${LETTER}-]+\s+){0,2}?(?:count|tally|toll|figure|estimate|report)\s+(?:documented|compiled|released|issued|given|provided|published|kept)\s+by\s+`, 'iu');

/** The owner of "a count documented by X" after "according to", read again from "by" (else the phrase as it is). */
function ownerOfCount(text: string, np: Span | null, to: number): Span | null {
  const m = np ? COUNT_BY.exec(text.slice(np.start, np.end)) : null;
  return m && np ? beforeItsVerb(text, phraseAfter(text, np.start + m[0].length, to)) : np;
}

/**
 * What an "according to" opening a relative clause covers: "buildings that, according to the Pentagon, were used by
 * militias" credits the clause alone; set off by dashes ("a structure that — according to Washington — belonged to
 * militias, and an official said…"), up to the clause's comma. null when it opens no relative clause.
 */
function relativeCover(text: string, segment: Span, at: number, npEnd: number): Span | null {
  const lead = text.slice(segment.start, at);
  if (!/\b(?:that|which|who)\s*[,—–]?\s*$/i.test(lead)) return null;
  const comma = text.indexOf(',', npEnd);
  const end = /[—–]\s*$/.test(lead) && comma >= 0 && comma < segment.end ? comma : segment.end;
  return { start: at, end };
}

/** "In a statement, Kataib Hezbollah …": a name or a short description right after the lead. */
function leadingSpeaker(text: string, from: number, to: number, names: readonly NameMention[]): Span | null {
  // "In a statement, US Defense Secretary Lloyd Austin …": a name after a few capitalised title words.
  const name = spansWithin(names, { start: from, end: to }).find((n) => CAPITALISED_WORDS.test(text.slice(from, n.start)));
  if (name) return { start: from, end: name.end };
  const m = SHORT_DESCRIPTION.exec(text.slice(from, to));
  return m ? { start: from, end: from + m[0].length } : null;
}

/** Pushes onto `frames` the credits of one clause (`segment`) that a phrase of their own gives. */
export function leadFrames(
  text: string,
  segment: Span,
  names: readonly NameMention[],
  hasFigure: (span: Span) => boolean,
  resolve: (np: Span) => string | null,
  frames: Frame[],
): void {
  const slice = text.slice(segment.start, segment.end);
  const ownCredits: Frame[] = [];
  // "according to X", "citing X": the phrase after it, up to the end of the clause.
  for (const m of allMatches(CITING, slice)) {
    const from = segment.start + m.index + m[0].length;
    const np = ownerOfCount(text, beforeItsVerb(text, phraseAfter(text, from, segment.end)), segment.end);
    // "according to reports citing an Iraqi militia official": the source the reports cite gives its own credit.
    if (np && /\s(?:citing|quoting)\s/i.test(text.slice(np.start, np.end))) continue;
    // "according to two officials": a counted speaker is still a speaker.
    if (!np || (hasFigure(np) && !SPEAKER_HEAD.test(text.slice(np.start, np.end))) || HOW_COUNTED.test(text.slice(np.start, np.end))) continue;
    const speaker = resolve(np);
    // "X said, citing Y": X is who the article credits; "according to Y" is the article's own credit.
    // But "Reuters, citing an Iraqi militia official, said one fighter was killed": the words are the official's,
    // the outlet only passes them on.
    const citing = /^(?:citing|quoting)$/i.test(m[1] ?? '');
    const lead = text.slice(segment.start, segment.start + m.index);
    const after = text.slice(np.end, np.end + 30);
    const aside = citing && ((CITING_ASIDE.test(after) && /,\s*$/.test(lead)) || (THAT_AFTER_ASIDE.test(after) && VERB_BEFORE_ASIDE.test(lead)));
    const rank = citing && !aside ? 0 : 2;
    const relative = relativeCover(text, segment, segment.start + m.index, np.end);
    // "the strike, which killed 22 militia members according to a war monitoring group, destroyed…": the aside's own credit.
    const closing = rank === 2 && !relative && /^\s*[,;)—–]/.test(text.slice(np.end, np.end + 3)) ? RELATIVE_ASIDE.exec(lead) : null;
    const covers = relative ?? (closing ? { start: segment.start + closing.index, end: segment.start + m.index } : segment);
    if (!speaker) continue;
    const frame: Frame = { speaker, at: { start: segment.start + m.index, end: np.end }, covers, rank: closing ? 3 : rank };
    frames.push(frame);
    if (rank === 2 && !relative && !closing) ownCredits.push(frame);
  }
  if (ownCredits.length > 0) shareTheClause(text, ownCredits, segment, hasFigure);

  // "The Associated Press cited the Syrian Observatory as saying 22 fighters were killed": the one cited speaks.
  for (const m of allMatches(CITED_AS, slice)) {
    const whole = m[1] as string;
    // "the monitor's director, Rami Abdul Rahman": the name after the last comma.
    const cited = whole.slice(whole.lastIndexOf(',') + 1).trimStart();
    const start = segment.start + m.index + m[0].indexOf(whole) + (whole.length - cited.length);
    const np = { start, end: start + cited.length };
    const speaker = hasFigure(np) ? null : resolve(np);
    const end = segment.start + m.index + m[0].length;
    if (speaker) frames.push({ speaker, at: { start: np.start, end }, covers: { start: end, end: segment.end }, rank: 2 });
  }

  // "In Kirby's words, the airstrikes "destroyed multiple facilities"": the article's own credit, as "according to" is.
  for (const m of allMatches(WORDS_OF, slice)) {
    const start = segment.start + m.index + m[0].indexOf(m[1] as string);
    const speaker = resolve({ start, end: start + (m[1] as string).length });
    const end = segment.start + m.index + m[0].length;
    // "The Feb. 15 rocket attack on Erbil, in the administration's words, wounded one…": an aside vouches for its clause.
    const aside = /,\s*$/.test(slice.slice(0, m.index)) && /,\s*$/.test(m[0]);
    if (speaker) frames.push({ speaker, at: { start: segment.start + m.index, end }, covers: { start: aside ? segment.start : end, end: segment.end }, rank: 2 });
  }

  agentFrames(text, segment, hasFigure, resolve, frames);

  // "In a statement, the group …": the statement's author speaks for the rest of the clause.
  for (const m of allMatches(STATEMENT_LEAD, slice)) {
    const from = segment.start + m.index + m[0].length;
    const np = leadingSpeaker(text, from, segment.end, names);
    if (!np || hasFigure(np)) continue;
    const speaker = resolve(np);
    if (speaker) frames.push({ speaker, at: { start: segment.start + m.index, end: np.end }, covers: { start: np.end, end: segment.end }, rank: 1 });
  }

  for (const m of allMatches(IT_SAID_BY, slice)) {
    const np = beforeItsVerb(text, phraseAfter(text, segment.start + m.index + m[0].length, segment.end));
    if (!np || hasFigure(np)) continue;
    const speaker = resolve(np);
    const covers = thatFollows(text, np, segment) ? { start: np.end, end: segment.end } : { start: segment.start, end: segment.start + m.index };
    if (speaker) frames.push({ speaker, at: { start: segment.start + m.index, end: np.end }, covers, rank: 1 });
  }
}

/** The agents of passives: "a toll reported by X", "X was told by Y that…". */
function agentFrames(text: string, segment: Span, hasFigure: (span: Span) => boolean, resolve: (np: Span) => string | null, frames: Frame[]): void {
  const slice = text.slice(segment.start, segment.end);
  // "22 deaths counted by a war monitor": the agent credits the words it follows, back to a comma, before any
  // "according to" of the clause; "…, a figure given by the Syrian Observatory" credits the clause before it.
  for (const m of allMatches(GIVEN_BY, slice)) {
    const np = beforeItsVerb(text, phraseAfter(text, segment.start + m.index + m[0].length, segment.end));
    if (!np || hasFigure(np)) continue;
    const speaker = resolve(np);
    const before = slice.slice(0, m.index);
    const whole = FIGURE_APPOSITIVE.test(before);
    const from = whole ? segment.start : segment.start + Math.max(0, before.lastIndexOf(',') + 1);
    // "The new toll given by SOHR is 22 dead": the figure the subject names follows its verb.
    const end = TOLL_IS_AFTER.test(text.slice(np.end, np.end + 24)) ? segment.end : segment.start + m.index;
    if (speaker) frames.push({ speaker, at: { start: segment.start + m.index, end: np.end }, covers: { start: from, end }, rank: whole ? 1 : 3 });
  }

  // "Reuters was told by local sources that 17 were killed": the agent of a passive "told" speaks what follows.
  for (const m of allMatches(TOLD_BY, slice)) {
    const np = phraseAfter(text, segment.start + m.index + m[0].length, segment.end);
    // "told by local sources and one medical source": a counted speaker is still a speaker.
    if (!np || (hasFigure(np) && !SPEAKER_HEAD.test(text.slice(np.start, np.end)))) continue;
    const speaker = resolve(np);
    // "At least 17 died, Reuters was also told by local sources.": a closing "told by" vouches for the clause before it.
    const closing = /^(?:\s+and\s+[^,;.]{1,40})?[\s.;:!?"”]*$/.test(text.slice(np.end, segment.end));
    const covers = closing ? { start: segment.start, end: segment.start + m.index } : { start: np.end, end: segment.end };
    if (speaker) frames.push({ speaker, at: { start: segment.start + m.index, end: np.end }, covers, rank: 1 });
  }
}

/**
 * The stretch each "according to" of a clause credits when the clause holds more than what it credits.
 * One that opens a joined clause ("22 died, and according to the militia, only one") credits what follows it.
 * Of several ("The toll ranges from one, according to Kataib Hezbollah, to 22, according to the Observatory"),
 * each credits the stretch up to its neighbour: all trail their figures when the first has one before it, else
 * all lead.
 */
function shareTheClause(text: string, credits: readonly Frame[], segment: Span, hasFigure: (span: Span) => boolean): void {
  if (credits.length === 1) {
    const only = credits[0] as Frame;
    if (JOINED_BEFORE.test(text.slice(segment.start, only.at.start))) only.covers = { start: only.at.end, end: segment.end };
    return;
  }
  const first = credits[0] as Frame;
  const trailing = !JOINED_BEFORE.test(text.slice(segment.start, first.at.start)) && hasFigure({ start: segment.start, end: first.at.start });
  credits.forEach((frame, k) => {
    frame.covers = trailing
      ? { start: credits[k - 1]?.at.end ?? segment.start, end: frame.at.start }
      : { start: frame.at.end, end: credits[k + 1]?.at.start ?? segment.end };
  });
}

/** Whether a "that" follows the speaker's phrase, past a few words of its name ("by the group Syrian Observatory on Human Rights that"). */
function thatFollows(text: string, np: Span, segment: Span): boolean {
  return /^[^,;.]{0,40}?\bthat\b/.test(text.slice(np.end, segment.end));
}
