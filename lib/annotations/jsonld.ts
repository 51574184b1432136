/**
 * The names the JSON export and import share: the W3C Web Annotation JSON-LD context, and
 * Crosscheck's own namespace for what the W3C model has no term for (highlight colour, page title,
 * Crosscheck's findings). `.invalid` is reserved: the IRI names the vocabulary and is never fetched.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CROSSCHECK_NAMESPACE = 'https://crosscheck.invalid/ns#';
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { crosscheck: CROSSCHECK_NAMESPACE }] as const;

export const KEY_COLOUR = 'crosscheck:colour';
export const KEY_TITLE = 'crosscheck:title';
export const KEY_FINDINGS = 'crosscheck:findings';
/** The reader's own sources (reader-source.ts), as they are stored: the import restores them. */
export const KEY_SOURCES = 'crosscheck:sources';

export const URN_UUID_PREFIX = 'urn:uuid:';
