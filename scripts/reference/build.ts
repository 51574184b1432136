/**
 * The reference build, start to end: read reference/, check it, derive what the engine needs, and render
 * lib/reference/generated.ts. Used by `npm run build:reference`, the WXT build hook and the tests.
 */
import { checkReference } from './check';
import { deriveReference } from './derive';
import { readReferenceFolder, REFERENCE_DIR } from './read';
import { renderGenerated } from './render';
import type { ReferenceData } from '../../lib/reference/types';

export type BuildResult = { ok: true; data: ReferenceData; generated: string } | { ok: false; problems: string[] };

export function buildReference(dir: string = REFERENCE_DIR, shown = 'reference'): BuildResult {
  const checked = checkReference(readReferenceFolder(dir, shown));
  if (!checked.ok) return checked;
  const data = deriveReference(checked.reference);
  return { ok: true, data, generated: renderGenerated(data) };
}
