/**
 * The event decision's data (lib/reference/events.ts) checked against the reference itself: what each
 * event's markers name is reported by that event's own sources, and the rosters and near misses are
 * well formed. A marker no source supports would be a hand-listed guess, which the data must not hold.
 */
import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { explainEvent } from '../../lib/engine/annotate';
import { nearMisses, offices } from '../../lib/reference/events';
import { getReference } from '../../lib/engine/reference';

const reference = getReference();
const namedBy = (event: string) =>
  new Set(
    reference.claims
      .filter((c) => c.value.type === 'entity' && reference.source(c.source)?.event === event)
      .map((c) => (c.value.type === 'entity' ? c.value.id : '')),
  );

describe('event markers come from the sources', () => {
  it.each(reference.events.map((e) => [e.id, e] as const))('%s: every group and place is named by one of its sources', (_id, event) => {
    const named = namedBy(event.id);
    for (const id of [...event.markers.groups, ...event.markers.places]) {
      expect(reference.entity(id), id).toBeDefined();
      expect(named.has(id), `${id} is named by no source of ${event.id}`).toBe(true);
    }
  });

  it('each event has the aircraft its sources claim, and the two events differ in them', () => {
    const aircraftOf = (event: string) =>
      new Set(reference.claims.filter((c) => c.value.type === 'aircraft' && reference.source(c.source)?.event === event).map((c) => (c.value.type === 'aircraft' ? c.value.family : '')));
    const [a, b] = reference.events.map((e) => aircraftOf(e.id));
    expect(a?.size).toBeGreaterThan(0);
    expect(b?.size).toBeGreaterThan(0);
    expect([...(a ?? [])].some((f) => b?.has(f))).toBe(false);
  });
});

describe('rosters and near misses', () => {
  it('every office has a real term and patterns that compile', () => {
    for (const office of offices) {
      expect(Date.parse(office.from), office.role).toBeLessThan(Date.parse(office.to));
      for (const source of [...office.names, ...office.titles]) expect(() => new RegExp(source)).not.toThrow();
    }
  });

  it('no near miss falls on a reference event’s strike days', () => {
    for (const miss of nearMisses) {
      for (const event of reference.events) {
        const apart = Math.abs(Date.UTC(miss.day.year, miss.day.month - 1, miss.day.day) - Date.UTC(event.day.year, event.day.month - 1, event.day.day));
        expect(apart, miss.label).toBeGreaterThan(2 * 86_400_000);
      }
      expect(miss.only.length).toBeGreaterThan(0);
    }
  });

  it('a near miss’s own place counts against every event, but not when a sentence dates it to another year', () => {
    const lede = 'U.S. F-15E jets struck Kataib Hezbollah sites in eastern Syria on Thursday, the Pentagon said.';
    const against = (more: string) => explainEvent(extractFromPlainText(`${lede}\n\n${more}`)).clues.filter((c) => c.kind === 'near-miss').length;
    expect(against('A rocket attack on a base near Kirkuk killed a contractor.')).toBe(1);
    expect(against('In December 2019 a rocket attack on a base near Kirkuk killed a contractor.')).toBe(0);
  });

  it('the later strikes of 2023 are told by their number after the verb too: "the raid was the third"', () => {
    const lede = 'US jets struck a training camp near Albu Kamal in eastern Syria used by groups tied to Iran’s Revolutionary Guards, the Pentagon said.';
    const misses = (more: string) =>
      explainEvent(extractFromPlainText(`${lede}\n\n${more}`)).clues.filter((c) => c.kind === 'near-miss').map((c) => (c.kind === 'near-miss' ? c.nearMiss.day.day : 0));
    expect(misses('The raid was the third in about two weeks, officials said.')).toEqual([12]);
    expect(misses('The strike is Washington’s second since the attacks on its troops began.')).toEqual([8]);
    expect(misses('The raid came about two weeks after the first, officials said.')).toEqual([]);
  });

  it('a day just before the event in a sentence about attacks is theirs, not the strike’s', () => {
    const article = {
      ...extractFromPlainText(
        'Biden approves airstrike in Syria\n\nThe United States carried out an airstrike in Syria on a site used by Kataib Hezbollah, officials said. The strike may answer last week’s rocket attacks on Americans in Iraq.',
      ),
      published: { year: 2021, month: 2, day: 26, utc: false, from: 'meta' as const },
    };
    const decision = explainEvent(article);
    expect(decision.clues.some((c) => c.text.startsWith('last week'))).toBe(true);
    expect(decision.scores.find((s) => s.event.startsWith('2021'))?.reasons.some((r) => /another day/.test(r))).toBe(false);
    expect(decision.event).toMatch(/^2021-02-25/);
  });
});
