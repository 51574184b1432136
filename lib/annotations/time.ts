/** An export's time as ISO 8601 (UTC); an invalid date reads as the epoch rather than throwing. */
export function isoTime(date: Date): string {
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}
