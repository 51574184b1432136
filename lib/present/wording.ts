/**
 * How findings read to a person, shared by the popover and the command line:
 * "JNS, citing the Syrian Observatory for Human Rights: 22".
 */
import type { Mark, OtherReport, Status } from '../engine/findings';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../extract/calendar';
import { namesNoDay } from '../reference/values';


/** "JNS, citing the Syrian Observatory for Human Rights" or "an unnamed outlet, 26 February 2021": the source's label, date included where known. */
export function whoReported(other: OtherReport): string {
  // A source the reader added to the comparison says so (lib/engine/reader-sources.ts).
  const who = other.byReader ? `${other.label} (added by you)` : other.label;
  if (!other.attribution) return who;
  return `${who}, citing ${other.attribution}`;
}

/** "JNS, citing the Syrian Observatory for Human Rights: 22". */
export function otherReportLine(other: OtherReport): string {
  return `${whoReported(other)}: ${other.value}`;
}

/** Other outlets, each counted once however many claims it made: "1 other outlet", "2 other outlets". */
export function outletCount(reports: readonly OtherReport[]): number {
  return new Set(reports.map((o) => o.source)).size;
}

function outlets(n: number, other = true): string {
  return `${n} ${other ? 'other ' : ''}${n === 1 ? 'outlet' : 'outlets'}`;
}

/** "17", "17 and 22", "17, 19 and 22": each value once, as written. */
export function listValues(values: readonly string[]): string {
  const unique = [...new Set(values)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * The verdict in plain words, first thing in the popover: "Others report 17", "2 other outlets agree",
 * "Also named by 3 other outlets", "No other outlet reports this". Counts are of outlets, not of claims.
 */
export function verdict(mark: Mark): string {
  const differing = mark.others.filter((o) => o.relation === 'different');
  const agreeing = outletCount(mark.others.filter((o) => o.relation === 'same'));
  const vaguer = mark.others.filter((o) => o.relation === 'less-specific');
  if (mark.status === 'differs') {
    const others = `${outletCount(differing) === 1 ? 'Another outlet reports' : 'Others report'} ${listValues(differing.map((o) => o.value))}`;
    return agreeing ? `${others}; ${outlets(agreeing)} ${agreeing === 1 ? 'agrees' : 'agree'}` : others;
  }
  if (mark.status === 'agrees') {
    if (mark.kind === 'name') return `Also named by ${outlets(agreeing)}`;
    return agreeing === 1 ? '1 other outlet agrees' : `${outlets(agreeing)} agree`;
  }
  if (vaguer.length) {
    const n = outletCount(vaguer);
    const values = listValues(vaguer.map((o) => o.value));
    const { vague, exact, without } = detailOf(mark);
    return pageIsVague(mark)
      ? `${vague}; ${outlets(n)} ${n === 1 ? 'gives' : 'give'} ${exact}: ${values}`
      : `Only here with ${exact}; ${outlets(n)} ${n === 1 ? 'says' : 'say'} ${values}, ${without}`;
  }
  return 'No other outlet reports this';
}

/** The verdict as a sentence, for the command line and anywhere a line stands alone. */
export function statusLine(mark: Mark): string {
  return `${verdict(mark)}.`;
}

/**
 * What a screen reader hears after the highlight's own text: its kind and status in words,
 * "figure, differs from 1 other outlet", "name, also named by 2 other outlets", "figure, reported only here",
 * "figure, a vaguer count than 2 other outlets'".
 */
export function markDescription(mark: Mark): string {
  const differing = outletCount(mark.others.filter((o) => o.relation === 'different'));
  const agreeing = outletCount(mark.others.filter((o) => o.relation === 'same'));
  const vaguer = outletCount(mark.others.filter((o) => o.relation === 'less-specific'));
  const status =
    mark.status === 'differs'
      ? `differs from ${outlets(differing)}`
      : mark.status === 'agrees'
        ? mark.kind === 'name'
          ? `also named by ${outlets(agreeing)}`
          : `agrees with ${outlets(agreeing)}`
        : vaguer === 0
          ? 'reported only here'
          : vaguerDescription(mark, vaguer);
  return `${mark.kind}, ${status}`;
}

/** "a vaguer count than 2 other outlets'", "only the month, where 1 other outlet gives the day", "a number where … none". */
function vaguerDescription(mark: Mark, outletsVaguer: number): string {
  const gives = outletsVaguer === 1 ? 'gives' : 'give';
  const detail = detailOf(mark);
  return pageIsVague(mark) ? detail.heard(outlets(outletsVaguer), gives) : `${detail.exact} where ${outlets(outletsVaguer)} ${gives} none`;
}

/**
 * Why two reports that read differently are the same, or how they differ in kind, in a few words; null
 * when the values speak for themselves. Times and days: the same moment in two clocks ("Friday in
 * Syria is still Thursday in US Eastern time"). Counts: several against one.
 */
export function relationNote(mark: Mark, other: OtherReport): string | null {
  if (other.relation === 'same' && (mark.value.type === 'date' || mark.value.type === 'time')) return clockNote(mark, other);
  if (other.relation === 'different' && mark.value.type === 'count') return countNote(mark, other);
  return null;
}

const WEEKDAY_WORDS = WEEKDAY_NAMES.map((d) => d.toLowerCase());

function weekdayIn(text: string): number | null {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const at = words.map((w) => WEEKDAY_WORDS.indexOf(w)).find((i) => i >= 0);
  return at === undefined ? null : at;
}

function clockNote(mark: Mark, other: OtherReport): string | null {
  const here = weekdayIn(mark.text);
  const there = weekdayIn(other.value);
  if (here === null || there === null || here === there) return null;
  // The events the reference covers happened in Syria, hours ahead of US Eastern time: the later day is Syria's.
  const [early, late] = (here + 1) % 7 === there ? [here, there] : (there + 1) % 7 === here ? [there, here] : [null, null];
  if (early === null || late === null) return 'The same moment once time zones are applied';
  return `Same moment in two clocks: ${WEEKDAY_NAMES[late]} in Syria was still ${WEEKDAY_NAMES[early]} in US Eastern time (ET)`;
}

function countNote(mark: Mark, other: OtherReport): string | null {
  const v = mark.value;
  if (v.type !== 'count') return null;
  // One against a plural with no number is never a difference (compare.ts): only several against one is.
  if ((v.n ?? 0) > 1 && /^(an?|one)\b/i.test(other.value.trim())) return 'Several here, one there';
  return null;
}

/**
 * What a vaguer report leaves out, in words: a count's number, a date's day ("Earlier in February"); and what a
 * screen reader hears of a page that leaves it out.
 */
const DETAIL = {
  count: { vague: 'Only a vaguer count here', exact: 'a number', without: 'without one', heard: (others: string) => `a vaguer count than ${others}'` },
  date: { vague: 'Only the month here', exact: 'the day', without: 'without it', heard: (others: string, gives: string) => `only the month, where ${others} ${gives} the day` },
};

function detailOf(mark: Mark): (typeof DETAIL)[keyof typeof DETAIL] {
  return mark.value.type === 'date' ? DETAIL.date : DETAIL.count;
}

/**
 * The page's count gives no number, or only "at least one" (which says no more than that someone died); or the
 * page's date gives only a month.
 */
function pageIsVague(mark: Mark): boolean {
  const v = mark.value;
  if (v.type === 'date') return namesNoDay(v);
  return v.type === 'count' && (v.qualifier === 'several' || v.n === null || (v.qualifier === 'at-least' && v.n === 1));
}

/** The value on this page, in words: "22", "at least 22", "Thursday 25 February 2021". */
export function describeValue(mark: Mark): string {
  const v = mark.value;
  switch (v.type) {
    case 'count':
      return mark.text;
    case 'date': {
      const parts = [v.weekday !== null ? WEEKDAY_NAMES[v.weekday] : null];
      if (v.iso) {
        const [y, m, d] = v.iso.split('-').map(Number);
        parts.push(`${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`);
      }
      return parts.filter(Boolean).join(' ') || mark.text;
    }
    default:
      return mark.text;
  }
}

/**
 * Who this page credits its figure to, with the value: "This article, citing a Kataib Hezbollah official: one
 * of its fighters". A reader weighs the figure by its speaker, as they weigh the other outlets' below it.
 * null when the page credits no one (and for names).
 */
export function thisArticleLine(mark: Mark): string | null {
  if (mark.kind !== 'figure' || !mark.attribution) return null;
  return `This article, citing ${mark.attribution}: ${tollWords(mark) ?? describeValue(mark)}`;
}

const QUALIFIER_WORDS: Record<string, string> = { exact: '', 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'up-to': 'up to ' };

/**
 * A casualty count in a few plain words, whatever the page's phrasing: "one of its fighters" → "1 killed",
 * "a few" → "several wounded", so a militia's toll reads beside a monitor's. null for other figures.
 */
function tollWords(mark: Mark): string | null {
  const v = mark.value;
  const casualty = /\.(killed|wounded)$/.exec(mark.fact ?? '')?.[1];
  if (v.type !== 'count' || !casualty) return null;
  if (v.qualifier === 'several' || v.n === null) return `several ${casualty}`;
  return `${QUALIFIER_WORDS[v.qualifier] ?? ''}${v.n} ${casualty}`;
}

/** The badge beside the status line: a word, so the status never rests on colour alone. */
export function statusWord(status: Status): string {
  return { differs: 'Differs', agrees: 'Agrees', unique: 'Only here' }[status];
}

/**
 * The popover's heading: the value on this page and what it is.
 * { value: "22", what: "people killed in the strike" }; for names, the title written before it
 * ("Pentagon spokesman Jon Kirby") and the reference's spelling when this page spells it otherwise.
 */
export function headline(mark: Mark): { value: string; what: string | null } {
  if (mark.kind === 'name') {
    const value = mark.title ? `${mark.title} ${mark.text}` : mark.text;
    const same = !mark.factLabel || mark.factLabel.toLowerCase() === mark.text.toLowerCase();
    return { value, what: same ? null : `also written ${mark.factLabel}` };
  }
  return { value: describeValue(mark), what: mark.factLabel };
}

/** The popover's accessible name: "Crosscheck: 22, people killed in the strike. Differs". */
export function dialogLabel(mark: Mark): string {
  const { value, what } = headline(mark);
  return `Crosscheck: ${value}${what ? `, ${what}` : ''}. ${statusWord(mark.status)}`;
}

/** Headings over the other reports in the popover. */
export function reportsHeading(mark: Mark, relation: OtherReport['relation']): string {
  if (mark.kind === 'name') return relation === 'different' ? 'Written differently by' : 'Also named by';
  if (relation === 'less-specific') {
    return `Reported ${pageIsVague(mark) ? 'with' : 'without'} ${detailOf(mark).exact} by`;
  }
  return relation === 'different' ? 'Reported differently by' : 'Also reported by';
}
