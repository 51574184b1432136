/**
 * The dataset is data and types (issue 11): lib/reference/ imports only from itself, so the engine and
 * the extractors, which read it, are never imported back by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(__dirname, '../../lib/reference');
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('lib/reference/', () => {
  it('imports nothing from outside itself', () => {
    const outside: string[] = [];
    const files = modules(DIR);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? '';
        const target = specifier.startsWith('.') ? resolve(file, '..', specifier) : specifier;
        if (!target.startsWith(`${DIR}/`)) outside.push(`${file.slice(DIR.length + 1)} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
