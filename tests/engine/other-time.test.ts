import { describe, expect, it } from 'vitest';
import { backgroundReader } from '../../lib/engine/other-time';
import type { Sentence } from '../../lib/engine/sentences';
import { eventById, STRIKE_2021 } from '../../lib/reference/events';

const event = eventById.get(STRIKE_2021)!;

/** One paragraph of the given sentences, each ending with a space. */
function paragraph(sentences: string[]): { text: string; spans: Sentence[] } {
  let text = '';
  const spans: Sentence[] = [];
  for (const s of sentences) {
    spans.push({ start: text.length, end: text.length + s.length, block: 0 });
    text += `${s} `;
  }
  return { text, spans };
}

describe('backgroundReader', () => {
  it('keeps a paragraph at the other time its first sentence dated, until a sentence gives a day of its own', () => {
    const { text, spans } = paragraph(['Back in 2019 the militias struck a base.', 'A contractor was killed.', 'On Thursday US jets struck back.']);
    const at = backgroundReader(text, spans, event);
    expect([at(0), at(1), at(2)]).toEqual([true, true, false]);
  });

  it('reads "in <month>" as another time only when it is not the event’s own month', () => {
    const own = paragraph(['The strike answered the rocket attack in Iraq earlier in February that killed a contractor.']);
    expect(backgroundReader(own.text, own.spans, event)(0)).toBe(false);
    const other = paragraph(['In March, a rocket attack killed a contractor at Al Asad.']);
    expect(backgroundReader(other.text, other.spans, event)(0)).toBe(true);
  });

  it('dates a timeline’s entries by the year heading above them, up to the next heading', () => {
    const blocks = ['2018', 'February 7: Coalition jets hit fighters near Deir ez-Zor.', '2021', 'February 25: US jets struck a border crossing.'];
    let text = '';
    const spans: Sentence[] = blocks.map((b, i) => {
      const span = { start: text.length, end: text.length + b.length, block: i };
      text += `${b}\n\n`;
      return span;
    });
    const at = backgroundReader(text, spans, event);
    expect([at(1), at(3)]).toEqual([true, false]);
  });

  it('reads a paragraph of many thousand sentences without running out of stack', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => (i === 0 ? 'Back in 2019 the militias struck a base.' : 'A contractor was hurt.'));
    const { text, spans } = paragraph(many);
    expect(backgroundReader(text, spans, event)(29_999)).toBe(true);
  });
});
