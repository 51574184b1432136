/**
 * The engine: from an article's text to its findings. One pass over the text for each recognizer,
 * then decisions on the mentions found: which event, which source, which fact each figure reports,
 * and how that compares with the other sources. Counts are looked for only once the article is known
 * to be about an event: the event decision never reads them, and a page that passes the gate is often
 * about another strike or none.
 */
import type { PublishedDate } from '../article/published';
import type { ArticleText } from '../article/types';
import { findFiguresButCounts, withCounts, type FiguresButCounts } from '../extract/figures';
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import type { DateValue, FigureValue } from '../reference/values';
import { attributionReader } from './attribution';
import { findCasualtyPhrases } from './casualty-phrases';
import { inDateline, opensTimelineEntry } from './dateline';
import { decideEvent, type EventDecision, type EventInput } from './event';
import type { Findings, Mark } from './findings';
import { filedDay } from './filed-day';
import { mightBeAboutAStrike } from './gate';
import { creditHeadline, creditLede, qualifiedAsLede } from './headline-lede';
import { genericCueTable, incidentReader, type Cue } from './incidents';
import { markMaker } from './mark-maker';
import { SINCE_BEFORE } from './measures';
import { insideQuotation } from './quotation';
import { getReference, type Reference } from './reference';
import { splitSentences, type Sentence } from './sentences';
import { isGroupVoice } from './speaker-name';
import { overlapTest, spanIndexAt } from './spans';
import { isStatementDay } from './statement-day';
import { storyNames } from './story-names';
import { tieFacts } from './tie-facts';
import { shiftDay } from './when';
import { LETTER, LOWER, UPPER } from '../extract/letter-classes';

// A date right after a verb of saying dates the statement, not the events in it.
const SPEECH_BEFORE = /\b(?:said|says|told\b(?:(?!\bthat\b)[^.;]){0,40}?|announced|added|stated|confirmed|reported|published|released|issued|statement|briefing)\s+(?:on\s+|late\s+|early\s+)?$/i;
// "both sides", "both countries": two only where a fact asks how many.
const BOTH = /^both$/i;
const POSSESSIVE_AFTER = /^['’]s\b/;
// "UPDATE, Friday, Oct. 27:", "Updated Oct. 27 —": an update's label, opening what was written that day.
const UPDATE_LABEL_BEFORE = /^\W*updated?\W*$/i;
// "DAMASCUS, Feb. 26 (Xinhua) --", "MOSCOW, February 26. /TASS/.": after a dispatch's day, its wire and a dash or stop.
const DATELINE_AFTER = /^,?\s*(?:\d{4}\s*)?(?:(?:\([A-Z][\w .]*\)|\/[A-Z]+\/)?\s*[-—–]|\.\s*\/[A-Z]+\/)/;
const SPEAKERS_AFTER = new RegExp(String.raw`^\s+(?:[${LETTER}.-]+\s+){0,2}?(?:sources?|officials?|(?:eye)?witness(?:es)?|spokesm[ae]n|spokespeople|diplomats?|journalists?|correspondents?|reporters?|analysts?|experts?|observers?|residents?|activists?|doctors?|medics?|commanders?|lawmakers?|senators?)\b`, 'u');
// "a day after the attack", "a day after President Biden told reporters", "two days after he spoke": counted from a deed.
const COUNTED_FROM_EVENT = new RegExp(String.raw`^\s+(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Tt]heir|[Tt]his|[Tt]hat)\s|(?:he|she|they|it|we|I)\s+[${LOWER}]|(?:[${UPPER}][${LETTER}.’'-]*\s+){1,4}[${LOWER}]{2,})`, 'u');
const DATE_JUST_BEFORE = /(?:\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*,\s*$/;
const DATE_FOLLOWS = /^,?\s*(?:on\s+|\()?$/;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
// A clause holding a full date, closed by the comma that opens an aside.
const DATED_CLAUSE_BEFORE = new RegExp(String.raw`(?:${MONTH}\s+\d{1,2}|\b\d{1,2}\s+${MONTH})\b[^,;:()]*,\s*$`);

export function annotate(article: ArticleText, reference: Reference = getReference()): Findings {
  const { text } = article;
  const none = (source: string | null = null): Findings => ({ event: null, article: text, source, marks: [] });
  if (!mightBeAboutAStrike(text)) return none();

  const sentences = splitSentences(article);
  const names = reference.findNames(text);
  const days = readDays(text, sentences, names);
  const published = filedDay(article.published ?? null, days.dispatch, days.update);
  // Names that say what the story is about (no datelines, no locators): read by the event decision and the incidents.
  const story = storyNames(text, names, published);
  const source = reference.recogniseSource(text);
  const generic = genericCueTable(text, sentences);
  const eventId = (source ? reference.source(source)?.event : null) ?? decideEvent(reference, eventInput(text, published, sentences, days, story, generic), false).event;
  const event = eventId ? reference.event(eventId) : undefined;
  if (!event) return none(source);
  const figures = addCounts(text, days);

  // A block quotation's paragraphs are one statement, which the paragraph before it may introduce.
  const readCredit = attributionReader(text, sentences, names, figures, (block) => article.blocks[block]?.kind === 'quote');
  // Asked twice for each figure (its fact may depend on a militia's own voice, and its mark shows it): read once.
  const credits = new Map<FigureMention, string | null>();
  const creditOf = (figure: FigureMention) => {
    if (!credits.has(figure)) credits.set(figure, readCredit(figure));
    return credits.get(figure) ?? null;
  };
  const facts = tieFacts(text, sentences, generic, figures, story, event, reference, (f) => isGroupVoice(creditOf(f)), published);
  const marks: Mark[] = [];
  const { nameMark, figureMark } = markMaker(event, source, reference, published);
  for (const name of names) marks.push(nameMark(name));
  const asLede = qualifiedAsLede(text, figures, facts, sentences);
  for (const figure of figures) {
    const fact = facts.get(figure) ?? null;
    // Vague counts ("several") mean something only as the answer to a fact.
    if (!fact && figure.value.type === 'count' && (figure.value.qualifier === 'several' || BOTH.test(figure.text))) continue;
    // "two US officials said", "one medical source": who spoke, not what happened.
    if (!fact && figure.value.type === 'count' && SPEAKERS_AFTER.test(text.slice(figure.end, figure.end + 48))) continue;
    // "earlier in February": a month alone is no figure a reader can check against another report.
    if (!fact && figure.value.type === 'date' && figure.value.day === null && figure.value.weekday === null && figure.value.year === null) continue;
    marks.push(figureMark(asLede.get(figure) ?? figure, fact, creditOf(figure)));
  }
  creditLede(text, marks, sentences);
  creditHeadline(text, marks, sentences);
  marks.sort((a, b) => a.start - b.start);
  marks.forEach((m, i) => (m.id = `m${i + 1}`));
  return { event: event.id, article: text, source, marks };
}

/** What the event decision reads of an article's figures: all but the counts, and the days its statements were made. */
interface DayReading {
  found: FiguresButCounts;
  overlapsName: (start: number, end: number) => boolean;
  /** Figures other than counts, minus those inside names and statement dates, with relative dates resolved. */
  figures: FigureMention[];
  /** Statement dates say when something was said, which the event decision can use. */
  statementDates: DateValue[];
  /** The date of the dispatch the story opens with: the day it was filed (filed-day.ts). */
  dispatch: DateValue | null;
  /** The date of an update the story opens with: the day its lede was written (filed-day.ts). */
  update: DateValue | null;
}

/** The headline, a standfirst and the first paragraph: where a dispatch's dateline opens the story. */
const DISPATCH_BLOCKS = 3;

function readDays(text: string, sentences: Sentence[], names: NameMention[]): DayReading {
  const overlapsName = overlapTest(names);
  const found = findFiguresButCounts(text);
  const figures: FigureMention[] = [];
  const statementDates: DateValue[] = [];
  let lastDate: DateValue | null = null;
  /** The date of the dispatch the story opens with ("DAMASCUS, Feb. 26 (Xinhua) —"), if any. */
  let dispatch: DateValue | null = null;
  /** The date of an update the story opens with ("UPDATE, Friday, Oct. 27: Late Thursday night…"), if any. */
  let update: DateValue | null = null;
  /** Where the last full date stands: one inside a quotation is no anchor for a relative day outside it. */
  let lastDateAt = -1;
  /** Where the last day named stands, when it is a weekday with no date. */
  let weekdayBefore: number | null = null;
  const mentions = found.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const figure = mentions[k] as FigureMention;
    if (overlapsName(figure.start, figure.end)) continue;
    // "Two days later, on Feb. 27": the date itself says which day; counting from the last one named could only differ.
    const next = mentions[k + 1];
    if (figure.value.type === 'relative-date' && next?.value.type === 'date' && DATE_FOLLOWS.test(text.slice(figure.end, next.start))) continue;
    // "On 15 February, ten days before the airstrike", "ten days after the attack it answered": counted from an
    // event, not from the last date the article gave.
    if (figure.value.type === 'relative-date' && (COUNTED_FROM_EVENT.test(text.slice(figure.end, figure.end + 30)) || DATE_JUST_BEFORE.test(text.slice(Math.max(0, figure.start - 30), figure.start)))) continue;
    // "the February 15 rocket attacks on Erbil, eleven days earlier, which killed…": an aside on a dated attack says how
    // long before the story's day it was, and counted from its own date it could only differ.
    if (figure.value.type === 'relative-date' && /^\s*[,;.)]/.test(text.slice(figure.end, figure.end + 2)) && DATED_CLAUSE_BEFORE.test(text.slice(Math.max(0, figure.start - 80), figure.start))) continue;
    const sentence = sentences[spanIndexAt(sentences, figure.start)];
    const before = text.slice(sentence?.start ?? 0, figure.start);
    const isDay = figure.value.type === 'date' || figure.value.type === 'relative-date';
    // "The Pentagon on Friday filled in details of the airstrike flown the previous evening": counted from the
    // weekday its own sentence names, which the page's full dates do not place.
    const countedFromWeekday = figure.value.type === 'relative-date' && weekdayBefore !== null && weekdayBefore >= (sentence?.start ?? 0);
    if (figure.value.type === 'date') weekdayBefore = figure.value.month === null || figure.value.day === null ? figure.start : null;
    const date = figure.value.type === 'date' ? figure.value : null;
    const dateline = date !== null && DATELINE_AFTER.test(text.slice(figure.end, figure.end + 24)) && !opensTimelineEntry(text, figure.start);
    if (date && (sentence?.block ?? Infinity) < DISPATCH_BLOCKS) {
      if (dateline && dispatch === null && inDateline(text, text.lastIndexOf('\n', figure.start) + 1, figure.start)) dispatch = date;
      if (update === null && UPDATE_LABEL_BEFORE.test(before)) update = date;
    }
    // "The Pentagon said Thursday's strike was…": a possessive day is its noun's, whatever verb comes before it.
    const spoken = SPEECH_BEFORE.test(before) && !POSSESSIVE_AFTER.test(text.slice(figure.end, figure.end + 3));
    if (isDay && (spoken || isStatementDay(text, figure.start, figure.end, sentence?.start ?? 0, sentence?.end ?? text.length))) {
      if (figure.value.type === 'date') statementDates.push(figure.value);
      continue;
    }
    if (countedFromWeekday) continue;
    if (dateline) continue;
    let value: FigureValue = figure.value;
    if (value.type === 'relative-date') {
      // "A week later": after the last full date the article gave. One inside a quotation is the speaker's: "the US
      // airstrikes of the previous night" after a statement quoted "on Thursday, February 25" is the page's night.
      const anchor = lastDate as DateValue | null;
      if (!anchor || anchor.month === null || anchor.day === null || (insideQuotation(text, sentences, lastDateAt) && !insideQuotation(text, sentences, figure.start))) continue;
      const day = shiftDay({ year: anchor.year ?? 2021, month: anchor.month, day: anchor.day }, value.days);
      value = { ...anchor, month: day.month, day: day.day, weekday: null, part: null, ...(value.days % 7 === 0 ? { approximate: true } : {}) };
    }
    if (value.type === 'date' && value.month !== null && value.day !== null) {
      lastDate = value;
      lastDateAt = figure.start;
    }
    // A copy only when the value changed: a long article has tens of thousands of figures.
    figures.push(value === figure.value ? figure : { ...figure, value });
  }
  return { found, overlapsName, figures, statementDates, dispatch, update };
}

/**
 * Once the article is known to be about an event: its figures with the counts and casualty phrases
 * ("a contractor was killed") added, minus those inside names or other figures, sorted by start.
 */
function addCounts(text: string, days: DayReading): FigureMention[] {
  const { overlapsName } = days;
  // Casualty phrases give way to every figure found, also those read as statement dates above.
  const recognised = withCounts(days.found).filter((f) => !overlapsName(f.start, f.end));
  const overlapsRecognised = overlapTest(recognised);
  const taken = (start: number, end: number) => overlapsName(start, end) || overlapsRecognised(start, end);
  const counts = recognised.filter((f) => f.value.type === 'count');
  // Figures are disjoint: no two start at one offset, so the order is the text's.
  return [...days.figures, ...counts, ...findCasualtyPhrases(text, taken)].sort((a, b) => a.start - b.start);
}

/** What the event decision reads: the article's days for its strike, found by the sentences' own cues. */
/** `names` are the story's (story-names.ts). */
function eventInput(text: string, published: PublishedDate | null, sentences: Sentence[], days: DayReading, names: NameMention[], generic: Cue[][]): EventInput {
  const { figures, statementDates } = days;
  // Before the event is known only the generic words can say what a sentence is about.
  const read = incidentReader(text, sentences, generic);
  const incidentAt = (at: number) => {
    const target = read(at)?.target;
    return target && 'generic' in target ? target.generic : null;
  };
  const strikeDays = figures.filter((f) => {
    const date = f.value.type === 'date' ? f.value : f.value.type === 'time' ? f.value.date : null;
    return date !== null && !SINCE_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start)) && incidentAt(f.start) === 'strike';
  });
  return { text, sentences, figures, names, strikeDays, statementDates, incidentAt, published };
}

/** What the event decision reads of an article, read on its own (for --explain and the tests). */
export function eventEvidenceOf(article: ArticleText, reference: Reference = getReference()): EventInput {
  const sentences = splitSentences(article);
  const names = reference.findNames(article.text);
  const days = readDays(article.text, sentences, names);
  const published = filedDay(article.published ?? null, days.dispatch, days.update);
  return eventInput(article.text, published, sentences, days, storyNames(article.text, names, published), genericCueTable(article.text, sentences));
}

/** The event decision with its evidence and how it was weighed (`npm run annotate -- FILE --explain`). */
export function explainEvent(article: ArticleText, reference: Reference = getReference()): EventDecision {
  return decideEvent(reference, eventEvidenceOf(article, reference));
}
