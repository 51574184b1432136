/**
 * A headline is shorthand for its lede: "22 Reported Killed" over "the Syrian Observatory said 22 people were
 * killed", "17 Fighters Killed: Monitor" over "at least 17 fighters were killed". Its figures take what the lede
 * says of the same figure: who gives it and how exactly.
 */
import type { FigureMention } from '../extract/types';
import type { FactDef } from '../reference/types';
import type { Mark } from './findings';
import { blockAt, headlineBlock, type Sentence } from './sentences';

/** The blocks after the headline where its figures are told again: a standfirst, the first paragraphs. */
const LEDE_BLOCKS = 3;

/**
 * A headline figure it credits to no one takes the credit the lede gives the same figure. Headlines leave the
 * speaker for the story to give.
 */
export function creditHeadline(text: string, marks: Mark[], sentences: readonly Sentence[]): void {
  // A page whose first block is a sentence of the story ("VietPress USA (Feb. 25, 2021): President Joe Biden ordered
  // …, an attack that killed a coalition contractor."), not a headline, credits its figures where it tells them.
  const headline = headlineBlock(text, sentences);
  const first = sentences.filter((s) => s.block === headline);
  if (first.length !== 1 || /[.!?]["”’]?$/.test(text.slice(first[0]!.start, first[0]!.end))) return;
  const blockOf = (at: number) => blockAt(sentences, at);
  for (const m of marks) {
    if (m.kind !== 'figure' || m.attribution !== null || m.fact === null || blockOf(m.start) !== headline) continue;
    const same = sameNumber(m.value);
    const twin = marks.find((o) => o.kind === 'figure' && o.fact === m.fact && o.attribution !== null && blockOf(o.start) > headline && blockOf(o.start) <= headline + LEDE_BLOCKS && sameNumber(o.value) === same);
    if (twin) m.attribution = twin.attribution;
  }
}

/** A figure's value but for how exactly it is given: a headline's "At least 22 dead" is its lede's "as many as 22 people". */
function sameNumber(value: Mark['value']): string {
  return JSON.stringify(value.type === 'count' ? { ...value, qualifier: undefined } : value);
}

const POINTS_BACK = /\bthe\s+$/i;
// A count written as a number. "Wounded six others, among them an American service member" tells of one person as
// every account of the attack does, in the writer's words: no one's count to credit.
const WRITTEN_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|pair|scores?|hundreds?)\b/i;

/**
 * A lede's toll it credits to no one ("…hit Iran-backed militias, killing at least 22 fighters") takes the credit
 * the body gives the same count of the same fact further down ("the Syrian Observatory said at least 22 were
 * killed"): a lede sums up what the story attributes later. Only when every credited telling names one speaker.
 */
export function creditLede(text: string, marks: Mark[], sentences: readonly Sentence[]): void {
  const headline = headlineBlock(text, sentences);
  const blockOf = (at: number) => blockAt(sentences, at);
  for (const m of marks) {
    const block = blockOf(m.start);
    if (m.kind !== 'figure' || m.attribution !== null || m.fact === null || m.value.type !== 'count' || block <= headline || block > headline + LEDE_BLOCKS) continue;
    if (!WRITTEN_NUMBER.test(m.text)) continue;
    const n = m.value.n;
    const told = (o: Mark) => o.kind === 'figure' && o.fact === m.fact && o.attribution !== null && o.value.type === 'count' && o.value.n === n && blockOf(o.start) > block;
    // "…dropped more than 30 bombs on the two targets, the Times reported": a count after "the" points back, it tells nothing.
    const speakers = new Set(marks.filter((o) => told(o) && !POINTS_BACK.test(text.slice(Math.max(0, o.start - 4), o.start))).map((o) => o.attribution));
    if (speakers.size === 1) m.attribution = [...speakers][0]!;
  }
}

/**
 * A headline's exact count whose lede gives the same number as a bound or an estimate ("at least 17", "17 or more")
 * is that bound: compared exactly, "17" would differ from a later 22 that the lede's own words allow. Returns
 * the headline figures to mark with the lede's qualifier.
 */
export function qualifiedAsLede(text: string, figures: readonly FigureMention[], facts: ReadonlyMap<FigureMention, FactDef>, sentences: readonly Sentence[]): Map<FigureMention, FigureMention> {
  const headline = headlineBlock(text, sentences);
  const blockOf = (at: number) => blockAt(sentences, at);
  const out = new Map<FigureMention, FigureMention>();
  for (const figure of figures) {
    const v = figure.value;
    if (v.type !== 'count' || v.qualifier !== 'exact' || !facts.has(figure) || blockOf(figure.start) !== headline) continue;
    const lede = figures.find((o) => {
      const w = o.value;
      const block = blockOf(o.start);
      return w.type === 'count' && w.n === v.n && w.qualifier !== 'exact' && w.qualifier !== 'several' && facts.get(o) === facts.get(figure) && block > headline && block <= headline + LEDE_BLOCKS;
    });
    if (lede?.value.type === 'count') out.set(figure, { ...figure, value: { ...v, qualifier: lede.value.qualifier } });
  }
  return out;
}
