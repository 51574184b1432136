import { describe, expect, it } from 'vitest';
import { claimsOn, factsMeasuring } from '../../lib/engine/reference-index';
import type { Claim, FactDef, Source } from '../../lib/reference/types';

type Reference = Parameters<typeof claimsOn>[0];

const E1 = '2021-02-25-e1';
const E2 = '2023-10-26-e2';
const claim = (source: string, fact: string, text: string) => ({ source, fact, text }) as unknown as Claim;
const fact = (event: string, key: string, measure: string) => ({ event, key, measure }) as unknown as FactDef;

/** A reference with sources s1–s3 about E1 and s9 about E2. */
function reference(claims: Claim[], facts: FactDef[] = []): Reference {
  const events: Record<string, string> = { s1: E1, s2: E1, s3: E1, s9: E2 };
  const source = (id: string) => (events[id] ? ({ id, event: events[id] } as unknown as Source) : undefined);
  return { claims, facts, source } as unknown as Reference;
}

describe('reference index', () => {
  it('gives the claims on one fact by the sources about one event, in the reference’s order', () => {
    const ref = reference([
      claim('s1', 'strike.killed', '22'),
      claim('s1', 'strike.date', 'Thursday'),
      claim('s9', 'strike.killed', '5'),
      claim('s2', 'strike.killed', '17'),
    ]);
    expect(claimsOn(ref, E1, 'strike.killed').map((c) => c.text)).toEqual(['22', '17']);
    expect(claimsOn(ref, E2, 'strike.killed').map((c) => c.text)).toEqual(['5']);
    expect(claimsOn(ref, E1, 'strike.time')).toEqual([]);
  });

  it('leaves out claims whose source the reference does not know', () => {
    expect(claimsOn(reference([claim('gone', 'strike.killed', '3')]), E1, 'strike.killed')).toEqual([]);
  });

  it('gives the facts of one event that measure one thing', () => {
    const ref = reference([], [fact(E1, 'strike.killed', 'killed'), fact(E2, 'strike.killed', 'killed'), fact(E1, 'erbil.killed', 'killed'), fact(E1, 'strike.date', 'date')]);
    expect(factsMeasuring(ref, E1, 'killed').map((f) => f.key)).toEqual(['strike.killed', 'erbil.killed']);
    expect(factsMeasuring(ref, E2, 'date')).toEqual([]);
  });

  it('keeps one index per reference object: another reference is indexed on its own', () => {
    const a = reference([claim('s1', 'strike.killed', '22')]);
    const b = reference([claim('s3', 'strike.killed', '5')]);
    expect(claimsOn(a, E1, 'strike.killed').map((c) => c.source)).toEqual(['s1']);
    expect(claimsOn(b, E1, 'strike.killed').map((c) => c.source)).toEqual(['s3']);
  });

  it('answers with one event’s claims however many other events share the fact key', () => {
    const many = Array.from({ length: 1000 }, (_, i) => claim(i % 100 === 0 ? 's2' : 's9', 'strike.killed', String(i)));
    expect(claimsOn(reference(many), E1, 'strike.killed')).toHaveLength(10);
  });
});
