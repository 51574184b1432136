/**
 * The engine: from an article's text to its findings. One pass over the text for each recognizer,
 * then decisions on the mentions found: which event, which source, which fact each figure reports,
 * and how that compares with the other sources. Counts are looked for only once the article is known
 * to be about an event: the event decision never reads them, and a page that passes the gate is often
 * about another strike or none.
 */
import type { ArticleText } from '../article/types';
import { findFiguresButCounts, withCounts, type FiguresButCounts } from '../extract/figures';
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import { getReference, type Reference } from './reference';
import { nearMisses as knownNearMisses } from '../reference/events';
import type { Event, FactDef, Incident } from '../reference/types';
import type { DateValue, FigureValue } from '../reference/values';
import { allMatches } from './all-matches';
import { attributionReader } from './attribution';
import { decideEvent, type EventDecision, type EventInput } from './event';
import { NOT_THE_STRIKE } from './event-evidence';
import { mightBeAboutAStrike } from './gate';
import type { Findings, Mark } from './findings';
import { markMaker } from './mark-maker';
import { cueTable, genericCueTable, incidentReader, type Cue } from './incidents';
import { findCasualtyPhrases } from './casualty-phrases';
import { measureOf, ownToll, ownWordsIn, SINCE_BEFORE } from './measures';
import { tokenize, type Token } from './sentence-tokens';
import { claimsOn, factsMeasuring } from './reference-index';
import { splitSentences, type Sentence } from './sentences';
import { isGroupVoice } from './speaker-name';
import { itemsWithin, overlapTest, spanIndexAt } from './spans';
import { isStatementDay } from './statement-day';
import { dayNumberOf } from './day-numbers';
import { resolveDay, shiftDay } from './when';

// A date right after a verb of saying dates the statement, not the events in it.
const SPEECH_BEFORE = /\b(?:said|says|told\b[^.;]{0,40}?|announced|added|stated|confirmed|reported|published|released|issued|statement|briefing)\s+(?:on\s+|late\s+|early\s+)?$/i;
// "WASHINGTON, Feb 25 (Reuters) -": the date of the dispatch, not of anything in it.
const DATELINE_AFTER = /^,?\s*(?:\d{4}\s*)?(?:\([A-Z][\w .]*\)|\/[A-Z]+\/)?\s*[-—–]/;
// Sentences about other times: the engine ties nothing in them.
const BACKGROUND = /\b(?:for example|for instance|previously|last year|years ago|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?! \d))\b/i;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;
// Within the figure's clause ("U.S." does not end it): a dash opens another clause, which may split the total.
const SPLIT_BY_COUNTRY = /^(?:[^.;:—–]|\.(?=\S|\s+[a-z])){0,60}?\bin (?:Iraq|Syria),? and (?:[\w-]+\s+){1,3}?in (?:Iraq|Syria)\b/i;
const ONE_COUNTRY_AFTER = /^\s*(?:[\w-]+\s+){0,2}?in (?:Iraq|Syria)\b(?!,? and (?:in )?(?:Iraq|Syria))/i;
// "22 fighters, up from an earlier toll of 17": a figure the article itself has replaced.
const SUPERSEDED_BEFORE = /\b(?:(?:up|down|revised|raised|lowered) from|(?:earlier|previous|initial|first) (?:toll|count|figure|tally|estimate) of)\s*(?:an? |the )?(?:(?:earlier|previous|initial) (?:toll|count|figure|tally|estimate) of\s*)?$/i;
const SPEAKERS_AFTER = /^\s+(?:[\p{L}.-]+\s+){0,2}?(?:sources?|officials?|witness(?:es)?|spokesm[ae]n|spokespeople|diplomats?|journalists?|correspondents?|reporters?|analysts?|experts?|observers?)\b/u;
// One attack named, and no series of them: "during the attack on the base", "in that attack".
const ONE_ATTACK = /^(?![\s\S]*\b(?:attacks|strikes|in all|in total|altogether|since)\b)[\s\S]*\b(?:the|that|this|an|one|a)\s+(?:[\p{L}’'-]+\s+){0,3}?(?<!\b(?:heart|cardiac|panic)\s)attack\b/iu;
const COUNTED_FROM_EVENT = /^\s+(?:the|a|an|its|his|their|this|that)\s/i;
const DATE_JUST_BEFORE = /(?:\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*,\s*$/;
const DATE_FOLLOWS = /^,?\s*(?:on\s+|\()?$/;
// The figure counts Americans or contractors: "a U.S. contractor", "two American service members", "one civilian contractor".
const AMERICANS = /^(?:[\p{L}\d.’'-]+\s+)?(?:U\.S\.|US|American)\s+(?:civilian\s+)?(?:contractors?|service ?members?|servicem[ae]n|troops|soldiers|personnel|citizens?)\b|^(?:[\p{L}\d.’'-]+\s+){0,3}?(?:contractors?|service ?members?|servicem[ae]n)\b/u;
// "Soon after the early Friday attack": the word outlets use for either side's strike.
// A sentence that opens by counting on from the one before: "Two days later,", "The next day,", "That night,".
const GOES_ON = /^(?:[\p{L}-]+\s+(?:days?|weeks?|hours?|months?)\s+(?:later|after)|(?:the\s+)?(?:next|following|same)\s+(?:day|week|morning|night)|that\s+(?:day|night|week|morning)|later\s+that)\b/iu;
const RELATIVE_WORDS = /\b(?:later|after|before|earlier|ago)\b/i;
const BARE_ATTACK = /\b(?:attacks?|attacked|assault|raid|operation)\b/i;
const DENIED_BEFORE = /\b(?:no|not any|never)\s+(?:[\p{L}-]+\s+){0,2}?(?:sources?|reports?|evidence|outlets?|officials?)\b[^.;]{0,40}$/iu;
const PARTIAL_BEFORE = /\b(?:including|among them|of whom|of which)\s+$/i;

export function annotate(article: ArticleText, reference: Reference = getReference()): Findings {
  const { text } = article;
  const none = (source: string | null = null): Findings => ({ event: null, article: text, source, marks: [] });
  if (!mightBeAboutAStrike(text)) return none();

  const sentences = splitSentences(article);
  const names = reference.findNames(text);
  const days = readDays(text, sentences, names);
  const source = reference.recogniseSource(text);
  const generic = genericCueTable(text, sentences);
  const eventId = (source ? reference.source(source)?.event : null) ?? decideEvent(reference, eventInput(article, sentences, days, names, generic), false).event;
  const event = eventId ? reference.event(eventId) : undefined;
  if (!event) return none(source);
  const figures = addCounts(text, days);

  const readCredit = attributionReader(text, sentences, names, figures);
  // Asked twice for each figure (its fact may depend on a militia's own voice, and its mark shows it): read once.
  const credits = new Map<FigureMention, string | null>();
  const creditOf = (figure: FigureMention) => {
    if (!credits.has(figure)) credits.set(figure, readCredit(figure));
    return credits.get(figure) ?? null;
  };
  const facts = tieFacts(text, sentences, generic, figures, names, event, reference, (f) => isGroupVoice(creditOf(f)));
  const marks: Mark[] = [];
  const { nameMark, figureMark } = markMaker(event, source, reference, article.published ?? null);
  for (const name of names) marks.push(nameMark(name));
  for (const figure of figures) {
    const fact = facts.get(figure) ?? null;
    // Vague counts ("several") mean something only as the answer to a fact.
    if (!fact && figure.value.type === 'count' && figure.value.qualifier === 'several') continue;
    // "two US officials said", "one medical source": who spoke, not what happened.
    if (!fact && figure.value.type === 'count' && SPEAKERS_AFTER.test(text.slice(figure.end, figure.end + 48))) continue;
    marks.push(figureMark(figure, fact, creditOf(figure)));
  }
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
}

function readDays(text: string, sentences: Sentence[], names: NameMention[]): DayReading {
  const overlapsName = overlapTest(names);
  const found = findFiguresButCounts(text);
  const figures: FigureMention[] = [];
  const statementDates: DateValue[] = [];
  let lastDate: DateValue | null = null;
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
    const sentence = sentences[spanIndexAt(sentences, figure.start)];
    const before = text.slice(sentence?.start ?? 0, figure.start);
    const isDay = figure.value.type === 'date' || figure.value.type === 'relative-date';
    if (isDay && (SPEECH_BEFORE.test(before) || isStatementDay(text, figure.start, figure.end, sentence?.start ?? 0, sentence?.end ?? text.length))) {
      if (figure.value.type === 'date') statementDates.push(figure.value);
      continue;
    }
    if (figure.value.type === 'date' && DATELINE_AFTER.test(text.slice(figure.end, figure.end + 24))) continue;
    let value: FigureValue = figure.value;
    if (value.type === 'relative-date') {
      // "A week later": after the last full date the article gave.
      const anchor = lastDate as DateValue | null;
      if (!anchor || anchor.month === null || anchor.day === null) continue;
      const day = shiftDay({ year: anchor.year ?? 2021, month: anchor.month, day: anchor.day }, value.days);
      value = { ...anchor, month: day.month, day: day.day, weekday: null, part: null };
    }
    if (value.type === 'date' && value.month !== null && value.day !== null) lastDate = value;
    // A copy only when the value changed: a long article has tens of thousands of figures.
    figures.push(value === figure.value ? figure : { ...figure, value });
  }
  return { found, overlapsName, figures, statementDates };
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
function eventInput(article: ArticleText, sentences: Sentence[], days: DayReading, names: NameMention[], generic: Cue[][]): EventInput {
  const { text } = article;
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
  return { text, sentences, figures, names: storyNames(text, names), strikeDays, statementDates, incidentAt, published: article.published ?? null };
}

/** The event decision with its evidence and how it was weighed (`npm run annotate -- FILE --explain`). */
export function explainEvent(article: ArticleText, reference: Reference = getReference()): EventDecision {
  const sentences = splitSentences(article);
  const names = reference.findNames(article.text);
  const days = readDays(article.text, sentences, names);
  return decideEvent(reference, eventInput(article, sentences, days, names, genericCueTable(article.text, sentences)));
}

// "BAGHDAD: An American contractor died…", "ERBIL, Iraq (AP) —": where the story was filed, not what it is about.
const DATELINE_REST = /^(?:,\s*[\p{L} .]{2,30})?\s*(?:\([^)\n]{1,40}\))?\s*[:—–-]/u;

// "Balad air base north of Baghdad": a place that only says where another one is.
const LOCATOR_BEFORE = /\b(?:(?:north|south|east|west)(?:east|west)?|outside|kilometres|kilometers|km|miles)\s+(?:of|from)\s+$/i;

/**
 * The names that say what the story is about, for the incidents and the event: a place opening a paragraph as its
 * dateline says where the story was filed, and one after "north of" where another place is.
 */
function storyNames(text: string, names: NameMention[]): NameMention[] {
  return names.filter((n) => {
    const dateline = (n.start === 0 || text.charAt(n.start - 1) === '\n') && DATELINE_REST.test(text.slice(n.end, n.end + 50));
    return !dateline && !LOCATOR_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start));
  });
}

// What only a near miss had ("K-1 base near Kirkuk", "Tower 22"): a sentence naming it is about that strike.
const NEAR_MISS_WORDS = new RegExp(knownNearMisses.flatMap((m) => m.only).join('|'));

function isBackground(text: string, sentence: Sentence, event: Event): boolean {
  const s = text.slice(sentence.start, sentence.end);
  if (BACKGROUND.test(s) || NEAR_MISS_WORDS.test(s)) return true;
  for (const m of allMatches(YEAR, s)) if (Number(m[0]) !== event.day.year) return true;
  return false;
}

/** Ties each figure to the fact it reports, or to nothing when the context does not say clearly. */
function tieFacts(
  text: string,
  sentences: Sentence[],
  generic: Cue[][],
  figures: FigureMention[],
  names: NameMention[],
  event: Event,
  reference: Reference,
  groupVoice: (figure: FigureMention) => boolean = () => false,
): Map<FigureMention, FactDef> {
  const cues = cueTable(generic, sentences, event.incidents, storyNames(text, names), figures);
  const read = incidentReader(text, sentences, cues);
  const readSpecific = incidentReader(text, sentences, cues.map((c) => c.filter((cue) => 'incident' in cue.target)));
  const isStrike = (incident: string) => event.incidents.find((i) => i.id === incident)?.isStrike ?? false;
  // Incidents that are a series of attacks, counted as such ("19 attacks since 17 October").
  const series = new Set(factsMeasuring(reference, event.id, 'attacks').map((f) => f.incident));
  const figuresIn = itemsWithin(sentences, figures);
  // Whether each sentence is about another time: its own words say so, or it goes on from one that does ("On
  // December 27 of that year, rockets hit K-1. Two days later, American aircraft struck…").
  const background: Array<boolean | undefined> = [];
  const backgroundAt = (i: number): boolean => {
    const s = sentences[i] as Sentence;
    background[i] ??= isBackground(text, s, event) || (i > 0 && sentences[i - 1]?.block === s.block && GOES_ON.test(text.slice(s.start, s.start + 40)) && backgroundAt(i - 1));
    return background[i]!;
  };
  // What a sentence gives all its figures, worked out at its first figure (figures come in text order)
  // and kept only while its figures are read, so that a long article does not hold every sentence's words.
  let current = { index: -1, background: false, words: null as Token[] | null, ownWords: null as boolean | null };
  const ties = new Map<FigureMention, FactDef>();
  for (const figure of figures) {
    const i = spanIndexAt(sentences, figure.start);
    const sentence = sentences[i];
    if (!sentence) continue;
    if (current.index !== i) current = { index: i, background: backgroundAt(i), words: null, ownWords: null };
    if (current.background) continue;
    // The sentence's figures, this one among them: measures.ts only looks for figures after it.
    const others = figuresIn[i] ?? [];
    // Only counts are read word by word: a sentence is tokenized at its first count.
    if (figure.value.type === 'count') current.words ??= tokenize(text, sentence.start, sentence.end);
    const words = current.words ?? [];
    // A militia's toll of its own people is a claim on the strike's toll, whatever else the sentence names.
    const own = ownToll(text, sentence, figure, others, groupVoice(figure), words, () => (current.ownWords ??= ownWordsIn(text, sentence)));
    const measure = own ?? measureOf(text, sentence, figure, others, words);
    if (!measure) continue;
    // A day or time needs a cue of its own sentence (below): one carried from the sentence before may be another day's story.
    const isDay = measure === 'date' || measure === 'time';
    // "22 killed, including 17 fighters" is a part; but the wounded facts count Americans, and
    // "several wounded, including an American" gives exactly that count.
    const before = text.slice(sentence.start, figure.start);
    if (measure !== 'wounded' && PARTIAL_BEFORE.test(before)) continue;
    if (SUPERSEDED_BEFORE.test(before)) continue;
    // "We found no source reporting more than 22 deaths": a figure denied, not reported.
    if (DENIED_BEFORE.test(before)) continue;
    // A day weeks away from the event is another time's: tied, it could only differ.
    if (isDay && !nearTheEvent(figure.value, event)) continue;
    // "12 times in Syria", "seven attacks in Iraq": a country's share of attacks counted across both.
    if (measure === 'attacks' && ONE_COUNTRY_AFTER.test(text.slice(figure.end, figure.end + 40))) continue;
    // "at least 12 attacks on U.S. bases in Iraq and four in Syria": one country's share of a total.
    if (measure === 'attacks' && SPLIT_BY_COUNTRY.test(text.slice(figure.end, figure.end + 90))) continue;
    // "died during one assault": one attack is never the count of a series.
    if (measure === 'attacks' && figure.value.type === 'count' && figure.value.n === 1) continue;
    // "the buildup brought A-10s and F-35s to the region": aircraft sent, not aircraft that struck.
    if ((measure === 'aircraft' || measure === 'aircraft-count') && NOT_THE_STRIKE.test(text.slice(sentence.start, sentence.end))) continue;
    // The strike wounded no Americans and killed none, and the attacks on US forces no militiamen.
    const american = !own && measure === 'killed' && AMERICANS.test(text.slice(figure.start, figure.end + 40));
    const candidates = factsMeasuring(reference, event.id, measure).filter((f) =>
      own ? isStrike(f.incident) : (measure !== 'wounded' && !american) || !isStrike(f.incident),
    );
    if (own) {
      const fact = candidates[0];
      if (fact) ties.set(figure, fact);
      continue;
    }
    const reading = read(figure.start);
    // "Five days later, rockets hit Balad": a day counted from another is the article's arithmetic; it needs a cue of its own.
    if (RELATIVE_WORDS.test(figure.text) && (!reading || reading.carried)) continue;
    const target = reading?.target;
    // The strike is what the article is about: with nothing else named, a figure is about it.
    // Another incident's fact only when it is the one fact of its kind and the figure could be nothing else: Americans
    // killed are the attacks' dead, but "Israel says some 1,400 people were killed" is no death in the attacks on US forces.
    const onlyOther = candidates.length === 1 && (measure !== 'killed' || american) ? candidates[0] : undefined;
    const byDefault = candidates.find((f) => isStrike(f.incident)) ?? onlyOther;
    let fact: FactDef | undefined;
    if (target && 'incident' in target) {
      fact = candidates.find((f) => f.incident === target.incident);
      // A cue carried from an earlier sentence is a weak sign: when its incident has no such fact, fall back.
      if (!fact && reading.carried) fact = byDefault;
      // "the strikes answered more than a dozen attacks": a count of attacks is never the strike's.
      if (!fact && measure === 'attacks' && candidates.length === 1) fact = candidates[0];
    } else if (target?.generic === 'attack') {
      const attacks = candidates.filter((f) => !isStrike(f.incident));
      // Several attacks have this fact: a place or date named nearby says which.
      // Named in the figure's own sentence: one named in the sentence before may be the last item of a list of attacks.
      const specificReading = attacks.length > 1 ? readSpecific(figure.start) : null;
      const specific = specificReading && !specificReading.carried ? specificReading.target : null;
      const named = specific && 'incident' in specific ? specific.incident : null;
      // The militias' words never give a figure to the strike: "the rockets hit at 7:20 am" is no time of the strike.
      fact = named
        ? attacks.find((f) => f.incident === named)
        : attacks.length === 1 ? attacks[0] : undefined;
    } else if ((target && !(reading.carried && isDay)) || !isDay) {
      fact = byDefault;
    } else if (onStrikeDay(figure.value, event) && BARE_ATTACK.test(text.slice(sentence.start, sentence.end))) {
      // "Soon after the early Friday attack": a day with no word of its own for what happened, on the strike's own day.
      fact = candidates.find((f) => isStrike(f.incident));
    }
    // "during the attack on the base at Koniko, two soldiers were injured": one attack's toll is not the series'.
    if (fact && (measure === 'killed' || measure === 'wounded') && series.has(fact.incident) && ONE_ATTACK.test(text.slice(sentence.start, sentence.end))) continue;
    // A date or time with no cue at all around it (a byline, a dateline) says nothing about the strike: untied.
    if (fact) ties.set(figure, fact);
  }
  dropPartialCounts(ties);
  dropOverwatchDrones(ties, reference, event);
  return ties;
}

// Drones that watch over a strike (MQ-1, MQ-9, RQ-4…): flying beside the jets, not what struck.
const OVERWATCH = /^[MR]Q-/;

/**
 * "Two F-16s, accompanied by MQ-9 drones": an article that names the jets its sources name adds the drones
 * that watched over them, it does not contradict them. Another jet ("F-16 and F-15 fighter jets took part")
 * still differs.
 */
function dropOverwatchDrones(ties: Map<FigureMention, FactDef>, reference: Reference, event: Event): void {
  const familyOf = (figure: FigureMention) => (figure.value.type === 'aircraft' ? figure.value.family : null);
  const named = (figure: FigureMention, fact: FactDef) =>
    claimsOn(reference, event.id, fact.key).some((c) => c.value.type === 'aircraft' && c.value.family === familyOf(figure));
  const agreeing = new Set<string>();
  for (const [figure, fact] of ties) if (familyOf(figure) !== null && named(figure, fact)) agreeing.add(fact.key);
  for (const [figure, fact] of [...ties]) {
    if (OVERWATCH.test(familyOf(figure) ?? '') && agreeing.has(fact.key) && !named(figure, fact)) ties.delete(figure);
  }
}

/** Whether a day (or a time's day) is within three weeks of the event: the strike's, or the attacks' that led to it. */
function nearTheEvent(value: FigureValue, event: Event): boolean {
  const offset = daysFromEvent(value, event);
  return offset === null || Math.abs(offset) <= 21;
}

function daysFromEvent(value: FigureValue, event: Event): number | null {
  const date = value.type === 'date' ? value : value.type === 'time' ? value.date : null;
  const day = date ? resolveDay(date, event) : null;
  return day ? dayNumberOf(day.year, day.month, day.day) - dayNumberOf(event.day.year, event.day.month, event.day.day) : null;
}

/** Whether a day (or a time's day) is the strike's, in Washington or in Syria: the event's day or the next. */
function onStrikeDay(value: FigureValue, event: Event): boolean {
  const offset = daysFromEvent(value, event);
  return offset === 0 || offset === 1;
}

/**
 * "Three rockets were fired … two fell on a residential area", "19 attacks: 12 in Iraq and seven in Syria":
 * only the largest count of a series is its total.
 */
function dropPartialCounts(ties: Map<FigureMention, FactDef>): void {
  const largest = new Map<string, number>();
  for (const [figure, fact] of ties) {
    if (!isVolley(fact) || figure.value.type !== 'count' || figure.value.n === null) continue;
    largest.set(fact.key, Math.max(largest.get(fact.key) ?? 0, figure.value.n));
  }
  for (const [figure, fact] of [...ties]) {
    if (!isVolley(fact) || figure.value.type !== 'count' || figure.value.n === null) continue;
    if (figure.value.n < (largest.get(fact.key) ?? 0)) ties.delete(figure);
  }
}

function isVolley(fact: FactDef): boolean {
  return fact.measure === 'rockets' || fact.measure === 'aircraft-count' || fact.measure === 'attacks';
}
