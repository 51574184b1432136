/**
 * Reads the maintainer's folder (reference/, see its README.md) as it is on disk: every file's text or
 * parsed JSON, each named by the path a maintainer knows ("reference/sources/004/source.json").
 * Nothing is checked here but that JSON parses; check.ts does the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The maintainer's folder in this repository. */
export const REFERENCE_DIR = join(import.meta.dirname, '../../reference');

export interface JsonFile {
  /** As a maintainer reads it: "reference/events/2021-02-25-us-strike-eastern-syria.json". */
  path: string;
  /** The file's name without ".json", or the folder's name for a source. */
  name: string;
  /** Parsed JSON, or undefined when the file is missing or does not parse (see problem). */
  json: unknown;
  problem: string | null;
}

export interface SourceFolder {
  id: string;
  sourceJson: JsonFile;
  articlePath: string;
  /** article.txt as it is, or null when missing. */
  article: string | null;
}

export interface ReferenceFolder {
  entities: JsonFile;
  offices: JsonFile;
  events: JsonFile[];
  sources: SourceFolder[];
}

function readJson(dir: string, shown: string, file: string, name: string): JsonFile {
  const path = `${shown}/${file}`;
  const full = join(dir, file);
  if (!existsSync(full)) return { path, name, json: undefined, problem: `${path}: the file is missing` };
  try {
    return { path, name, json: JSON.parse(readFileSync(full, 'utf8')), problem: null };
  } catch (error) {
    return { path, name, json: undefined, problem: `${path}: not valid JSON (${(error as Error).message})` };
  }
}

const listed = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** `shown` is how paths appear in messages; a copy elsewhere (a test's temp folder) still reads "reference/…". */
export function readReferenceFolder(dir: string = REFERENCE_DIR, shown = 'reference'): ReferenceFolder {
  const events = listed(join(dir, 'events'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => readJson(dir, shown, `events/${file}`, file.slice(0, -'.json'.length)));
  const sources = listed(join(dir, 'sources'))
    .filter((id) => !id.startsWith('.'))
    .map((id): SourceFolder => {
      const articleFile = join(dir, 'sources', id, 'article.txt');
      return {
        id,
        sourceJson: readJson(dir, shown, `sources/${id}/source.json`, id),
        articlePath: `${shown}/sources/${id}/article.txt`,
        article: existsSync(articleFile) ? readFileSync(articleFile, 'utf8') : null,
      };
    });
  return {
    entities: readJson(dir, shown, 'entities.json', 'entities'),
    offices: readJson(dir, shown, 'offices.json', 'offices'),
    events,
    sources,
  };
}

/** Each source's article text by id, for the builder, the tests and `npm run eval`. */
export function readCorpus(dir: string = REFERENCE_DIR): Record<string, string> {
  const corpus: Record<string, string> = {};
  for (const source of readReferenceFolder(dir).sources) if (source.article !== null) corpus[source.id] = source.article;
  return corpus;
}
