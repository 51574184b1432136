import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate, explainEvent } from '../../lib/engine/annotate';

// Written for this test: a short report whose only date is its byline stamp, which is left out of the text.
const report = (stamp: string, extra = '') =>
  `Jets strike militia site in Syria\n\n${stamp}\n\n` +
  'US jets carried out an airstrike in eastern Syria on a building used by an Iran-backed militia, officials said, the president’s first use of force in office.' +
  extra;

describe('the page’s own year as evidence', () => {
  it('counts the year of the publication stamp though the stamp is not article text', () => {
    const article = extractFromPlainText(report('By Pat Lane | Feb. 26, 2021'));
    expect(article.text).not.toContain('2021');
    const findings = annotate(article);
    expect(findings.event).toBe('2021-02-25-us-strike-eastern-syria');
    // The stamp is neither a finding nor text.
    expect(findings.marks.some((m) => m.text.includes('Feb. 26'))).toBe(false);
  });

  it('does not read a year the page looks ahead to as a later report', () => {
    const article = extractFromPlainText(report('By Pat Lane | Feb. 26, 2021', ' Aides say he will run again in 2024.'));
    const decision = explainEvent(article);
    expect(decision.event).toBe('2021-02-25-us-strike-eastern-syria');
  });

  it('still reads a later year as against the event when the page is from that later year', () => {
    const article = extractFromPlainText(report('By Pat Lane | Feb. 26, 2024', ' Aides say the strike of 2024 was the largest yet.'));
    expect(explainEvent(article).event).not.toBe('2021-02-25-us-strike-eastern-syria');
  });
});

describe('a weekday tied to no fact', () => {
  it('is read on the page’s own week, not the strike’s', () => {
    const article = extractFromPlainText(
      report('By Pat Lane | March 1, 2021', ' The jets struck on Thursday, Feb. 25. Lawmakers met on Monday to discuss war powers.'),
    );
    const monday = annotate(article).marks.find((m) => m.text === 'Monday');
    expect(monday?.fact).toBeNull();
    expect(monday?.value).toMatchObject({ iso: '2021-03-01' });
  });
});
