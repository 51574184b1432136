/**
 * Checks what reaches the reader's database. Messages arrive as plain JSON from content scripts
 * (which share a process with the page) and imports come from files, so nothing is trusted: each
 * value is checked field by field, bounded in size, and rebuilt as a fresh object with only the known
 * fields (no stray properties, no prototype tricks). Failures throw a `NotesError` whose message says
 * which field is wrong.
 */
import { cutToLength, LIMITS as IMPORT_LIMITS } from '../../lib/annotations/import-schema';
import type { EditBase } from '../../lib/annotations/notes-wire';
import {
  HIGHLIGHT_COLOURS,
  type HighlightColour,
  type PageFindings,
  type ReaderAnnotation,
} from '../../lib/annotations/model';
import { normaliseUrl } from '../../lib/annotations/url';

export class NotesError extends Error {
  override name = 'NotesError';
}

/**
 * Size limits (characters, or items). The annotation fields use the import's limits
 * (lib/annotations/import-schema.ts), so whatever is saved can be exported and imported again.
 */
export const LIMITS = {
  url: IMPORT_LIMITS.url,
  title: IMPORT_LIMITS.title,
  /** The highlighted text. */
  exact: IMPORT_LIMITS.quote,
  context: IMPORT_LIMITS.context,
  note: IMPORT_LIMITS.note,
  tags: IMPORT_LIMITS.tags,
  tag: IMPORT_LIMITS.tag,
  position: IMPORT_LIMITS.offset,
  date: 64,
  query: 1000,
  /** Findings of one page, as the content script reports them. */
  findings: 2000,
  findingText: 2000,
  fact: 500,
  others: 200,
  outlet: 500,
  event: 1000,
} as const;

/** Annotation ids are UUIDs (crypto.randomUUID), as the import requires. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown, what: string): Obj {
  if (!isObj(v)) throw new NotesError(`${what} must be an object`);
  return v;
}

export function text(v: unknown, what: string, max: number, { nonEmpty = false } = {}): string {
  if (typeof v !== 'string') throw new NotesError(`${what} must be a string`);
  if (v.length > max) throw new NotesError(`${what} is too long (${v.length} characters; at most ${max})`);
  if (nonEmpty && v.length === 0) throw new NotesError(`${what} must not be empty`);
  return v;
}

/**
 * Text cut to `max` characters instead of refused: for what the reader did not write and cannot
 * shorten (a page's title), so an overlong one never makes a save fail. Never splits a surrogate pair.
 */
export function cutText(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string') throw new NotesError(`${what} must be a string`);
  return cutToLength(v, max);
}

function textOrNull(v: unknown, what: string, max: number): string | null {
  return v === null || v === undefined ? null : text(v, what, max);
}

function offset(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > LIMITS.position) {
    throw new NotesError(`${what} must be a whole number from 0 to ${LIMITS.position}`);
  }
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], what: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new NotesError(`${what} must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}

/**
 * An http(s) URL, normalised (lib/annotations/url.ts) as the key notes are stored under. Clients
 * normalise already (the notes UI honouring a same-site canonical link); normalising is idempotent.
 */
export function pageUrl(v: unknown, what: string): string {
  const s = text(v, what, LIMITS.url, { nonEmpty: true });
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    throw new NotesError(`${what} is not a valid URL`);
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    throw new NotesError(`${what} must be an http(s) URL`);
  }
  return normaliseUrl(s);
}

/** An ISO 8601 date, rewritten in one canonical form (UTC, milliseconds) so dates sort as strings. */
export function isoDate(v: unknown, what: string): string {
  const s = text(v, what, LIMITS.date, { nonEmpty: true });
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new NotesError(`${what} is not a date`);
  return new Date(t).toISOString();
}

/** An ISO date no later than `now`: a date in the future cannot be true, and would win every merge. */
export function capDate(iso: string, now: Date): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) || t > now.getTime() ? now.toISOString() : iso;
}

export function annotationId(v: unknown, what: string): string {
  const s = text(v, what, 64, { nonEmpty: true });
  if (!UUID.test(s)) throw new NotesError(`${what} must be a UUID`);
  return s;
}

function tags(v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new NotesError(`${what} must be a list`);
  if (v.length > LIMITS.tags) throw new NotesError(`${what} has too many tags (${v.length}; at most ${LIMITS.tags})`);
  const out: string[] = [];
  v.forEach((t, i) => {
    const tag = text(t, `${what}[${i}]`, LIMITS.tag).trim();
    if (tag && !out.includes(tag)) out.push(tag);
  });
  return out;
}

/** A checked copy of what an editor started from (`EditBase`). */
export function editBase(value: unknown, what: string): EditBase {
  const b = obj(value, what);
  return {
    modified: isoDate(b.modified, `${what}.modified`),
    colour: oneOf<HighlightColour>(b.colour, HIGHLIGHT_COLOURS, `${what}.colour`),
    note: text(b.note ?? '', `${what}.note`, LIMITS.note),
    tags: tags(b.tags, `${what}.tags`),
  };
}

/**
 * A checked copy of an annotation. `created` and `modified` must be valid dates here; the save
 * handler sets them itself before calling this.
 */
export function sanitizeAnnotation(value: unknown, what = 'annotation'): ReaderAnnotation {
  const a = obj(value, what);
  const quote = obj(a.quote, `${what}.quote`);
  const position = obj(a.position, `${what}.position`);
  const start = offset(position.start, `${what}.position.start`);
  const end = offset(position.end, `${what}.position.end`);
  if (end < start) throw new NotesError(`${what}.position.end must not be before its start`);
  return {
    id: annotationId(a.id, `${what}.id`),
    url: pageUrl(a.url, `${what}.url`),
    title: cutText(a.title ?? '', `${what}.title`, LIMITS.title),
    quote: {
      type: 'TextQuoteSelector',
      exact: text(quote.exact, `${what}.quote.exact`, LIMITS.exact, { nonEmpty: true }),
      prefix: text(quote.prefix ?? '', `${what}.quote.prefix`, LIMITS.context),
      suffix: text(quote.suffix ?? '', `${what}.quote.suffix`, LIMITS.context),
    },
    position: { type: 'TextPositionSelector', start, end },
    colour: oneOf<HighlightColour>(a.colour, HIGHLIGHT_COLOURS, `${what}.colour`),
    note: text(a.note ?? '', `${what}.note`, LIMITS.note),
    tags: tags(a.tags, `${what}.tags`),
    created: isoDate(a.created, `${what}.created`),
    modified: isoDate(a.modified, `${what}.modified`),
  };
}

/** A checked copy of a page's findings; `recorded` defaults to `now` when missing or not a date. */
export function sanitizePageFindings(value: unknown, now: Date, what = 'page'): PageFindings {
  const p = obj(value, what);
  if (!Array.isArray(p.findings)) throw new NotesError(`${what}.findings must be a list`);
  if (p.findings.length > LIMITS.findings) throw new NotesError(`${what}.findings has too many entries (at most ${LIMITS.findings})`);
  let recorded = now.toISOString();
  try {
    recorded = isoDate(p.recorded, `${what}.recorded`);
  } catch {
    // Not given or not a date: now.
  }
  return {
    url: pageUrl(p.url, `${what}.url`),
    title: cutText(p.title ?? '', `${what}.title`, LIMITS.title),
    event: textOrNull(p.event, `${what}.event`, LIMITS.event),
    findings: p.findings.map((f: unknown, i: number) => {
      const w = `${what}.findings[${i}]`;
      const o = obj(f, w);
      if (!Array.isArray(o.others)) throw new NotesError(`${w}.others must be a list`);
      if (o.others.length > LIMITS.others) throw new NotesError(`${w}.others has too many entries (at most ${LIMITS.others})`);
      return {
        text: text(o.text, `${w}.text`, LIMITS.findingText),
        kind: oneOf(o.kind, ['figure', 'name'] as const, `${w}.kind`),
        fact: textOrNull(o.fact, `${w}.fact`, LIMITS.fact),
        status: oneOf(o.status, ['differs', 'agrees', 'unique'] as const, `${w}.status`),
        others: o.others.map((x: unknown, j: number) => {
          const wx = `${w}.others[${j}]`;
          const ox = obj(x, wx);
          return {
            outlet: text(ox.outlet, `${wx}.outlet`, LIMITS.outlet),
            value: text(ox.value, `${wx}.value`, LIMITS.findingText),
            attribution: textOrNull(ox.attribution, `${wx}.attribution`, LIMITS.findingText),
          };
        }),
      };
    }),
    recorded,
  };
}
