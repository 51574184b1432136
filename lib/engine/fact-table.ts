/**
 * Every fact of one event against every source that reports it: the data behind facts.html.
 * Rows are facts, columns are sources (the bundled reference's, then the reader's), and each cell holds what
 * one source wrote for one fact, with its status from that source's point of view, decided exactly as a
 * highlight's is (compare.ts): any other source that contradicts it makes it differ, else any that confirms it
 * makes it agree; 'less-specific' and 'unsure' comparisons do neither. Pure: no extension APIs.
 */
import { groupBy } from '../group-by';
import type { ClaimValue, Entity, EntityId, Event, EventId, FactDef, FactKey, Source, SourceId } from '../reference/types';
import { relate, statusOf, type ShownRelation } from './compare';
import type { Status } from './findings';

/** A source as a column shows it. */
export interface TableSource {
  id: SourceId;
  /** What a reader sees: the outlet, or "an unnamed outlet, 26 February 2021". */
  label: string;
  outlet: string | null;
  /** ISO day, when known. */
  published: string | null;
  url: string | null;
  /** Added by the reader from a page they read, not part of the bundled reference. */
  byReader: boolean;
}

/** One source's report of one fact, bundled or the reader's. */
export interface TableClaim {
  source: SourceId;
  fact: FactKey;
  value: ClaimValue;
  /** The figure or name as the source wrote it. */
  text: string;
  attribution: string | null;
  quote: string;
}

/** What the builder reads; `getReference()` is one. */
export interface ReferenceView {
  events: readonly Event[];
  facts: readonly FactDef[];
  sources: readonly Source[];
  claims: readonly TableClaim[];
  entity(id: EntityId): Entity | undefined;
}

export interface FactTableOptions {
  /** The reader's own sources and their claims, shown after the bundled ones. */
  readerSources?: readonly TableSource[];
  readerClaims?: readonly TableClaim[];
  /** The page the reader came from: a source id, or a URL matched against the sources' URLs. */
  from?: string | null;
}

export interface Column extends TableSource {
  /** The source of the page the reader came from. */
  current: boolean;
}

export interface CellClaim extends Omit<TableClaim, 'source' | 'fact' | 'value'> {
  status: Status;
  /** The sources with a report this claim contradicts, and those with one it matches, in column order. */
  differsFrom: SourceId[];
  agreesWith: SourceId[];
}

export interface Cell {
  source: SourceId;
  status: Status;
  claims: CellClaim[];
  /** The sources with a report this cell contradicts, and those with one it matches, in column order. */
  differsFrom: SourceId[];
  agreesWith: SourceId[];
}

export interface FactRow {
  key: FactKey;
  /** "people killed in the strike", or the entity's name for a name fact. */
  label: string;
  kind: 'figure' | 'name';
  /** How many sources' reports of this fact differ from another source's. */
  contested: number;
  /** One per column, in column order; null where that source does not report the fact. */
  cells: Array<Cell | null>;
}

export interface FactTable {
  event: Event;
  columns: Column[];
  /** Figures first: most contested first, facts no source reports last, else in the reference's order; names after them. */
  rows: FactRow[];
  /** True when `from` was given and matched a column. */
  fromMatched: boolean;
}

/** The sources of `event` as columns: the reference's, in its order, then the reader's. */
export function columnsOf(reference: ReferenceView, event: EventId, options: FactTableOptions = {}): Column[] {
  const bundled: TableSource[] = reference.sources
    .filter((s) => s.event === event)
    .map((s) => ({ id: s.id, label: s.label, outlet: s.outlet, published: s.published, url: s.url, byReader: false }));
  const all = [...bundled, ...(options.readerSources ?? [])];
  const from = options.from ?? null;
  return all.map((s) => ({ ...s, current: from !== null && isSourceOf(s, from) }));
}

function isSourceOf(source: TableSource, from: string): boolean {
  if (source.id === from) return true;
  return source.url !== null && withoutHash(source.url) === withoutHash(from);
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

/** The table for `event`, or null when the reference does not have it. */
export function buildFactTable(reference: ReferenceView, eventId: EventId, options: FactTableOptions = {}): FactTable | null {
  const event = reference.events.find((e) => e.id === eventId);
  if (!event) return null;
  const columns = columnsOf(reference, eventId, options);
  const inColumns = new Set(columns.map((c) => c.id));
  const claims = [...reference.claims, ...(options.readerClaims ?? [])].filter((c) => inColumns.has(c.source));
  const byFact = groupBy(claims, (c) => c.fact);
  const figureFacts = reference.facts.filter((f) => f.event === eventId);
  const rows: Array<FactRow & { order: number }> = figureFacts.map((fact, order) => ({
    ...row(fact.key, fact.label, 'figure', byFact.get(fact.key) ?? [], { event, columns, instant: instantOf(event, fact) }),
    order,
  }));
  const known = new Set<string>(figureFacts.map((f) => f.key));
  for (const [key, reports] of byFact) {
    if (known.has(key) || !key.startsWith('name.')) continue;
    const value = reports[0]!.value;
    const entity = value.type === 'entity' ? reference.entity(value.id) : undefined;
    rows.push({ ...row(key, entity?.name ?? key, 'name', reports, { event, columns, instant: null }), order: rows.length });
  }
  rows.sort((a, b) => kindRank(a) - kindRank(b) || b.contested - a.contested || reported(b) - reported(a) || a.order - b.order);
  return { event, columns, rows: rows.map(({ order: _order, ...r }) => r), fromMatched: columns.some((c) => c.current) };
}

function kindRank(row: FactRow): number {
  return row.kind === 'figure' ? 0 : 1;
}

function reported(row: FactRow): number {
  return row.cells.some((c) => c !== null) ? 1 : 0;
}

/** The strike's known instant applies to the strike's facts only, as in annotate.ts. */
function instantOf(event: Event, fact: FactDef): number | null {
  if (!event.instant) return null;
  return event.incidents.find((i) => i.id === fact.incident)?.isStrike ? Date.parse(event.instant) : null;
}

interface RowContext {
  event: Event;
  columns: readonly Column[];
  instant: number | null;
}

function row(key: FactKey, label: string, kind: FactRow['kind'], reports: readonly TableClaim[], context: RowContext): FactRow {
  const cells = context.columns.map((column) => cellOf(column.id, reports, context));
  return { key, label, kind, contested: cells.filter((c) => c?.status === 'differs').length, cells };
}

/** One source's cell: each of its claims against every other source's claims on the fact. */
function cellOf(source: SourceId, reports: readonly TableClaim[], context: RowContext): Cell | null {
  const own = reports.filter((r) => r.source === source);
  if (own.length === 0) return null;
  const others = reports.filter((r) => r.source !== source);
  const inOrder = (set: ReadonlySet<SourceId>) => context.columns.map((c) => c.id).filter((id) => set.has(id));
  const claims: CellClaim[] = own.map((claim) => {
    const relations: ShownRelation[] = [];
    const differs = new Set<SourceId>();
    const agrees = new Set<SourceId>();
    for (const other of others) {
      const relation = relate(claim.value, other.value, context.event, context.instant);
      if (relation === 'unsure') continue;
      relations.push(relation);
      if (relation === 'different') differs.add(other.source);
      if (relation === 'same') agrees.add(other.source);
    }
    const { text, attribution, quote } = claim;
    return { text, attribution, quote, status: statusOf(relations), differsFrom: inOrder(differs), agreesWith: inOrder(agrees) };
  });
  const union = (pick: (c: CellClaim) => SourceId[]) => inOrder(new Set(claims.flatMap(pick)));
  const differsFrom = union((c) => c.differsFrom);
  const agreesWith = union((c) => c.agreesWith);
  const status: Status = differsFrom.length > 0 ? 'differs' : agreesWith.length > 0 ? 'agrees' : 'unique';
  return { source, status, claims, differsFrom, agreesWith };
}
