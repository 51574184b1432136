// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { changeScope, type ChangeScope } from '../../lib/page/changes';

const PAGE = `
  <header><span id="clock">12:00:00</span></header>
  <main><article id="story">
    <h1>U.S. strikes militia sites in Syria</h1>
    <aside id="box"><span id="ticker">Markets</span></aside>
    <p id="p1">The Syrian Observatory said 22 fighters were killed.</p>
  </article></main>
  <div id="comments"></div>
  <footer>© Example</footer>`;

/** The scope of what `mutate` does, as the content script's MutationObserver reports it. */
async function scopeOf(root: Element | null, mutate: () => void): Promise<ChangeScope> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  mutate();
  await new Promise((r) => setTimeout(r, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return changeScope(records, root);
}

const $ = (id: string) => document.getElementById(id)!;
const longParagraphs = (n: number) => Array.from({ length: n }, () => `<p>${'Officials said more about the strike. '.repeat(4)}</p>`).join('');

describe('which page changes count for the next pass', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('ignores a clock ticking outside the article, as text or as new nodes', async () => {
    expect(await scopeOf($('story'), () => ($('clock').textContent = '12:00:01'))).toBe('none');
    expect(await scopeOf($('story'), () => (($('clock').firstChild as Text).data = '12:00:02'))).toBe('none');
  });

  it('counts every change before an article is found', async () => {
    expect(await scopeOf(null, () => ($('clock').textContent = '12:00:01'))).toBe('page');
    expect(await scopeOf(null, () => (($('clock').firstChild as Text).data = '12:00:02'))).toBe('page');
  });

  it('counts a change inside the article, but not inside its skipped parts', async () => {
    expect(await scopeOf($('story'), () => (($('p1').firstChild as Text).data = 'Now 23 fighters were killed.'))).toBe('article');
    expect(await scopeOf($('story'), () => $('p1').append(' More.'))).toBe('article');
    expect(await scopeOf($('story'), () => ($('ticker').textContent = 'Dow −5'))).toBe('none');
  });

  it('counts another article added outside, or enough paragraphs to compete, but not a few comments', async () => {
    expect(await scopeOf($('story'), () => $('comments').insertAdjacentHTML('beforeend', '<article><p>Next story</p></article>'))).toBe('page');
    expect(await scopeOf($('story'), () => $('comments').insertAdjacentHTML('beforeend', `<div>${longParagraphs(3)}</div>`))).toBe('page');
    expect(await scopeOf($('story'), () => $('comments').insertAdjacentHTML('beforeend', '<div><p>First!</p><p>Nice.</p></div>'))).toBe('none');
  });

  it('counts everything once the article root has left the page', async () => {
    const story = $('story');
    expect(await scopeOf(story, () => story.remove())).toBe('page');
  });

  it('ignores Crosscheck’s own highlights and UI', async () => {
    const story = $('story');
    expect(
      await scopeOf(story, () => {
        const mark = document.createElement('crosscheck-mark');
        mark.textContent = '22';
        $('p1').append(mark);
        const host = document.createElement('div');
        host.setAttribute('data-crosscheck-ui', 'popover');
        document.body.append(host);
        host.append(document.createElement('span'));
      }),
    ).toBe('none');
  });

  it('counts a page putting the text of a removed highlight back (undoing Crosscheck’s work)', async () => {
    const mark = document.createElement('crosscheck-mark');
    mark.textContent = '22';
    $('p1').append(mark);
    expect(await scopeOf($('story'), () => mark.replaceWith(document.createTextNode('22')))).toBe('article');
  });
});
