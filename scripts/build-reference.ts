/**
 * `npm run build:reference`: checks reference/ (the maintainer's folder, see its README.md) and writes
 * lib/reference/generated.ts, the plain data module the extension imports. Prints every problem, in the
 * folder's own terms, and exits 1 when there is one. `--check` writes nothing and exits 1 when the
 * generated module is stale. The WXT build runs the same step first (wxt.config.ts, `build:before`).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReference } from './reference/build';

export const GENERATED_FILE = join(import.meta.dirname, '../lib/reference/generated.ts');

export type GeneratedState = 'unchanged' | 'written' | 'stale';

/** Builds the reference and brings generated.ts up to date (or, with `check`, only says whether it is). Throws on problems. */
export function updateGenerated(check = false): GeneratedState {
  const result = buildReference();
  if (!result.ok) {
    throw new Error(`The reference in reference/ has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const current = existsSync(GENERATED_FILE) ? readFileSync(GENERATED_FILE, 'utf8') : null;
  if (current === result.generated) return 'unchanged';
  if (check) return 'stale';
  // Written aside then renamed: parallel builds (the e2e suites) never read half a file.
  const temporary = `${GENERATED_FILE}.${process.pid}.tmp`;
  writeFileSync(temporary, result.generated);
  renameSync(temporary, GENERATED_FILE);
  return 'written';
}

function main(): void {
  const check = process.argv.includes('--check');
  try {
    const state = updateGenerated(check);
    if (state === 'stale') {
      console.error('lib/reference/generated.ts is stale: run `npm run build:reference`');
      process.exitCode = 1;
    } else {
      console.log(state === 'written' ? `wrote ${GENERATED_FILE}` : `reference/ checked; ${GENERATED_FILE} is up to date`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
