/**
 * Who, inside an article, a figure is credited to: "the Syrian Observatory for Human Rights said 22 were
 * killed", "17 died, according to some independent sources", "an official of the group said one of its
 * fighters was killed". A fact-checker weighs a figure by its speaker, and outlets that disagree often
 * only quote different speakers, so the speaker travels with the figure.
 *
 * The reading is clause by clause and stays conservative: a speaker covers the clause it introduces or
 * closes, never another sentence, except when the next sentence continues the same speaker by a pronoun
 * or a definite description ("It added that…", "The monitor said…"). null when the article credits no one.
 */
import type { NameMention } from '../extract/names';
import { allMatches } from './all-matches';
import { headlineBlock, type Sentence } from './sentences';
import { entityById } from '../reference/entities';
import { SpeakerChain } from './speaker-chain';
import { PRONOUN, speakerName, type Carried } from './speaker-name';
import { overlapTest, spanIndexAt, spansWithin, type Span } from './spans';
import { transcriptSpeakers } from './transcript-speakers';
import { carriedQuotationSpeaker, continuedSpeaker, quotationSpeaker } from './quotation-speaker';
import { introducedSpeaker } from './introduced-speaker';
import { creditedBelow } from './credit-below';
import { accountHead, AFTER_SPEAKER_TAIL, clauseTail, looksLikeSpeaker, MAX_SPEAKER_WORDS, openingSpeaker, phraseAfter, SPEAKER_HEAD, statementAuthor, trimAdverbials } from './speaker-phrase';
import { inTitleCaseLine } from '../extract/tokens';
import { carryPastSemicolons, closeTheSentence, openTheSentence, segmentsOf } from './clauses';
import { headlineCredit, mayCreditHeadline, statementPageAuthor } from './headline-speaker';
import { CITING, GIVEN_BY, leadFrames, STATEMENT_LEAD, WORDS_OF_CUE, type Frame } from './credit-leads';
import { nestedCredit, relativeAntecedent, relativeClauseEnd } from './relative-speaker';
import { beforeUsDeed, beforeWritersGloss } from './writers-words';
import { sentenceSubject, withOpeningSubject } from './opening-subject';
import { LETTER, STARTS_WITH_CAPITAL, UPPER } from '../extract/letter-classes';

const SPEECH_VERB =
  'said|says|say|saying|told|tells|reported|reports|added|adds|stated|states|confirmed|confirms|announced|announces|' +
  'claimed|claims|estimated|estimates|acknowledged|noted|wrote|tweeted|counted|counts|insisted|explained|recorded|documented|' +
  'repeated|stressed|emphasized|emphasised|warned|disclosed|revealed|admitted|admits|conceded|alleged|alleges|suggest|suggests|suggested|reporting|' +
  'maintained|maintains|contended|contends|asserted|asserts|lamented|complained|boasted|' +
  // "The Syrian Observatory speaks of at least 22 fighters killed", "Pentagon figures show at least 19 attacks".
  'speaks(?= of )|spoke(?= of )|speak(?= of )|(?<=(?:figures|data|records|tally|count|statistics|numbers) )(?:show|shows|showed)';
// Lower case only: "The United States" holds no verb. "Local sources report that…": "report" is a verb before "that";
// "The Defense Department now believes that the strike killed one fighter", "has concluded that…", "officials believe a
// number of fighters were killed": a belief or a finding stated is an account given.
// '"…," the statement read': words put out read as they say. "He presented them as a response to the attacks, in which one contractor was killed": the deeds described are his account.
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERB}|reads?(?<=\\b(?:statement|letter|message|communiqu[eé]|release)\\sreads?)|(?:report|believes|believe|believed|assesses|assessed|concluded|determined|found|finds)(?=\\s+that\\b)|(?:believes|believe)(?=\\s+(?:a|an|the|at|up|as|more|some|several|dozens|\\d+)\\b)|(?:described|presented)(?=\\s+(?:them|it|the\\s+(?:\\w+\\s+)?(?:strikes?|attacks?|raids?|operation))\\s+as\\b))\\b`, 'g');

// Punctuation and words that end the noun phrase of a speaker.
const CLAUSE_PUNCT = /[,;:()"“”—–]/g;
// Verbs of being before a verb of saying make it passive: "22 were reported killed", "he was told".
const PASSIVE_BEFORE = /^(?:was|were|is|are|been|be|being)$/i;
// Words that open a time phrase, not a speaker: "said on Friday", "said late Thursday".
const TIME_WORDS = /^(?:on|late|early|earlier|later|last|this|that|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|at|it|there|he|she|they|we|i|you|more|nothing|little|so|then|also|too)$/i;
const NEGATED = /\b(?:not|never|declined to|refused to)\b|n['’]t\b/i;
const RESPONSIBILITY_AFTER = /^\s+(?:responsibility|credit)\b/i;
// "militias claimed more than a dozen small-scale strikes on U.S. bases": attacks claimed are a deed owned, not words said.
// "claimed earlier this week to be behind more than a dozen small-scale strikes": a deed owned, not a toll said.
const ATTACKS_CLAIMED =
  /^\s+(?:(?:earlier|later|again|also|publicly|openly|this week|last week|on \w+day)\s+)*(?:to (?:be|have been) behind\s+)?(?:(?:the |those |these |their )?(?:attacks|strikes)\b|(?:more than |at least |over |nearly |about |some )?(?:\d+|a dozen|dozens|several|many|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes)\b)/i;
// "the air raid has claimed the life of one person": a death caused, not words said.
const LIVES_CLAIMED = /^\s+(?:the\s+)?li(?:fe|ves)\s+of\b/i;
const QUOTE_CLOSED_BEFORE = /[,.!?]["”]\s*$/;
// "more troops were hurt than previously reported", "as first reported": a comparison, not a speaker's words.
const COMPARISON_BEFORE = /\b(?:than|as)\s+(?:(?:previously|initially|first|earlier|originally|widely|officially)\s+)?$/i;
// A speaker that opens a relative clause set off by a comma: ", which Washington says".
const RELATIVE_OPENING = /(?:^|\s)(?:which|who|that|where)\s+$/i;
// "IRIB was reported to have put the toll at 17": IRIB gave it, as reported.
const AUXILIARIES_AT_END =
  /(?:\s+(?:would|will|could|can|may|might|had|has|have|did|does|do|is|are|was|were|also|likewise|similarly|later|earlier|then|previously|reportedly|separately|initially|first|still|now|keeps|kept|meanwhile|further|not|declined to|refused to|wanted to|was unable to|were unable to|goes on to|went on to|(?:is|are|was|were) (?:reported|said|believed|understood|thought) to|(?:is|are|was|were|has been|had been) quoted as))+\s*$/i;
const STATEMENT_PUT = new RegExp(String.raw`\b(?:put out|issued|released|posted|published|sent out)\s+(?:a|an|its|their|his|her)\s+(?:[${LETTER}-]+\s+)?(?:statement|release|communiqu[eé]|message)(?:\s+of\s+(?:its|their|his|her)\s+own)?\s*$`, 'iu');
const SHORT_FORM = new RegExp(String.raw`\s*\([${UPPER}][${LETTER}.]{1,9}\)`, 'gu');
const SCARE_QUOTED = new RegExp(String.raw`[“"][${LETTER}-]+(?:\s[${LETTER}-]+){0,2}[”"](?=\s*$|\s+[${LETTER}])`, 'gu');
const FROM_SOURCE = /^\s*from\s+/i;
const RELAYED_BY = /\s+(?:cited|quoted|carried|relayed)\s+by\s+[^,]*$/i;
const AN_ACCOUNT = /^\s*(?:a|an|the|another)\s+(?:[a-z]+\s+)?(?:account|version|report|tally|count|estimate|figure)\s*$/i;
const ADVERB_AT_END = /,\s*(?:however|meanwhile|though|too|in turn|for (?:its|their|his|her) part),?\s*$/i;
// "put the death toll at 17", "put the number between 17 and 22", "militia officials gave one dead", "other reports
// have given figures anywhere from 17 to 22": a toll given is a toll said.
const PUT_TOLL =
  /\b(?:(?:put|puts|putting) (?:the|its|their|the [a-z]+['’]s)(?: (?:new|latest|updated|initial|overall|final|total|official|revised|preliminary))?|(?:gave|gives|(?<!(?:not|never|n['’]t) )give|giving)(?: [A-Z][A-Za-z.]*){0,2} (?:a|an|the|its|their)(?: much| far)?(?: different| higher| lower| other| separate| similar)?|(?:raised|raises|revised|lowered|updated) (?:the|its|their)) (?:death toll|toll|losses|dead|number(?= (?:at|between|as high as|as low as|around|near) )|account of the (?:air ?strikes?|strikes?|raids?|attacks?|bombing)|number (?:of )?(?:["“'‘][\w -]{1,30}["”'’] killed|(?:[A-Za-z"“'‘”’-]+ ){0,4}?(?:killed|dead|deaths|casualties|fatalities)|(?:dead|deaths|killed|casualties) (?:fighters|militants|people|civilians))|casualty (?:toll|figure)|figure|count|tally)\b|\b(?:gave|gives|give)(?=\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dead|killed|deaths|fatalities|wounded|injured)\b)|\b(?:put|puts|putting) a (?:number|figure) on (?:the )?(?:dead|toll|deaths|casualties)\b|\b(?:gave|given|gives|give|giving) (?:figures|numbers|tolls|estimates)(?= (?:anywhere |ranging )?(?:from|between|of|as high as)\b)/g;
// A verb of saying or a toll given, in text order: the two never overlap (no word of one is in the other).
const SAYING = new RegExp(`${SPEECH.source}|${PUT_TOLL.source}`, 'g');
// "22 Reported Killed": a verb before a casualty word is a passive, with no speaker after it.
const SAYING_TITLE_CASE = new RegExp(`${SPEECH.source}|\\b(?:${SPEECH_VERB.replace(/\b([a-z])/g, (c) => c.toUpperCase())})\\b(?!\\s+(?:Killed|Dead|Wounded|Injured|Hurt)\\b)|${PUT_TOLL.source}`, 'g');
// Every frame starts at one of these; a sentence with none (any case, a superset) credits no one and is not read further.
const ANY_CREDIT = new RegExp([CITING, WORDS_OF_CUE, STATEMENT_LEAD, GIVEN_BY, SPEECH, PUT_TOLL].map((re) => re.source).join('|'), 'i');
// Whom a speaker told, when it is a name or an outlet: "told The Associated Press", "told Reuters", "told the agency".
const OUTLET_TOLD = new RegExp(String.raw`^\s+(?:(?:the|a)\s+)?(?:[${UPPER}][${LETTER}.’'&-]*(?:\s+[${UPPER}][${LETTER}.’'&-]*){0,3}|(?:news\s+)?agency|newspaper|broadcaster|channel|network|outlet)`, 'u');
// The object of "told" followed by a relative clause or a time clause, before any "that".
const LISTENERS_DESCRIBED = new RegExp(String.raw`^\s+(?:(?!that\b)[${LETTER}.’'-]+\s+){1,4}(?:who|which|as|after|while|when|during|aboard|on board)\b`, 'u');

/**
 * Returns who each offset's figure is credited to, reading each sentence at most once (see speaker-chain.ts).
 * `names` are the article's name mentions (entities and titled people), sorted by start.
 */
export function attributionReader(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  figures: readonly Span[],
  quoted: (block: number) => boolean = () => false,
) {
  const overlapsFigure = overlapTest(figures);
  const hasFigure = (span: Span) => overlapsFigure(span.start, span.end);
  const headline = headlineBlock(text, sentences);
  // Only sentences holding a figure are asked about: the others are read only when a later one leans on them.
  const framesBySentence = new SpeakerChain<Frame>(sentences.length, (i, known) => {
    const sentence = sentences[i] as Sentence;
    const carried = withOpeningSubject(text, sentences, names, i, known);
    const words = text.slice(sentence.start, sentence.end);
    const isHeadline = sentence.block === headline;
    const credits = ANY_CREDIT.test(words) || (isHeadline && mayCreditHeadline(words));
    return credits ? framesIn(text, sentence, isHeadline, names, hasFigure, carried) : [];
  });

  // In a transcript, a figure its sentence credits to no one is the turn's speaker's.
  // A label that is a known person's name, to its end ("JOHN KIRBY:", not "BIDEN'S FIRST STRIKE:").
  const personLabel = (start: number, end: number) => spansWithin(names, { start, end }).some((n) => n.end === end && n.entity !== null && entityById.get(n.entity)?.kind === 'person');
  const turnSpeaker = transcriptSpeakers(text, sentences, personLabel);
  // On a page that is someone's own statement, a figure credited to no one else is theirs.
  const author = statementPageAuthor(text, sentences, names);
  const authorName = author ? speakerName(text, author, names, { previous: null, last: null }) : null;
  return (figure: Span): string | null => {
    const i = spanIndexAt(sentences, figure.start);
    if (i < 0) return null;
    const framesAt = (j: number) => framesBySentence.at(j);
    return (
      creditFor(text, figure, framesAt(i)) ??
      quotationSpeaker(text, sentences, framesAt, i, figure.start) ??
      introducedSpeaker(text, sentences, names, framesAt, quoted, i) ??
      carriedQuotationSpeaker(text, sentences, framesAt, i) ??
      continuedSpeaker(text, sentences, framesAt, i) ??
      creditedBelow(text, sentences, framesAt, i) ??
      turnSpeaker(figure.start) ??
      authorName
    );
  };
}

/**
 * The frame whose stretch holds the figure: the article's own "according to" first, then a verb of saying,
 * then "citing"; among equals the nearest before the figure, else the first after it.
 */
const RELAYED = /\breport(?:s|ed|ing)?$/i;

/** Between a closing speaker and the outlet after it: a comma, or where and when the speaker spoke and a comma. */
function onlyTailBetween(between: string): boolean {
  const m = /^([^,]*),\s*$/.exec(between);
  return m !== null && (/^\s*$/.test(m[1] as string) || AFTER_SPEAKER_TAIL.test(`${m[1]},`));
}

function creditFor(text: string, figure: Span, frames: readonly Frame[]): string | null {
  const holding = frames.filter((f) => f.covers.start <= figure.start && figure.end <= f.covers.end && !(f.at.start <= figure.start && figure.end <= f.at.end));
  // "a war monitor put the toll at 22 or more, according to the BBC": the outlet after the figure relays the words of
  // the speaker before it, whose they are. Not "The BBC reports one dead according to militia officials": what an
  // outlet reports, the "according to" after it sources.
  // Not a figure in a clause of its own after ", and" ("X said one was killed, and perhaps more than 17, according to
  // local reports"): the "according to" sources that clause.
  const saidBefore = holding.some((f) => f.rank === 1 && f.at.end <= figure.start && !RELAYED.test(text.slice(f.at.start, f.at.end)) && !/,\s*and\b/.test(text.slice(f.at.end, figure.start)));
  // "…killed one fighter, the Pentagon said, according to NBC News": the outlet right after a closing speaker relays it,
  // as after "…,” Kirby told reporters on Monday, according to Xinhua".
  const relaysCloser = (f: Frame) =>
    holding.some((g) => g.rank === 1 && g.at.start >= figure.end && g.at.end <= f.at.start && onlyTailBetween(text.slice(g.at.end, f.at.start)) && !RELAYED.test(text.slice(g.at.start, g.at.end)));
  // "According to the AP, the Pentagon said…": the speaker right after an opening "according to" is whom it relays.
  const relayedOpening = (f: Frame) => f.rank === 1 && holding.some((g) => g.rank === 2 && g.at.end <= f.at.start && /^\s*,\s*$/.test(text.slice(g.at.end, f.at.start)));
  const rankOf = (f: Frame) => (f.rank === 2 && f.at.start >= figure.end && (saidBefore || relaysCloser(f)) ? 0.5 : relayedOpening(f) ? 2.5 : f.rank);
  // One pass, in the frames' order: the first, and the one ending nearest before the figure, among those of the best rank so far.
  let best = -1;
  let first: Frame | null = null;
  let lastBefore: Frame | null = null;
  for (const f of holding) {
    const rank = rankOf(f);
    if (rank < best) continue;
    if (rank > best) {
      best = rank;
      first = f;
      lastBefore = null;
    }
    if (f.at.end <= figure.start && (!lastBefore || f.at.end >= lastBefore.at.end)) lastBefore = f;
  }
  return (lastBefore ?? first)?.speaker ?? null;
}

function framesIn(text: string, sentence: Sentence, isHeadline: boolean, names: readonly NameMention[], hasFigure: (span: Span) => boolean, carried: Carried): Frame[] {
  const frames: Frame[] = [];
  // A pronoun stands first for a speaker earlier in its own sentence ("In a statement, Austin said … attacks he said had begun").
  const resolve = (np: Span) => {
    const before = frames.filter((f) => f.at.start < np.start).sort((a, b) => a.at.start - b.at.start);
    const own = before[before.length - 1]?.speaker;
    // "a site that it described as depots", "militias which, it claimed, were behind…": a pronoun inside a relative
    // clause stands for a noun of its own sentence, not for the last sentence's speaker.
    if (!own && PRONOUN.test(text.slice(np.start, np.end)) && RELATIVE_JUST_BEFORE.test(text.slice(Math.max(sentence.start, np.start - 10), np.start))) return null;
    // "The militias put out a statement on one of their channels, and it says one person was killed": its author.
    const author = !own && /^it$/i.test(text.slice(np.start, np.end)) ? statementAuthor(text, sentence.start, np.start) : null;
    if (author) return speakerName(text, author, names, carried);
    return speakerName(text, np, names, own ? { previous: own, last: own } : carried);
  };
  const headline = isHeadline ? headlineCredit(text, sentence, names) : null;
  if (headline) {
    const speaker = resolve(headline.np);
    if (speaker) frames.push({ speaker, at: headline.at, covers: headline.covers, rank: 2 });
  }
  const segments = segmentsOf(text, sentence);
  for (const segment of segments) {
    const slice = text.slice(segment.start, segment.end);

    leadFrames(text, segment, names, hasFigure, resolve, frames);

    // "Sources Say at Least 17 Killed": a headline in title case capitalises its verb too.
    const saying = isHeadline && inTitleCaseLine(text, sentence.start) ? SAYING_TITLE_CASE : SAYING;
    for (const m of allMatches(saying, slice)) {
      const verb: Span = { start: segment.start + m.index, end: segment.start + m.index + m[0].length };
      if (!isSaying(text, segment, verb, m[0])) continue;
      // "Kirby would not give a figure, but repeated that…": a clause that opens on its verb keeps the sentence's speaker.
      // "Austin called the operation 'narrowly tailored' and said…": a verb joined by "and" shares the sentence's subject.
      const joined = frames.length === 0 && /\s+(?:and|but)\s+$/.test(text.slice(segment.start, verb.start));
      // "X, a monitor based in Britain, gave a higher figure, saying (reporting) 17 were killed": the participle's subject is its clause's.
      // "Kirby put out a statement saying…": the statement's author is the clause's subject, not "put out a statement".
      const participle = (m[0] === 'saying' || m[0] === 'reporting') && (/,\s*$/.test(text.slice(segment.start, verb.start)) || STATEMENT_PUT.test(text.slice(segment.start, verb.start)));
      if (joined || participle || (segment.start > sentence.start && /^\s*$/.test(text.slice(segment.start, verb.start)))) {
        const described = participle ? openingSpeaker(text, sentence.start, verb.start) : null;
        const subject = frames[frames.length - 1]?.speaker ?? sentenceSubject(text, sentence, names, carried) ?? (described && resolve(described));
        if (subject) frames.push({ speaker: subject, at: verb, covers: { start: verb.end, end: segment.end }, rank: 1 });
        // A participle whose clause names no speaker the engine knows is read as any other verb.
        if (subject || !participle) continue;
      }
      // "…announced by the Syrian Observatory for Human Rights, the UK-based monitoring group, which said at least 22…":
      // the relative pronoun's antecedent speaks, past an appositive.
      const antecedent = relativeAntecedent(text, sentence, m[0], verb, names);
      if (antecedent) {
        const speaker = resolve(antecedent);
        if (speaker) {
          frames.push({ speaker, at: verb, covers: { start: verb.end, end: segment.end }, rank: 1 });
          continue;
        }
      }
      // '"…were killed, all members of the PMF," said the monitor's director': after a closing quote the speaker follows,
      // and after "So" ("So said the Syrian Observatory").
      const quoted = QUOTE_CLOSED_BEFORE.test(text.slice(Math.max(segment.start, verb.start - 4), verb.start)) || /^\s*(?:so|thus)\s+$/i.test(text.slice(segment.start, verb.start));
      const frame = quoted
        ? (speakerAfter(text, segment, verb, hasFigure) ?? speakerBefore(text, segment, verb, hasFigure, names))
        : (speakerBefore(text, segment, verb, hasFigure, names) ?? speakerAfter(text, segment, verb, hasFigure));
      if (!frame) continue;
      const speaker = resolve(frame.np);
      if (speaker) frames.push({ speaker, ...nestedCredit(text, segment, frame) });
    }
  }
  return settled(text, frames, segments);
}

/** Whether a verb of saying found in a clause is one there, not a noun, an adjective or a deed (`word` is its text). */
function isSaying(text: string, segment: Span, verb: Span, word: string): boolean {
  // "Militias claimed responsibility for a dozen strikes, wounding 24 soldiers": a deed owned, not a figure said.
  if (RESPONSIBILITY_AFTER.test(text.slice(verb.end, verb.end + 20))) return false;
  // "Kirby said lawmakers were told ahead of the strikes": who is told listens, and no one is named as telling.
  if (/^told$/.test(word) && /\b(?:was|were|been|being)\s+$/i.test(text.slice(Math.max(segment.start, verb.start - 8), verb.start))) return false;
  if (/^claim(?:ed|s)$/.test(word) && (ATTACKS_CLAIMED.test(text.slice(verb.end, verb.end + 90)) || LIVES_CLAIMED.test(text.slice(verb.end, verb.end + 30)))) return false;
  // "Well-documented data": a verb inside a hyphened word is no verb. "with nine air strikes, repeated bombing of the
  // airports": "repeated" after a comma, a preposition or an article describes a noun.
  if (text.charAt(verb.start - 1) === '-') return false;
  if (word === 'repeated' && /(?:[,;(]|\b(?:with|and|or|of|by|after|amid|despite|the|a|an|its|their|his|her))\s*$/i.test(text.slice(Math.max(segment.start, verb.start - 10), verb.start)) && /^\s+[a-z]+(?:ing|s)\b/.test(text.slice(verb.end, verb.end + 20))) return false;
  // Not "Austin was quoted as saying": the quoted one says it.
  const lead = text.slice(Math.max(segment.start, verb.start - 30), verb.start);
  if (COMPARISON_BEFORE.test(lead) && !/\b(?:quoted|cited)\s+as\s+$/i.test(lead)) return false;
  // "a reported 19 attacks", "an airstrike on alleged militia facilities": a participle describing a noun; no one says.
  const before = text.slice(Math.max(segment.start, verb.start - 9), verb.start);
  if (/\b(?:a|an|the)\s+$/i.test(before) || (/^(?:alleged|reported|claimed)$/.test(word) && /\b(?:on|of|at|against|for|in|by|from|with|its|their)\s+$/i.test(before))) return false;
  // "A Reuters report that 17 were killed": a noun after an outlet's name, not a verb.
  if (word === 'report' && /\b(?:[Aa]|[Aa]n|[Tt]he)\s+[A-Z][\w.'’-]*\s+$/.test(text.slice(Math.max(segment.start, verb.start - 40), verb.start))) return false;
  // "according to reports citing…": a noun after a preposition, not a verb.
  if (/^reports$/.test(word) && /\b(?:to|of|from|in|per|by)\s+$/i.test(text.slice(Math.max(segment.start, verb.start - 6), verb.start))) return false;
  return true;
}

/** A sentence's frames in order, each short of the writer's glosses, then stretched over the clauses that credit no one. */
function settled(text: string, frames: Frame[], segments: readonly Span[]): Frame[] {
  frames.sort((a, b) => a.at.start - b.at.start);
  for (const f of frames) f.covers = beforeWritersGloss(text, f);
  closeTheSentence(text, frames, segments);
  openTheSentence(text, frames, segments);
  carryPastSemicolons(text, frames, segments);
  return frames;
}


const RELATIVE_JUST_BEFORE = /\b(?:which|that|who)\s*,?\s*$/i;

/** "X said …" or "…, X said.": the speaker in the clause before the verb, past any appositives. */
function speakerBefore(
  text: string,
  segment: Span,
  verb: Span,
  hasFigure: (s: Span) => boolean,
  names: readonly NameMention[],
): { np: Span; at: Span; covers: Span } | null {
  // "Kirby, would say only that": auxiliaries before the verb belong to it, not to the speaker.
  // "X, however, said": a sentence adverb set off by commas is blanked too; after an appositive ("X, a monitor
  // based in Britain, however, reported") its first comma is kept, so the appositive reads as one.
  const head = text
    .slice(segment.start, verb.start)
    .replace(ADVERB_AT_END, (m, at: number, all: string) => (all.lastIndexOf(',', at - 1) >= 0 ? ',' + ' '.repeat(m.length - 1) : ' '.repeat(m.length)))
    .replace(AUXILIARIES_AT_END, (m) => ' '.repeat(m.length))
    // "The Syrian Observatory for Human Rights (SOHR), a monitor, said": a short form in brackets is part of the name.
    .replace(SHORT_FORM, (m) => ' '.repeat(m.length))
    // 'a “war monitor” put the number at 22': quotation marks around a word or three of the speaker are no clause.
    .replace(SCARE_QUOTED, (m) => ' ' + m.slice(1, -1) + ' ')
    // "DAMASCUS, Feb. 26 (Xinhua) -- A war monitor said": a typed dash ends a clause as a dash does.
    .replace(/--/g, '— ');
  const pieces = splitKeepingOffsets(head, segment.start);
  // "X, a spokesman for Y, said": the piece right before the verb is empty; the appositives before it are skipped.
  let k = pieces.length - 1;
  let piece = pieces[k];
  if (piece && /^\s*$/.test(head.slice(piece.start - segment.start, piece.end - segment.start)) && k >= 2) {
    const appositive = pieces[k - 1] as Span;
    k -= 2;
    piece = pieces[k];
    // "The targeted militia, Kataeb Hezbollah, said": an appositive that is a name says who.
    const words = text.slice(appositive.start, appositive.end).trim().split(/\s+/);
    // Otherwise a name the reference does not know keeps its description: "Iran's state broadcaster, IRIB".
    if (piece && !looksLikeAppositive(text, appositive) && words.length <= 5 && STARTS_WITH_CAPITAL.test(words[0] ?? '')) {
      const description = clauseTail(text, piece);
      const known = spansWithin(names, appositive).some((n) => n.entity);
      piece = known || !description ? appositive : { start: description.start, end: appositive.end };
    }
    // "A different account, from an Iraqi militia official cited by Reuters, said…": the account's source speaks.
    const from = FROM_SOURCE.exec(text.slice(appositive.start, appositive.end));
    if (piece && from && AN_ACCOUNT.test(text.slice(piece.start, piece.end))) {
      const relayed = RELAYED_BY.exec(text.slice(appositive.start, appositive.end));
      piece = { start: appositive.start + from[0].length, end: relayed ? appositive.start + relayed.index : appositive.end };
    }
  }
  if (!piece) return null;
  // The auxiliaries blanked out of `head` stay in `text`: the piece ends at its last word in `head`.
  let pieceEnd = piece.end;
  while (pieceEnd > piece.start && /\s/.test(head.charAt(pieceEnd - 1 - segment.start))) pieceEnd--;
  const whole = clauseTail(text, { start: piece.start, end: pieceEnd });
  if (!whole) return null;
  const tail = accountHead(text, whole);
  const words = text.slice(tail.start, tail.end).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (PASSIVE_BEFORE.test(last) || words.length > MAX_SPEAKER_WORDS) return null;
  // "The Pentagon on Monday said": the day is when it spoke, not part of who.
  const np = trimAdverbials(text, tail);
  // "22 people were reported killed" is no speaker; "two officials" and "one medical source" are.
  const npText = text.slice(np.start, np.end);
  if ((hasFigure(np) && !SPEAKER_HEAD.test(npText)) || !looksLikeSpeaker(npText)) return null;
  const at = { start: np.start, end: verb.end };
  // A speaker that closes its clause vouches for all of it; one that opens it, for what follows the verb.
  const after = text.slice(verb.end, segment.end);
  const told = /^(?:told|tells)$/.test(text.slice(verb.start, verb.end));
  // "…, an official told The Associated Press on Friday.": the outlet told is part of the closing words.
  // "Whether Thursday's attack caused any casualties, Kirby did not say": a speaker who says nothing vouches for nothing before.
  const negated = NEGATED.test(text.slice(np.end, verb.start));
  const closes = !negated && (AFTER_SPEAKER_TAIL.test(after) || (told && AFTER_SPEAKER_TAIL.test(after.replace(OUTLET_TOLD, ''))));
  // "told reporters who were flying with him after Thursday's strike": the narrator describes the listeners.
  const listeners = told && LISTENERS_DESCRIBED.test(after);
  const that = listeners ? /\bthat\b/.exec(text.slice(verb.end, segment.end)) : null;
  const from = !listeners ? verb.end : that ? verb.end + that.index : segment.end;
  // "a strike, which Washington says is used by militias, has killed 22": the aside ends at its comma.
  const end = RELATIVE_OPENING.test(text.slice(piece.start, np.start)) ? relativeClauseEnd(text, verb.end, segment.end) : segment.end;
  const covers = closes ? segment : { start: from, end: beforeUsDeed(text, from, end) };
  return { np, at, covers };
}

/** "…, said the Syrian Observatory." : the speaker after the verb, which must end the clause. */
function speakerAfter(text: string, segment: Span, verb: Span, hasFigure: (s: Span) => boolean): { np: Span; at: Span; covers: Span } | null {
  // "…, and the mayor told reporters it was a tragedy": whom someone told is the listener, never the speaker.
  if (/^(?:told|tells)$/i.test(text.slice(verb.start, verb.end))) return null;
  const np = phraseAfter(text, verb.end, segment.end);
  if (!np || hasFigure(np)) return null;
  const first = text.slice(np.start, np.end).split(/\s+/)[0] ?? '';
  // "said to be used by X", "said by some to…": passive, no speaker after the verb.
  // "sites the Pentagon said were being used": a verb after "said" opens the reported clause.
  // "Local reports say US airstrikes carried out early Feb. 26 killed…": a verb of saying after "reports" opens what was said.
  if (TIME_WORDS.test(first) || /^(?:to|by|for|with|as|of|not|no|was|were|is|are|had|has|have|would|will|could|may|might|belonged|belongs|through|from|into|over|under|across|about|after|before|since|during|via|up|out|say|says|said|claim|claims|suggest|suggests|indicate|indicates)$/i.test(first)) return null;
  // "said the strikes killed 22": a clause follows, not a speaker.
  if (!AFTER_SPEAKER_TAIL.test(text.slice(np.end, segment.end))) return null;
  if (!looksLikeSpeaker(text.slice(np.start, np.end))) return null;
  return { np, at: { start: verb.start, end: np.end }, covers: segment };
}

/** Pieces of `s` between clause punctuation, as absolute spans. */
function splitKeepingOffsets(s: string, offset: number): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of allMatches(CLAUSE_PUNCT, s)) {
    out.push({ start: offset + from, end: offset + m.index });
    from = m.index + 1;
  }
  out.push({ start: offset + from, end: offset + s.length });
  return out;
}

function looksLikeAppositive(text: string, piece: Span): boolean {
  const s = text.slice(piece.start, piece.end).trim();
  return /^(?:an?|the|who|which|whose|speaking|citing|also|one of|a|\d+)\b/i.test(s) && s.split(/\s+/).length <= 20;
}

