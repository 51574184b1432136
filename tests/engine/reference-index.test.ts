import { describe, expect, it } from 'vitest';
import { claimsOn, factsMeasuring } from '../../lib/engine/reference-index';
import type { Claim, FactDef } from '../../lib/reference/types';

type Reference = Parameters<typeof claimsOn>[0];

const claim = (source: string, fact: string, text: string) => ({ source, fact, text }) as unknown as Claim;
const fact = (event: string, key: string, measure: string) => ({ event, key, measure }) as unknown as FactDef;

function reference(claims: Claim[], facts: FactDef[]): Reference {
  return { claims, facts } as unknown as Reference;
}

describe('reference index', () => {
  it('gives the claims on one fact, in the reference’s order, and none for a fact nobody reports', () => {
    const ref = reference([claim('s1', 'strike.killed', '22'), claim('s1', 'strike.date', 'Thursday'), claim('s2', 'strike.killed', '17')], []);
    expect(claimsOn(ref, 'strike.killed').map((c) => c.text)).toEqual(['22', '17']);
    expect(claimsOn(ref, 'strike.time')).toEqual([]);
  });

  it('gives the facts of one event that measure one thing', () => {
    const ref = reference([], [fact('2021-01-01-e1', 'strike.killed', 'killed'), fact('2021-01-01-e2', 'strike.killed', 'killed'), fact('2021-01-01-e1', 'erbil.killed', 'killed'), fact('2021-01-01-e1', 'strike.date', 'date')]);
    expect(factsMeasuring(ref, '2021-01-01-e1', 'killed').map((f) => f.key)).toEqual(['strike.killed', 'erbil.killed']);
    expect(factsMeasuring(ref, '2021-01-01-e2', 'date')).toEqual([]);
  });

  it('keeps one index per reference object: another reference is indexed on its own', () => {
    const a = reference([claim('s1', 'strike.killed', '22')], []);
    const b = reference([claim('s9', 'strike.killed', '5')], []);
    expect(claimsOn(a, 'strike.killed').map((c) => c.source)).toEqual(['s1']);
    expect(claimsOn(b, 'strike.killed').map((c) => c.source)).toEqual(['s9']);
  });

  it('scales with what is asked, not with the reference: a thousand sources, one fact’s claims', () => {
    const many = Array.from({ length: 1000 }, (_, i) => claim(`s${i}`, i % 100 === 0 ? 'strike.killed' : `other.f${i}`, String(i)));
    expect(claimsOn(reference(many, []), 'strike.killed')).toHaveLength(10);
  });
});
