/**
 * The years an article names, as the event's weighing reads them: "2021", "in 2023", but not a year that is part
 * of a law's or a measure's name ("the 2001 AUMF", "the War Powers Resolution of 1973").
 */
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

// A law's or a measure's year is part of its name: "the 2001 AUMF", "the War Powers Resolution of 1973".
const NAME_AFTER_YEAR = /^ (?:AUMF|[A-Z][a-z]+ (?:[A-Z][a-z]+|for|of) )/;
const LAW_BEFORE_YEAR = /\b(?:Act|Resolution|Law|Treaty|Convention|Agreement|Accords?) of $/;
const MONTH_NAME = /^ (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function inAName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/\bthe $/i.test(text.slice(Math.max(0, start - 4), start)) && NAME_AFTER_YEAR.test(after) && !MONTH_NAME.test(after)) return true;
  return LAW_BEFORE_YEAR.test(text.slice(Math.max(0, start - 16), start));
}

/** Every year named in `text`, but those inside a name. */
export function yearsNamed(text: string): Set<number> {
  return new Set([...text.matchAll(YEAR)].filter((m) => !inAName(text, m.index, m.index + 4)).map((m) => Number(m[1])));
}
