// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundPage } from '../../components/NotFoundPage';

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('NotFoundPage', () => {
  it('says what was not found, as an alert, and links to every choice in order', () => {
    const choices = [
      { id: 'b', href: 'x.html?id=b', label: 'Bravo' },
      { id: 'a', href: 'x.html?id=a', label: 'Alpha' },
    ];
    render(<NotFoundPage pageClass="x-page" title="Not here" message="No “zz”. Try:" messageClass="x-unknown" choices={choices} />, root);
    expect(root.querySelector('main')?.className).toBe('x-page');
    expect(root.querySelector('h1')?.textContent).toBe('Not here');
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('No “zz”. Try:');
    expect(alert?.className).toBe('x-unknown');
    expect([...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['x.html?id=b', 'Bravo'],
      ['x.html?id=a', 'Alpha'],
    ]);
  });

  it('gives the message no class when none is asked for', () => {
    render(<NotFoundPage pageClass="x-page" title="Not here" message="Nothing." choices={[]} />, root);
    expect(root.querySelector('[role="alert"]')?.hasAttribute('class')).toBe(false);
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });
});
