/**
 * Reads the development corpus: one folder per article under tests/corpus/ (format in README.md there),
 * each with page.html or article.txt and a hand-written expected.json, validated here so a typo in an
 * expectation is an error naming its folder rather than a silently skipped check.
 *
 * Used by the unit tests, the e2e page cases and `npm run eval`; never by the extension.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { extractFromDocument } from '../../lib/article/from-dom';
import { extractFromPlainText } from '../../lib/article/from-text';
import type { ArticleText } from '../../lib/article/types';
import { getReference } from '../../lib/engine/reference';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

const eventIds = new Set<string>(getReference().events.map((e) => e.id));

const text = v.pipe(v.string(), v.minLength(1));
const status = v.picklist(['differs', 'agrees', 'unique']);
/** "strike.killed", "name.john-kirby", "strike.aircraft_count": checked for shape only, since issue 9 adds keys. */
const factKey = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:\.[a-z0-9_-]+)+$/, 'a fact key such as strike.killed'));

const ExpectedMarkSchema = v.strictObject({
  text,
  nth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  kind: v.picklist(['figure', 'name']),
  fact: v.optional(v.nullable(factKey)),
  status: v.optional(status),
  attribution: v.optional(v.nullable(text)),
  /** Why the status is what it is, worked out by hand against the sources (kept from the old fixtures' comments). */
  note: v.optional(v.string()),
});

const ExpectedSchema = v.strictObject({
  about: text,
  outlet: v.nullable(text),
  url: v.nullable(v.pipe(v.string(), v.url())),
  published: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'a date such as 2021-02-26'))),
  kind: v.picklist(['strike-2021', 'strike-2023', 'near-miss', 'unrelated']),
  event: v.nullable(v.pipe(v.string(), v.check((id) => eventIds.has(id), 'an event id of the reference'))),
  marks: v.array(ExpectedMarkSchema),
  unmarked: v.optional(v.array(text), []),
  articleExcludes: v.optional(v.array(text), []),
});

export type ExpectedMark = v.InferOutput<typeof ExpectedMarkSchema>;
export type Expected = v.InferOutput<typeof ExpectedSchema>;

export interface CorpusArticle {
  /** The folder's name. */
  slug: string;
  /** Absolute path of page.html or article.txt. */
  file: string;
  expected: Expected;
}

/** An article folder that cannot be read: always names the folder. */
export class CorpusError extends Error {
  constructor(
    readonly slug: string,
    readonly folder: string,
    reason: string,
  ) {
    super(`${relative(process.cwd(), folder) || folder}: ${reason}`);
    this.name = 'CorpusError';
  }
}

/** The article folders, sorted: every directory under the corpus (files such as this one are not articles). */
export function corpusSlugs(dir = CORPUS_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new CorpusError('', dir, `cannot list the corpus (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return names
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

/** One folder, validated; throws CorpusError naming the folder when it cannot be read. */
export function readCorpusArticle(slug: string, dir = CORPUS_DIR): CorpusArticle {
  const folder = resolve(dir, slug);
  const pages = ['page.html', 'article.txt'].filter((f) => existsSync(join(folder, f)));
  if (pages.length !== 1) throw new CorpusError(slug, folder, pages.length ? 'has both page.html and article.txt' : 'has neither page.html nor article.txt');
  let raw: string;
  try {
    raw = readFileSync(join(folder, 'expected.json'), 'utf8');
  } catch (error) {
    throw new CorpusError(slug, folder, `cannot read expected.json (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CorpusError(slug, folder, `expected.json is not JSON: ${(error as Error).message}`);
  }
  const parsed = v.safeParse(ExpectedSchema, json);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
    throw new CorpusError(slug, folder, `expected.json is not in the corpus format: ${issues}`);
  }
  return { slug, file: join(folder, pages[0] as string), expected: parsed.output };
}

/** Every folder of the corpus; the first one that cannot be read throws. */
export function readCorpus(dir = CORPUS_DIR): CorpusArticle[] {
  return corpusSlugs(dir).map((slug) => readCorpusArticle(slug, dir));
}

/** The article text the engine reads, extracted as the command line does (HTML through the DOM extractor). */
export function extractArticle(entry: CorpusArticle): ArticleText {
  let raw: string;
  try {
    raw = readFileSync(entry.file, 'utf8');
  } catch (error) {
    throw new CorpusError(entry.slug, dirname(entry.file), `cannot read ${entry.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!entry.file.endsWith('.html')) return extractFromPlainText(raw);
  const { document } = parseHTML(raw);
  return extractFromDocument(document as unknown as Document);
}
