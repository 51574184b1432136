import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Crosscheck',
    description: 'Shows, inside the news article you are reading, where outlets disagree on the facts.',
    browser_specific_settings: {
      gecko: { id: 'crosscheck@crosscheck.invalid' },
    },
  },
});
