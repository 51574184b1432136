/**
 * The one thing a test build changes (CROSSCHECK_TEST_HOOKS=1, see wxt.config.ts): Crosscheck's in-page
 * UI renders in open shadow roots, so acceptance tests can read it. Every shipped build keeps them closed.
 */

/** Replaced by a literal at build time (wxt.config.ts, vite `define`); a global only in unit tests. */
declare const __CROSSCHECK_TEST_HOOKS__: boolean | undefined;

/** The mode of every shadow root Crosscheck attaches in a page. */
export function uiShadowMode(): ShadowRootMode {
  // typeof: unit tests run without the build's `define`; there, a test may stub the global.
  return typeof __CROSSCHECK_TEST_HOOKS__ !== 'undefined' && __CROSSCHECK_TEST_HOOKS__ === true ? 'open' : 'closed';
}
