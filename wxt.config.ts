import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Separate output folders let parallel builds (tests, demo) not trample each other.
  outDir: process.env.CROSSCHECK_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Crosscheck',
    description: 'Shows, inside the news article you are reading, where outlets disagree on the facts.',
    // storage: settings. scripting (MV3) and the host permissions: injecting the popover UI into a page
    // only when the reader first hovers a highlight, so the script on every page stays small.
    // contextMenus and commands: "Highlight with Crosscheck" on a selection, and its keyboard shortcut.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
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
