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

  it('sends what marks share once: repeated findings point at one body', () => {
    const wire = packAnswer(answer);
    expect(wire.marks).toHaveLength(answer.findings.marks.length * 3);
    // The text is repeated three times, so its findings are too.
    expect(wire.bodies.length).toBeLessThan(answer.findings.marks.length);
    expect(new Set(wire.bodies.map((b) => JSON.stringify(b))).size).toBe(wire.bodies.length);
    expect(wire.ids).toBeNull();
  });

  it('keeps ids that are not numbered in order', () => {
    const renamed = { ...answer, findings: { ...answer.findings, marks: answer.findings.marks.map((m) => ({ ...m, id: `x${m.start}` })) } };
    const wire = structuredClone(packAnswer(renamed));
    expect(wire.ids).toHaveLength(renamed.findings.marks.length);
    expect(unpackAnswer(wire, article.text)).toEqual(renamed);
  });

  it('drops a report index that points nowhere rather than trusting it', () => {
    const wire = packAnswer(answer);
    const at = wire.bodies.findIndex((b) => b.others.length > 0);
    const cited = wire.bodies[at]!.others.length;
    wire.bodies[at]!.others.push(wire.reports.length + 5);
    const unpacked = unpackAnswer(wire, article.text).findings.marks;
    const users = unpacked.filter((_, i) => wire.marks[i * 3 + 2] === at);
    expect(users.length).toBeGreaterThan(0);
    for (const mark of users) expect(mark.others).toHaveLength(cited);
  });

  it('drops a mark whose body points nowhere', () => {
    const wire = packAnswer(answer);
    wire.marks[2] = wire.bodies.length + 1;
    const unpacked = unpackAnswer(wire, article.text).findings.marks;
    expect(unpacked).toHaveLength(answer.findings.marks.length - 1);
    expect(unpacked[0]!.id).toBe('m2');
  });
});
