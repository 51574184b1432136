/**
 * A synthetic reference a hundred times the real one, for the scale case of the bench (issue 10): the real
 * events and sources, plus renamed copies of them up to 100 events and 1,000 sources. Each copy has its
 * own ids, its own names (made-up words, so no article names it), its own day (shifted back by whole
 * weeks), other aircraft, counts a little off, and random fingerprints of the real ones' size. Built
 * from the real reference at run time, never stored; the same seed gives the same reference.
 */
import { createSourceMatcher } from '../../lib/engine/source-match';
import { getReference, type Reference } from '../../lib/engine/reference';
import { shiftDay } from '../../lib/engine/when';
import { createNameFinder } from '../../lib/extract/names';
import { data } from '../../lib/reference/generated';
import type { Claim, ClaimValue, Entity, Event, EventId, FactDef, Source, SourceId } from '../../lib/reference/types';
import type { DateValue } from '../../lib/reference/values';

export interface SyntheticSize {
  events: number;
  sources: number;
}

export const HUNDRED_TIMES: SyntheticSize = { events: 100, sources: 1_000 };

/** mulberry32: a small seeded generator, so that every run builds the same reference. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const SYLLABLES = 'ba ko ri tem zu vel an dor mi sha qa lun fe tor ix nal wu ge pra sol yu ke dra mon hal vi re'.split(' ');
const AIRCRAFT = ['F-16', 'A-10', 'B-52', 'F-35', 'MQ-9', 'B-1', 'AC-130'];

interface Copy {
  /** Which copy of its event this is (1, 2, …), and the random numbers it draws from. */
  n: number;
  rnd: () => number;
  event: EventId;
  days: number;
  entities: Map<string, string>;
}

/** A made-up capitalised word of two or three syllables. */
function word(rnd: () => number): string {
  const count = 2 + Math.floor(rnd() * 2);
  let w = '';
  for (let i = 0; i < count; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The entity renamed: every alias keeps its number of words, each word replaced by a made-up one. */
function renameEntity(entity: Entity, id: string, rnd: () => number): Entity {
  const words = new Map<string, string>();
  const rename = (alias: string) =>
    alias.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
      const key = w.toLowerCase();
      if (!words.has(key)) words.set(key, word(rnd));
      return words.get(key)!;
    });
  const out: Entity = { id, kind: entity.kind, name: rename(entity.name), aliases: entity.aliases.map(rename) };
  if (entity.shortAliases) out.shortAliases = entity.shortAliases.map(rename);
  return out;
}

const isoOf = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function shiftDate(value: DateValue, days: number): DateValue {
  if (value.month === null || value.day === null) return value;
  const d = shiftDay({ year: value.year ?? 2021, month: value.month, day: value.day }, days);
  return { ...value, year: value.year === null ? null : d.year, month: d.month, day: d.day, weekday: null };
}

function copyValue(value: ClaimValue, copy: Copy): ClaimValue {
  switch (value.type) {
    case 'entity':
      return { type: 'entity', id: copy.entities.get(value.id) ?? value.id };
    case 'count':
      return value.n === null ? value : { ...value, n: value.n + Math.floor(copy.rnd() * 4) };
    case 'date':
      return shiftDate(value, copy.days);
    case 'time':
      return value.date ? { ...value, date: shiftDate(value.date, copy.days) } : value;
    case 'aircraft':
      return { ...value, family: AIRCRAFT[copy.n % AIRCRAFT.length]!, variant: null };
    default:
      return value;
  }
}

function copyEvent(event: Event, copy: Copy): Event {
  const day = shiftDay(event.day, copy.days);
  const mapIds = (ids: string[]) => ids.map((id) => copy.entities.get(id) ?? id);
  return {
    ...event,
    id: copy.event,
    title: `${event.title} (copy ${copy.n})`,
    day,
    instant: event.instant ? new Date(Date.parse(event.instant) + copy.days * 86_400_000).toISOString() : null,
    incidents: event.incidents.map((i) => ({
      ...i,
      entities: mapIds(i.entities),
      dates: i.dates.map((d) => {
        const s = shiftDay({ year: event.day.year, month: d.month, day: d.day }, copy.days);
        return { month: s.month, day: s.day };
      }),
    })),
    anchors: mapIds(event.anchors),
    // Wordings name the real event's people: a copy has none of its own.
    signatures: [],
    markers: { groups: mapIds(event.markers.groups), places: mapIds(event.markers.places), precededBy: [] },
  };
}

/** Random sampled hashes (multiples of 8 below 2^24, base 36), as many as the real fingerprint has. */
function randomFingerprint(real: string, rnd: () => number): string {
  const count = real ? real.split(' ').length : 0;
  const hashes = new Set<number>();
  while (hashes.size < count) hashes.add(Math.floor(rnd() * 2 ** 21) * 8);
  return [...hashes].sort((a, b) => a - b).map((h) => h.toString(36)).join(' ');
}

/** The real reference with renamed copies of its events and sources added, up to `size`. */
export function syntheticReference(
  size: SyntheticSize = HUNDRED_TIMES,
  seed = 10,
  real: Reference = getReference(),
  // The real fingerprints are data, not part of the Reference interface.
  realFingerprints: Readonly<Record<SourceId, string>> = data.fingerprints,
): Reference {
  const rnd = random(seed);
  const events: Event[] = [...real.events];
  const facts: FactDef[] = [...real.facts];
  const entities: Entity[] = [...real.entities];
  const sources: Source[] = [...real.sources];
  const claims: Claim[] = [...real.claims];
  const fingerprints: Record<SourceId, string> = {};
  for (const s of real.sources) fingerprints[s.id] = realFingerprints[s.id] ?? '';

  const copies = size.events - real.events.length;
  const sourcesPerCopy = Math.ceil((size.sources - real.sources.length) / Math.max(1, copies));
  for (let c = 0; c < copies; c++) {
    const model = real.events[c % real.events.length]!;
    const n = Math.floor(c / real.events.length) + 1;
    const days = -7 * (n * 11 + (c % 5));
    const day = shiftDay(model.day, days);
    const copy: Copy = { n, rnd, days, event: `${isoOf(day)}-copy-${c + 1}` as EventId, entities: new Map() };
    for (const e of real.entities) {
      const id = `${e.id}-copy-${c + 1}`;
      copy.entities.set(e.id, id);
      entities.push(renameEntity(e, id, rnd));
    }
    events.push(copyEvent(model, copy));
    for (const f of real.facts) if (f.event === model.id) facts.push({ ...f, event: copy.event });
    const models = real.sources.filter((s) => s.event === model.id);
    for (let k = 0; k < sourcesPerCopy && sources.length < size.sources; k++) {
      const from = models[k % models.length]!;
      const id: SourceId = String(sources.length).padStart(4, '0');
      const published = from.published ? isoOf(shiftDay(dayOf(from.published), days)) : null;
      sources.push({ id, outlet: `Outlet ${id}`, label: `Outlet ${id}`, event: copy.event, published, url: null });
      for (const claim of real.claims) {
        if (claim.source !== from.id) continue;
        const fact = claim.fact.startsWith('name.') ? `name.${copy.entities.get(claim.fact.slice(5)) ?? claim.fact.slice(5)}` : claim.fact;
        claims.push({ ...claim, fact: fact as Claim['fact'], source: id, value: copyValue(claim.value, copy) });
      }
      fingerprints[id] = randomFingerprint(fingerprints[from.id] ?? '', rnd);
    }
  }
  return assemble(events, facts, entities, sources, claims, fingerprints);
}

function dayOf(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

function assemble(
  events: Event[],
  facts: FactDef[],
  entities: Entity[],
  sources: Source[],
  claims: Claim[],
  fingerprints: Record<SourceId, string>,
): Reference {
  const eventById = new Map(events.map((e) => [e.id, e]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const factByKey = new Map(facts.map((f) => [`${f.event} ${f.key}`, f]));
  return {
    events,
    facts,
    sources,
    entities,
    claims,
    findNames: createNameFinder(entities),
    recogniseSource: createSourceMatcher(fingerprints),
    event: (id) => eventById.get(id),
    source: (id) => sourceById.get(id),
    entity: (id) => entityById.get(id),
    fact: (event, key) => factByKey.get(`${event} ${key}`),
  };
}
