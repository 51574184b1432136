/**
 * Dates of the Hijri and Persian calendars, which pages from the region give beside the Gregorian date: the numbers
 * in them are a day and a year, not counts.
 */
import type { TokenSource } from './tokens';
import { STARTS_WITH_CAPITAL } from './letter-classes';

/**
 * Months of the Hijri and Persian calendars, as pages from the region give them beside the Gregorian date ("14 Rajab
 * 1442", "Esfand 8, 1399"): the numbers around them are a day and a year. Not "Tir", "Mehr" or "Dey": a news agency
 * and common words share them.
 */
const OTHER_CALENDAR_MONTHS = new Set(
  ('muharram safar rabi rabia jumada rajab shaban ramadan ramazan shawwal dhu farvardin ordibehesht khordad mordad ' +
    'amordad shahrivar aban azar bahman esfand').split(' '),
);

function isMonthAt(tokens: TokenSource, k: number): boolean {
  const t = tokens.at(k);
  return t !== undefined && t.kind === 'word' && STARTS_WITH_CAPITAL.test(t.text) && OTHER_CALENDAR_MONTHS.has(t.lower.replace(/['’]/g, ''));
}

/** "14 Rajab 1442", "Esfand 8, 1399", "11 Rabi al-Thani 1445": the number at token `start` is such a day or year. */
export function inOtherCalendarDate(tokens: TokenSource, start: number, n: number | null): boolean {
  if (isMonthAt(tokens, start - 1) || isMonthAt(tokens, start + 1)) return true;
  // Its year: 13xx or 14xx a few words after the month.
  if (n === null || n < 1300 || n > 1499) return false;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) if (isMonthAt(tokens, k)) return true;
  return false;
}
