/**
 * The shape of the files in reference/, as a maintainer writes them (see reference/README.md).
 * Checked with valibot when the reference is built; a problem names the file and the field.
 */
import * as v from 'valibot';
import { ReadableValueSchema } from './values';

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2021-02-25'));
/** A regular expression source: it must compile, or the engine would throw on every page. */
const pattern = v.pipe(
  text,
  v.check((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression'),
);
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id such as john-kirby'));
const factKey = v.pipe(v.string(), v.regex(/^[a-z0-9]+\.[a-z0-9_-]+$/, 'must be a fact key such as strike.killed'));
/** A clock offset from UTC as written on a clock: "-05:00", "+02:00". */
const offset = v.pipe(v.string(), v.regex(/^[+-]\d{2}:\d{2}$/, 'must be an offset such as -05:00'));
/** Free text explaining a judgement; never read by the engine. */
const notes = v.optional(v.array(text));

export const MEASURES = [
  'killed',
  'wounded',
  'rockets',
  'aircraft',
  'aircraft-count',
  'facilities',
  'destroyed',
  'munitions',
  'groups',
  'attacks',
  'date',
  'since',
  'time',
  'calibre',
  'weight',
] as const;

const IncidentSchema = v.strictObject({
  id: slug,
  label: text,
  isStrike: v.boolean(),
  entities: v.array(slug),
  countedBy: v.optional(v.array(slug)),
  dates: v.array(v.strictObject({ month: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)), day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)) })),
});

const FactSchema = v.strictObject({
  key: factKey,
  incident: slug,
  measure: v.picklist(MEASURES, `must be one of ${MEASURES.join(', ')}`),
  label: text,
  note: v.optional(text),
});

const NearMissSchema = v.strictObject({
  label: text,
  day: isoDay,
  only: v.array(pattern),
  note: v.optional(text),
});

export const EventFileSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'must be the strike’s day then words, such as 2021-02-25-us-strike-eastern-syria')),
  title: text,
  day: isoDay,
  offsets: v.strictObject({ ET: offset, local: offset, localAlso: v.optional(offset) }),
  instant: v.nullable(v.pipe(v.string(), v.isoTimestamp('must be an instant such as 2021-02-25T23:00:00Z'))),
  notes,
  incidents: v.pipe(v.array(IncidentSchema), v.minLength(1, 'must list at least the strike')),
  anchors: v.array(slug),
  signatures: v.array(pattern),
  markers: v.strictObject({ groups: v.array(slug), places: v.array(slug), precededBy: v.array(pattern) }),
  facts: v.array(FactSchema),
  nearMisses: v.array(NearMissSchema),
});

export const EntitiesFileSchema = v.strictObject({
  notes,
  entities: v.array(
    v.strictObject({
      id: slug,
      kind: v.picklist(['person', 'group', 'place', 'organisation'], 'must be person, group, place or organisation'),
      name: text,
      aliases: v.pipe(v.array(text), v.minLength(1, 'must list at least the name')),
      shortAliases: v.optional(v.array(text)),
    }),
  ),
});

export const OfficesFileSchema = v.strictObject({
  notes,
  offices: v.array(v.strictObject({ names: v.array(pattern), titles: v.array(pattern), role: text, from: isoDay, to: isoDay })),
});

export const ClaimEntrySchema = v.strictObject({
  fact: factKey,
  value: ReadableValueSchema,
  text,
  attribution: v.nullable(text),
  quote: text,
  /** Absent or true once a person has checked it against the article; reference:add drafts claims with false. */
  reviewed: v.optional(v.boolean()),
  note: v.optional(text),
});

export const SourceFileSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be three digits such as 005')),
  event: text,
  outlet: v.nullable(v.pipe(v.string('must be the outlet’s name, or null'), v.minLength(1, 'must not be empty'))),
  url: v.nullable(v.pipe(v.string(), v.url('must be a URL or null'))),
  published: v.nullable(isoDay),
  notes,
  claims: v.array(ClaimEntrySchema),
});

export type EventFile = v.InferOutput<typeof EventFileSchema>;
export type EntitiesFile = v.InferOutput<typeof EntitiesFileSchema>;
export type OfficesFile = v.InferOutput<typeof OfficesFileSchema>;
export type SourceFile = v.InferOutput<typeof SourceFileSchema>;
export type ClaimEntry = v.InferOutput<typeof ClaimEntrySchema>;

/** valibot's issues as "claims[3].quote: must not be empty". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${v.getDotPath(issue) ?? 'the file'}: ${issue.message}`);
}
