import { describe, expect, it } from 'vitest';
import type { PageSummary, SummaryOther } from '../../lib/messages';
import { packSummary, unpackSummary } from '../../lib/page/summary-wire';
import { summary } from '../support/ui';

const killed: SummaryOther[] = [{ who: 'JNS', value: '22', relation: 'different' }];

/** A long page: many findings, most sharing one list of others (as the engine's answer hands them over). */
function longSummary(n: number): PageSummary {
  const base = summary();
  const marks = Array.from({ length: n }, (_, i) => ({
    id: `m${i + 1}`,
    kind: 'figure' as const,
    text: String(i),
    status: 'differs' as const,
    fact: 'strike.killed' as const,
    label: 'people killed in the strike',
    ...(i % 10 === 0 ? {} : { others: killed }),
  }));
  return { ...base, marks, counts: { differs: n, agrees: 0, unique: 0 } };
}

describe('the page summary on the wire', () => {
  it('comes back as it was sent', () => {
    for (const s of [summary(), longSummary(50), summary({ marks: [], state: 'no-event', event: null, eventTitle: null })]) {
      expect(unpackSummary(packSummary(s))).toEqual(s);
    }
  });

  it('carries the findings as one string, a shared list of others once', () => {
    const wire = packSummary(longSummary(1000));
    expect(typeof wire.marks).toBe('string');
    expect(wire.marks.split('"JNS"').length - 1).toBe(1);
    // Findings that shared their others share them again on arrival.
    const back = unpackSummary(wire)!;
    expect(back.marks[1]!.others).toBe(back.marks[2]!.others);
  });

  it('turns anything else away', () => {
    const good = packSummary(summary());
    for (const bad of [null, 'x', 7, { ...good, marks: summary().marks }, { ...good, marks: '{' }, { ...good, marks: '{"marks":1}' }, { ...good, state: 'weird' }, { ...good, url: 3 }]) {
      expect(unpackSummary(bad)).toBeNull();
    }
  });
});
