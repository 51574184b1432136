/**
 * The sentences' speakers, read only where they are asked for. A sentence's credits may lean on the
 * sentences before it (a pronoun stands for the previous sentence's last speaker, "the monitor" for the
 * last one named), so reading them all in order was the simple way; but only sentences holding a figure
 * are ever asked about, and on a long article about half the sentences that credit someone hold none.
 *
 * A sentence is read with speakers-before that look only at what is already read; when its reading asks
 * for one not yet known, that reading is dropped, the sentence it needs is read first, and it is read
 * again. So every reading sees exactly what it would have seen in a reading of every sentence in order.
 */
import type { Carried } from './speaker-name';

/** Reads sentence `i` given the speakers before it; must depend on nothing else that changes. */
export type SentenceRead<T> = (i: number, carried: Carried) => readonly T[];

/** The speakers before sentence `at`, from the readings known so far; `missing` names a sentence still to read. */
class KnownSoFar<T extends { speaker: string }> implements Carried {
  missing = -1;

  constructor(
    private readonly at: number,
    private readonly chain: SpeakerChain<T>,
  ) {}

  /** The last speaker of the sentence right before, if it has one. */
  get previous(): string | null {
    if (this.at === 0) return null;
    const speaker = this.chain.speakerOf(this.at - 1);
    if (speaker === undefined) this.missing = this.at - 1;
    return speaker ?? null;
  }

  /** The last speaker of the nearest sentence before that has one. */
  get last(): string | null {
    const speaker = this.chain.lastSpeakerBefore(this.at);
    if (typeof speaker === 'number') {
      this.missing = speaker;
      return null;
    }
    return speaker;
  }
}

export class SpeakerChain<T extends { speaker: string }> {
  private readonly read: (readonly T[] | undefined)[];
  /** lastBefore[i]: the speaker `last` gives sentence i, once worked out (undefined: not yet). */
  private readonly lastBefore: (string | null | undefined)[];

  constructor(
    count: number,
    private readonly readSentence: SentenceRead<T>,
  ) {
    this.read = new Array<readonly T[] | undefined>(count);
    this.lastBefore = new Array<string | null | undefined>(count);
  }

  /** Sentence i's readings (its frames), in the order the sentence gives them. */
  at(i: number): readonly T[] {
    const known = this.read[i];
    if (known !== undefined) return known;
    // Sentences waiting for the one on top of the stack: a loop, not recursion, as chains can be long.
    const stack = [i];
    while (stack.length > 0) {
      const k = stack[stack.length - 1] as number;
      if (this.read[k] !== undefined) {
        stack.pop();
        continue;
      }
      const carried = new KnownSoFar(k, this);
      const items = this.readSentence(k, carried);
      if (carried.missing >= 0) stack.push(carried.missing);
      else {
        this.read[k] = items;
        stack.pop();
      }
    }
    return this.read[i] as readonly T[];
  }

  /** The last speaker sentence i gives: null when none, undefined when it is not read yet. */
  speakerOf(i: number): string | null | undefined {
    const items = this.read[i];
    if (items === undefined) return undefined;
    return items.length > 0 ? (items[items.length - 1] as T).speaker : null;
  }

  /** The `last` speaker of sentence `at`, or the index of a sentence that must be read first to know it. */
  lastSpeakerBefore(at: number): string | null | number {
    let j = at - 1;
    let found: string | null = null;
    for (; j >= 0; j--) {
      const cached = this.lastBefore[j + 1];
      if (cached !== undefined) {
        found = cached;
        break;
      }
      const speaker = this.speakerOf(j);
      if (speaker === undefined) return j;
      if (speaker !== null) {
        found = speaker;
        break;
      }
    }
    // Every sentence from the one found up to `at` has the same last speaker before it.
    for (let k = Math.max(j + 1, 0); k <= at; k++) this.lastBefore[k] = found;
    return found;
  }
}
