/**
 * Hostile pages against the shipped build, in a real Chromium (issue 8: "Nothing a web page does reaches the
 * reader's notes"). Each row of the table is a test; the attack is a script in the page
 * (tests/e2e/pages/hostile-*.html), the reader acts only with the real mouse and keyboard, and Crosscheck's
 * UI is looked at from outside the page (DevTools with pierce, screenshots), never through test hooks:
 *
 *   - a page script opens, reads, changes, deletes and creates notes with synthetic events: reaches nothing;
 *   - a page's capture-phase key listeners hear none of the note the reader types;
 *   - a page cannot find or rewrite an open popover;
 *   - no window message from Crosscheck; forged "script started" and location-change events and messages
 *     neither switch it off nor make it work;
 *   - a canonical link to another site on the same shared host brings none of that site's notes;
 *   - custom elements and CSS under Crosscheck's names do not stop the popover or the toolbar;
 *   - an invisible character inside "22" is one figure, 22;
 *   - and no request leaves the machine.
 *
 * The tests are ../e2e-shared/hostile-checks.ts's, the same in Firefox (tests/e2e-firefox/hostile.e2e.test.ts);
 * here they run with the Chromium driver, which also reads the popover through DevTools and listens in the
 * service worker. The busy and self-undoing pages are tests/e2e/busy-pages.e2e.test.ts's in Chromium.
 * Run: CROSSCHECK_OUT_DIR=.output/<you> npx vitest run --config vitest.e2e.config.ts tests/e2e/hostile.e2e.test.ts
 * Screenshots: test-results/hostile-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { BrowserDriver } from '../e2e-shared/driver';
import { hostileChecks } from '../e2e-shared/hostile-checks';
import { buildExtension, launchWithExtension, shippedOutDir, type ExtensionBrowser } from './support/chromium';
import { chromiumDriver } from './support/chromium-driver';
import { ROOT, startServer, type TestServer } from './support/server';

let server: TestServer;
let ext: ExtensionBrowser;
let driver: BrowserDriver;

beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  // The shipped build: its UI in closed shadow roots, as readers get it.
  const extensionDir = buildExtension(shippedOutDir(), { testHooks: false });
  server = await startServer();
  ext = await launchWithExtension({ extensionDir });
  driver = chromiumDriver(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('hostile pages against the shipped build (Chromium)', () => {
  hostileChecks(() => driver, () => server);
});
