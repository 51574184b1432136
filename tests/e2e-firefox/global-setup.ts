/**
 * Builds the Firefox extension once for the whole Firefox e2e run, MV2 (what `npm run build:firefox` makes)
 * and MV3, into .output/e2e-firefox (or CROSSCHECK_OUT_DIR), so other builds are left alone.
 * CROSSCHECK_SKIP_BUILD=1 reuses the last builds.
 */
import type { TestProject } from 'vitest/node';
import { buildFirefox, firefoxPath } from './support/firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set only in the Firefox e2e run (vitest.e2e-firefox.config.ts). */
    firefoxBuilds?: { mv2: string; mv3: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // Fail early, with the fix in the message, when there is no browser to drive.
  firefoxPath();
  const started = Date.now();
  // Both builds at once: each is mostly one core's work.
  const [mv2, mv3] = await Promise.all([buildFirefox(2), buildFirefox(3)]);
  if (process.env.CROSSCHECK_SKIP_BUILD !== '1') console.log(`e2e firefox: built ${mv2} and ${mv3} in ${Date.now() - started} ms`);
  project.provide('firefoxBuilds', { mv2, mv3 });
}
