/**
 * Hostile pages against the shipped Firefox build (MV2, what `npm run build:firefox` makes, built without
 * test hooks), in Firefox ESR: the same attack pages and the same reader as the Chromium suite
 * (tests/e2e/hostile.e2e.test.ts): the tests are ../e2e-shared/hostile-checks.ts's, run with the Firefox
 * driver, which looks from outside the page with screenshots (Firefox has no DevTools pierce). The busy pages are tests/e2e-firefox/busy-pages.e2e.test.ts's.
 *
 * Run: CROSSCHECK_OUT_DIR=.output/<you> npx vitest run --config vitest.e2e-firefox.config.ts tests/e2e-firefox/hostile.e2e.test.ts
 * Screenshots: test-results/firefox-hostile-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { BrowserDriver } from '../e2e-shared/driver';
import { hostileChecks } from '../e2e-shared/hostile-checks';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';
import { buildFirefox, firefoxShippedOutDir, launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { firefoxDriver } from './support/firefox-driver';

let server: TestServer;
let ff: FirefoxWithExtension;
let driver: BrowserDriver;

beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const [extensionDir, started] = await Promise.all([buildFirefox(2, firefoxShippedOutDir(), { testHooks: false }), startServer()]);
  server = started;
  ff = await launchFirefox({ extensionDir });
  driver = firefoxDriver(ff, await ff.openExtensionPage('/popup.html', 'body'));
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('hostile pages against the shipped build (Firefox ESR, MV2)', () => {
  hostileChecks(() => driver, () => server);
});
