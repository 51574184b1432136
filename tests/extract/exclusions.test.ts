import { describe, expect, it } from 'vitest';
import { findExcludedSpans } from '../../lib/extract/exclusions';

function spans(s: string): string[] {
  return findExcludedSpans(s).map((m) => {
    expect(m.text).toBe(s.slice(m.start, m.end));
    return m.text;
  });
}

describe('findExcludedSpans', () => {
  it('finds URLs, domains with paths, e-mail addresses and handles', () => {
    expect(spans('Read https://www.example.com/2021/02/25/strike-22.html now.')).toEqual([
      'https://www.example.com/2021/02/25/strike-22.html',
    ]);
    expect(spans('see cnn.com/2021/02/25 and www.defense.gov')).toEqual(['cnn.com/2021/02/25', 'www.defense.gov']);
    expect(spans('mail press22@centcom.mil or @CENTCOM')).toEqual(['press22@centcom.mil', '@CENTCOM']);
  });

  it('finds phone numbers', () => {
    expect(spans('call +44 20 7946 0958 or +1 202-555-0134')).toEqual(['+44 20 7946 0958', '+1 202-555-0134']);
    expect(spans('call (202) 555-0134 or 202.555.0134 or 202-555-0134')).toEqual([
      '(202) 555-0134',
      '202.555.0134',
      '202-555-0134',
    ]);
  });

  it('leaves ordinary prose alone', () => {
    expect(spans('At 6 p.m. the U.S. said 22 people, 1,200 troops and 20-25 trucks; e.g. Feb. 15.')).toEqual([]);
  });
});
