/**
 * Reading back a JSON export (export-json.ts) into the reader's notes. The file is untrusted: its
 * size and nesting are checked before parsing, keys that could pollute prototypes are refused, and
 * everything else is validated with valibot (import-schema.ts) before a single note is made. Any
 * problem gives one sentence the reader can act on; nothing here throws.
 */
import * as v from 'valibot';
import { AnnotationSchema, CollectionSchema, describeIssue, LIMITS, type ParsedAnnotation } from './import-schema';
import { KEY_COLOUR, KEY_SOURCES, KEY_TITLE } from './jsonld';
import type { ReaderAnnotation } from './model';
import { parseReaderSource, READER_SOURCE_LIMITS, type ReaderSource } from './reader-source';
import { normaliseUrl } from './url';

export { mergeImport } from './merge';

export type ParseImportResult = { ok: true; annotations: ReaderAnnotation[]; /** The reader's own sources, when the file has them. */ sources: ReaderSource[] } | { ok: false; error: string };

const NOT_AN_EXPORT = 'This file is not a Crosscheck export: ';
const CANNOT_IMPORT = 'This file cannot be imported: ';
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export function parseImport(json: string): ParseImportResult {
  try {
    return parseUnsafe(json);
  } catch {
    return fail(`${NOT_AN_EXPORT}it could not be read.`);
  }
}

function parseUnsafe(json: string): ParseImportResult {
  if (typeof json !== 'string') return fail(`${NOT_AN_EXPORT}it is not text.`);
  if (json.length > LIMITS.inputChars) return fail(`${CANNOT_IMPORT}it is larger than 20 MB.`);
  const text = json.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(`${NOT_AN_EXPORT}it is empty.`);
  if (nestsDeeperThan(text, LIMITS.depth)) return fail(`${NOT_AN_EXPORT}its data is nested far more deeply than in an export.`);

  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey) return fail(`${NOT_AN_EXPORT}it contains the forbidden key "${e.key}".`);
    return fail(`${NOT_AN_EXPORT}it is not valid JSON.`);
  }

  if (!isRecord(data)) return fail(`${NOT_AN_EXPORT}it is not a collection of annotations.`);
  const collection = v.safeParse(CollectionSchema, data);
  if (!collection.success) {
    const { message, limit } = describeIssue(collection.issues);
    return fail(`${limit ? CANNOT_IMPORT : NOT_AN_EXPORT}it ${message}.`);
  }

  const annotations: ReaderAnnotation[] = [];
  const items = collection.output.first.items;
  for (let i = 0; i < items.length; i += 1) {
    const raw = items[i];
    if (!isRecord(raw)) return fail(`${NOT_AN_EXPORT}annotation ${(i + 1).toLocaleString('en')} is not an annotation.`);
    const item = v.safeParse(AnnotationSchema, raw);
    if (!item.success) {
      const { message, limit } = describeIssue(item.issues);
      return fail(`${limit ? CANNOT_IMPORT : NOT_AN_EXPORT}annotation ${(i + 1).toLocaleString('en')} ${message}.`);
    }
    annotations.push(toReaderAnnotation(item.output));
  }
  const sources = parseSources(data[KEY_SOURCES]);
  return 'error' in sources ? fail(sources.error) : { ok: true, annotations, sources: sources.sources };
}

/** The collection's reader sources (absent in older exports), each validated as a stored one. */
function parseSources(raw: unknown): { sources: ReaderSource[] } | { error: string } {
  if (raw === undefined) return { sources: [] };
  if (!Array.isArray(raw)) return { error: `${NOT_AN_EXPORT}its reader sources are not a list.` };
  if (raw.length > READER_SOURCE_LIMITS.sources) return { error: `${CANNOT_IMPORT}it has more than ${READER_SOURCE_LIMITS.sources.toLocaleString('en')} reader sources.` };
  const sources: ReaderSource[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const parsed = parseReaderSource(raw[i]);
    if (!parsed.ok) return { error: `${NOT_AN_EXPORT}reader source ${(i + 1).toLocaleString('en')}: ${parsed.error}` };
    sources.push(parsed.source);
  }
  return { sources };
}

function toReaderAnnotation(a: ParsedAnnotation): ReaderAnnotation {
  let quote: ReaderAnnotation['quote'] | null = null;
  let position: ReaderAnnotation['position'] | null = null;
  for (const s of a.target.selector) {
    if (s.type === 'TextQuoteSelector') quote = { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix };
    else position = { type: 'TextPositionSelector', start: s.start, end: s.end };
  }
  // The schema guarantees one of each; these fallbacks only satisfy the type checker.
  quote ??= { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' };
  position ??= { type: 'TextPositionSelector', start: 0, end: 0 };
  const note = a.body.find((b) => b.purpose === 'commenting')?.value ?? '';
  const tags = a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  return {
    id: a.id,
    url: normaliseUrl(a.target.source),
    title: a[KEY_TITLE],
    quote,
    position,
    colour: a[KEY_COLOUR],
    note,
    tags,
    created: a.created,
    modified: a.modified,
  };
}

/**
 * Whether arrays and objects nest more than `limit` deep (a linear scan that skips strings and stops
 * at the first bracket too deep), so that a file of millions of nested brackets is refused unparsed.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/** A JSON object (valibot's object schemas would also take an array). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: string): ParseImportResult {
  return { ok: false, error };
}
