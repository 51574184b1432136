/** The page's findings as the popup and the badge need them. */
import type { Findings } from '../engine/findings';
import type { PageSummary } from '../messages';

export function summarise(url: string, state: PageSummary['state'], findings: Findings | null, eventTitle: string | null): PageSummary {
  const marks = findings?.marks ?? [];
  return {
    url,
    state,
    event: findings?.event ?? null,
    eventTitle,
    counts: {
      differs: marks.filter((m) => m.status === 'differs').length,
      agrees: marks.filter((m) => m.status === 'agrees').length,
      unique: marks.filter((m) => m.status === 'unique').length,
    },
    marks: marks.map((m) => ({
      id: m.id,
      kind: m.kind,
      text: m.text,
      status: m.status,
      fact: m.fact,
      label: m.factLabel,
      others: m.others.map((o) => ({ who: o.outlet ?? o.label, value: o.value, relation: o.relation })),
    })),
  };
}
