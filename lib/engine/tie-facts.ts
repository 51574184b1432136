/**
 * Which fact each figure reports, once the article's event is known: its measure from its words
 * (measures.ts), its incident from its sentence (incidents.ts), and the fact they pick together. When
 * either is unclear, or the figure's words set it aside (a part of a total, a figure denied, another
 * time), nothing is tied: a wrong "differs" is worse than a missing one.
 */
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import type { Event, FactDef, IncidentId, Measure } from '../reference/types';
import type { FigureValue } from '../reference/values';
import { findDates } from '../extract/dates';
import { ANOTHER_STRIKE, NOT_THE_STRIKE } from './event-evidence';
import { cueTable, incidentReader, inItemOfItsOwn, type Cue, type IncidentReading } from './incidents';
import { measureOf } from './measures';
import { ownToll, ownWordsIn } from './own-toll';
import type { Reference } from './reference';
import { factsMeasuring } from './reference-index';
import { tokenize, type Token } from './sentence-tokens';
import { blockAt, headlineBlock, type Sentence } from './sentences';
import { itemsWithin, spanIndexAt } from './spans';
import { datelineEnd, inDateline } from './dateline';
import { isAnotherStart, isWarStart } from './since-start';
import type { PublishedDate } from '../article/published';
import { backgroundReader } from './other-time';
import { otherStoryReader } from './other-stories';
import { dropCountsOfAnotherOrder, dropHeadlineCopies, dropOverwatchDrones, dropPartialCounts } from './tie-pruning';
import { daysFromEvent } from './when';
import { isWithdrawn } from './withdrawn-figure';
import { isLaterTally } from './later-tally';
import { addedToCount, isFirstOfSum, isListPart, isPerItem } from './list-parts';
import { atANamedPlace, isOneAttacksToll } from './one-attack';
import { onAnAttacksDay, ruledOutByDay } from './incident-day';
import { LETTER, UPPER } from '../extract/letter-classes';

// "22 killed, including 17 fighters": a part of a total.
const PARTIAL_BEFORE = /\b(?:including|among them|of whom|of which)\s+$/i;
const ONE_KIND_OF_INJURY = new RegExp(String.raw`^\s+(?:[${LETTER}.-]+\s+){0,4}?(?:with|had|suffered|sustained|(?:were\s+)?diagnosed with)\s+(?:a\s+|mild\s+)?(?:traumatic brain injur(?:y|ies)|TBIs?|concussions?)\b`, 'iu');
// "UPDATE 10:55 PM PT:": an update's stamp.
const UPDATE_STAMP_BEFORE = /^\W*(?:update[sd]?|edited|posted|added)(?:\s+at)?\W*$/i;
// "Carter's rescue mission": an operation of someone named, who may be no one the reference knows ("Syria's war" is no one's).
const OTHERS_OPERATION = new RegExp(String.raw`\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight|January|February|March|April|May|June|July|August|September|October|November|December|America|Washington|Syria|Iraq)['’])[${UPPER}][${LETTER}-]+['’]s\s+(?:[${LETTER}-]+\s+){0,2}?(?:rescue mission|mission|raid|operation|invasion|war|campaign)\b`, 'u');
// "If you're only counting one dead fighter", "Had the rockets in Erbil killed five, would…": a condition supposed.
const CONDITION_BEFORE = /\bif\b[^,;:—–]*$|^\W*(?:had|suppose|supposing|imagine|assume|assuming)\s[^,;:—–]*$/i;
// "A rocket that kills several Americans would leave…"; not a headline's "Strike kills 22, could fuel tensions".
const HYPOTHETICAL = /\b(?:that|which)\s+(?:kills|wounds|injures)\b[^.;]{0,80}\b(?:would|could|might)\s+(?:have\s+)?[a-z]+/i;
// "Had it exploded, it could have killed service members", "two soldiers would have been hurt": a harm that did not
// happen. Not "the raid may have killed at least 22", which reports a toll with a doubt.
const MODAL_HARM_BEFORE = /\b(?:could|would|might)\s+(?:well\s+|easily\s+)?have\s+(?:killed|wounded|injured|hurt)\s+$/i;
const MODAL_HARM_AFTER = /^\s+(?:[\w.’'-]+\s+){0,3}?(?:could|would|might)\s+(?:well\s+|easily\s+)?have\s+been\s+(?:killed|wounded|injured|hurt)\b/i;
const COUNTERFACTUAL = /\b(?:would|had|if|unless|otherwise|were it)\b/i;
// "12 times in Syria", "seven attacks in Iraq": a country's share of attacks counted across both.
const ONE_COUNTRY_AFTER = /^\s*(?:[\w-]+\s+){0,2}?in (?:Iraq|Syria)\b(?!,? and (?:in )?(?:Iraq|Syria))/i;
// "at least 12 attacks on U.S. bases in Iraq and four in Syria", within the figure's phrase ("U.S." does not end
// it, a comma or a dash does: "19 times since last week, four times in Syria and 12 in Iraq" is the total, then its parts).
const SPLIT_BY_COUNTRY = /^(?:(?!--)[^.;:,—–]|\.(?=\S|\s+[a-z])){0,80}?\bin (?:Iraq|Syria),? and (?:[\w-]+\s+){1,3}?in (?:neighbou?ring |northern |eastern |western )?(?:Iraq|Syria)\b/i;
// "Three attacks took place on Thursday alone": one day's attacks, not the series since its start.
// "The count of attacks rose to at least 16 on Thursday": the day a tally stood at, not one day's attacks.
const RISEN_TO_BEFORE = /\b(?:rose|risen|climbed|reached|grew|grown|jumped|stood|stands)(?: to| at)?\s*$/i;
const ONE_DAY_AFTER =
  /^(?:(?!\bsince\b)[^.;])*?\b(?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:that|the same|a single|one) day|yesterday|today|overnight)\b/i;
// "On Thursday alone there were three attacks": one day's, the count after it.
const ONE_DAY_ALONE_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|that day|yesterday|today)\s+alone\b[^.;]*$/i;
// "Between October 17 and October 25, militias launched 16 attacks": a count up to a day, not the running total.
const CLOSED_WINDOW =
  new RegExp(String.raw`\b[Bb]etween\s+(?:[${UPPER}][${LETTER}.]*\s+\d{1,2}|\d{1,2}\s+[${UPPER}][${LETTER}.]*)\s+and\s+(?:[${UPPER}][${LETTER}.]*\s+)?\d{1,2}\b|\b(?:through|until|till|up to|as of)\s+(?:[${UPPER}][${LETTER}.]*\s+\d{1,2}|\d{1,2}\s+[${UPPER}][${LETTER}.]*)\b`, 'u');
// "three further attacks": what was added to the count of attacks, not the count ("wounded several more" is a toll).
const ADDED_AFTER = /^\s+(?:further|more|additional|new|fresh)\b/i;
// "came hours after (the) two attacks … that had not been reported before" or "neither of which had been made
// public": the latest attacks, not the series.
const LATEST_BEFORE = /\b(?:hours|minutes|shortly|just|only a day)\s+after\s+(?:the\s+)?$/i;
const UNREPORTED_AFTER =
  /^[^.;]{0,80}?\b(?:(?:had|have|has) not (?:been )?(?:previously |yet )?(?:been )?(?:reported|made public|disclosed)|previously (?:unreported|undisclosed)|not (?:reported|made public|disclosed) (?:before|earlier|until)|(?:neither|none) of which (?:had|has|have) been (?:reported|made public|disclosed))/i;
// The words of a US strike in a sentence that also names an attack: "ordered airstrikes", "struck", "bombed".
const STRIKE_SAID = /\b(?:air ?strikes?|strikes?|striking|struck|bomb(?:ed|ing|s)?|raids?)\b/i;
// The figure counts Americans or contractors: "a U.S. contractor", "two American service members", "one civilian contractor".
const AMERICANS = new RegExp(String.raw`^(?:[${LETTER}\d.’'-]+\s+)?(?:U\.S\.|US|American)\s+(?:civilian\s+)?(?:contractors?|service ?members?|servicem[ae]n|troops|soldiers|personnel|citizens?)\b|^(?:[${LETTER}\d.’'-]+\s+){0,3}?(?:contractors?|service ?members?|servicem[ae]n)\b`, 'u');
// "unwilling to risk killing civilians", "a regime intent on killing Americans": what was avoided or intended, not what happened.
const AVOIDED_BEFORE = /\b(?:risk(?:ing)?|avoid(?:ing)?|without|prevent(?:ing)?|fear of|(?:intent|bent|set) on|capable of)\s+(?:killing|harming|injuring|wounding|hurting)\s+$/i;
const WAR_IN_ISRAEL = /\b(?:in|of|on|across) (?:southern |northern )?Israel\b|\bGaza\b|\bcross-border (?:exchanges|fire|clashes|fighting)\b|\b(?:southern )?Lebanon\b/;
// "The crackdown on the protests has killed at least 551", "Syria's civil war has killed…": another killer's dead.
const OTHER_KILLER_BEFORE =
  /\b(?:crackdown|protests?|unrest|riots?|earthquakes?|quakes?|floods?|famine|epidemic|pandemic|covid(?:-19)?|war|conflict|violence|clashes|uprising|executions?)(?:\s+(?:in|on|over|of|against|across|since|that began in)\s[^.;:,]{0,60}?)?\s+(?:(?:has|have|had)\s+)?(?:killed|claimed the lives of|left)\s+$/i;
// Deaths and harm with another cause than any strike or attack: a disease, a disaster, a shooting, a bomb planted,
// a road or river accident (a news digest's next brief), an airliner shot down, protesters killed in clashes.
const OTHER_CAUSE =
  /\b(?:shot down an? (?:[\w-]+ ){0,2}(?:passenger |civilian )?(?:jet|plane|airliner|aircraft)|airliner|passenger (?:jet|plane)|plane crash|COVID(?:-19)?|coronavirus|pandemic|virus|infections?|vaccin\w*|earthquakes?|hurricanes?|tornado(?:e?s)?|wildfires?|floods?|flooding|winter storm|snowstorm|heat ?wave|mass shooting|gunman|overdoses?|cancer|car crash|(?:car|truck|lorry) bomb(?:ing)?|roadside bomb|planted an? (?:[\w-]+ )?(?:bomb|explosive device)|IEDs?|improvised explosive|land ?mines?|landslides?|avalanches?|stampedes?|(?:bus|coach|minibus|train|ferry|boat|lorry|truck)\b[^.;]{0,60}?\b(?:crash\w*|accident|plunged|capsized|derailed|went off|overturned|collided)|(?:protesters|demonstrators) (?:were|had been) (?:killed|shot|wounded|injured)|in clashes (?:with|between))\b/i;
const OTHER_STATE_STRUCK =
  /\b(?:Israel|Israeli|Israel['’]s|Russia|Russian|Turkey|Turkish)\b(?:(?!\b(?:US|U\.S\.|American|United States|Washington)\b)[^.;]){0,40}?\b(?:struck|strikes?|air ?strikes?|raid(?:s|ed)?|bomb(?:ed|ing|s)?|fired|hit|shelled|attack(?:ed|s)?)\b/i;
// Two tolls set against each other: "one person had been killed, but a war monitor reported 22".
// "…said one was killed, but…"; "…said 17 were killed; the monitor put the toll at 22": a toll set beside another.
const CONTRAST = /;|\b(?:but|while|whereas|although|though|however)\b/i;
const CONTRAST_PRONOUN_HARM = /^\W*(?:But|However|Yet|Still)\b[^.;]*\b(?:they|it)\s+(?:(?:may|might|could|would|had|has|have)\s+)*(?:killed|wounded|injured|left)\b/;
// "Five days later": a day counted from another.
const RELATIVE_WORDS = /\b(?:later|after|before|earlier|ago)\b/i;
// "Soon after the early Friday attack": the words outlets use for either side's strike.
const DAY_NAMES_ATTACK = /^\s+(?:(?:rocket|drone|missile|militia)\s+)?(?:attacks?|assault|barrage)\b/i;
const DAY_OF_ATTACK_AT = new RegExp(String.raw`^\s+(?:(?:rocket|drone|missile|militia)\s+)?(?:attacks?|assault|barrage)\s+(?:on|at|against)\s+(?:the\s+)?(?!(?:U\.S\.?|US|American|Coalition|Iraqi|Kurdish|Military)\s)(?=(?:(?:[${UPPER}]|[ae]l-)[${LETTER}’'-]*\s+){1,3}(?:[Bb]ase|[Aa]ir ?[Bb]ase|[Aa]irbase|[Gg]arrison|[Aa]irport|[Cc]amp)\b)`, 'u');
const BARE_ATTACK = /\b(?:attacks?|attacked|assault|raid|operation)\b/i;

/** What every figure of an article is read against. */
interface TieContext {
  text: string;
  event: Event;
  reference: Reference;
  read: (at: number) => IncidentReading;
  /** The same, from the cues that name one incident (a place, a date). */
  readSpecific: (at: number) => IncidentReading;
  /** Whether a figure stands in an attack of its own in a list of them (incidents.ts inItemOfItsOwn). */
  ownItem: (at: number) => boolean;
  isStrike: (incident: string) => boolean;
  /** Incidents that are a series of attacks, counted as such ("19 attacks since 17 October"). */
  series: ReadonlySet<string>;
  /** Whether a name the reference knows starts at an offset ("Biden's strike" is the event's, "Carter's raid" not). */
  knownNameAt: (at: number) => boolean;
  /** How many days after the event's the page is dated, when it is. */
  pageDaysAfter: number | null;
  /** The words of the sentence before the one at an offset, in its paragraph: where a carried cue came from. */
  wordsBefore: (at: number) => string;
}

/** Ties each figure to the fact it reports, or to nothing when the context does not say clearly. `names` are the story's (story-names.ts). */
export function tieFacts(
  text: string,
  sentences: Sentence[],
  generic: Cue[][],
  figures: FigureMention[],
  names: NameMention[],
  event: Event,
  reference: Reference,
  groupVoice: (figure: FigureMention) => boolean = () => false,
  published: PublishedDate | null = null,
): Map<FigureMention, FactDef> {
  const cues = cueTable(text, generic, sentences, event.incidents, names, figures);
  const ctx: TieContext = {
    text,
    event,
    reference,
    read: incidentReader(text, sentences, cues),
    readSpecific: incidentReader(text, sentences, cues.map((c) => c.filter((cue) => 'incident' in cue.target))),
    ownItem: (at) => {
      const i = spanIndexAt(sentences, at);
      return i >= 0 && inItemOfItsOwn(text, sentences[i] as Sentence, cues[i] ?? [], at);
    },
    isStrike: (incident) => event.incidents.find((i) => i.id === incident)?.isStrike ?? false,
    series: new Set(factsMeasuring(reference, event.id, 'attacks').map((f) => f.incident)),
    knownNameAt: (at) => names.some((n) => n.entity && n.start <= at && at < n.end),
    wordsBefore: (at) => {
      const i = spanIndexAt(sentences, at);
      const before = sentences[i - 1];
      return before && before.block === sentences[i]?.block ? text.slice(before.start, before.end) : '';
    },
    pageDaysAfter: published && daysFromEvent({ type: 'date', year: published.year, month: published.month, day: published.day, weekday: null, part: null, zone: null }, event),
  };
  const figuresIn = itemsWithin(sentences, figures);
  const inBackground = backgroundReader(text, sentences, event, published);
  const inOtherStory = otherStoryReader(text, sentences, generic, names);
  const backgroundAt = (i: number) => inBackground(i) || inOtherStory(i);
  // What a sentence gives its figures, worked out at its first and kept only while they are read (not every sentence's words).
  let current = { index: -1, background: false, words: null as Token[] | null, ownWords: null as boolean | null };
  const ties = new Map<FigureMention, FactDef>();
  // Counts set aside as told days later: a headline that repeats one is that later count too.
  const laterTallies: Array<{ figure: FigureMention; fact: FactDef }> = [];
  // Sentences where a militia gives its own toll of the strike, and that toll.
  const disputed = new Map<number, FigureMention>();
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
    if (!measure || setAside(ctx, sentence, figure, measure)) continue;
    const fact = own ? factsMeasuring(reference, event.id, measure).find((f) => ctx.isStrike(f.incident)) : factFor(ctx, sentence, figure, measure, others);
    if (!fact) continue;
    if (isLaterTally(text, sentence, figure, fact, ctx)) {
      laterTallies.push({ figure, fact });
      continue;
    }
    ties.set(figure, fact);
    if (own) disputed.set(i, figure);
  }
  tollsBesideOwnTolls(ctx, ties, disputed, figuresIn);
  dropHeadlineCopies(ties, laterTallies, headlineBlock(text, sentences), (at) => blockAt(sentences, at));
  dropPartialCounts(ties);
  dropOverwatchDrones(ties, reference, event);
  dropCountsOfAnotherOrder(ties, reference, event);
  return ties;
}

/**
 * "Militia officials said one person was killed, but a war monitor reported 22 fatalities" (or "…killed; a war monitor
 * put the toll at 22"): a toll set against a
 * militia's own toll of the strike, with no place or date of its own, is the strike's too, not that of an
 * attack an earlier sentence named ("…attacks on US personnel in Iraq").
 */
function tollsBesideOwnTolls(
  ctx: TieContext,
  ties: Map<FigureMention, FactDef>,
  disputed: ReadonlyMap<number, FigureMention>,
  figuresIn: ReadonlyArray<readonly FigureMention[]>,
): void {
  const strikeKilled = factsMeasuring(ctx.reference, ctx.event.id, 'killed').find((f) => ctx.isStrike(f.incident));
  if (!strikeKilled) return;
  for (const [i, own] of disputed) {
    for (const figure of figuresIn[i] ?? []) {
      const fact = ties.get(figure);
      if (fact?.measure !== 'killed' || ctx.isStrike(fact.incident)) continue;
      const between = ctx.text.slice(Math.min(own.end, figure.end), Math.max(own.start, figure.start));
      const reading = ctx.readSpecific(figure.start);
      if (CONTRAST.test(between) && (!reading || reading.carried)) ties.set(figure, strikeKilled);
    }
  }
}

/** A count of attacks up to a day before the event's ("as of Oct. 24") is a snapshot; one up to the strike's day or the next is the total. */
function endsBeforeTheEvent(ctx: TieContext, sentence: string): boolean {
  const window = CLOSED_WINDOW.exec(sentence);
  if (!window) return false;
  const found = findDates(window[0]).at(-1)?.value;
  // "between October 17 and 26": the window's end is a day of the first date's month.
  const endDay = /\band\s+(\d{1,2})$/.exec(window[0])?.[1];
  const last = found?.type === 'date' && endDay ? { ...found, day: Number(endDay), weekday: null } : found;
  const days = last ? daysFromEvent(last, ctx.event) : null;
  return days === null || days < 0 || days > 1;
}

/** A figure its own words set aside: a part of a total, replaced, denied, another time's, one country's share, sent not used. */
function setAside(ctx: TieContext, sentence: Sentence, figure: FigureMention, measure: Measure): boolean {
  const { text } = ctx;
  const before = text.slice(sentence.start, figure.start);
  const after = text.slice(figure.end, figure.end + 90);
  // The wounded facts count Americans, and "several wounded, including an American" gives exactly that count.
  if (measure !== 'wounded' && PARTIAL_BEFORE.test(before)) return true;
  // "at least 27 U.S. personnel with traumatic brain injuries": one kind of injury, a part of the wounded; "17 in
  // Syria and four in Iraq": one country's, a part of them too.
  if (measure === 'wounded' && (ONE_KIND_OF_INJURY.test(after) || ONE_COUNTRY_AFTER.test(after.slice(0, 40)))) return true;
  if (isWithdrawn(before, after)) return true;
  // "If you're only counting one dead fighter, that story holds", "Suppose Washington hit a dozen depots": a number
  // in a condition is supposed, not reported ("If the February 25 strike is a guide" names a day that was).
  if (!isDay(measure) && CONDITION_BEFORE.test(before)) return true;
  // "hit one weapons storage facility and one ammunition storage facility": each "one" is a part of the count.
  if (isListPart(figure, before, after)) return true;
  // "A rocket that kills several Americans would leave Biden little room": what might happen, not what did;
  // "unwilling to risk killing civilians": what was avoided.
  const casualty = measure === 'killed' || measure === 'wounded';
  // "one fighter and two others died": the others are added to a count, never the whole of it.
  if (casualty && /^\s+(?:others?|more)\b/i.test(after) && addedToCount(before, measure)) return true;
  // "killed one U.S. serviceman and five civilian contractors": one part of a toll summed in the sentence.
  if (casualty && (isFirstOfSum(figure, after, measure) || isPerItem(after))) return true;
  // "two more attacks since Tuesday", "hit a dozen more depots": what is added to a count, never its whole.
  if (!casualty && !isDay(measure) && /^\s+more\b(?!\s+than\b)/i.test(after)) return true;
  if (casualty && (HYPOTHETICAL.test(text.slice(sentence.start, sentence.end)) || AVOIDED_BEFORE.test(before) || OTHER_KILLER_BEFORE.test(before))) return true;
  if (casualty && (MODAL_HARM_BEFORE.test(before) || MODAL_HARM_AFTER.test(after)) && COUNTERFACTUAL.test(text.slice(sentence.start, sentence.end))) return true;
  // "More than 505,000 people in the U.S. have died of COVID-19": a disease's or a disaster's dead, in a news roundup.
  if (casualty && OTHER_CAUSE.test(text.slice(sentence.start, sentence.end))) return true;
  // "Israeli jets fired missiles at Damascus, killing 22": another state's strike, whatever the article's event.
  if (casualty && OTHER_STATE_STRUCK.test(before)) return true;
  // "Carter's rescue mission … cost the lives of eight American servicemen": an operation of someone the reference
  // does not know, in a column that compares presidents.
  const operation = casualty ? OTHERS_OPERATION.exec(before) : null;
  if (operation && !ctx.knownNameAt(sentence.start + operation.index)) return true;
  // "Hamas's attacks in southern Israel that killed more than 1,400", "58 killed in the cross-border exchanges": the war's dead.
  // "BEIRUT, Lebanon –": a dateline's place is where the report was filed, not a war the sentence tells of.
  const told = text.slice(Math.max(sentence.start, datelineEnd(text, sentence.start)), sentence.end);
  if (measure === 'killed' && WAR_IN_ISRAEL.test(told) && !AMERICANS.test(text.slice(figure.start, figure.end + 40))) return true;
  if (measure === 'since' && (isAnotherStart(text.slice(sentence.start, sentence.end), before, after) || isWarStart(text, figure.value) || OTHER_STATE_STRUCK.test(before))) return true;
  // "since Thursday night … there have already been more attacks": a start on or after the strike's day counts later attacks.
  if (measure === 'since' && (daysFromEvent(figure.value, ctx.event) ?? -1) >= 0) return true;
  // "BEIRUT, LEBANON (1:00 P.M.) –": the hour a dateline gives is the report's, not the strike's.
  if (isDay(measure) && inDateline(text, sentence.start, figure.start)) return true;
  // "UPDATE 10:55 PM PT: A US official tells reporters…": an update's stamp is when the page changed.
  if (isDay(measure) && UPDATE_STAMP_BEFORE.test(before)) return true;
  // A day weeks away from the event is another time's: tied, it could only differ.
  if (isDay(measure) && Math.abs(daysFromEvent(figure.value, ctx.event) ?? 0) > 21) return true;
  if (measure === 'attacks') {
    // "died during one assault": one attack is never the count of a series.
    const one = figure.value.type === 'count' && figure.value.n === 1;
    return (
      one ||
      ADDED_AFTER.test(after) ||
      LATEST_BEFORE.test(before) ||
      UNREPORTED_AFTER.test(after) ||
      ONE_COUNTRY_AFTER.test(after.slice(0, 40)) ||
      SPLIT_BY_COUNTRY.test(text.slice(figure.end, figure.end + 140)) ||
      (ONE_DAY_AFTER.test(after.slice(0, 50)) && !RISEN_TO_BEFORE.test(before)) ||
      ONE_DAY_ALONE_BEFORE.test(before) ||
      endsBeforeTheEvent(ctx, text.slice(sentence.start, sentence.end))
    );
  }
  // "the buildup brought A-10s and F-35s to the region": aircraft sent, not aircraft that struck. "On Wednesday
  // F-15s struck another weapons storage facility": another strike's figures.
  const words = text.slice(sentence.start, sentence.end);
  return ((measure === 'aircraft' || measure === 'aircraft-count') && NOT_THE_STRIKE.test(words)) || ANOTHER_STRIKE.test(words);
}

function isDay(measure: Measure): boolean {
  return measure === 'date' || measure === 'time';
}

/** The fact a figure's measure and incident pick, or undefined when its sentence does not say which. */
/** `others` are the figures of the sentence, this one among them. */
function factFor(ctx: TieContext, sentence: Sentence, figure: FigureMention, measure: Measure, others: readonly FigureMention[]): FactDef | undefined {
  const { text, event, isStrike } = ctx;
  const words = text.slice(sentence.start, sentence.end);
  // The strike wounded no Americans and killed none, and the attacks on US forces no militiamen.
  const american = measure === 'killed' && AMERICANS.test(text.slice(figure.start, figure.end + 40));
  const candidates = factsMeasuring(ctx.reference, event.id, measure).filter((f) => (measure !== 'wounded' && !american) || !isStrike(f.incident));
  const reading = ctx.read(figure.start);
  // "Five days later, rockets hit Balad": a day counted from another is the article's arithmetic; it needs a cue of its own.
  if (RELATIVE_WORDS.test(figure.text) && (!reading || reading.carried)) return undefined;
  const target = reading?.target;
  // "…attacks on US facilities, which left one person dead. But a monitor says they may have killed 22": a sentence
  // that turns against the one before, its harm done by a bare "they", may speak of another incident than the attack
  // it carries over.
  if (reading?.carried && CONTRAST_PRONOUN_HARM.test(words) && !(target && ('incident' in target ? isStrike(target.incident) : target.generic === 'strike'))) return undefined;
  // The strike is what the article is about: with nothing else named, a figure is about it. Another incident's
  // fact only when it is the one fact of its kind and the figure could be nothing else: Americans killed are the
  // attacks' dead, but "Israel says some 1,400 people were killed" is no death in the attacks on US forces.
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
    fact = attackFact(ctx, figure, candidates);
  } else if ((target && !(reading.carried && isDay(measure))) || !isDay(measure)) {
    fact = byDefault;
  } else if (onStrikeDay(figure.value, event) && BARE_ATTACK.test(words)) {
    // "Soon after the early Friday attack": a day with no word of its own for what happened, on the strike's own day.
    fact = candidates.find((f) => isStrike(f.incident));
  }
  // "On Thursday (Feb. 25), Biden ordered airstrikes…, answering a Feb. 15 rocket attack": the strike's own day, in a
  // sentence that names both, is the strike's, never the day the other attack is known by.
  // A day on the strike's own day is never another attack's ("some ten days later", counted from Erbil's): untied
  // when the sentence does not name the strike.
  if (fact && isDay(measure) && !isStrike(fact.incident) && onStrikeDay(figure.value, event)) {
    fact = STRIKE_SAID.test(words) ? candidates.find((f) => isStrike(f.incident)) : undefined;
  }
  // "the March 3 attack": a day that names an attack is that attack's, never the strike's unless it is the strike's day;
  // nor is the day of an attack the reference knows ("Monday's strike", the Green Zone rockets').
  if (fact && isDay(measure) && isStrike(fact.incident) && !onStrikeDay(figure.value, event)) {
    if (DAY_NAMES_ATTACK.test(text.slice(figure.end, figure.end + 30)) || onAnAttacksDay(figure.value, event)) return undefined;
  }
  // "the February 20 rocket attack on Balad Airbase": a day that names an attack on a base the reference does not know
  // is that attack's, not the one attack the reference knows (Erbil's).
  if (fact && isDay(measure) && !isStrike(fact.incident) && !ctx.series.has(fact.incident)) {
    const at = DAY_OF_ATTACK_AT.exec(text.slice(figure.end, figure.end + 60));
    if (at && !ctx.knownNameAt(figure.end + at[0].length)) return undefined;
  }
  // "during the attack on the base at Koniko, two soldiers were injured": one attack's toll is not the series'.
  // But a death of a heart attack while sheltering at one base is no attack's toll: it is the one the series counts.
  if (fact && (measure === 'killed' || measure === 'wounded') && ctx.series.has(fact.incident) && isOneAttacksToll(words, !reading || reading.carried ? ctx.wordsBefore(figure.start) : null)) return undefined;
  // "…died as rockets came down on Al Asad Air Base": a toll at a base the sentence names is that attack's, not
  // the one earlier attack's (Erbil), unless the sentence names that attack too.
  // Nor is a death of a heart attack ("died of a heart attack while sheltering", at Al Asad in March 2021) that one attack's.
  if (fact && !isStrike(fact.incident) && !ctx.series.has(fact.incident) && atANamedPlace(words, measure) && !namesIncident(ctx, figure, fact.incident)) return undefined;
  // "an American civilian contractor died … early Wednesday": a toll on a day that is none of the attack's is another attack's.
  if (fact && (measure === 'killed' || measure === 'wounded') && !isStrike(fact.incident) && !ctx.series.has(fact.incident) && ruledOutByDay(others, event, fact.incident)) return undefined;
  return fact;
}

/** The figure's own sentence names the incident: a place or date of its own, not one carried from before. */
function namesIncident(ctx: TieContext, figure: FigureMention, incident: IncidentId): boolean {
  const reading = ctx.readSpecific(figure.start);
  return reading !== null && !reading.carried && 'incident' in reading.target && reading.target.incident === incident;
}

/**
 * A figure beside the militias' words: one attack's fact, never the strike's ("the rockets hit at 7:20 am" is no
 * time of the strike). When several attacks have the fact, a place or date named in the figure's own sentence says
 * which: one named in the sentence before may be the last item of a list of attacks.
 */
function attackFact(ctx: TieContext, figure: FigureMention, candidates: readonly FactDef[]): FactDef | undefined {
  const attacks = candidates.filter((f) => !ctx.isStrike(f.incident));
  if (attacks.length <= 1) return attacks[0];
  const reading = ctx.readSpecific(figure.start);
  const named = reading && !reading.carried && 'incident' in reading.target ? reading.target.incident : null;
  return named && !ctx.ownItem(figure.start) ? attacks.find((f) => f.incident === named) : undefined;
}

/** Whether a day (or a time's day) is the strike's, in Washington or in Syria: the event's day or the next. */
function onStrikeDay(value: FigureValue, event: Event): boolean {
  const offset = daysFromEvent(value, event);
  return offset === 0 || offset === 1;
}
