import { describe, expect, it } from 'vitest';
import { publishedFromText } from '../../lib/article/published';
import { findFigures } from '../../lib/extract/figures';
import { entities } from '../../lib/reference/entities';
import { events, facts } from '../../lib/reference/events';
import { corpus } from '../../scripts/reference/corpus';
import { readReferenceFolder } from '../../scripts/reference/read';
import { getReference } from '../../lib/engine/reference';
import { sources } from '../../lib/reference/sources';
import type { ClaimValue } from '../../lib/reference/types';
import { relate } from '../../lib/engine/compare';

const reference = getReference();

describe('reference dataset', () => {
  it('has one source per folder in reference/sources/, each with an event the reference knows', () => {
    expect(sources.map((s) => s.id)).toEqual(readReferenceFolder().sources.map((folder) => folder.id));
    for (const s of sources) expect(events.some((e) => e.id === s.event)).toBe(true);
  });

  it('names an outlet only when its article names it', () => {
    for (const s of sources.filter((s) => s.outlet !== null)) expect(corpus[s.id], s.id).toContain(s.outlet);
  });

  it('dates a source from its own dateline or byline, and only from it', () => {
    for (const s of sources) {
      const stamp = publishedFromText(corpus[s.id] ?? '');
      const read = stamp ? `${stamp.year}-${String(stamp.month).padStart(2, '0')}-${String(stamp.day).padStart(2, '0')}` : null;
      expect(s.published, s.id).toBe(read);
    }
  });

  it('labels an unnamed source by its day, or says the day is unknown', () => {
    for (const s of sources.filter((s) => s.outlet === null)) {
      expect(s.label, s.id).toMatch(/^an unnamed outlet, (?:\d{1,2} [A-Z][a-z]+ \d{4}|date unknown)(?: \([A-Z]\))?$/);
    }
  });

  it('gives every source a distinct label a reader can tell apart', () => {
    expect(new Set(sources.map((s) => s.label)).size).toBe(sources.length);
  });

  it('has every quote verbatim at its offsets, and the written text inside its quote', () => {
    for (const claim of reference.claims) {
      const source = reference.source(claim.source);
      expect(source, claim.fact).toBeDefined();
      expect(corpus[claim.source]?.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(claim.quote).toContain(claim.text);
    }
  });

  it('ties every claim to a fact of its own source’s event (no claim crosses events)', () => {
    for (const claim of reference.claims) {
      const source = reference.source(claim.source);
      if (claim.fact.startsWith('name.')) continue;
      expect(facts.some((f) => f.key === claim.fact && f.event === source?.event), `${claim.source} ${claim.fact}`).toBe(true);
    }
  });

  it('stores values that match what the text says', () => {
    for (const claim of reference.claims.filter((c) => !c.fact.startsWith('name.'))) {
      // The figure recognizer, run on the claim's own words, must read a value equivalent to the stored one.
      const source = reference.source(claim.source);
      const event = reference.event(source!.event)!;
      const at = claim.quote.indexOf(claim.text);
      const read = findFigures(claim.quote).filter((f) => f.start < at + claim.text.length && at < f.end);
      if (claim.text === 'A week later' || /service member|contractor|Multiple|numerous|multiple|a number of/.test(claim.text)) {
        continue; // relative dates and casualty phrases are resolved by the engine; see the engine tests
      }
      expect(read.length, `${claim.source} ${claim.fact}: ${claim.text}`).toBeGreaterThan(0);
      const value = read[0]!.value as ClaimValue;
      expect(relate(value, claim.value, event, null), `${claim.source} ${claim.fact}: ${claim.text}`).toBe('same');
    }
  });

  it('records the disagreements a close reading finds', () => {
    const values = (fact: string) =>
      reference.claims.filter((c) => c.fact === fact && reference.source(c.source)?.event.startsWith('2021')).map((c) => `${c.source}:${c.text}`);
    expect(values('strike.killed')).toEqual(['000:17', '004:22']);
    expect(values('erbil.rockets')).toEqual(['000:three', '002:three']);
    expect(values('erbil.calibre')).toEqual(['002:107 mm']);
    expect(values('baghdad.date')).toEqual(['000:February 22', '004:A week later']);
    expect(values('erbil.wounded')).toContain('001:a US service member');
    expect(values('erbil.wounded')).toContain('004:U.S. service members');
  });

  it('resolves every alias to exactly one entity', () => {
    const owner = new Map<string, string>();
    const key = (a: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    for (const e of entities) {
      for (const alias of [...e.aliases, ...(e.shortAliases ?? [])]) {
        const k = key(alias);
        expect(owner.get(k) ?? e.id, `${alias} belongs to ${owner.get(k)} and ${e.id}`).toBe(e.id);
        owner.set(k, e.id);
        const found = reference.findNames(`Yesterday ${alias} was mentioned.`).filter((n) => n.entity);
        if (!e.shortAliases?.includes(alias)) expect(found.map((n) => n.entity), alias).toEqual([e.id]);
      }
    }
  });

  it('derives name claims from the articles, not from their page debris', () => {
    const named = (source: string) => reference.claims.filter((c) => c.source === source && c.fact.startsWith('name.')).map((c) => c.fact);
    expect(named('004')).toEqual(expect.arrayContaining(['name.john-kirby', 'name.sohr', 'name.kataib-hezbollah', 'name.lloyd-austin']));
    // 002's "Read also: Biden Revokes More of Trump's Executive Orders" is debris: Trump is not in 002's article.
    expect(named('002')).not.toContain('name.donald-trump');
    expect(named('001')).toContain('name.donald-trump');
    const kirby004 = reference.claims.find((c) => c.source === '004' && c.fact === 'name.john-kirby');
    expect(kirby004?.text).toBe('Pentagon spokesperson Jon Kirby');
  });

  it('starts every event id with the strike’s date in US Eastern time', () => {
    for (const e of events) {
      const { year, month, day } = e.day;
      expect(e.id.startsWith(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}-`)).toBe(true);
    }
  });
});
