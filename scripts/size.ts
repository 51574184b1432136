/**
 * `npm run size`: the gzipped size of each built script, and whether the content script, which loads
 * on every page, stays within its budget. The engine and the reference are in the background's script.
 * Build first (`npm run build`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_BUDGET = 40 * 1024;
const dir = process.argv[2] ?? join(process.env.CROSSCHECK_OUT_DIR ?? '.output', 'chrome-mv3');

function files(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

let content = 0;
for (const file of files(dir)) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  if (file.includes('content-scripts')) content += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(6)} KB gz  ${file}`);
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`content script: ${kb(content)} KB gzipped (budget ${CONTENT_BUDGET / 1024} KB)`);
if (content > CONTENT_BUDGET) process.exitCode = 1;
