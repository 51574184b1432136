/**
 * The reader's own sources: an article the reader added to the comparison from the popup ("Add to
 * comparison"). It is compared like a bundled source from then on, but it lives with the reader's notes
 * (the background's Dexie database), never in the bundled reference. Pure types and the valibot schema
 * every stored, saved or imported one must satisfy.
 */
import * as v from 'valibot';
import type { ClaimValue, EventId, FactKey } from '../reference/types';
import { isWebUrl } from './url';

/** `reader-` and a random part: never a bundled source's id ("000", "001", …). */
export type ReaderSourceId = `reader-${string}`;

/** One fact as the reader kept (or corrected) it. */
export interface ReaderClaim {
  fact: FactKey;
  /** The engine's normalised value (a figure, or an entity for name facts). */
  value: ClaimValue;
  /** The figure or name as written (or as the reader corrected it). */
  text: string;
  /** The sentence it was found in, as on the page. */
  quote: string;
  /** Who the page credits for it, in its own words, or null. */
  attribution: string | null;
}

export interface ReaderSource {
  id: ReaderSourceId;
  event: EventId;
  /** The page's og:site_name, or its host name. */
  outlet: string;
  /** The page's address, normalised (lib/annotations/url.ts): a page is one source however it is reached. */
  url: string;
  title: string;
  /** The day the page says it was published (ISO 8601, "2021-02-26"), or null. */
  published: string | null;
  /** ISO 8601. */
  savedAt: string;
  claims: ReaderClaim[];
}

/** What the popup sends to save: the background gives the id and the time. */
export type ReaderSourceDraft = Omit<ReaderSource, 'id' | 'savedAt'>;

export const READER_SOURCE_LIMITS = {
  claims: 500,
  text: 500,
  quote: 5_000,
  outlet: 200,
  title: 1_000,
  url: 4_000,
  /** Sources in one import. */
  sources: 10_000,
} as const;

const ID_PATTERN = /^reader-[A-Za-z0-9-]{6,64}$/;
const EVENT_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/;
const FACT_PATTERN = /^[a-z0-9-]+\.[a-z0-9.-]+$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const VALUE_TYPES = ['count', 'date', 'time', 'relative-date', 'aircraft', 'calibre', 'weight', 'entity'] as const;

const text = (what: string, max: number, min = 0) =>
  v.pipe(
    v.string(`${what} is not text`),
    v.minLength(min, `${what} is empty`),
    v.maxLength(max, `${what} is longer than ${max.toLocaleString('en')} characters`),
  );

/** A value's kind is checked; its fields are the engine's (lib/reference/values.ts) and are kept as they are. */
const ValueSchema = v.custom<ClaimValue>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (VALUE_TYPES as readonly unknown[]).includes((value as { type?: unknown }).type),
  'has a value Crosscheck does not know',
);

export const ReaderClaimSchema = v.object({
  fact: v.pipe(v.string('a claim has no fact'), v.regex(FACT_PATTERN, 'a claim names no known kind of fact')),
  value: ValueSchema,
  text: text('a claim’s text', READER_SOURCE_LIMITS.text, 1),
  quote: text('a claim’s quote', READER_SOURCE_LIMITS.quote, 1),
  attribution: v.nullable(text('a claim’s attribution', READER_SOURCE_LIMITS.text)),
});

const draftEntries = {
  event: v.pipe(v.string('has no event'), v.regex(EVENT_PATTERN, 'has an event id Crosscheck does not know')),
  outlet: text('its outlet', READER_SOURCE_LIMITS.outlet, 1),
  url: v.pipe(
    text('its address', READER_SOURCE_LIMITS.url, 1),
    v.check(isWebUrl, 'its address is not a web page (http or https)'),
  ),
  title: text('its title', READER_SOURCE_LIMITS.title),
  published: v.nullable(v.pipe(v.string(), v.regex(DAY_PATTERN, 'its publication day is not a date (YYYY-MM-DD)'))),
  claims: v.pipe(
    v.array(ReaderClaimSchema, 'has no list of claims'),
    v.minLength(1, 'keeps no claim: keep at least one to compare'),
    v.maxLength(READER_SOURCE_LIMITS.claims, `has more than ${READER_SOURCE_LIMITS.claims} claims`),
  ),
};

export const ReaderSourceDraftSchema = v.object(draftEntries);

export const ReaderSourceSchema = v.object({
  id: v.pipe(v.string('has no id'), v.regex(ID_PATTERN, 'has an id that is not a reader source’s')),
  ...draftEntries,
  savedAt: v.pipe(v.string('has no time it was saved'), v.isoTimestamp('its time saved is not an ISO 8601 time')),
});

/** The draft or the reason it cannot be saved, in the reader's terms ("This source keeps no claim…"). */
export function parseReaderSourceDraft(value: unknown): { ok: true; draft: ReaderSourceDraft } | { ok: false; error: string } {
  const parsed = v.safeParse(ReaderSourceDraftSchema, value);
  if (parsed.success) return { ok: true, draft: parsed.output as ReaderSourceDraft };
  return { ok: false, error: `This source ${parsed.issues[0].message}.` };
}

/** A stored or imported source, or the reason it is refused. */
export function parseReaderSource(value: unknown): { ok: true; source: ReaderSource } | { ok: false; error: string } {
  const parsed = v.safeParse(ReaderSourceSchema, value);
  if (parsed.success) return { ok: true, source: parsed.output as ReaderSource };
  return { ok: false, error: `A reader source ${parsed.issues[0].message}.` };
}

/** A fresh id: `reader-` and 16 random hex digits (crypto.getRandomValues, in every browser and Node). */
export function newReaderSourceId(): ReaderSourceId {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `reader-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function isReaderSourceId(id: string): id is ReaderSourceId {
  return ID_PATTERN.test(id);
}
