import { describe, expect, it } from 'vitest';
import { BLACK, contrast, isDark, parseColour, WHITE, type Rgba } from '../../lib/page/colours';
import { markPalette, markStyle, MARK_CONTRAST, standsOut } from '../../lib/page/mark-look';

const rgb = (r: number, g: number, b: number): Rgba => ({ r, g, b, a: 1 });
// Light, dark and awkward mid-tone page backgrounds.
const BACKGROUNDS: Record<string, Rgba> = {
  white: WHITE,
  black: BLACK,
  sepia: rgb(244, 236, 216),
  'dark grey': rgb(31, 35, 40),
  'dark blue': rgb(13, 27, 42),
  'mid grey': rgb(128, 128, 128),
  'mid teal': rgb(40, 120, 120),
  amber: rgb(245, 158, 11),
};

describe('colours', () => {
  it('parses the forms getComputedStyle returns', () => {
    expect(parseColour('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColour('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColour('transparent')?.a).toBe(0);
    expect(parseColour('#fff')).toEqual(WHITE);
    expect(parseColour('color(srgb 1 0 0)')).toBeNull();
  });

  it('computes WCAG contrast', () => {
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    expect(isDark(rgb(31, 35, 40))).toBe(true);
    expect(isDark(rgb(244, 236, 216))).toBe(false);
  });
});

describe('mark colours against the page background', () => {
  for (const [name, background] of Object.entries(BACKGROUNDS)) {
    it(`keeps every line colour at 3:1 or more on ${name}`, () => {
      const palette = markPalette(background);
      for (const key of ['differs', 'agrees', 'unique', 'name'] as const) {
        expect(contrast(parseColour(palette[key])!, background), `${key} on ${name}`).toBeGreaterThanOrEqual(MARK_CONTRAST);
      }
    });
  }
});

describe('what stands out', () => {
  it('differences: only differing figures; figures: every figure; everything: all', () => {
    expect(standsOut('figure', 'differs', 'differences')).toBe(true);
    expect(standsOut('figure', 'agrees', 'differences')).toBe(false);
    expect(standsOut('name', 'differs', 'differences')).toBe(false);
    expect(standsOut('figure', 'unique', 'figures')).toBe(true);
    expect(standsOut('name', 'agrees', 'figures')).toBe(false);
    expect(standsOut('name', 'agrees', 'everything')).toBe(true);
  });

  it('draws quiet marks faint and in full when revealed; names never with a solid underline', () => {
    const look = { display: 'differences' as const, background: WHITE };
    expect(markStyle('figure', 'agrees', look)).toContain('border-bottom:1px dotted');
    expect(markStyle('figure', 'agrees', look, true)).toContain('border-bottom:2px solid');
    for (const status of ['differs', 'agrees', 'unique']) {
      expect(markStyle('name', status, { ...look, display: 'everything' })).not.toMatch(/border-bottom:[^;]*solid/);
    }
  });
});
