/**
 * The engine's answer on its way from the background to the page (lib/engine/findings-wire.ts): the
 * page gets back exactly the findings the engine made, each shared report sent once.
 */
import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { answerFor } from '../../lib/engine/answer';
import { packAnswer, unpackAnswer } from '../../lib/engine/findings-wire';

const TEXT = `US strike in Syria kills militia fighters

The United States carried out an airstrike in eastern Syria on Thursday against facilities used by Iran-backed militias, the Pentagon said.

The Syrian Observatory for Human Rights said at least 22 fighters were killed. Kataib Hezbollah said one of its members died.

Pentagon spokesman John Kirby said the strike destroyed multiple facilities at a border control point.`;

describe('the engine’s answer on the wire', () => {
  const article = extractFromPlainText(TEXT.repeat(3));
  const answer = answerFor(article);

  it('unpacks to exactly the findings the engine made', () => {
    expect(answer.findings.marks.length).toBeGreaterThan(10);
    const wire = structuredClone(packAnswer(answer));
    expect(unpackAnswer(wire, article.text)).toEqual(answer);
  });

  it('sends each other source’s report once, however many marks cite it', () => {
    const wire = packAnswer(answer);
    const cited = answer.findings.marks.reduce((n, m) => n + m.others.length, 0);
    expect(wire.reports.length).toBeLessThan(cited);
    expect(new Set(wire.reports.map((r) => JSON.stringify(r))).size).toBe(wire.reports.length);
    // The text is the page's: it does not travel back.
    expect(JSON.stringify(wire)).not.toContain('Syrian Observatory for Human Rights said at least 22');
  });

  it('drops a report index that points nowhere rather than trusting it', () => {
    const wire = packAnswer(answer);
    const mark = wire.marks.find((m) => m.others.length > 0)!;
    mark.others.push(wire.reports.length + 5);
    const unpacked = unpackAnswer(wire, article.text).findings.marks.find((m) => m.id === mark.id)!;
    expect(unpacked.others).toHaveLength(mark.others.length - 1);
  });
});
