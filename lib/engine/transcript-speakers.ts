/**
 * Who speaks in a transcript: a briefing or an interview labels each turn ("MR. KIRBY:", "PRESS SECRETARY JOHN F.
 * KIRBY:", "Q:"), and a turn may run over several paragraphs until the next label. A figure in a turn is credited
 * to its speaker when its own sentence credits no one. Only labels with a title or an honorific count ("MR.",
 * "SECRETARY", "GEN."), unless the page also has questions ("Q:"): a dateline ("BAGHDAD:") is no speaker.
 */
import type { Sentence } from './sentences';

const LABEL = /^([A-Z][A-Z.'’ -]{0,60}?):\s/;
// Titles and honorifics a label may open with; what follows them is the name.
const TITLE_WORDS = new Set(
  ('MR MS MRS DR SECRETARY PRESS DEPUTY ASSISTANT GEN GENERAL BRIG LT COL MAJ CAPT ADM ADMIRAL SEN SENATOR REP ' +
    'AMBASSADOR SPOKESMAN SPOKESWOMAN SPOKESPERSON PRESIDENT VICE MINISTER DEFENSE DEFENCE STATE AIR FORCE ARMY ' +
    'NAVY MARINE CORPS RET SGT CMDR').split(' '),
);
const QUESTION = /^Q$/;

/** The speaker of the transcript turn each offset is in, or null; `sentences` give the paragraphs. */
export function transcriptSpeakers(text: string, sentences: readonly Sentence[]): (at: number) => string | null {
  const labels: Array<{ start: number; label: string }> = [];
  let block = -1;
  for (const s of sentences) {
    if (s.block === block) continue;
    block = s.block;
    const label = LABEL.exec(text.slice(s.start, s.start + 80))?.[1];
    if (label) labels.push({ start: s.start, label });
  }
  const questions = labels.some((l) => QUESTION.test(l.label));
  const turns = labels.map(({ start, label }) => ({ start, speaker: QUESTION.test(label) ? null : speakerOf(label, questions) }));
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

/** "MR. KIRBY" → "Kirby", "PRESS SECRETARY JOHN F. KIRBY" → "John F. Kirby"; null for a label with no title unless questions vouch for it. */
function speakerOf(label: string, questions: boolean): string | null {
  const words = label.replace(/\./g, ' ').split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && TITLE_WORDS.has(words[i]!)) i++;
  const name = words.slice(i);
  if (name.length === 0 || name.length > 4 || (i === 0 && !questions)) return null;
  return name.map((w) => (w.length === 1 ? `${w}.` : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
}
