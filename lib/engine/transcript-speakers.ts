/**
 * Who speaks in a transcript: a briefing or an interview labels each turn ("MR. KIRBY:", "PRESS SECRETARY JOHN F.
 * KIRBY:", "Q:", a transcription service's "John F. Kirby: (03:02)"), and a turn may run over several paragraphs
 * until the next label. A figure in a turn is credited to its speaker when its own sentence credits no one. A label
 * counts with a title or an honorific ("MR.", "SECRETARY", "GEN.") or a time stamp; a bare name of two to four
 * words ("JOHN KIRBY:") only on a page of several labelled turns or with questions ("Q:"), or when it names a person
 * the reference knows: a dateline ("BAGHDAD:", "NEW YORK:") opens a story once.
 */
import type { Sentence } from './sentences';
import { LETTER, UPPER } from '../extract/letter-classes';

const LABEL = /^([A-Z][A-Z.'’ -]{0,60}?):\s/;
// "John F. Kirby: (03:02)", "John F. Kirby (03:02):": a transcription service's turn, with its time stamp.
const TIMED_LABEL = new RegExp(String.raw`^([${UPPER}][${LETTER}\d.'’ -]{0,60}?)(?::\s*\(\d{1,2}:\d\d(?::\d\d)?\)|\s*\(\d{1,2}:\d\d(?::\d\d)?\):)\s`, 'u');
// Who asks, not who answers: "Reporter 2: (05:10)", "Speaker 1", "Audience".
const ASKER = /^(?:Q|Question|Reporter|Speaker|Audience|Participant|Moderator|Operator)\b/i;
// Titles and honorifics a label may open with; what follows them is the name.
const TITLE_WORDS = new Set(
  ('MR MS MRS DR SECRETARY PRESS DEPUTY ASSISTANT GEN GENERAL BRIG BRIGADIER LT LIEUTENANT COL COLONEL MAJ MAJOR ' +
    'CAPT CAPTAIN ADM ADMIRAL REAR SEN SENATOR REP COMMANDER SERGEANT ' +
    'AMBASSADOR SPOKESMAN SPOKESWOMAN SPOKESPERSON PRESIDENT VICE MINISTER DEFENSE DEFENCE STATE AIR FORCE ARMY ' +
    'NAVY MARINE CORPS RET SGT CMDR').split(' '),
);
const QUESTION = /^Q$/;
// Labels of a page's own parts, not people: "BREAKING NEWS:", "KEY EVENTS:", "EDITOR'S NOTE:".
const NOT_A_NAME = new Set(
  'NEWS BREAKING UPDATE UPDATED LATEST KEY EVENTS NOTE CORRECTION SOURCE SOURCES ANALYSIS BACKGROUND CONTEXT WHAT WHY HOW WATCH READ MORE RELATED LIVE TIMELINE SUMMARY'.split(' '),
);

/** The speaker of the transcript turn each offset is in, or null; `sentences` give the paragraphs. */
export function transcriptSpeakers(
  text: string,
  sentences: readonly Sentence[],
  // Whether a person the reference knows is named in [start, end): "JOHN KIRBY:" alone is a turn, "BAGHDAD:" a dateline.
  knownPersonIn: (start: number, end: number) => boolean = () => false,
): (at: number) => string | null {
  const labels: Array<{ start: number; label: string; timed: boolean }> = [];
  let block = -1;
  for (const s of sentences) {
    if (s.block === block) continue;
    block = s.block;
    const opening = text.slice(s.start, s.start + 80);
    const timed = TIMED_LABEL.exec(opening)?.[1];
    const label = timed ?? LABEL.exec(opening)?.[1];
    if (label) labels.push({ start: s.start, label: label.trim(), timed: timed !== undefined });
  }
  // A bare name is a speaker on a page of questions, or (two words or more) of several labelled turns.
  const vouch: Vouch = labels.some((l) => QUESTION.test(l.label)) ? 'questions' : labels.length >= 3 ? 'turns' : null;
  const turns = labels.map(({ start, label, timed }) => ({
    start,
    speaker: QUESTION.test(label) || ASKER.test(label) ? null : timed ? timedSpeaker(label) : speakerOf(label, knownPersonIn(start, start + label.length) ? 'turns' : vouch),
  }));
  if (turns.every((t) => t.speaker === null)) return () => null;
  return (at) => {
    let speaker: string | null = null;
    for (const t of turns) {
      if (t.start > at) break;
      speaker = t.speaker;
    }
    return speaker;
  };
}

/** "John F. Kirby" as the time-stamped label wrote it; null for a label too long to be a name. */
function timedSpeaker(label: string): string | null {
  return label.split(/\s+/).length <= 5 ? label : null;
}

/** What vouches for labels with no title: questions ("Q:"), or several labelled turns. */
type Vouch = 'questions' | 'turns' | null;

/** "MR. KIRBY" → "Kirby", "PRESS SECRETARY JOHN F. KIRBY" → "John F. Kirby"; null for a label with no title unless the page vouches for it. */
function speakerOf(label: string, vouch: Vouch): string | null {
  const words = label.replace(/\./g, ' ').split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && TITLE_WORDS.has(words[i]!)) i++;
  const name = words.slice(i);
  if (name.length === 0 || name.length > 4) return null;
  if (i === 0 && !(vouch === 'questions' || (vouch === 'turns' && name.length >= 2 && !name.some((w) => NOT_A_NAME.has(w))))) return null;
  return name.map((w) => (w.length === 1 ? `${w}.` : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
}
