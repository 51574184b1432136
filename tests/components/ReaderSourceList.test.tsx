// @vitest-environment happy-dom
/** The options page's list of the reader's sources. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderSourceList } from '../../components/ReaderSourceList';
import type { ReaderSource } from '../../lib/annotations/reader-source';
import { saved } from '../support/reader-sources';

describe('ReaderSourceList', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('lists each source with its outlet, link and a Remove button that names it', () => {
    const removed: ReaderSource[] = [];
    const sources = [saved(), saved({ id: 'reader-bbbbbbbbbbbbbbbb', outlet: 'Second Outlet', url: 'https://second.example/a' })];
    render(<ReaderSourceList sources={sources} eventTitle={(id) => `event ${id}`} status="" onRemove={(s) => removed.push(s)} />, root);
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.reader-source-outlet')?.textContent)).toEqual(['Harbour Gazette', 'Second Outlet']);
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe('https://second.example/a');
    const remove = items[1]!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove Second Outlet');
    act(() => remove.click());
    expect(removed.map((s) => s.id)).toEqual(['reader-bbbbbbbbbbbbbbbb']);
  });

  it('says when there is none', () => {
    render(<ReaderSourceList sources={[]} eventTitle={(id) => id} status="" onRemove={() => {}} />, root);
    expect(root.textContent).toContain('You have not added any article yet.');
  });
});
