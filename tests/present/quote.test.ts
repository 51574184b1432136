import { describe, expect, it } from 'vitest';
import { shortQuote } from '../../lib/present/quote';

const LONG =
  'Pentagon Press Secretary John Kirby said that the action was taken in the direction of the United States President Joe Biden and strikes were “authorised in response” to the recent attacks against American & Coalition personnel in Iraq.';

describe('shortQuote', () => {
  it('keeps a short quote whole', () => {
    const quote = 'The Syrian Observatory for Human Rights reported that 22 people were killed in the airstrike';
    expect(shortQuote(quote, '22')).toBe(quote);
  });

  it('collapses whitespace', () => {
    expect(shortQuote('  22 people\n  were   killed ', '22')).toBe('22 people were killed');
  });

  it('trims a long quote to about 140 characters around the value, at word boundaries', () => {
    const out = shortQuote(LONG, 'United States President Joe Biden');
    expect(out).toContain('United States President Joe Biden');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(142);
    expect(out.length).toBeGreaterThan(100);
    // Whole words only: what is kept (without the ellipses) is a run of whole words of the quote.
    const kept = out.slice(1, -1);
    expect(` ${LONG} `).toContain(` ${kept} `);
  });

  it('keeps the start when the value is at the start', () => {
    const out = shortQuote(LONG, 'John Kirby');
    expect(out.startsWith('Pentagon Press Secretary John Kirby')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(141);
  });

  it('keeps the end when the value is at the end', () => {
    const out = shortQuote(LONG, 'Iraq');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('personnel in Iraq.')).toBe(true);
  });

  it('finds the value whatever its case, and falls back to the start when it is absent', () => {
    expect(shortQuote(LONG, 'joe biden')).toContain('Joe Biden');
    const out = shortQuote(LONG, 'not in the quote');
    expect(out.startsWith('Pentagon Press Secretary')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });

  it('honours a custom length', () => {
    const out = shortQuote(LONG, 'Joe Biden', 40);
    expect(out).toContain('Joe Biden');
    expect(out.length).toBeLessThanOrEqual(42);
  });
});
