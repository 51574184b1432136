/**
 * The shape of the reference dataset: events, the sources that report them, the entities they name,
 * and, fact by fact, what each source claimed.
 */
import type { FigureValue } from './values';

/** Begins with the strike's date in US Eastern time, e.g. "2021-02-25-us-strike-eastern-syria". */
export type EventId = `${number}-${number}-${number}-${string}`;
/** "000", "001", …: the name of the source's folder in reference/sources/. */
export type SourceId = string;
/** "strike.killed", "erbil.rockets", "name.john-kirby". */
export type FactKey = `${string}.${string}`;
/** "john-kirby", "kataib-hezbollah". */
export type EntityId = string;
/** Which happening inside an event a figure is about: the strike itself, or an attack that led to it. */
export type IncidentId = string;

/** What a figure counts or measures; with the incident it picks out a fact. */
export type Measure =
  | 'killed'
  | 'wounded' // US service members wounded
  | 'rockets'
  | 'aircraft' // aircraft type
  | 'aircraft-count'
  | 'facilities' // facilities, buildings or targets hit
  | 'destroyed' // facilities or buildings destroyed
  | 'munitions' // bombs, munitions or missiles the strike used
  | 'groups' // militia groups whose sites were hit
  | 'attacks' // number of attacks
  | 'date'
  | 'since' // the date a series of attacks began
  | 'time'
  | 'calibre'
  | 'weight';

export type EntityKind = 'person' | 'group' | 'place' | 'organisation';

export interface Entity {
  id: EntityId;
  kind: EntityKind;
  /** How readers know it; shown in popovers. */
  name: string;
  /** Every spelling that refers to it, including `name`. Matching ignores case, apostrophes, hyphens and spaces. */
  aliases: string[];
  /** Surname-style aliases that count only after a title or a full mention ("Austin" is also a city). */
  shortAliases?: string[];
}

/** An incident inside an event, and the words that point a sentence at it. */
export interface Incident {
  id: IncidentId;
  /** Shown in popovers: "the US strike", "the rocket attack on Erbil". */
  label: string;
  /** True for the US strike; false for the attacks on US forces that preceded it. */
  isStrike: boolean;
  /** Entities that place a sentence in this incident (Erbil, Green Zone). */
  entities: EntityId[];
  /**
   * Who counts the dead of this incident alone among the event's (a monitor of the one country it was in): a sentence
   * that names one and tells of harm is about this incident.
   */
  countedBy?: EntityId[];
  /** Dates (month, day) that place a sentence in this incident ("Feb. 15"). */
  dates: Array<{ month: number; day: number }>;
}

export interface Event {
  id: EventId;
  title: string;
  /** The strike's day in US Eastern time. */
  day: { year: number; month: number; day: number };
  /** Clock offsets in minutes east of UTC, on that day. */
  offsets: {
    ET: number;
    local: number;
    /** Another clock "local time" may mean at a strike near a border between zones: a local time in either is right. */
    localAlso?: number;
  };
  /** The strike's instant when the reference knows it (UTC, ISO 8601), used to reconcile days given in different clocks. */
  instant: string | null;
  incidents: Incident[];
  /** Entities whose mention is evidence for this event over its near misses (a person in office only then, an attack only then). */
  anchors: EntityId[];
  /** Wordings only this event's coverage uses ("Biden's first military action"), as regular expression sources. */
  signatures: string[];
  /** What else its sources report of it, for the event decision (the aircraft come from its claims). */
  markers: EventMarkers;
}

/** Evidence of an event beyond its day, as its sources report it. */
export interface EventMarkers {
  /** Groups whose sites the strike hit. */
  groups: EntityId[];
  /** Places its coverage names for the strike and the attacks that led to it. */
  places: EntityId[];
  /** Wordings for the attacks that led to it that name no place or date ("since October 17"), as regular expression sources. */
  precededBy: string[];
}

/** A strike the reference does not cover but whose coverage reads like it: told apart by what only it had. */
export interface NearMiss {
  label: string;
  day: { year: number; month: number; day: number };
  /** Places, attacks and weapons only it had, as regular expression sources (matched case-sensitively). */
  only: string[];
}

/** Who held a public role, and when: a titled official dates an article ("Pentagon press secretary John Kirby"). */
export interface Office {
  /** Spellings of the person's name, as regular expression sources. */
  names: string[];
  /** The role, as written before or after the name, as regular expression sources. */
  titles: string[];
  role: string;
  /** ISO days, inclusive. */
  from: string;
  to: string;
}

export interface FactDef {
  key: FactKey;
  event: EventId;
  incident: IncidentId;
  measure: Measure;
  /** For popovers: "killed in the strike". */
  label: string;
}

export interface Source {
  id: SourceId;
  /** The outlet the text names, or null. */
  outlet: string | null;
  /** What a reader sees: the outlet, or "an unnamed outlet, 26 February 2021" (with a letter when two share a date). */
  label: string;
  event: EventId;
  /** The day it was published (ISO 8601, "2021-02-26") when its own dateline or byline gives it, or null. */
  published: string | null;
  /** Where it was published, when known. */
  url: string | null;
}

/** A value as the reference stores it: a figure, or an entity for name facts. */
export type ClaimValue = FigureValue | { type: 'entity'; id: EntityId };

/** A claim as reviewed in reference/sources/<id>/source.json; its quote's offsets are found when the reference is built. */
export type ClaimDraft = Omit<Claim, 'start' | 'end'>;

/** What one source reported for one fact. */
export interface Claim {
  fact: FactKey;
  source: SourceId;
  value: ClaimValue;
  /** The figure or name as written; occurs inside `quote`. */
  text: string;
  /** Who the article credits for it, in its own words, or null. */
  attribution: string | null;
  /** Verbatim from the source. */
  quote: string;
  /** Offsets of `quote` in the source's text. */
  start: number;
  end: number;
}

/**
 * Everything the reference ships, as built from reference/ by `npm run build:reference` into generated.ts:
 * plain data, read by the engine (lib/engine/reference-index.ts).
 */
export interface ReferenceData {
  events: Event[];
  facts: FactDef[];
  /** Strikes whose coverage reads like an event's, in the order their events are listed. */
  nearMisses: NearMiss[];
  offices: Office[];
  entities: Entity[];
  sources: Source[];
  /** Each source's reviewed claims in the order written, then its name claims (first mention of each entity). */
  claims: Claim[];
  /** Sampled word 5-gram hashes of each source's article, see lib/engine/source-match.ts. */
  fingerprints: Record<SourceId, string>;
}
