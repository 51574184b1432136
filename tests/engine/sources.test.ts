/**
 * The engine, run on each of the five source articles, recovers the reference's figure claims for
 * that source. Precision and recall are printed, and both must be at least 0.9 overall.
 */
import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { corpus } from '../../scripts/reference/corpus';
import { getReference } from '../../lib/engine/reference';

const reference = getReference();

function score() {
  let truePositives = 0;
  let tiedMarks = 0;
  let claims = 0;
  const lines: string[] = [];
  for (const source of reference.sources) {
    const article = extractFromPlainText(corpus[source.id] ?? '');
    const findings = annotate(article, reference);
    const expected = reference.claims.filter((c) => c.source === source.id && !c.fact.startsWith('name.'));
    const tied = findings.marks.filter((m) => m.kind === 'figure' && m.fact);
    // Where each claim's words sit in the extracted article.
    const places = expected.map((c) => {
      const quoteAt = article.text.indexOf(c.quote);
      const at = quoteAt + c.quote.indexOf(c.text);
      return { claim: c, start: at, end: at + c.text.length, found: quoteAt >= 0 };
    });
    const hit = (m: (typeof tied)[number]) => places.some((p) => p.claim.fact === m.fact && p.start < m.end && m.start < p.end);
    const recovered = places.filter((p) => tied.some((m) => m.fact === p.claim.fact && p.start < m.end && m.start < p.end));
    const correct = tied.filter(hit);
    truePositives += correct.length;
    tiedMarks += tied.length;
    claims += expected.length;
    lines.push(
      `${source.id}: event ${findings.event}, source ${findings.source}; ${recovered.length}/${expected.length} claims recovered, ${correct.length}/${tied.length} tied figures right`,
      ...places.filter((p) => !recovered.includes(p)).map((p) => `   missed ${p.claim.fact} "${p.claim.text}"${p.found ? '' : ' (quote not in extracted text)'}`),
      ...tied.filter((m) => !hit(m)).map((m) => `   extra  ${m.fact} "${m.text}"`),
    );
  }
  return { precision: truePositives / tiedMarks, recall: truePositives / claims, lines };
}

describe('engine on the five source articles', () => {
  const result = score();
  it('recognises each source as itself and as its event', () => {
    for (const source of reference.sources) {
      const findings = annotate(extractFromPlainText(corpus[source.id] ?? ''), reference);
      expect(findings.source).toBe(source.id);
      expect(findings.event).toBe(source.event);
      // Never compared with itself.
      for (const mark of findings.marks) expect(mark.others.every((o) => o.source !== source.id)).toBe(true);
    }
  });

  it('recovers the reference claims with precision and recall of at least 0.9', () => {
    console.log(`\nSource recovery: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}\n${result.lines.join('\n')}`);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});
