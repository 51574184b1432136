/**
 * `npm run reference:add`: a new article (written for this test, in the project's own words) drafts a
 * folder the build refuses until its claims are reviewed, and accepts once they are.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STRIKE_2021 } from '../../lib/reference/events';
import { buildReference } from '../../scripts/reference/build';
import { draftSource } from '../../scripts/reference/draft';
import { readReferenceFolder, REFERENCE_DIR } from '../../scripts/reference/read';
import type { SourceFile } from '../../scripts/reference/schema';

const article = readFileSync(join(__dirname, 'fixtures/added-article.txt'), 'utf8');

describe('reference:add', () => {
  let temp: string | null = null;
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
    temp = null;
  });
  function copy(): string {
    temp = mkdtempSync(join(tmpdir(), 'crosscheck-reference-add-'));
    const dir = join(temp, 'reference');
    cpSync(REFERENCE_DIR, dir, { recursive: true });
    return dir;
  }

  it('drafts the next folder with the engine’s claims, unreviewed, each quoted verbatim', () => {
    const dir = copy();
    const before = readReferenceFolder(dir).sources.map((s) => s.id);
    const draft = draftSource({ text: article, event: STRIKE_2021, outlet: 'The Test Courier', url: 'https://example.org/strike' }, dir);
    expect(before).not.toContain(draft.id);
    expect(Number(draft.id)).toBe(Math.max(...before.map(Number)) + 1);
    expect(readFileSync(join(draft.dir, 'article.txt'), 'utf8')).toBe(article);
    const written = JSON.parse(readFileSync(join(draft.dir, 'source.json'), 'utf8')) as SourceFile;
    expect(written).toEqual(draft.source);
    expect(written.claims.length).toBeGreaterThan(0);
    for (const claim of written.claims) {
      expect(claim.reviewed).toBe(false);
      expect(article.split(claim.quote)).toHaveLength(2);
      expect(claim.quote).toContain(claim.text);
    }
    // The test article opens with a dateline.
    expect(written.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is refused by the build until reviewed, then validates and reaches the built reference', () => {
    const dir = copy();
    const draft = draftSource({ text: article, event: STRIKE_2021, outlet: 'The Test Courier', url: null }, dir);
    const refused = buildReference(dir);
    expect(refused.ok).toBe(false);
    const problems = refused.ok ? [] : refused.problems;
    expect(problems).toHaveLength(draft.source.claims.length);
    for (const problem of problems) expect(problem).toMatch(new RegExp(`^reference/sources/${draft.id}/source\\.json, claim \\S+: not reviewed yet`));

    const file = join(draft.dir, 'source.json');
    const reviewed = JSON.parse(readFileSync(file, 'utf8')) as SourceFile;
    for (const claim of reviewed.claims) claim.reviewed = true;
    writeFileSync(file, JSON.stringify(reviewed, null, 2));
    const built = buildReference(dir);
    expect(built.ok ? [] : built.problems).toEqual([]);
    if (!built.ok) return;
    expect(built.data.sources.find((s) => s.id === draft.id)).toMatchObject({ outlet: 'The Test Courier', label: 'The Test Courier', event: STRIKE_2021 });
    const figures = built.data.claims.filter((c) => c.source === draft.id && !c.fact.startsWith('name.'));
    expect(figures.map((c) => c.fact)).toEqual(reviewed.claims.map((c) => c.fact));
    expect(built.data.fingerprints[draft.id]).toBeTruthy();
  });

  it('refuses an article the reference already has, and an unknown event', () => {
    const dir = copy();
    const before = readReferenceFolder(dir).sources;
    const existing = before[0]!;
    expect(() => draftSource({ text: existing.article ?? '', event: STRIKE_2021, outlet: null, url: null }, dir)).toThrow(
      `already in the reference, as source ${existing.id}`,
    );
    expect(() => draftSource({ text: article, event: '1999-01-01-nothing', outlet: null, url: null }, dir)).toThrow('no event "1999-01-01-nothing"');
    // Nothing was written.
    expect(readReferenceFolder(dir).sources.map((s) => s.id)).toEqual(before.map((s) => s.id));
  });
});
