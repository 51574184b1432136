import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';

const LEDE = 'US F-15E jets struck a border crossing near Al Bukamal in eastern Syria on Thursday, Feb. 25, 2021, hitting sites of Kataib Hezbollah.';
const headlineMark = (headline: string, ...paragraphs: string[]) => {
  const findings = annotate(extractFromPlainText([headline, LEDE, ...paragraphs].join('\n\n')));
  return findings.marks.find((m) => m.kind === 'figure' && m.start < headline.length);
};

describe('a headline’s figure', () => {
  it('takes the lede’s bound for the same number: "17 Killed" over "at least 17 were killed"', () => {
    const mark = headlineMark('17 Fighters Killed In US Strikes: Monitor', 'At least 17 fighters were killed, the Syrian Observatory for Human Rights said.');
    expect(mark?.value).toMatchObject({ type: 'count', n: 17, qualifier: 'at-least' });
    expect(mark?.status).toBe('agrees');
    expect(mark?.attribution).toBe('the Syrian Observatory for Human Rights');
  });

  it('stays exact when the lede gives the number exactly, or another number', () => {
    expect(headlineMark('17 Fighters Killed In US Strikes', '17 fighters were killed, the Syrian Observatory for Human Rights said.')?.value).toMatchObject({ qualifier: 'exact' });
    expect(headlineMark('17 Fighters Killed In US Strikes', 'At least 22 fighters were killed, the Syrian Observatory for Human Rights said.')?.value).toMatchObject({ qualifier: 'exact' });
  });
});

describe('a headline’s toll credited to no one', () => {
  it('takes the credit the lede gives the same number, however the lede bounds it', () => {
    const mark = headlineMark('At least 22 dead as US jets hit militias in Syria', 'Local reports suggest as many as 22 people were killed in the bombing.');
    expect(mark?.fact).toBe('strike.killed');
    expect(mark?.attribution).toBe('local reports');
  });

  it('takes no credit from another number', () => {
    const mark = headlineMark('At least 22 dead as US jets hit militias in Syria', 'Local reports suggest as many as 17 people were killed in the bombing.');
    expect(mark?.fact).toBe('strike.killed');
    expect(mark?.attribution).toBeNull();
  });
});
