/**
 * Which incident of an event a sentence talks about: the US strike, or one of the attacks on US forces
 * that led to it. Specific cues (a place or date that belongs to one incident) beat generic ones
 * ("airstrike", "rocket attack"); among generic cues the nearest one before the figure wins, because
 * in "the strikes were retaliation for a rocket attack that killed one contractor" the attack owns the toll.
 */
import type { NameMention } from '../extract/names';
import type { FigureMention } from '../extract/types';
import type { Incident, IncidentId } from '../reference/types';
import type { Sentence } from './sentences';

/** A place in the text that points at an incident, or at a kind of incident. */
export interface Cue {
  at: number;
  /** A specific incident, or 'strike' / 'attack' for generic words. */
  target: { incident: IncidentId } | { generic: 'strike' | 'attack' };
}

const STRIKE_WORDS = /\b(?:air ?strikes?|strikes?|struck|bomb(?:s|ed|ing)?|raids?|retaliat\w*|operation|targets?|targeted)\b/gi;
const ATTACK_WORDS = /\b(?:attacks?|attacked|rockets?|missiles?|barrage|drones?|fired|shelling)\b/gi;

/** Cues in one sentence, in text order. With no incidents given, only the generic words count. */
export function cuesIn(
  text: string,
  sentence: Sentence,
  incidents: readonly Incident[],
  names: NameMention[],
  dates: FigureMention[],
): Cue[] {
  const cues: Cue[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(STRIKE_WORDS)) cues.push({ at: sentence.start + m.index, target: { generic: 'strike' } });
  for (const m of slice.matchAll(ATTACK_WORDS)) cues.push({ at: sentence.start + m.index, target: { generic: 'attack' } });
  for (const n of names) {
    if (n.start < sentence.start || n.end > sentence.end || !n.entity) continue;
    const incident = incidents.find((i) => i.entities.includes(n.entity ?? ''));
    if (incident) cues.push({ at: n.start, target: { incident: incident.id } });
  }
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.value.type !== 'date') continue;
    const { month, day } = d.value;
    const incident = incidents.find((i) => i.dates.some((x) => x.month === month && x.day === day));
    if (incident) cues.push({ at: d.start, target: { incident: incident.id } });
  }
  return cues.sort((a, b) => a.at - b.at);
}

export type IncidentReading = { incident: IncidentId } | { generic: 'strike' | 'attack' } | null;

/** The incident a figure at `at` belongs to, from its own sentence's cues, else from earlier sentences of its paragraph. */
export function incidentFor(at: number, own: Cue[], earlierInParagraph: Cue[][]): IncidentReading {
  const specific = nearestSpecific(at, own);
  if (specific) return specific;
  const generic = nearestGeneric(at, own);
  if (generic) return generic;
  // Carry over from the paragraph: the last specific incident named, else the last generic one.
  for (let i = earlierInParagraph.length - 1; i >= 0; i--) {
    const cues = earlierInParagraph[i] ?? [];
    const carried = nearestSpecific(Infinity, cues) ?? nearestGeneric(Infinity, cues);
    if (carried) return carried;
  }
  return null;
}

function nearestSpecific(at: number, cues: Cue[]): IncidentReading {
  const specific = cues.filter((c) => 'incident' in c.target);
  if (specific.length === 0) return null;
  const ids = new Set(specific.map((c) => ('incident' in c.target ? c.target.incident : '')));
  if (ids.size === 1) return specific[0]?.target ?? null;
  return closest(at, specific)?.target ?? null;
}

/** The nearest generic cue before the figure; failing that, the nearest after. */
function nearestGeneric(at: number, cues: Cue[]): IncidentReading {
  const generic = cues.filter((c) => 'generic' in c.target);
  const before = generic.filter((c) => c.at < at);
  const chosen = before[before.length - 1] ?? generic.find((c) => c.at > at);
  return chosen?.target ?? null;
}

function closest(at: number, cues: Cue[]): Cue | undefined {
  let best: Cue | undefined;
  for (const c of cues) if (!best || Math.abs(c.at - at) < Math.abs(best.at - at)) best = c;
  return best;
}
