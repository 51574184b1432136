/**
 * Weights, normalised to pounds: "500-pound", "500 lb", "2,000lb", "a 500-pounder", "500 pounds",
 * "250-kilogram" / "250 kg" (× 2.20462, rounded). "£500" and "500 pounds sterling" are money, not
 * weights. Tons and number words ("thousand-pound") are not recognised.
 */
import type { WeightValue } from '../reference/values';
import type { FigureMention } from './types';

const WEIGHT_RE =
  /(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d+)?(?:[ \t\u00a0]|-)?(pounds?|pounders?|lbs?|kilogrammes?|kilograms?|kgs?|kilos?)(?![A-Za-z])(?![ \t\u00a0]+sterling)/g;

const KG_TO_LB = 2.20462;

/** Weights in `text`, sorted by start. */
export function findWeights(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  const re = new RegExp(WEIGHT_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const n = Number(m[0].match(/^[\d,.]+/)![0].replace(/,/g, ''));
    const unit = m[2]!.toLowerCase();
    const pounds = unit.startsWith('k') ? Math.round(n * KG_TO_LB) : Math.round(n);
    if (!(pounds > 0)) continue;
    const value: WeightValue = { type: 'weight', pounds };
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return out;
}
