// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextWrapper } from '../../lib/page/highlights';

function make(label: string) {
  return () => {
    const el = document.createElement('crosscheck-mark');
    el.setAttribute('data-label', label);
    return el;
  };
}

const labelsAround = (node: Node | null): string[] => {
  const out: string[] = [];
  for (let el = node?.parentElement ?? null; el && el.tagName.toLowerCase() === 'crosscheck-mark'; el = el.parentElement) {
    out.push(el.getAttribute('data-label')!);
  }
  return out;
};

describe('TextWrapper', () => {
  it('wraps pieces of one node in any order with offsets in the original node', () => {
    document.body.innerHTML = '<p>abcdefghij</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const wrapper = new TextWrapper();
    expect(wrapper.wrap(text, 2, 4, make('first')).map((e) => e.textContent)).toEqual(['cd']);
    expect(wrapper.wrap(text, 7, 9, make('later')).map((e) => e.textContent)).toEqual(['hi']);
    expect(wrapper.wrap(text, 0, 1, make('start')).map((e) => e.textContent)).toEqual(['a']);
    expect(document.querySelector('p')!.textContent).toBe('abcdefghij');
    expect(document.querySelectorAll('crosscheck-mark')).toHaveLength(3);
  });

  it('nests an overlapping range: one element per fragment it covers', () => {
    document.body.innerHTML = '<p>abcdefghij</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const wrapper = new TextWrapper();
    wrapper.wrap(text, 3, 6, make('inner'));
    const outer = wrapper.wrap(text, 1, 8, make('outer'));
    expect(outer.map((e) => e.textContent)).toEqual(['bc', 'def', 'gh']);
    // The range drawn later sits closest to the text.
    const d = document.querySelector('[data-label="inner"]')!.firstChild!.firstChild;
    expect(labelsAround(d)).toEqual(['outer', 'inner']);
    expect(document.querySelector('p')!.textContent).toBe('abcdefghij');
  });

  it('skips a piece whose node the page removed or shortened since', () => {
    document.body.innerHTML = '<p>abcdefghij</p><p>klm</p>';
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const wrapper = new TextWrapper();
    second!.remove();
    expect(wrapper.wrap(second!, 0, 2, make('gone'))).toEqual([]);
    expect(wrapper.wrap(first!, 6, 8, make('kept'))).toHaveLength(1);
    // The page cuts the head of the node (now "abcdef") to "abc": a piece past its end is not drawn.
    first!.data = 'abc';
    expect(wrapper.wrap(first!, 2, 5, make('cut'))).toEqual([]);
    expect(wrapper.wrap(first!, 0, 2, make('fits')).map((e) => e.textContent)).toEqual(['ab']);
    expect(wrapper.wrap(new Text('xy'), 0, 5, make('short'))).toEqual([]);
  });
});
