import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Set only by the e2e suites' builds (tests/e2e/support/chromium.ts, tests/e2e-firefox/support/firefox.ts). */
const TEST_HOOKS = process.env.CROSSCHECK_TEST_HOOKS === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Separate output folders let parallel builds (tests, demo) not trample each other.
  outDir: process.env.CROSSCHECK_OUT_DIR ?? '.output',
  // Test builds (CROSSCHECK_TEST_HOOKS=1, made only by the e2e suites) render Crosscheck's in-page UI in open
  // shadow roots so acceptance tests can read it; that is all the flag changes (utils/test-hooks.ts).
  vite: () => ({
    plugins: [preact()],
    define: { __CROSSCHECK_TEST_HOOKS__: JSON.stringify(TEST_HOOKS) },
    // CROSSCHECK_NO_MINIFY=1: readable function names in a browser profile (README, "Where the time goes").
    ...(process.env.CROSSCHECK_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // The reference is data in reference/: every build (and so every zip) first checks it and brings
    // lib/reference/generated.ts up to date, exactly as `npm run build:reference` does. The sources archive
    // has neither reference/ nor scripts/; its generated.ts is the one this step wrote.
    'build:before': (wxt) => {
      const script = resolve(wxt.config.root, 'scripts/build-reference.ts');
      if (!existsSync(script)) return;
      try {
        execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: wxt.config.root, stdio: ['ignore', 'ignore', 'inherit'] });
      } catch {
        throw new Error('reference/ has problems (listed above): fix them, then build again');
      }
    },
    // A store package is a shipped build: never one with test hooks.
    'zip:start': () => {
      if (TEST_HOOKS) throw new Error('CROSSCHECK_TEST_HOOKS=1 is for test builds: unset it to make store packages');
    },
  },
  // `npm run zip`: the store packages, in the output folder. The Firefox run also writes the sources archive
  // that addons.mozilla.org reviewers rebuild from (`npm ci && npm run build:firefox`): only what that needs.
  // tests/e2e-firefox/zip.e2e.test.ts rebuilds from it and checks the result matches the Firefox package.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'utils/**',
    ],
    // On top of WXT's own (node_modules, the output folder, *.test.* and *.spec.* files): test helpers and
    // debugging leftovers, should any ever sit beside the code.
    excludeSources: ['**/fixtures/**', '**/__fixtures__/**', '**/*.e2e.*', '**/.dbg/**', '**/test-results/**'],
  },
  manifest: {
    name: 'Crosscheck',
    description: 'Shows, inside the news article you are reading, where outlets disagree on the facts.',
    // storage: settings. scripting (MV3) and the host permissions: injecting the popover UI into a page
    // only when the reader first hovers a highlight, so the script on every page stays small.
    // contextMenus and commands: "Highlight with Crosscheck" on a selection, and its keyboard shortcut.
    // unlimitedStorage: an import's safety copy of every note in storage.local may pass its 10 MB default.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The note editor (entrypoints/note-editor) is a frame of the extension's own origin inside the page, so
    // the page can neither read nor hear what the reader types. `use_dynamic_url`: Chrome gives it an
    // address that changes each session, so a page cannot probe for the extension; WXT lists it plainly for MV2.
    web_accessible_resources: [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
    },
    browser_specific_settings: {
      // Crosscheck collects and transmits nothing: Firefox's data-collection declaration says so.
      gecko: { id: 'crosscheck@crosscheck.invalid', data_collection_permissions: { required: ['none'] } } as {
        id: string;
      },
    },
  },
});
