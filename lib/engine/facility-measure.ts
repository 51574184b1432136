/**
 * What a count of facilities measures: the facilities destroyed when a destroying verb governs it, else those hit.
 */
import type { Measure } from '../reference/types';
import { CLAUSE_BREAK } from './casualty-verb';
import type { Token } from './sentence-tokens';

const DESTROY = new Set(['destroyed', 'destroying', 'destroy', 'destroys', 'razed', 'razing', 'levelled', 'leveled', 'levelling', 'leveling', 'flattened', 'flattening', 'demolished', 'obliterated', 'obliterating']);

/** A destroying verb at token i, "wiped out" and "took out" included ("wiped out nine sites completely"). */
function destroysAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.word ?? '';
  return DESTROY.has(w) || (w === 'out' && /^(?:wiped|wiping|wipe|wipes|took|taken|taking)$/.test(tokens[i - 1]?.word ?? ''));
}
// "partially destroyed two others", "damaged three buildings": not the count of what was destroyed.
const PARTIAL = new Set(['partially', 'partly', 'damaged', 'damaging', 'half']);

/**
 * A count of facilities is what was destroyed when a destroying verb governs it ("destroyed multiple
 * facilities", "nine facilities were destroyed"), otherwise what was hit or targeted.
 */
export function facilityMeasure(tokens: Token[], first: number, head: number): Measure | null {
  for (let i = first - 1, d = 1; i >= 0 && d <= 3; i--, d++) {
    const w = tokens[i]?.word ?? '';
    if (CLAUSE_BREAK.has(w) || w === 'and') break;
    if (destroysAt(tokens, i)) return PARTIAL.has(tokens[i - 1]?.word ?? '') ? null : 'destroyed';
    if (PARTIAL.has(w)) return null;
  }
  // "Both facilities were destroyed", "nine buildings had been completely destroyed", "nine buildings in the border compound were destroyed".
  for (let i = head + 1, d = 1; i < tokens.length && d <= 6; i++, d++) {
    const w = tokens[i]?.word ?? '';
    if (CLAUSE_BREAK.has(w) || w === 'and') break;
    if (destroysAt(tokens, i)) return PARTIAL.has(tokens[i - 1]?.word ?? '') ? null : 'destroyed';
    if (PARTIAL.has(w)) return null;
  }
  return 'facilities';
}
