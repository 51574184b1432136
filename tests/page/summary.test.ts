/** The page summary the badge, popup and side panel get, and when it is worth sending again. */
import { describe, expect, it } from 'vitest';
import type { Findings, Mark } from '../../lib/engine/findings';
import { summarise, summaryKey } from '../../lib/page/summary';

const mark = (i: number, status: Mark['status']): Mark => ({
  id: `m${i}`,
  kind: 'figure',
  text: String(i),
  start: i * 10,
  end: i * 10 + 2,
  fact: 'strike.killed',
  factLabel: 'people killed in the strike',
  value: { type: 'count', n: i, qualifier: 'exact' },
  status,
  others: [],
  attribution: null,
});
const findings = (n: number, status: Mark['status'] = 'agrees'): Findings => ({
  event: '2021-02-25-us-strike-eastern-syria',
  article: '',
  source: null,
  marks: Array.from({ length: n }, (_, i) => mark(i, status)),
});
const URL = 'https://news.example/strike';

describe('the summary’s key', () => {
  it('changes with any detail of an ordinary article’s findings', () => {
    const a = summarise(URL, 'matched', findings(20), 'Strike');
    const b = summarise(URL, 'matched', { ...findings(20), marks: findings(20).marks.map((m, i) => (i === 3 ? { ...m, text: '33' } : m)) }, 'Strike');
    expect(summaryKey(a)).toBe(summaryKey(summarise(URL, 'matched', findings(20), 'Strike')));
    expect(summaryKey(a)).not.toBe(summaryKey(b));
  });

  it('for thousands of findings, changes with the address, the state and the counts', () => {
    const many = summarise(URL, 'matched', findings(3000), 'Strike');
    expect(summaryKey(many).length).toBeLessThan(300);
    expect(summaryKey(many)).not.toBe(summaryKey(summarise(`${URL}#more`, 'matched', findings(3000), 'Strike')));
    expect(summaryKey(many)).not.toBe(summaryKey(summarise(URL, 'matched', findings(3000, 'differs'), 'Strike')));
    expect(summaryKey(many)).not.toBe(summaryKey(summarise(URL, 'matched', findings(3001), 'Strike')));
  });
});
