/**
 * The casualty verb a figure's clause gives it: "22 people were killed" → killed, "wounding two" → wounded.
 * Read on a sentence's tokens, before and after the figure, within its clause.
 */
import type { Token } from './sentence-tokens';

// "left" and "leaving" are neutral: "left one dead", "leaving 24 injured"; the word after decides.
// "put the number of dead at 17": "dead" before the count names what it counts.
// "claimed the life of one person": "life" before a count names its dead, as "lives" does; "admitted to losing one fighter".
export const KILL_BEFORE = new Set(['killed', 'killing', 'kills', 'kill', 'death', 'deaths', 'fatalities', 'lives', 'life', 'toll', 'dead', 'martyrdom', 'lost', 'losing']);
// "One martyred, four wounded" (militia outlets); "17 militants were neutralized" (military and wire copy).
const KILL_AFTER = new Set(['killed', 'dead', 'died', 'death', 'deaths', 'fatalities', 'perished', 'dying', 'fatal', 'martyred', 'neutralized', 'neutralised']);
const WOUND_BEFORE = new Set(['wounded', 'wounding', 'wounds', 'injured', 'injuring', 'injuries', 'injury', 'hurt', 'hurting']);
const WOUND_AFTER = new Set(['wounded', 'injured', 'hurt', 'injuries', 'wounds']);
export const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–', 'but', 'while', 'although', 'though']);

export type Casualty = 'killed' | 'wounded';

// A count's first word: digits, or a number word.
const COUNT_WORD = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|many)$/;

/**
 * The casualty verb governing tokens [first, last]: the nearest one in the same clause. `longSubject`: the
 * figure's people are named by a group after them ("22 members of the Popular Mobilization Forces"), so its
 * verb may come later.
 */
export function casualtyAround(tokens: Token[], first: number, last: number, reach = 6, longSubject = false): Casualty | null {
  // "killed the contractor and left an American service member and other coalition personnel hurt": what "left"
  // leaves is counted by the word completing it, never by a verb before.
  if (LEFT.has(tokens[first - 1]?.word ?? '')) return complementOfLeft(tokens, last, reach + 4);
  if (raisedTollTo(tokens, first) || tollReached(tokens, first) || costLives(tokens, first, last)) return 'killed';
  if (inCriticalCondition(tokens, last)) return 'wounded';
  const gapped = gappedCasualty(tokens, first, last) ?? sharedCasualty(tokens, first, last);
  if (gapped) return gapped;
  const { before, joined } = verbBefore(tokens, first, last);
  const after = verbAfter(tokens, last, longSubject ? Math.max(reach, 10) : reach, longSubject);
  // Across "and", the earlier verb is only the figure's when it has none of its own ("and a number of others were wounded").
  if (joined && after) return after.kind;
  if (before && after) return after.distance < before.distance ? after.kind : before.kind;
  return (before ?? after)?.kind ?? null;
}

const COST = new Set(['cost', 'costs', 'costing']);

/** "the toll may climb as a number of fighters are in critical condition": the badly hurt, not yet the dead. */
function inCriticalCondition(tokens: Token[], last: number): boolean {
  const after = tokens.slice(last + 1, last + 7).map((t) => t.word).join(' ');
  return /^(?:[a-z-]+ ){0,2}(?:were|was|are|is|remain|remained|remains) (?:still )?in (?:a )?(?:critical|serious|grave) condition\b/.test(after);
}

/** "has cost one person his life", "cost two fighters their lives": the lives a deed cost are its dead. */
function costLives(tokens: Token[], first: number, last: number): boolean {
  if (!COST.has(tokens[first - 1]?.word ?? '')) return false;
  const k = tokens.slice(last + 1, last + 4).findIndex((t) => /^(?:his|her|their)$/.test(t.word));
  return k >= 0 && /^li(?:fe|ves)$/.test(tokens[last + 2 + k]?.word ?? '');
}

const LIVES_SPARED = /^(?:endanger(?:ed|ing|s)?|risk(?:ed|ing|s)?|sav(?:ed|ing|es)|threaten(?:ed|ing|s)?|spar(?:ed|ing))$/;
const LEFT = new Set(['left', 'leaving', 'leaves']);
const REVISED = new Set(['raised', 'raising', 'revised', 'lowered', 'increased', 'updated', 'upped', 'cut']);
const TOLL_WORDS = new Set(['toll', 'dead', 'deaths', 'killed']);

/**
 * "Monitor says 22 fighters killed; militia says one": a count that closes its clause right after a verb of saying
 * takes the casualty word of the clause before, which it answers.
 */
function gappedCasualty(tokens: Token[], first: number, last: number): Casualty | null {
  const next = tokens[last + 1]?.word;
  if ((next !== undefined && !/^[.;,!?]$/.test(next)) || !SAID.has(tokens[first - 1]?.word ?? '')) return null;
  // Only after a semicolon, where each clause keeps its own speaker ("…; militia says one").
  if (!tokens.slice(Math.max(0, first - 4), first - 1).some((t) => t.word === ';')) return null;
  for (let i = first - 2; i >= 0 && i >= first - 14; i--) {
    const w = tokens[i]?.word ?? '';
    if (KILL_AFTER.has(w)) return 'killed';
    if (WOUND_AFTER.has(w)) return 'wounded';
  }
  return null;
}

/**
 * "at least one militia fighter was killed, and perhaps more than 17 people, according to…": a count after ", and"
 * whose phrase ends with no verb of its own shares the casualty word that closes the clause before.
 */
function sharedCasualty(tokens: Token[], first: number, last: number): Casualty | null {
  const next = tokens[last + 1]?.word;
  if (next !== undefined && !/^[.;,!?]$/.test(next)) return null;
  let i = first - 1;
  if (/^(?:perhaps|possibly|maybe|probably)$/.test(tokens[i]?.word ?? '')) i--;
  if (tokens[i]?.word !== 'and' || tokens[i - 1]?.word !== ',') return null;
  const verb = tokens[i - 2]?.word ?? '';
  return KILL_AFTER.has(verb) ? 'killed' : WOUND_AFTER.has(verb) ? 'wounded' : null;
}

/** "put the toll at 17 fighters, then raised it to 22": "it" is the toll a few words back. */
function raisedTollTo(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.word !== 'to' || tokens[first - 2]?.word !== 'it' || !REVISED.has(tokens[first - 3]?.word ?? '')) return false;
  return tokens.slice(Math.max(0, first - 15), first - 3).some((t) => TOLL_WORDS.has(t.word));
}

// "the toll … had reached 22", "has risen to 22", "stood at 22": a toll that reaches a count is its subject.
const REACHED = new Set(['reached', 'reaches', 'hit', 'hits']);
const RISEN_TO = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'increased', 'grew', 'grown', 'mounted']);
const STOOD_AT = new Set(['stood', 'stands', 'stand']);

/** "The death toll from the US airstrikes had reached 22": the toll is the subject, however long its phrase. */
function tollReached(tokens: Token[], first: number): boolean {
  const verbAt = REACHED.has(tokens[first - 1]?.word ?? '') ? first - 1 : (tokens[first - 1]?.word === 'to' && RISEN_TO.has(tokens[first - 2]?.word ?? '')) || (tokens[first - 1]?.word === 'at' && STOOD_AT.has(tokens[first - 2]?.word ?? '')) ? first - 2 : -1;
  if (verbAt < 0) return false;
  for (let i = verbAt - 1; i >= 0 && i >= verbAt - 12; i--) {
    const w = tokens[i]?.word ?? '';
    if (CLAUSE_BREAK.has(w) || w === 'and') return false;
    if (w === 'toll') return true;
  }
  return false;
}

/** "left one dead", "leaving a soldier and two contractors hurt": the casualty word completing the object of "left". */
function complementOfLeft(tokens: Token[], last: number, reach: number): Casualty | null {
  for (let i = last + 1; i < tokens.length && i <= last + reach; i++) {
    const w = tokens[i]?.word ?? '';
    if (CLAUSE_BREAK.has(w) || SAID.has(w)) return null;
    if (KILL_AFTER.has(w)) return 'killed';
    if (WOUND_AFTER.has(w)) return 'wounded';
  }
  return null;
}

interface Found {
  kind: Casualty;
  /** In words from the figure. */
  distance: number;
}

/** The casualty verb before the figure in its clause; `joined` when an "and" stands between them. */
function verbBefore(tokens: Token[], first: number, last: number): { before: Found | null; joined: boolean } {
  let before: Found | null = null;
  let joined = false;
  let reachBack = 6;
  // "wounding several other people, a US service member among them": the list goes on after the comma too.
  const amongThem = tokens[last + 1]?.word === 'among' && tokens[last + 2]?.word === 'them';
  for (let i = first - 1, d = 1; i >= 0 && d <= reachBack; i--, d++) {
    const w = tokens[i]?.word ?? '';
    // "put the death toll (Al Jazeera) at twenty-two": a short gloss in brackets is skipped going back too.
    const glossOpen = w === ')' ? glossStart(tokens, i) : -1;
    if (glossOpen >= 0) {
      i = glossOpen;
      d--;
      continue;
    }
    // "wounded several others, including an American" (or "as well as", "among them"): the list continues the clause.
    if (CLAUSE_BREAK.has(w)) {
      if (!LIST_GOES_ON.has(tokens[i + 1]?.word ?? '') && !(amongThem && i === first - 1)) break;
      reachBack = d + 6;
    }
    // "injured eight other people as well as an American soldier": the list goes on past "as well as".
    if (w === 'well' && tokens[i + 1]?.word === 'as' && tokens[i - 1]?.word === 'as') reachBack = d + 6;
    // "five were killed and four were wounded": a verb before "and" belongs to the other clause; but
    // "injured five contractors and a U.S. service member" joins a singular object to the same verb.
    if (w === 'and') {
      if (!/^an?$/.test(tokens[first]?.word ?? '')) break;
      joined = true;
    }
    // "the lives of 22 fighters", not "a gap of twenty-one lives between two accounts of one strike".
    if ((w === 'lives' || w === 'life') && tokens[i + 1]?.word !== 'of') break;
    // "endangered the lives of several Americans": lives put at risk or saved were not lost.
    if ((w === 'lives' || w === 'life') && (LIVES_SPARED.test(tokens[i - 1]?.word ?? '') || LIVES_SPARED.test(tokens[i - 2]?.word ?? ''))) break;
    if (KILL_BEFORE.has(w)) { before = { kind: 'killed', distance: d }; break; }
    if (WOUND_BEFORE.has(w)) { before = { kind: 'wounded', distance: d }; break; }
  }
  return { before, joined };
}

/**
 * The casualty verb after the figure. Up to six words on: "22 fighters from the militias were killed"; up to ten
 * after "members of" and the like, since a group's name is long ("22 members of the Popular Mobilization Forces
 * were killed"), though past six words a relative clause is another verb's ("…the militia that fired rockets which killed…").
 */
function verbAfter(tokens: Token[], last: number, reach: number, longSubject: boolean): Found | null {
  let after: Found | null = null;
  let afterReach = reach;
  for (let i = last + 1, d = 1; i < tokens.length && d <= afterReach; i++, d++) {
    const w = tokens[i]?.word ?? '';
    // A short gloss in brackets is no clause of its own: "…Mobilization Forces (PMF) were killed".
    const gloss = w === '(' ? glossEnd(tokens, i) : -1;
    if (gloss > 0) {
      i = gloss;
      d--;
      continue;
    }
    if (d > 6 && /^(?:who|that|which)$/.test(w)) break;
    // "A civilian contractor working with the U.S.-led coalition was killed": who the person worked for is skipped too.
    if (d === 1 && /^(?:working|employed|serving|contracted|based|stationed)$/.test(w) && /^(?:for|with|at|in|by)$/.test(tokens[i + 1]?.word ?? '')) {
      afterReach = d + 8;
      continue;
    }
    // "21 U.S. forces in all have been left with minor injuries": a total's "in all", "in total", "so far" is skipped.
    if ((w === 'in' && /^(?:all|total)$/.test(tokens[i + 1]?.word ?? '')) || (w === 'so' && tokens[i + 1]?.word === 'far')) {
      i++;
      afterReach += 2;
      continue;
    }
    // "suffered a heart attack while taking shelter and died": the circumstance is skipped on the way to the death.
    if (w === 'while' && /^(?:attack|arrest|incident|episode)$/.test(tokens[i - 1]?.word ?? '')) {
      afterReach = d + 6;
      continue;
    }
    // "One official said 22 were killed": the count is of who spoke; the verb is the reported clause's.
    if (SAID.has(w)) break;
    // "22 fighters from the PMF, an umbrella of militias, were killed": the verb after an aside is the subject's.
    // "a U.S. service member and other coalition troops were wounded": a joined subject shares its verb.
    // "One contractor had a cardiac arrest and died": the subject's own second verb, one that takes no object
    // ("…and an American service member and killed one" is another clause's).
    if (w === 'and' && diedAt(tokens, i + 1)) {
      after = { kind: 'killed', distance: d };
      break;
    }
    // "22 militiamen of the Iraqi Hezbollah and the Popular Mobilization Forces, most of them…, were killed", "22
    // fighters from Kataib Hezbollah and other factions of the Popular Mobilization Units lost their lives": in a
    // long subject, "and the" or "and other" joins another group's name to it.
    if (longSubject && w === 'and' && /^(?:the|other)$/.test(tokens[i + 1]?.word ?? '')) {
      afterReach = d + 10;
      continue;
    }
    // "others, among them an American service member, were injured": the figure closes an aside inside its subject.
    const asideVerb = w === ',' ? asideVerbAt(tokens, i + 1) : null;
    if (asideVerb) {
      after = { kind: asideVerb, distance: d };
      break;
    }
    if (w === ',' || w === 'and' || w === '—' || w === '–') {
      const verb = sharedVerb(tokens, i, w === 'and' ? 5 : 25);
      if (verb) after = { kind: verb, distance: d };
      break;
    }
    if (CLAUSE_BREAK.has(w)) break;
    // "one of its militiamen lost his life", and in a literal translation "lost the life".
    if (w === 'lost' && /^(?:his|her|their|the)$/.test(tokens[i + 1]?.word ?? '') && /^li(?:fe|ves)$/.test(tokens[i + 2]?.word ?? '')) {
      after = { kind: 'killed', distance: d };
      break;
    }
    // "two others killed 6–12 each": a verb with a count for its object has the figure for its subject, who killed.
    if ((w === 'killed' || w === 'wounded' || w === 'injured') && COUNT_WORD.test(tokens[i + 1]?.word ?? '')) break;
    if (KILL_AFTER.has(w)) { after = { kind: 'killed', distance: d }; break; }
    if (WOUND_AFTER.has(w)) { after = { kind: 'wounded', distance: d }; break; }
  }
  return after;
}

const GLOSS_STOPS = new Set([',', ';', ':', '(', '—', '–', '"', '“', '”', 'was', 'were', 'said']);

/** The index of the ")" closing a gloss of at most four words opened at `open`, or -1. */
function glossEnd(tokens: Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + 5; i++) {
    const w = tokens[i]!.word;
    if (w === ')') return i > open + 1 ? i : -1;
    if (GLOSS_STOPS.has(w)) return -1;
  }
  return -1;
}

/** The opening bracket of a short gloss that closes at `close`, or -1. */
function glossStart(tokens: Token[], close: number): number {
  for (let i = close - 1; i >= 0 && i >= close - 5; i--) {
    const w = tokens[i]!.word;
    if (w === '(') return i < close - 1 ? i : -1;
    if (GLOSS_STOPS.has(w)) return -1;
  }
  return -1;
}

const LIST_GOES_ON = new Set(['including', 'as', 'among', 'along']);

// Verbs of saying that open a reported clause. Not "reported" or "confirmed": "17 were reported killed".
const SAID = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'claimed', 'announced', 'noted', 'wrote', 'insisted', 'explained', 'tweeted']);

const ASIDE_MARKS = new Set([',', '—', '–']);

const BE = new Set(['was', 'were', 'had', 'have', 'has', 'been', 'reportedly', 'also', 'all']);

/**
 * The casualty verb a subject shares across an aside or a joined subject that starts at token `at` (a comma or
 * "and"): after an aside it must follow the closing comma at once ("…, were killed"); after "and" it must close a
 * short noun phrase with no verb of its own ("and other coalition troops were wounded").
 */
function sharedVerb(tokens: Token[], at: number, span: number): Casualty | null {
  // An aside between commas or dashes ("— the mostly Shiite umbrella force that includes Kataeb Hezbollah —").
  const opener = tokens[at]?.word ?? '';
  const aside = ASIDE_MARKS.has(opener);
  for (let i = at + 1; i < tokens.length && i <= at + span; i++) {
    const w = tokens[i]?.word ?? '';
    // "22 fighters, all of them from Iraq's Hashd al-Shaabi (Popular Mobilisation Forces), were killed": a short gloss.
    const gloss = w === '(' ? glossEnd(tokens, i) : -1;
    if (gloss > 0) {
      i = gloss;
      continue;
    }
    if (w === ';' || w === ':' || w === '(' || w === ')') return null;
    // A comma closes a comma's aside, a dash a dash's.
    const closes = aside ? ASIDE_MARKS.has(w) && (w === ',') === (opener === ',') : BE.has(w);
    if (!closes) {
      if (KILL_AFTER.has(w) || WOUND_AFTER.has(w) || KILL_BEFORE.has(w) || WOUND_BEFORE.has(w)) return null;
      continue;
    }
    let j = aside ? i + 1 : i;
    // "…, an umbrella group, died in the strikes": a death needs no auxiliary.
    if (aside && /^(?:died|perished)$/.test(tokens[j]?.word ?? '')) return 'killed';
    // "About 21 other US military personnel, Austin said, suffered 'minor injuries'": injuries suffered.
    if (aside && injuriesSufferedAt(tokens, j)) return 'wounded';
    while (BE.has(tokens[j]?.word ?? '')) j++;
    if (j === (aside ? i + 1 : i)) return null; // "…, said" or a noun: no passive verb for the subject
    const verb = tokens[j]?.word ?? '';
    if (KILL_AFTER.has(verb)) return 'killed';
    if (WOUND_AFTER.has(verb)) return 'wounded';
    return null;
  }
  return null;
}

/** "suffered minor injuries", "sustained 'light injuries'" at token `at`. */
function injuriesSufferedAt(tokens: Token[], at: number): boolean {
  if (!/^(?:suffered|sustained|received)$/.test(tokens[at]?.word ?? '')) return false;
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const w = tokens[k]?.word ?? '';
    if (w === 'injuries' || w === 'wounds') return true;
    if (!/^(?:minor|light|slight|mild|serious|non-life-threatening|["'“‘])$/.test(w)) return false;
  }
  return false;
}

/** "were injured", "had been killed" at token `at`: the casualty of a passive verb with its auxiliaries, if any. */
function verbAfterBe(tokens: Token[], at: number): Casualty | null {
  let j = at;
  while (BE.has(tokens[j]?.word ?? '')) j++;
  if (j === at) return null;
  const verb = tokens[j]?.word ?? '';
  return KILL_AFTER.has(verb) ? 'killed' : WOUND_AFTER.has(verb) ? 'wounded' : null;
}

/**
 * The subject's own verb after a comma: ", were injured", or an aside's ("one U.S. contractor, who died of a cardiac
 * incident while sheltering,").
 */
function asideVerbAt(tokens: Token[], at: number): Casualty | null {
  return verbAfterBe(tokens, at) ?? (tokens[at]?.word === 'who' ? relativeVerb(tokens, at + 1) : null);
}

/** "died", "was killed", "had been wounded" at token `at`, after "who": what happened to the one the clause is about. */
function relativeVerb(tokens: Token[], at: number): Casualty | null {
  const verb = tokens[at]?.word ?? '';
  return verb === 'died' || verb === 'perished' ? 'killed' : verbAfterBe(tokens, at);
}

/** "died", "perished", "was killed" at token `at`: a death with no object, the subject's own. */
function diedAt(tokens: Token[], at: number): boolean {
  const w = tokens[at]?.word ?? '';
  return w === 'died' || w === 'perished' || ((w === 'was' || w === 'were') && tokens[at + 1]?.word === 'killed');
}
