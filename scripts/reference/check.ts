/**
 * Checks the maintainer's folder and turns it into the engine's types, or says what is wrong in the
 * maintainer's terms: "reference/sources/004/source.json, claim strike.killed: the quote is not in article.txt".
 * Every problem is collected, so one run lists them all.
 */
import * as v from 'valibot';
import type { ClaimDraft, ClaimValue, Entity, Event, EventId, FactDef, Measure, NearMiss, Office, Source } from '../../lib/reference/types';
import type { JsonFile, ReferenceFolder, SourceFolder } from './read';
import {
  describeIssues,
  EntitiesFileSchema,
  EventFileSchema,
  OfficesFileSchema,
  SourceFileSchema,
  type ClaimEntry,
  type EventFile,
  type SourceFile,
} from './schema';
import { sourceLabels } from './labels';
import { fromReadable } from './values';

/** The folder, checked: everything but what is derived from the articles (offsets, name claims, fingerprints). */
export interface CheckedReference {
  events: Event[];
  facts: FactDef[];
  nearMisses: NearMiss[];
  offices: Office[];
  entities: Entity[];
  sources: Source[];
  /** Each source's article, by id. */
  texts: Record<string, string>;
  /** Reviewed claims, source by source in folder order, each in the order written. */
  drafts: ClaimDraft[];
}

export type CheckResult = { ok: true; reference: CheckedReference } | { ok: false; problems: string[] };

/** Which kind of value each measure takes: a count of killed is never a date. */
const VALUE_KINDS: Record<Measure, ReadonlyArray<ClaimValue['type']>> = {
  killed: ['count'],
  wounded: ['count'],
  rockets: ['count'],
  'aircraft-count': ['count'],
  facilities: ['count'],
  destroyed: ['count'],
  munitions: ['count'],
  groups: ['count'],
  attacks: ['count'],
  date: ['date', 'relative-date'],
  since: ['date', 'relative-date'],
  time: ['time'],
  aircraft: ['aircraft'],
  calibre: ['calibre'],
  weight: ['weight'],
};

function parse<S extends v.GenericSchema>(schema: S, file: JsonFile, problems: string[]): v.InferOutput<S> | null {
  if (file.problem) {
    problems.push(file.problem);
    return null;
  }
  const result = v.safeParse(schema, file.json);
  if (result.success) return result.output;
  problems.push(...describeIssues(result.issues).map((issue) => `${file.path}, ${issue}`));
  return null;
}

const isoParts = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};
/** "-05:00" → -300 minutes east of UTC. */
const minutes = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** Entity ids, or null when entities.json itself is broken (its problem is reported once, not at every use). */
type EntityIds = ReadonlySet<string> | null;

function checkEvent(file: JsonFile, event: EventFile, entityIds: EntityIds, problems: string[]): void {
  const say = (message: string) => problems.push(`${file.path}, ${message}`);
  if (event.id !== file.name) say(`id: "${event.id}" must be the file's name (${file.name}.json)`);
  if (!event.id.startsWith(`${event.day}-`)) say(`id: must begin with the strike's day, ${event.day}`);
  const named = [
    ...event.incidents.flatMap((i) => [...i.entities, ...(i.countedBy ?? [])].map((id) => [`incident ${i.id}`, id] as const)),
    ...event.anchors.map((id) => ['anchors', id] as const),
    ...event.markers.groups.map((id) => ['markers.groups', id] as const),
    ...event.markers.places.map((id) => ['markers.places', id] as const),
  ];
  for (const [where, id] of named) if (entityIds && !entityIds.has(id)) say(`${where}: no entity "${id}" in entities.json`);
  const incidents = new Set(event.incidents.map((i) => i.id));
  const keys = new Set<string>();
  for (const fact of event.facts) {
    if (keys.has(fact.key)) say(`fact ${fact.key}: listed twice`);
    keys.add(fact.key);
    if (!incidents.has(fact.incident)) say(`fact ${fact.key}: no incident "${fact.incident}" in this event`);
  }
}

function toEvent(event: EventFile): Event {
  return {
    id: event.id as EventId,
    title: event.title,
    day: isoParts(event.day),
    offsets: {
      ET: minutes(event.offsets.ET),
      local: minutes(event.offsets.local),
      ...(event.offsets.localAlso ? { localAlso: minutes(event.offsets.localAlso) } : {}),
    },
    instant: event.instant,
    incidents: event.incidents,
    anchors: event.anchors,
    signatures: event.signatures,
    markers: event.markers,
  };
}

function checkEvents(folder: ReferenceFolder, entityIds: EntityIds, problems: string[]) {
  const events: Event[] = [];
  /** Event files that did not parse, by name: their sources' claims cannot be checked until they do. */
  const broken = new Set<string>();
  const facts: FactDef[] = [];
  const nearMisses: NearMiss[] = [];
  if (folder.events.length === 0) problems.push('reference/events: no event file');
  for (const file of folder.events) {
    const event = parse(EventFileSchema, file, problems);
    if (!event) {
      broken.add(file.name);
      continue;
    }
    checkEvent(file, event, entityIds, problems);
    events.push(toEvent(event));
    for (const f of event.facts) facts.push({ key: f.key as FactDef['key'], event: event.id as EventId, incident: f.incident, measure: f.measure, label: f.label });
    for (const m of event.nearMisses) nearMisses.push({ label: m.label, day: isoParts(m.day), only: m.only });
  }
  return { events, facts, nearMisses, broken };
}

function checkEntities(folder: ReferenceFolder, problems: string[]): Entity[] | null {
  const file = parse(EntitiesFileSchema, folder.entities, problems);
  if (!file) return null;
  const seen = new Set<string>();
  for (const entity of file.entities) {
    if (seen.has(entity.id)) problems.push(`${folder.entities.path}, entity ${entity.id}: listed twice`);
    seen.add(entity.id);
  }
  return file.entities.map(({ id, kind, name, aliases, shortAliases }) => ({ id, kind, name, aliases, ...(shortAliases ? { shortAliases } : {}) }));
}

/** What is wrong with one claim, or null: the quote must be in the article once, the text in the quote. */
function claimProblem(claim: ClaimEntry, text: string, fact: FactDef | undefined, entityIds: EntityIds, event: string): string | null {
  if (claim.reviewed === false) {
    return 'not reviewed yet ("reviewed": false): check the value, text, attribution and quote against article.txt, then set "reviewed": true';
  }
  if (!fact) return `the event ${event} has no fact ${claim.fact} (facts are listed in reference/events/${event}.json)`;
  const at = text.indexOf(claim.quote);
  if (at < 0) return 'the quote is not in article.txt';
  if (text.indexOf(claim.quote, at + 1) >= 0) return 'the quote occurs more than once in article.txt: lengthen it so it is found once';
  if (!claim.quote.includes(claim.text)) return `the text "${claim.text}" is not in its quote`;
  const value = fromReadable(claim.value);
  if (value.type === 'entity') return !entityIds || entityIds.has(value.id) ? null : `no entity "${value.id}" in entities.json`;
  if (!VALUE_KINDS[fact.measure].includes(value.type)) {
    return `a ${fact.measure} fact takes a ${VALUE_KINDS[fact.measure].join(' or ')} value, not ${value.type}`;
  }
  return null;
}

interface Known {
  facts: readonly FactDef[];
  entityIds: EntityIds;
  /** Event files that did not parse. */
  broken: ReadonlySet<string>;
}

function checkSource(folder: SourceFolder, file: SourceFile, known: Known, problems: string[]): ClaimDraft[] {
  const { facts, entityIds } = known;
  const path = folder.sourceJson.path;
  if (!/^\d{3}$/.test(folder.id)) problems.push(`reference/sources/${folder.id}: a source folder's name is three digits, such as 005`);
  if (file.id !== folder.id) problems.push(`${path}, id: "${file.id}" must be the folder's name (${folder.id})`);
  if (known.broken.has(file.event) || folder.article === null) return [];
  if (!facts.some((f) => f.event === file.event)) problems.push(`${path}, event: no event "${file.event}" in reference/events/`);
  const drafts: ClaimDraft[] = [];
  for (const claim of file.claims) {
    const fact = facts.find((f) => f.event === file.event && f.key === claim.fact);
    const problem = claimProblem(claim, folder.article, fact, entityIds, file.event);
    if (problem) problems.push(`${path}, claim ${claim.fact}: ${problem}`);
    else drafts.push({ fact: claim.fact as ClaimDraft['fact'], source: file.id, value: fromReadable(claim.value), text: claim.text, attribution: claim.attribution, quote: claim.quote });
  }
  return drafts;
}

export function checkReference(folder: ReferenceFolder): CheckResult {
  const problems: string[] = [];
  const entities = checkEntities(folder, problems);
  const entityIds = entities && new Set(entities.map((e) => e.id));
  const offices = parse(OfficesFileSchema, folder.offices, problems)?.offices ?? [];
  const { events, facts, nearMisses, broken } = checkEvents(folder, entityIds, problems);
  const files: Array<{ file: SourceFile; folder: SourceFolder }> = [];
  const drafts: ClaimDraft[] = [];
  const texts: Record<string, string> = {};
  if (folder.sources.length === 0) problems.push('reference/sources: no source folder');
  for (const source of folder.sources) {
    const file = parse(SourceFileSchema, source.sourceJson, problems);
    if (source.article === null || source.article.trim() === '') problems.push(`${source.articlePath}: the article's text is missing or empty`);
    if (!file) continue;
    files.push({ file, folder: source });
    drafts.push(...checkSource(source, file, { facts, entityIds, broken }, problems));
    if (source.article !== null) texts[file.id] = source.article;
  }
  if (problems.length > 0 || !entities) return { ok: false, problems };
  const labels = sourceLabels(files.map(({ file }) => file));
  const sources: Source[] = files.map(({ file }) => ({
    id: file.id,
    outlet: file.outlet,
    label: labels.get(file.id) ?? file.id,
    event: file.event as EventId,
    published: file.published,
    url: file.url,
  }));
  return { ok: true, reference: { events, facts, nearMisses, offices, entities, sources, texts, drafts } };
}
