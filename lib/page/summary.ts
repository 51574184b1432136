/** The page's findings as the popup and the badge need them. */
import type { Findings } from '../engine/findings';
import type { PageSummary, SummaryOther } from '../messages';

export function summarise(url: string, state: PageSummary['state'], findings: Findings | null, eventTitle: string | null): PageSummary {
  const marks = findings?.marks ?? [];
  // Marks that share their reports (the engine's answer hands them over shared) share one list here too.
  const othersOf = new Map<Findings['marks'][number]['others'], SummaryOther[]>();
  const others = (m: Findings['marks'][number]): SummaryOther[] => {
    let list = othersOf.get(m.others);
    if (!list) {
      list = m.others.map((o) => ({ who: o.outlet ?? o.label, value: o.value, relation: o.relation }));
      othersOf.set(m.others, list);
    }
    return list;
  };
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
      others: others(m),
    })),
  };
}

/** Above this many findings the summary's key leaves out their details (a live blog's thousands). */
const DETAILED_KEY_MARKS = 500;

/**
 * What decides whether a summary is worth sending again: all of it for an ordinary article, its counts
 * and address for a very long one, whose full text as JSON would hold the page's main thread for long.
 */
export function summaryKey(summary: PageSummary): string {
  if (summary.marks.length <= DETAILED_KEY_MARKS) return JSON.stringify(summary);
  const { url, state, event, counts, marks } = summary;
  return JSON.stringify([url, state, event, counts, marks.length]);
}
