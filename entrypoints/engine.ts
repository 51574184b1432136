/**
 * The engine script: article extraction, the engine, the bundled reference and highlight drawing
 * (lib/page/article-pass.ts). The background injects it into a page's isolated world only when the
 * content script's cheap gate has let that page through (content/engine-loader.ts), so the script on
 * every page stays small however large the reference grows.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticle } from '../lib/page/article-pass';
import { getBridge } from './shared/page-bridge';

export default defineUnlistedScript(() => {
  getBridge()?.engineReady?.(readArticle);
});
