/**
 * The content script loads on every page: it must stay under 40 KB gzipped, and must not grow with the
 * reference. The engine and the reference are not in it: they run in the background, which the
 * content script asks once its gate lets a page through. Sizes, not times: deterministic for a given
 * build. (`npm run size` prints every script.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getReference } from '../../lib/engine/reference';
import { e2eOutDir } from './support/chromium';

const CONTENT_BUDGET = 40 * 1024;

const build = () => join(e2eOutDir(), 'chrome-mv3');
const contentScripts = () => {
  const dir = join(build(), 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  return files.map((f) => readFileSync(join(dir, f)));
};
const gzipped = (code: Buffer) => gzipSync(code, { level: 9 }).length;

describe('the built extension', () => {
  it('keeps the content script under 40 KB gzipped', () => {
    const total = contentScripts().reduce((sum, code) => sum + gzipped(code), 0);
    console.log(`content script: ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(CONTENT_BUDGET);
  });

  it('ships the reference in the background, not in the content script', () => {
    // Quotes as the reference holds them: plain ASCII ones, so the bundle has them verbatim.
    const quotes = getReference()
      .claims.map((c) => c.quote)
      .filter((q) => q.length >= 40 && /^[\x20-\x7e]+$/.test(q) && !/["'`\\]/.test(q))
      .slice(0, 5);
    expect(quotes.length).toBeGreaterThan(0);
    const background = readFileSync(join(build(), 'background.js'), 'utf8');
    const content = contentScripts().map((code) => code.toString('utf8')).join('\n');
    for (const quote of quotes) {
      expect(background, quote).toContain(quote);
      expect(content, quote).not.toContain(quote);
    }
  });
});
