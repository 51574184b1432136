/**
 * Calibres in millimetres: "107 mm", "107mm", "107-mm", "122 millimeter", "122-millimetre", "7.62mm".
 * Inch calibres (".50-caliber") are not recognised.
 */
import type { CalibreValue } from '../reference/values';
import type { FigureMention } from './types';

const CALIBRE_RE = /(?<![\w.,-])(\d{1,3}(?:\.\d{1,2})?)(?:[ \t\u00a0]|-)?(?:mm|millimet(?:er|re)s?)(?![A-Za-z])/g;

/** Calibres in `text`, sorted by start. */
export function findCalibres(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  const re = new RegExp(CALIBRE_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const mm = Number(m[1]);
    if (!(mm > 0)) continue;
    const value: CalibreValue = { type: 'calibre', mm };
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return out;
}
