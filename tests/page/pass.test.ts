// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { runPass } from '../../lib/page/pass';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <span>Top 10 stories of 2021</span></nav></header>
  <main><article>
    <h1>U.S. jets strike Iran-backed militia sites in Syria</h1>
    <p>American warplanes bombed a border crossing in eastern Syria <strong>late Thursday</strong>, the Pentagon said,
       in response to a Feb. 15 rocket attack on <a href="/erbil">Erbil</a>.</p>
    <p>The Syrian Observatory for Human Rights said <b>at least 22</b> fighters were killed.
       Pentagon spokesman John Kirby called the strike proportionate.</p>
    <figure><figcaption>Smoke rises near Abu Kamal on Feb. 26, 2021. 17 photos.</figcaption></figure>
    <textarea>22 killed, 17 killed</textarea>
  </article></main>
  <footer>© 2021 Example News. 1200 employees.</footer>`;

describe('a pass over a live page', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('data-crosscheck-event');
    document.documentElement.removeAttribute('data-crosscheck-ready');
    document.body.innerHTML = ARTICLE;
  });

  it('highlights the article, sets the contract attributes and leaves the text unchanged', () => {
    const before = document.body.textContent;
    const result = runPass(document, DEFAULT_SETTINGS, null);
    expect(document.documentElement.getAttribute('data-crosscheck-event')).toMatch(/^2021-02-25/);
    expect(document.documentElement.hasAttribute('data-crosscheck-ready')).toBe(true);
    expect(document.body.textContent).toBe(before);
    const killed = [...document.querySelectorAll('[data-crosscheck-fact="strike.killed"]')];
    expect(killed.map((el) => el.textContent)).toEqual(['at least 22']);
    expect(killed[0]?.getAttribute('data-crosscheck-status')).toBe('differs');
    expect(killed[0]?.getAttribute('tabindex')).toBe('0');
    expect(result.summary.counts.differs).toBeGreaterThan(0);
  });

  it('draws nothing in the nav, the caption, the textarea or the footer', () => {
    runPass(document, DEFAULT_SETTINGS, null);
    for (const el of document.querySelectorAll(FINDING_SELECTOR)) {
      expect(el.closest('nav, header, footer, figcaption, textarea, figure')).toBeNull();
    }
    expect(document.querySelector('textarea')?.value).toBe('22 killed, 17 killed');
  });

  it('keeps links working: a highlight inside a link stays inside it', () => {
    runPass(document, DEFAULT_SETTINGS, null);
    const erbil = document.querySelector('[data-crosscheck-fact="name.erbil"]');
    expect(erbil?.closest('a')?.getAttribute('href')).toBe('/erbil');
  });

  it('removes everything it drew when switched off, restoring the page’s DOM', () => {
    const html = document.body.innerHTML;
    const first = runPass(document, DEFAULT_SETTINGS, null);
    expect(document.querySelectorAll(FINDING_SELECTOR).length).toBeGreaterThan(3);
    runPass(document, { ...DEFAULT_SETTINGS, autoHighlight: false }, first);
    expect(document.querySelectorAll(FINDING_SELECTOR).length).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    expect(document.documentElement.hasAttribute('data-crosscheck-event')).toBe(false);
    expect(document.documentElement.hasAttribute('data-crosscheck-ready')).toBe(true);
  });

  it('does not redraw when the article has not changed, and redraws when it has', () => {
    const first = runPass(document, DEFAULT_SETTINGS, null);
    const el = first.drawn.values().next().value?.[0];
    const second = runPass(document, DEFAULT_SETTINGS, first);
    expect(second).toBe(first);
    expect(el?.isConnected).toBe(true);
    document.querySelector('article')?.insertAdjacentHTML('beforeend', '<p>Officials said two F-15E jets took part.</p>');
    const third = runPass(document, DEFAULT_SETTINGS, second);
    expect(third).not.toBe(second);
    expect(document.querySelector('[data-crosscheck-fact="strike.aircraft"]')?.textContent).toBe('F-15E');
    // Still exactly one highlight per mark piece: nothing drawn twice.
    expect(document.querySelectorAll('[data-crosscheck-fact="strike.killed"]').length).toBe(1);
  });

  it('draws only names when figures are switched off, and nothing on a site that is off', () => {
    runPass(document, { ...DEFAULT_SETTINGS, figures: false }, null);
    const kinds = new Set([...document.querySelectorAll(FINDING_SELECTOR)].map((el) => el.getAttribute('data-crosscheck-kind')));
    expect([...kinds]).toEqual(['name']);
  });

  it('touches only the ready attribute on a page about something else', () => {
    document.body.innerHTML = '<article><p>The Lakers won 112-104 on Thursday; James scored 22 points.</p></article>';
    const html = document.body.innerHTML;
    const result = runPass(document, DEFAULT_SETTINGS, null);
    expect(result.summary.state).toBe('no-event');
    expect(document.body.innerHTML).toBe(html);
    expect(document.documentElement.hasAttribute('data-crosscheck-event')).toBe(false);
  });
});
