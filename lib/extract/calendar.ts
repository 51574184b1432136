/** Month and weekday names shared by the date, time and count recognizers. */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Names to write a month (1-12, at index month - 1) or a weekday (0 = Sunday) in. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Regex source for a capitalised month name or abbreviation ("February", "Feb", "Feb.", "Sept.").
 * The abbreviation's period is part of the match. Use without the `i` flag.
 */
export const MONTH_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December' +
  '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';

/** Regex source for a capitalised full weekday name ("Thursday"; not "Thursdays"). */
export const WEEKDAY_SRC = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![A-Za-z])';

/** 1-12 for a month name or abbreviation (a trailing period is ignored), else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** 0 (Sunday) - 6 for a full weekday name, else null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase()] ?? null;
}

const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `day` can be a day of `month` (1-12) in some year. */
export function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= (MAX_DAYS[month - 1] ?? 0);
}
