import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpeakerChain } from '../../lib/engine/speaker-chain';
import type { Carried } from '../../lib/engine/speaker-name';

/**
 * A made-up sentence: it names a speaker of its own, or stands for the previous sentence's last speaker
 * (a pronoun), or for the last one named (a definite description), or credits no one.
 */
type Kind = { own: string } | 'pronoun' | 'definite' | 'none';

interface Frame {
  speaker: string;
  sentence: number;
}

function readOf(kinds: Kind[], readCount: number[]) {
  return (i: number, carried: Carried): Frame[] => {
    readCount[i] = (readCount[i] ?? 0) + 1;
    const kind = kinds[i] as Kind;
    const speaker = kind === 'none' ? null : kind === 'pronoun' ? carried.previous : kind === 'definite' ? carried.last : kind.own;
    return speaker ? [{ speaker, sentence: i }] : [];
  };
}

/** Every sentence read in order, carrying the speakers forward as attribution.ts once did. */
function inOrder(kinds: Kind[]): Frame[][] {
  const carried: Carried = { previous: null, last: null };
  const read = readOf(kinds, []);
  return kinds.map((_, i) => {
    const frames = read(i, { ...carried });
    const speaker = frames.length > 0 ? (frames[frames.length - 1] as Frame).speaker : null;
    carried.previous = speaker;
    if (speaker) carried.last = speaker;
    return frames;
  });
}

const kind: fc.Arbitrary<Kind> = fc.oneof(
  fc.constantFrom<Kind>('pronoun', 'definite', 'none'),
  fc.constantFrom('Kirby', 'the monitor', 'Austin').map((own): Kind => ({ own })),
);

describe('speaker chain', () => {
  it('gives every sentence asked about, in any order, what a reading of all sentences in order gives it', () => {
    fc.assert(
      fc.property(fc.array(kind, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 20 }), (kinds, asks) => {
        const expected = inOrder(kinds);
        const chain = new SpeakerChain<Frame>(kinds.length, readOf(kinds, []));
        for (const ask of asks) {
          if (kinds.length === 0) break;
          const i = ask % kinds.length;
          expect(chain.at(i)).toEqual(expected[i]);
        }
      }),
    );
  });

  it('reads a sentence that leans on none before it alone, and one that does after what it leans on', () => {
    const kinds: Kind[] = [{ own: 'Kirby' }, 'none', { own: 'Austin' }, 'none', 'definite', 'pronoun'];
    const reads: number[] = [];
    const chain = new SpeakerChain<Frame>(kinds.length, readOf(kinds, reads));
    expect(chain.at(2)).toEqual([{ speaker: 'Austin', sentence: 2 }]);
    expect(reads).toEqual([undefined, undefined, 1]);
    // "the monitor" stands for the last speaker named: sentence 3 is read to know there is none in it.
    expect(chain.at(4)).toEqual([{ speaker: 'Austin', sentence: 4 }]);
    expect(reads[3]).toBe(1);
    expect(reads[0]).toBeUndefined();
    expect(chain.at(5)).toEqual([{ speaker: 'Austin', sentence: 5 }]);
  });

  it('follows a long chain of pronouns back without deep recursion', () => {
    const kinds: Kind[] = [{ own: 'Kirby' }, ...Array<Kind>(50_000).fill('pronoun')];
    const chain = new SpeakerChain<Frame>(kinds.length, readOf(kinds, []));
    expect(chain.at(kinds.length - 1)).toEqual([{ speaker: 'Kirby', sentence: kinds.length - 1 }]);
  });
});
