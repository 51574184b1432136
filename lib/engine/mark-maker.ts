/**
 * The marks of one article: each name and figure with what the other sources report on its fact.
 *
 * A long article names the same entities and reports the same facts thousands of times, and most of
 * its figures stand in the same relation to the other sources as many others: the other reports of a
 * fact, and a list for each way a figure can relate to them, are made once per article and shared by
 * the marks they fit (nothing changes a mark's `others` after this).
 */
import type { FigureMention } from '../extract/types';
import type { NameMention } from '../extract/names';
import { nameFact } from '../reference/entities';
import type { Claim, Event, FactDef, FactKey, Source } from '../reference/types';
import type { FigureValue } from '../reference/values';
import { relate, statusOf as compareStatus, type Relation } from './compare';
import type { Mark, MarkValue, OtherReport, Status } from './findings';
import type { Reference } from './reference';
import { claimsOn } from './reference-index';
import type { PublishedDate } from '../article/published';
import { calendarDayOf, dayAtOffset, dayNumberOf, daysBackTo, type CalendarDay } from './day-numbers';
import { clockDay, isoDay, resolveDay } from './when';

/** A list of other reports, with the status it gives. */
interface Reports {
  others: OtherReport[];
  status: Status;
}

/** A claim of another source about the article's event, on one fact. */
interface OtherClaim {
  claim: Claim;
  other: Source;
}

/** Relations packed two bits each, in claim order: one number keys a figure's list. */
const RELATION_CODE: Record<Relation, number> = { same: 0, different: 1, 'less-specific': 2, unsure: 3 };
/** Up to this many claims on one fact, their relations pack into one safe integer. */
const PACKABLE = 26;

export interface MarkMaker {
  nameMark(name: NameMention): Mark;
  figureMark(figure: FigureMention, fact: FactDef | null, attribution: string | null): Mark;
}

function reportsOf(others: OtherReport[]): Reports {
  return { others, status: compareStatus(others.map((o) => o.relation)) };
}

export function markMaker(event: Event, source: string | null, reference: Reference, published: PublishedDate | null = null): MarkMaker {
  const otherClaimsByFact = new Map<FactKey, OtherClaim[]>();
  /** The claims on a fact of the other sources about this event, in the reference's order. */
  const otherClaims = (fact: FactKey): OtherClaim[] => {
    let list = otherClaimsByFact.get(fact);
    if (list === undefined) {
      list = [];
      for (const claim of claimsOn(reference, event.id, fact)) {
        if (claim.source === source) continue;
        const other = reference.source(claim.source);
        if (other && other.event === event.id) list.push({ claim, other });
      }
      otherClaimsByFact.set(fact, list);
    }
    return list;
  };

  const nameReports = new Map<string, Reports>();
  const nameMark = (name: NameMention): Mark => {
    const fact = name.entity ? nameFact(name.entity) : null;
    let reports = fact === null ? NO_REPORTS : nameReports.get(fact);
    if (reports === undefined && fact !== null) {
      reports = reportsOf(otherClaims(fact).map(({ claim, other }) => report(claim, other, null, 'same')));
      nameReports.set(fact, reports);
    }
    return {
      id: '',
      kind: 'name',
      text: name.text,
      start: name.start,
      end: name.end,
      fact,
      factLabel: name.entity ? (reference.entity(name.entity)?.name ?? null) : null,
      value: name.entity ? { type: 'entity', id: name.entity } : { type: 'person', name: name.text },
      status: reports!.status,
      others: reports!.others,
      attribution: null,
      title: name.title,
    };
  };

  const instants = new Map<string, number | null>();
  const figureReports = new Map<string, Map<number, Reports>>();
  /** The other reports on `fact` a figure of this value relates to, and how. */
  const figureOthers = (value: FigureValue, fact: FactDef): Reports => {
    let instant = instants.get(fact.key);
    if (instant === undefined) {
      instant = event.instant && event.incidents.find((i) => i.id === fact.incident)?.isStrike ? Date.parse(event.instant) : null;
      instants.set(fact.key, instant);
    }
    const claims = otherClaims(fact.key);
    const relations = claims.map(({ claim }) => relate(value, claim.value, event, instant));
    const build = () => reportsOf(claims.flatMap(({ claim, other }, k) => (relations[k] === 'unsure' ? [] : [report(claim, other, claim.attribution, relations[k]!)])));
    if (claims.length > PACKABLE) return build();
    const code = relations.reduce((packed, r) => packed * 4 + RELATION_CODE[r], 0);
    let byCode = figureReports.get(fact.key);
    if (byCode === undefined) figureReports.set(fact.key, (byCode = new Map()));
    let reports = byCode.get(code);
    if (reports === undefined) byCode.set(code, (reports = build()));
    return reports;
  };

  const figureMark = (figure: FigureMention, fact: FactDef | null, attribution: string | null): Mark => {
    const reports = fact ? figureOthers(figure.value, fact) : NO_REPORTS;
    return {
      id: '',
      kind: 'figure',
      text: figure.text,
      start: figure.start,
      end: figure.end,
      fact: fact?.key ?? null,
      factLabel: fact?.label ?? null,
      value: markValue(figure.value, fact, event, published),
      status: reports.status,
      others: reports.others,
      attribution,
    };
  };
  return { nameMark, figureMark };
}

const NO_REPORTS: Reports = { others: [], status: 'unique' };

function report(claim: Claim, other: Source, attribution: string | null, relation: Exclude<Relation, 'unsure'>): OtherReport {
  return {
    source: claim.source,
    outlet: other.outlet,
    label: other.label,
    value: claim.text,
    attribution,
    quote: claim.quote,
    relation,
  };
}

/** A weekday tied to no fact is not the strike's: it is read on the page's own week, when the page is dated. */
function markValue(value: FigureValue, fact: FactDef | null, event: Event, published: PublishedDate | null): MarkValue {
  return (fact === null && published ? withIsoOnPage(value, published, event) : null) ?? withIso(value, event);
}

/**
 * "Monday" on a page of Monday 1 March 2021 is that day; "Thursday" is 25 February; "Friday" on a page stamped
 * Thursday night in Washington is the Friday it already was in Syria. null for anything but a lone weekday.
 */
function withIsoOnPage(value: FigureValue, published: PublishedDate, event: Event): MarkValue | null {
  if (value.type !== 'date' || value.weekday === null || value.month !== null) return null;
  const own = dayNumberOf(published.year, published.month, published.day);
  const page = Math.max(own, dayAtOffset(published.instant, event.offsets.local) ?? own);
  return { ...value, iso: isoDay(calendarDayOf(page - daysBackTo(value.weekday, page))) };
}

/**
 * The day a clock with no day of its own ("about 2 a.m. local time") falls on: the one that puts it nearest the
 * strike's instant, in that clock, when the reference knows the instant; else the strike's day in Washington.
 */
function dayNearestStrike(event: Event, minutes: number, offset: number): CalendarDay | Event['day'] {
  const instant = event.instant === null ? undefined : Date.parse(event.instant);
  const there = dayAtOffset(instant, offset);
  if (instant === undefined || there === null) return event.day;
  const distance = (d: number) => Math.abs((d * 1440 + minutes - offset) * 60_000 - instant);
  const best = [there - 1, there, there + 1].reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return calendarDayOf(best);
}

function withIso(value: FigureValue, event: Event): MarkValue {
  if (value.type === 'date') {
    const day = resolveDay(value, event);
    return day ? { ...value, iso: isoDay(day) } : value;
  }
  if (value.type === 'time' && value.zone) {
    const offset = value.zone === 'UTC' ? 0 : event.offsets[value.zone];
    const day = clockDay(value, event) ?? dayNearestStrike(event, value.hour * 60 + value.minute, offset);
    const sign = offset < 0 ? '-' : '+';
    const hhmm = (m: number) => `${String(Math.floor(Math.abs(m) / 60)).padStart(2, '0')}:${String(Math.abs(m) % 60).padStart(2, '0')}`;
    return { ...value, iso: `${isoDay(day)}T${hhmm(value.hour * 60 + value.minute)}${sign}${hhmm(offset)}` };
  }
  return value;
}
