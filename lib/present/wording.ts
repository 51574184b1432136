/**
 * How findings read to a person, shared by the popover and the command line:
 * "JNS, citing the Syrian Observatory for Human Rights: 22".
 */
import type { Mark, OtherReport, Status } from '../engine/findings';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "JNS, citing the Syrian Observatory for Human Rights" or "Unnamed outlet A". */
export function whoReported(other: OtherReport): string {
  const who = other.outlet ?? other.label;
  if (!other.attribution) return who;
  return `${who}, citing ${other.attribution}`;
}

/** "JNS, citing the Syrian Observatory for Human Rights: 22". */
export function otherReportLine(other: OtherReport): string {
  return `${whoReported(other)}: ${other.value}`;
}

export function statusLine(mark: Mark): string {
  const label = mark.factLabel ?? (mark.kind === 'name' ? 'this name' : 'this figure');
  const differing = mark.others.filter((o) => o.relation === 'different').length;
  const agreeing = mark.others.filter((o) => o.relation === 'same').length;
  // Reports that are only less (or more) specific neither agree nor differ: they are counted apart.
  const compared = differing + agreeing;
  const reports = compared === 1 ? 'report' : 'reports';
  const vaguer = specificityLine(mark);
  const wordings: Record<Status, string> = {
    differs: `Outlets differ on ${label}: ${differing} of ${compared} other ${reports} ${differing === 1 ? 'says' : 'say'} something else.`,
    agrees: mark.kind === 'name'
      ? `Also named by ${agreeing} other ${agreeing === 1 ? 'outlet' : 'outlets'}.`
      : `${agreeing === 1 ? 'One other report agrees' : `All ${agreeing} other reports agree`} on ${label}.`,
    unique: !mark.fact
      ? 'Not compared: no other outlet reports this.'
      : vaguer
        ? `No other outlet in the reference reports ${label} as precisely.`
        : `No other outlet in the reference reports ${label}.`,
  };
  return vaguer ? `${wordings[mark.status]} ${vaguer}` : wordings[mark.status];
}

/**
 * How the reports that are only less or more specific stand: "Other reports say multiple facilities, without a
 * number." when this page gives a number; "Another report gives a number: two." when it does not. null when none.
 */
export function specificityLine(mark: Mark): string | null {
  const reports = mark.others.filter((o) => o.relation === 'less-specific');
  if (reports.length === 0) return null;
  const values = [...new Set(reports.map((o) => o.value))].join(', ');
  const one = reports.length === 1;
  // A page with no number ("multiple facilities") is the vaguer side; the others then give the number.
  if (pageIsVague(mark)) return `${one ? 'Another report gives' : 'Other reports give'} a number: ${values}.`;
  return `${one ? 'Another report says' : 'Other reports say'} ${values}, without a number.`;
}

function pageIsVague(mark: Mark): boolean {
  return mark.value.type === 'count' && (mark.value.qualifier === 'several' || mark.value.n === null);
}

/** The value on this page, in words: "22", "at least 22", "Thursday 25 February 2021". */
export function describeValue(mark: Mark): string {
  const v = mark.value;
  switch (v.type) {
    case 'count':
      return mark.text;
    case 'date': {
      const parts = [v.weekday !== null ? WEEKDAYS[v.weekday] : null];
      if (v.iso) {
        const [y, m, d] = v.iso.split('-').map(Number);
        parts.push(`${d} ${MONTHS[(m ?? 1) - 1]} ${y}`);
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

/** How one other report stands against this page: "Differs", "Agrees" or "Less specific" / "More specific". */
export function relationWord(other: OtherReport, mark?: Mark): string {
  if (other.relation === 'less-specific') return mark && pageIsVague(mark) ? 'More specific' : 'Less specific';
  return other.relation === 'different' ? 'Differs' : 'Agrees';
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
  if (relation === 'less-specific') return pageIsVague(mark) ? 'Reported with a number by' : 'Reported without a number by';
  return relation === 'different' ? 'Reported differently by' : 'Also reported by';
}
