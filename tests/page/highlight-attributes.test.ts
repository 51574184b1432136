// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../lib/engine/findings';
import { restyleHighlights, wrapPiece } from '../../lib/page/highlights';
import { WHITE } from '../../lib/page/colours';

const mark: Mark = {
  id: 'k1',
  kind: 'figure',
  text: '22',
  start: 0,
  end: 2,
  fact: 'strike.killed',
  factLabel: 'people killed in the strike',
  value: { type: 'count', n: 22, qualifier: 'exact' },
  status: 'agrees',
  others: [{ source: 'a', outlet: null, label: 'outlet a', value: '22', attribution: null, quote: 'q', relation: 'same' }],
  attribution: null,
};

describe('a highlight’s attributes', () => {
  it('is one button with a description of its status', () => {
    document.body.innerHTML = '<p>So 22 died.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const el = wrapPiece(document, text, 3, 5, mark);
    expect(el.getAttribute('role')).toBe('button');
    expect(el.getAttribute('tabindex')).toBe('0');
    expect(el.getAttribute('aria-description')).toBe('figure, agrees with 1 other outlet');
    expect(el.hasAttribute('aria-expanded')).toBe(false);
    expect(document.querySelector('p')!.textContent).toBe('So 22 died.');
  });

  it('split over inline markup, takes one Tab stop: the first piece speaks for the whole', () => {
    document.body.innerHTML = '<p>So 2<b>2</b> died.</p>';
    const p = document.querySelector('p')!;
    // Drawn in any order (the drawing plan goes from the last piece of a node to its first).
    const second = wrapPiece(document, p.querySelector('b')!.firstChild as Text, 0, 1, mark);
    const first = wrapPiece(document, p.firstChild as Text, 3, 4, mark);
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('aria-label')).toBe('22');
    expect(second.hasAttribute('tabindex')).toBe(false);
    expect(second.hasAttribute('role')).toBe(false);
    expect(second.getAttribute('aria-hidden')).toBe('true');
    expect(second.getAttribute('data-crosscheck-id')).toBe('k1');
  });

  it('is quiet or stands out as the display setting says, restyled in place', () => {
    document.body.innerHTML = '<p>So 22 died.</p>';
    const el = wrapPiece(document, document.querySelector('p')!.firstChild as Text, 3, 5, mark);
    expect(el.getAttribute('data-crosscheck-look')).toBe('quiet');
    restyleHighlights(document, { display: 'figures', background: WHITE });
    expect(el.getAttribute('data-crosscheck-look')).toBe('loud');
    expect(el.getAttribute('style')).toContain('border-bottom:2px solid');
  });
});
