/**
 * The source articles' texts by id, read from reference/sources/<id>/article.txt: for the tests and
 * `npm run eval`, never for the extension (it ships only what was derived from them).
 */
import type { SourceId } from '../../lib/reference/types';
import { readCorpus } from './read';

export const corpus: Readonly<Record<SourceId, string>> = readCorpus();
