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
  const agreeing = mark.others.length - differing;
  const wordings: Record<Status, string> = {
    differs: `Outlets differ on ${label}: ${differing} of ${mark.others.length} other reports say something else.`,
    agrees: mark.kind === 'name'
      ? `Also named by ${agreeing} other ${agreeing === 1 ? 'outlet' : 'outlets'}.`
      : `${agreeing === 1 ? 'One other report agrees' : `All ${agreeing} other reports agree`} on ${label}.`,
    unique: mark.fact ? `No other outlet in the reference reports ${label}.` : 'Not compared: no other outlet reports this.',
  };
  return wordings[mark.status];
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
