import { describe, expect, it } from 'vitest';
import { findWeights } from '../../lib/extract/weights';
import { checked, texts } from './helpers';

function weights(s: string): Array<[string, number]> {
  return checked(s, findWeights(s)).map((m) => {
    if (m.value.type !== 'weight') throw new Error('not a weight');
    return [m.text, m.value.pounds];
  });
}

describe('findWeights', () => {
  it.each([
    ['seven 500-pound bombs', '500-pound', 500],
    ['a 500 lb bomb', '500 lb', 500],
    ['500lbs of explosives', '500lbs', 500],
    ['2,000-pound bombs', '2,000-pound', 2000],
    ['a 2,000lb JDAM', '2,000lb', 2000],
    ['a 500-pounder', '500-pounder', 500],
    ['500 pounds of explosives', '500 pounds', 500],
    ['a 500-kilogram bomb', '500-kilogram', 1102],
    ['250 kg warheads', '250 kg', 551],
    ['a 227kg bomb', '227kg', 500],
  ])('%s', (s, span, pounds) => {
    expect(weights(s)).toEqual([[span, pounds]]);
  });

  it('skips money', () => {
    const s = 'fined £500, 500 pounds sterling, $500 lb';
    expect(texts(s, findWeights(s))).toEqual([]);
  });
});
