import { describe, expect, it } from 'vitest';
import { findCalibres } from '../../lib/extract/calibres';
import { checked, texts } from './helpers';

function calibres(s: string): Array<[string, number]> {
  return checked(s, findCalibres(s)).map((m) => {
    if (m.value.type !== 'calibre') throw new Error('not a calibre');
    return [m.text, m.value.mm];
  });
}

describe('findCalibres', () => {
  it.each([
    ['three 107 mm rockets', '107 mm', 107],
    ['a 107mm rocket', '107mm', 107],
    ['107-mm Katyushas', '107-mm', 107],
    ['122 millimeter rockets', '122 millimeter', 122],
    ['a 122-millimetre Grad rocket', '122-millimetre', 122],
    ['155mm howitzer shells', '155mm', 155],
    ['7.62mm rounds', '7.62mm', 7.62],
    ['120 millimetres', '120 millimetres', 120],
  ])('%s', (s, span, mm) => {
    expect(calibres(s)).toEqual([[span, mm]]);
  });

  it('skips inches and look-alikes', () => {
    const s = 'a .50-caliber gun, a 12.7-inch shell, 107 mmol, 0 mm, F-107mm, 5,107 mm';
    expect(texts(s, findCalibres(s))).toEqual([]);
  });
});
