/**
 * Builds the extension once for the whole e2e run (into .output/e2e, or CROSSCHECK_OUT_DIR), so the unit
 * build in .output is left alone. CROSSCHECK_SKIP_BUILD=1 reuses the last e2e build.
 */
import type { TestProject } from 'vitest/node';
import { buildExtension, chromiumPath } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

export default function setup(project: TestProject): void {
  // Fail early, with the fix in the message, when there is no browser to drive.
  chromiumPath();
  const started = Date.now();
  const extensionDir = buildExtension();
  if (process.env.CROSSCHECK_SKIP_BUILD !== '1') console.log(`e2e: built the extension into ${extensionDir} in ${Date.now() - started} ms`);
  project.provide('extensionDir', extensionDir);
}
