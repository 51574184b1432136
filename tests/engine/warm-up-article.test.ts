import { describe, expect, it, vi } from 'vitest';
import { annotate } from '../../lib/engine/annotate';
import { getReference } from '../../lib/engine/reference';
import { warmUpArticles, warmUpSteps } from '../../lib/engine/warm-up-article';

describe("the background's warm-up", () => {
  it('reads stories of both events that the engine answers in full: an event, tied figures, credited tolls', () => {
    const findings = warmUpArticles().map((article) => annotate(article));
    const events = new Set(findings.map((f) => f.event));
    expect(events).toEqual(new Set(getReference().events.map((e) => e.id)));
    for (const f of findings) {
      expect(f.event).not.toBeNull();
      // Tying figures to facts and reading who said them runs only on an article with an event.
      expect(f.marks.some((m) => m.kind === 'figure' && m.fact !== null)).toBe(true);
    }
    expect(findings.some((f) => f.marks.some((m) => m.fact?.endsWith('.killed') && m.attribution !== null))).toBe(true);
  });

  it('reads every name of the reference once in its own step, twice over', () => {
    const reference = getReference();
    const findNames = vi.fn(reference.findNames);
    const steps = warmUpSteps();
    const spied = { ...reference, findNames };
    for (const step of steps) step(spied);
    const namesRead = findNames.mock.calls.filter(([text]) => reference.entities.every((e) => e.aliases.every((a) => text.includes(a))));
    expect(namesRead).toHaveLength(2);
    const found = new Set(reference.findNames(namesRead[0]![0]).map((n) => n.entity));
    for (const entity of reference.entities) expect(found.has(entity.id)).toBe(true);
  });
});
