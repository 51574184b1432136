/**
 * The engine on test articles written fresh for the tests (tests/fixtures/articles/), against
 * expectations written by hand for each article in expectations.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { cases } from '../fixtures/articles/expectations';

const dir = join(__dirname, '../fixtures/articles');

function load(file: string) {
  const raw = readFileSync(join(dir, file), 'utf8');
  if (!file.endsWith('.html')) return extractFromPlainText(raw);
  const { document } = parseHTML(raw);
  return extractFromDocument(document as unknown as Document);
}

/** Index of the nth occurrence of `needle`, or -1. */
function nthIndex(haystack: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

describe.each(cases)('$file', (c) => {
  const article = load(c.file);
  const findings = annotate(article);

  it(`is about ${c.event ?? 'no event'}`, () => {
    expect(findings.event).toBe(c.event);
    if (c.event === null) expect(findings.marks).toEqual([]);
  });

  it('leaves page chrome out of the article text', () => {
    for (const text of c.articleExcludes ?? []) expect(article.text, text).not.toContain(text);
  });

  it.runIf(c.marks.length > 0)('highlights what a careful reader would, with the right fact and status', () => {
    const problems: string[] = [];
    for (const expected of c.marks) {
      const at = nthIndex(article.text, expected.text, expected.nth ?? 0);
      if (at < 0) {
        problems.push(`"${expected.text}" is not in the extracted article`);
        continue;
      }
      const mark = findings.marks.find((m) => m.kind === expected.kind && m.start < at + expected.text.length && at < m.end);
      if (!mark) {
        problems.push(`"${expected.text}": no ${expected.kind} mark`);
        continue;
      }
      if (expected.fact !== undefined && mark.fact !== expected.fact) problems.push(`"${expected.text}": fact ${mark.fact}, expected ${expected.fact}`);
      if (expected.status && mark.status !== expected.status) {
        problems.push(`"${expected.text}": ${mark.status}, expected ${expected.status} (${mark.others.map((o) => `${o.source}:${o.value}:${o.relation}`).join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.runIf(c.unmarked.length > 0)('does not highlight chrome, ordinals, years or statement dates', () => {
    const problems: string[] = [];
    for (const text of c.unmarked) {
      let at = article.text.indexOf(text);
      while (at >= 0) {
        const mark = findings.marks.find((m) => m.start < at + text.length && at < m.end);
        if (mark) problems.push(`"${text}" is inside mark "${mark.text}"`);
        at = article.text.indexOf(text, at + 1);
      }
    }
    expect(problems).toEqual([]);
  });
});
