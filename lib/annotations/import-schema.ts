/**
 * The valibot schemas an imported JSON file must satisfy: the AnnotationCollection that
 * export-json.ts writes. Every string and list has a cap, so a hostile file cannot make the
 * reader's database hold more than an honest export would. Messages complete the sentence
 * "annotation 3 …" (or "it …" for the collection) and are shown to the reader.
 */
import * as v from 'valibot';
import { ANNO_CONTEXT, KEY_COLOUR, KEY_TITLE } from './jsonld';
import { HIGHLIGHT_COLOURS } from './model';
import { isWebUrl } from './url';

export const LIMITS = {
  inputChars: 20 * 1024 * 1024,
  depth: 32,
  items: 20_000,
  quote: 10_000,
  context: 1_000,
  note: 50_000,
  tags: 50,
  tag: 100,
  title: 2_000,
  url: 8_192,
  offset: 1_000_000_000,
} as const;

const UUID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The W3C context, alone or first in a list (ours adds Crosscheck's namespace after it). */
function isAnnotationContext(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  return first === ANNO_CONTEXT || first === ANNO_CONTEXT.replace(/^http:/, 'https:');
}

export const CollectionSchema = v.object(
  {
    '@context': v.custom<unknown>(isAnnotationContext, 'is not a W3C Web Annotation file (its @context is missing or different)'),
    type: v.literal('AnnotationCollection', 'is not a collection of annotations'),
    first: v.object(
      {
        type: v.literal('AnnotationPage', 'has no page of annotations'),
        items: v.pipe(
          v.array(v.unknown(), 'has no list of annotations'),
          v.maxLength(LIMITS.items, `has more than ${LIMITS.items.toLocaleString('en')} annotations`),
        ),
      },
      'has no page of annotations',
    ),
  },
  'is not a collection of annotations',
);

const IdSchema = v.pipe(
  v.string('has an id that is not a UUID'),
  v.regex(UUID, 'has an id that is not a UUID'),
  v.transform((id) => UUID.exec(id)?.[1] ?? id),
);

/** Whether an ISO timestamp's date exists (no 31 February) and parses. */
function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && !Number.isNaN(Date.parse(iso));
}

const timeSchema = (what: string) =>
  v.pipe(
    v.string(`has a ${what} time that is not a date`),
    v.isoTimestamp(`has a ${what} time that is not an ISO 8601 date`),
    v.check(isCalendarDate, `has a ${what} time that is not a real date`),
  );

const offsetSchema = v.pipe(
  v.number('has a position that is not a number'),
  v.integer('has a position that is not a whole number'),
  v.minValue(0, 'has a negative position'),
  v.maxValue(LIMITS.offset, 'has a position beyond any article'),
);

const contextSchema = (side: string) =>
  v.optional(
    v.pipe(
      v.string(`has quote context (${side}) that is not text`),
      v.maxLength(LIMITS.context, `has quote context (${side}) longer than ${LIMITS.context.toLocaleString('en')} characters`),
    ),
    '',
  );

const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string('has a quote that is not text'),
    v.minLength(1, 'has an empty quote'),
    v.maxLength(LIMITS.quote, `has a quote longer than ${LIMITS.quote.toLocaleString('en')} characters`),
  ),
  prefix: contextSchema('before'),
  suffix: contextSchema('after'),
});

const PositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offsetSchema, end: offsetSchema }),
  v.check((p) => p.start <= p.end, 'has a position that ends before it starts'),
);

const SelectorSchema = v.variant('type', [QuoteSelectorSchema, PositionSelectorSchema], 'has a selector Crosscheck does not know');

const SelectorsSchema = v.pipe(
  v.array(SelectorSchema, 'has no list of selectors'),
  v.maxLength(4, 'has more selectors than Crosscheck writes'),
  v.check((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'does not have exactly one quote selector'),
  v.check((list) => list.filter((s) => s.type === 'TextPositionSelector').length === 1, 'does not have exactly one position selector'),
);

const CommentBodySchema = v.object({
  type: v.literal('TextualBody', 'has a body that is not text'),
  purpose: v.literal('commenting'),
  value: v.pipe(
    v.string('has a note that is not text'),
    v.maxLength(LIMITS.note, `has a note longer than ${LIMITS.note.toLocaleString('en')} characters`),
  ),
  format: v.optional(v.literal('text/plain', 'has a note that is not plain text')),
});

const TagBodySchema = v.object({
  type: v.literal('TextualBody', 'has a body that is not text'),
  purpose: v.literal('tagging'),
  value: v.pipe(
    v.string('has a tag that is not text'),
    v.minLength(1, 'has an empty tag'),
    v.maxLength(LIMITS.tag, `has a tag longer than ${LIMITS.tag} characters`),
  ),
});

const BodySchema = v.variant('purpose', [CommentBodySchema, TagBodySchema], 'has a body that is neither a note nor a tag');

const BodiesSchema = v.pipe(
  v.array(BodySchema, 'has a body that is not a list'),
  v.maxLength(LIMITS.tags + 1, `has more than ${LIMITS.tags} tags`),
  v.check((list) => list.filter((b) => b.purpose === 'commenting').length <= 1, 'has more than one note'),
  v.check((list) => list.filter((b) => b.purpose === 'tagging').length <= LIMITS.tags, `has more than ${LIMITS.tags} tags`),
);

const UrlSchema = v.pipe(
  v.string('has a page address that is not text'),
  v.maxLength(LIMITS.url, `has a page address longer than ${LIMITS.url.toLocaleString('en')} characters`),
  v.check(isWebUrl, 'has a page address that is not a web (http or https) address'),
);

export const AnnotationSchema = v.object(
  {
    type: v.literal('Annotation', 'is not an annotation'),
    id: IdSchema,
    created: timeSchema('creation'),
    modified: timeSchema('modification'),
    motivation: v.optional(v.string('has a motivation that is not text')),
    body: v.optional(BodiesSchema, []),
    target: v.object(
      {
        source: UrlSchema,
        selector: SelectorsSchema,
      },
      'has no target',
    ),
    // A page's title is not the reader's to shorten: an overlong one is cut, never a reason to refuse.
    [KEY_TITLE]: v.optional(v.pipe(v.string('has a page title that is not text'), v.transform((title) => cutToLength(title, LIMITS.title))), ''),
    [KEY_COLOUR]: v.optional(v.picklist(HIGHLIGHT_COLOURS, 'has a colour Crosscheck does not have'), 'yellow'),
  },
  'is not an annotation',
);

/** Text cut to at most `max` characters, never splitting a surrogate pair. */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export type ParsedAnnotation = v.InferOutput<typeof AnnotationSchema>;

/** Names for the fields a missing-field message mentions. */
const FIELD_NAMES: Record<string, string> = {
  '@context': '@context',
  first: 'page of annotations',
  items: 'list of annotations',
  id: 'id',
  created: 'creation time',
  modified: 'modification time',
  target: 'target',
  source: 'page address',
  selector: 'selectors',
  exact: 'quote',
  start: 'start position',
  end: 'end position',
  purpose: 'body purpose',
  value: 'note or tag text',
};

/** The end of a sentence about the first issue, and whether it is a size limit rather than a wrong shape. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): { message: string; limit: boolean } {
  const issue = issues[0];
  if (!issue) return { message: 'is not in the expected form', limit: false };
  const last = issue.path?.[issue.path.length - 1];
  const key = last && typeof last.key === 'string' ? last.key : null;
  if (issue.kind === 'schema' && issue.received === 'undefined' && key !== null) {
    // Without a type, an object is not what it should be: its own schema's message says what.
    if (key === 'type') return { message: issue.message, limit: false };
    return { message: `has no ${FIELD_NAMES[key] ?? key}`, limit: false };
  }
  const limit = issue.type === 'max_length' || issue.type === 'max_value';
  // valibot's own wording (literal types of selectors) is not for readers.
  const message = issue.message.startsWith('Invalid ') ? 'is not in the expected form' : issue.message;
  return { message, limit };
}
