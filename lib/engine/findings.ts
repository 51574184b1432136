/**
 * What the engine says about an article: the shape the command line prints with --json
 * (see CONTRACT.md) and the content script draws.
 */
import type { ClaimValue, EventId, FactKey, SourceId } from '../reference/types';

export type MarkKind = 'figure' | 'name';
export type Status = 'differs' | 'agrees' | 'unique';

/** Another source's report of the same fact. */
export interface OtherReport {
  source: SourceId;
  /** The outlet the source names, or null. */
  outlet: string | null;
  /** What a reader sees: the outlet, or a neutral label. */
  label: string;
  /** As that source wrote it. */
  value: string;
  /** Who that source credits, in its own words. */
  attribution: string | null;
  quote: string;
  /** 'less-specific': one of the two gives a number and the other does not ("nine" against "multiple"). */
  relation: 'same' | 'different' | 'less-specific';
  /** A source the reader added to the comparison (lib/engine/reader-sources.ts), with its page's address. */
  byReader?: true;
  url?: string;
}

/** A person the reference does not know has only a name. */
export type MarkValue = (ClaimValue & { iso?: string }) | { type: 'person'; name: string };

export interface Mark {
  /** Unique within one article's findings. */
  id: string;
  kind: MarkKind;
  /** As on the page. */
  text: string;
  start: number;
  end: number;
  fact: FactKey | null;
  /** What the fact is, for people: "people killed in the strike". */
  factLabel: string | null;
  /** The normalised value; dates and times carry their resolved ISO form. */
  value: MarkValue;
  status: Status;
  others: OtherReport[];
  /** Who this article credits the figure to ("a Kataib Hezbollah official"), or null; always null for names. */
  attribution: string | null;
  /** For names: the title written before the name on this page. */
  title?: string | null;
}

export interface Findings {
  event: EventId | null;
  article: string;
  source: SourceId | null;
  marks: Mark[];
}
