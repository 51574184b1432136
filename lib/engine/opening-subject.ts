/**
 * Who a sentence opens with, as the speaker a pronoun in the next one stands for: "Austin called them precision
 * strikes. … 21 were hurt, he said." Read only when the sentence before credits no one itself.
 */
import type { NameMention } from '../extract/names';
import { LETTER, LOWER, UPPER } from '../extract/letter-classes';
import { datelineEnd } from './dateline';
import type { Sentence } from './sentences';
import { openingSpeaker } from './speaker-phrase';
import { PRONOUN, speakerName, type Carried } from './speaker-name';
import { firstStartingFrom } from './spans';

// A character that cannot stand among the title words before a sentence's opening name.
const NOT_IN_TITLE_WORDS = new RegExp(String.raw`[^${LETTER}.’'\-\s]`, 'gu');
const QUOTATION_ALONE = /^\s*["“][^"“”]*["”]\s*$/;

/**
 * The speakers before sentence i, where a pronoun with no speaker right before it stands for the name the
 * sentence before opens with: "Austin called them precision strikes. … 21 were hurt, he said."
 */
export function withOpeningSubject(text: string, sentences: readonly Sentence[], names: readonly NameMention[], i: number, known: Carried): Carried {
  return {
    get previous() {
      const speaker = known.previous;
      if (speaker !== null || i === 0) return speaker;
      // '…, Abdul Rahman told AFP. "There were many casualties." He said…': a quotation alone goes on in its speaker's voice.
      const before = sentences[i - 1] as Sentence;
      if (QUOTATION_ALONE.test(text.slice(before.start, before.end))) return known.last;
      const none = { previous: null, last: null };
      return sentenceSubject(text, before, names, none) ?? surnameOfLast(text, before, known.last) ?? describedSubject(text, before, names, none);
    },
    get last() {
      return known.last;
    },
  };
}

// Capitalised words and titles, then the name: "Defense Secretary", "Pentagon press secretary".
const OPENING_RUN = new RegExp(String.raw`^(?:the\s+)?(?:(?:[${UPPER}][${LETTER}.’'-]*|press|spokes(?:man|woman|person)|secretary|minister|chief|official|director|commander|general)\s+){0,5}$`, 'u');

/** The name a sentence opens with ("Kirby would not give a figure, but …"), as a speaker; a pronoun, the one before. */
export function sentenceSubject(text: string, whole: Sentence, names: readonly NameMention[], carried: Carried): string | null {
  const sentence = pastDateline(text, whole);
  const first = /^\S+/.exec(text.slice(sentence.start, sentence.end))?.[0] ?? '';
  if (PRONOUN.test(first)) return carried.previous;
  // Only letters, dots, apostrophes, hyphens and spaces may stand before the name: no name past the first other character can qualify.
  NOT_IN_TITLE_WORDS.lastIndex = sentence.start;
  const reach = NOT_IN_TITLE_WORDS.exec(text)?.index ?? text.length;
  // The last name of the opening run: "Pentagon spokesman John Kirby" is Kirby, the Pentagon's spokesman.
  let name: NameMention | undefined;
  for (let i = firstStartingFrom(names, sentence.start); i < names.length && (names[i] as NameMention).start <= reach; i++) {
    const n = names[i] as NameMention;
    if (!n.entity) continue;
    if (!OPENING_RUN.test(text.slice(sentence.start, n.start))) break;
    name = n;
  }
  // "The Pentagon's press secretary, John Kirby, put out a statement": the name set off by commas is who.
  const apposed = text.charAt(reach) === ',' ? names[firstStartingFrom(names, reach)] : undefined;
  if (apposed?.entity && /^,\s+$/.test(text.slice(reach, apposed.start)) && text.charAt(apposed.end) === ',') {
    return speakerName(text, { start: apposed.start, end: apposed.end }, names, carried);
  }
  return name ? speakerName(text, { start: sentence.start, end: name.end }, names, carried) : null;
}

// "Brig Gen Ryder described them as…": capitalised words, then a verb; the last of them may be a surname.
const CAPITALISED_OPENING = new RegExp(String.raw`^(?:[${UPPER}][${LETTER}.’'-]*\s+){0,3}?([${UPPER}][${LETTER}’'-]{2,})\s+[${LOWER}]`, 'u');

/** A sentence opening with the surname of the last speaker named ("Ryder described…" after "Brig Gen Pat Ryder told…"): that speaker. */
function surnameOfLast(text: string, sentence: Sentence, last: string | null): string | null {
  const surname = last ? CAPITALISED_OPENING.exec(text.slice(sentence.start, sentence.end))?.[1] : undefined;
  return surname && last && new RegExp(String.raw`(?:^|\s)${surname}$`, 'u').test(last) ? last : null;
}

/** "An Iraqi militia official on Friday described the toll…": a described speaker the sentence opens with. */
function describedSubject(text: string, whole: Sentence, names: readonly NameMention[], carried: Carried): string | null {
  const sentence = pastDateline(text, whole);
  const described = openingSpeaker(text, sentence.start, sentence.end);
  return described ? speakerName(text, described, names, carried) : null;
}

/** The sentence from its first word past a dateline: "BAGHDAD (AP) — An Iraqi militia official…" opens with the official. */
function pastDateline(text: string, sentence: Sentence): Sentence {
  let start = Math.max(sentence.start, datelineEnd(text, sentence.start));
  while (/\s/.test(text.charAt(start))) start++;
  // "On Friday the Syrian Observatory gave its first count": the day before the subject is no part of it.
  start += DAY_OPENING.exec(text.slice(start, Math.min(sentence.end, start + 40)))?.[0].length ?? 0;
  return { ...sentence, start };
}

const DAY_OPENING = /^(?:on\s+)?(?:(?:late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?,?\s+/i;
