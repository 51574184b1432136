/**
 * The JSON export: a W3C Web Annotation AnnotationCollection (JSON-LD) that other annotation tools
 * can read and that lib/annotations/import.ts reads back without loss.
 *
 * Each note is an Annotation: `urn:uuid:` id, times, motivation ("commenting" when it has a note,
 * else "highlighting"), a TextualBody for the note (purpose "commenting") and one per tag (purpose
 * "tagging"), and a target with the page URL and a TextQuoteSelector and TextPositionSelector.
 * Colour and page title are under Crosscheck's namespace ("crosscheck:colour", "crosscheck:title").
 * When findings are exported they are a "crosscheck:findings" array on the collection, which the
 * import does not read. The reader's own sources are a "crosscheck:sources" array, which it restores.
 */
import { EXPORT_CONTEXT, KEY_COLOUR, KEY_FINDINGS, KEY_SOURCES, KEY_TITLE, URN_UUID_PREFIX } from './jsonld';
import type { PageFindings, ReaderAnnotation } from './model';
import type { ReaderSource } from './reader-source';
import { sortAnnotations, sortFindings } from './order';
import { isoTime } from './time';

export function exportJson(annotations: ReaderAnnotation[], findings: PageFindings[] | null, generated: Date, sources: ReaderSource[] = []): string {
  const items = sortAnnotations(annotations).map(toW3c);
  const id = collectionId(generated);
  const collection: Record<string, unknown> = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Crosscheck notes',
    generated: isoTime(generated),
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  if (findings) collection[KEY_FINDINGS] = sortFindings(findings).map(findingsToJson);
  // The reader's own sources as stored (oldest first), for the import to restore.
  if (sources.length > 0) collection[KEY_SOURCES] = [...sources].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function toW3c(a: ReaderAnnotation): Record<string, unknown> {
  const body: Array<Record<string, string>> = [];
  if (a.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const item: Record<string, unknown> = {
    type: 'Annotation',
    id: `${URN_UUID_PREFIX}${a.id}`,
    created: a.created,
    modified: a.modified,
    motivation: a.note !== '' ? 'commenting' : 'highlighting',
  };
  if (body.length > 0) item.body = body;
  item.target = {
    source: a.url,
    selector: [
      { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
      { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
    ],
  };
  item[KEY_TITLE] = a.title;
  item[KEY_COLOUR] = a.colour;
  return item;
}

function findingsToJson(page: PageFindings): Record<string, unknown> {
  return {
    url: page.url,
    title: page.title,
    event: page.event,
    recorded: page.recorded,
    findings: page.findings.map((f) => ({
      text: f.text,
      kind: f.kind,
      status: f.status,
      fact: f.fact,
      others: f.others.map((o) => ({ outlet: o.outlet, value: o.value, attribution: o.attribution })),
    })),
  };
}

/** A tag URI (RFC 4151) naming this export: deterministic, and never dereferenced. */
function collectionId(generated: Date): string {
  const iso = isoTime(generated);
  return `tag:crosscheck.invalid,${iso.slice(0, 10)}:export/${iso}`;
}
