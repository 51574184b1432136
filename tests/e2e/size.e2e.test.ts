/**
 * The content script loads on every page: it must stay under 40 KB gzipped, dataset included.
 * A size, not a time: deterministic for a given build. (`npm run size` prints every script.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { e2eOutDir } from './support/chromium';

const BUDGET = 40 * 1024;

describe('the built extension', () => {
  it('keeps the content script under 40 KB gzipped, dataset included', () => {
    const dir = join(e2eOutDir(), 'chrome-mv3', 'content-scripts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    console.log(`content script: ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(BUDGET);
  });
});
