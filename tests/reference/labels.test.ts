import { describe, expect, it } from 'vitest';
import { sourceLabels, spelledDay } from '../../scripts/reference/labels';

describe('source labels', () => {
  it('uses the outlet where known, else an unnamed outlet with its day', () => {
    const labels = sourceLabels([
      { id: '010', outlet: 'JNS', published: null },
      { id: '011', outlet: null, published: '2021-02-26' },
    ]);
    expect([...labels.values()]).toEqual(['JNS', 'an unnamed outlet, 26 February 2021']);
  });

  it('keeps apart unnamed sources of one day, and of unknown days, with a letter each', () => {
    const labels = sourceLabels([
      { id: '010', outlet: null, published: '2021-02-26' },
      { id: '011', outlet: null, published: null },
      { id: '012', outlet: null, published: '2021-02-26' },
      { id: '013', outlet: null, published: null },
      { id: '014', outlet: null, published: '2021-02-25' },
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      '010': 'an unnamed outlet, 26 February 2021 (A)',
      '011': 'an unnamed outlet, date unknown (A)',
      '012': 'an unnamed outlet, 26 February 2021 (B)',
      '013': 'an unnamed outlet, date unknown (B)',
      '014': 'an unnamed outlet, 25 February 2021',
    });
  });

  it('tells two articles of one outlet apart by their days', () => {
    const labels = sourceLabels([
      { id: '010', outlet: 'JNS', published: '2021-02-26' },
      { id: '011', outlet: 'JNS', published: '2021-02-27' },
    ]);
    expect([...labels.values()]).toEqual(['JNS, 26 February 2021', 'JNS, 27 February 2021']);
  });

  it('spells a day as a reader writes it', () => {
    expect(spelledDay('2023-10-01')).toBe('1 October 2023');
  });
});
