// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as fromDom from '../../lib/article/from-dom';
import { answerFor } from '../../lib/engine/answer';
import { createArticleReader } from '../../lib/page/article-pass';
import type { ChangeScope } from '../../lib/page/changes';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { highlightsUndone, runPass, type PassResult } from '../../lib/page/pass';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

// The real extraction, counted: the cheap check must answer without it.
vi.mock('../../lib/article/from-dom', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/article/from-dom')>();
  return { ...actual, readDocument: vi.fn(actual.readDocument) };
});
const extractions = () => vi.mocked(fromDom.readDocument).mock.calls.length;

/** The engine in-process and drawing all at once: every pass completes in one call. */
const readNow = createArticleReader({ annotate: answerFor, resume: () => {}, now: () => 0, sliceMs: Infinity });

function pass(settings: Settings, previous: PassResult | null, changed: ChangeScope = 'page'): PassResult {
  const result = runPass(document, settings, previous, changed, readNow);
  if (!result) throw new Error('the pass waited, with the engine in-process');
  return result;
}

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
    const result = pass(DEFAULT_SETTINGS, null);
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
    pass(DEFAULT_SETTINGS, null);
    for (const el of document.querySelectorAll(FINDING_SELECTOR)) {
      expect(el.closest('nav, header, footer, figcaption, textarea, figure')).toBeNull();
    }
    expect(document.querySelector('textarea')?.value).toBe('22 killed, 17 killed');
  });

  it('keeps links working: a highlight inside a link stays inside it', () => {
    pass(DEFAULT_SETTINGS, null);
    const erbil = document.querySelector('[data-crosscheck-fact="name.erbil"]');
    expect(erbil?.closest('a')?.getAttribute('href')).toBe('/erbil');
  });

  it('removes everything it drew when switched off, restoring the page’s DOM', () => {
    const html = document.body.innerHTML;
    const first = pass(DEFAULT_SETTINGS, null);
    expect(document.querySelectorAll(FINDING_SELECTOR).length).toBeGreaterThan(3);
    pass({ ...DEFAULT_SETTINGS, autoHighlight: false }, first);
    expect(document.querySelectorAll(FINDING_SELECTOR).length).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    expect(document.documentElement.hasAttribute('data-crosscheck-event')).toBe(false);
    expect(document.documentElement.hasAttribute('data-crosscheck-ready')).toBe(true);
  });

  it('does not redraw when the article has not changed, and redraws when it has', () => {
    const first = pass(DEFAULT_SETTINGS, null);
    const el = first.drawn.values().next().value?.[0];
    const second = pass(DEFAULT_SETTINGS, first);
    expect(second).toBe(first);
    expect(el?.isConnected).toBe(true);
    document.querySelector('article')?.insertAdjacentHTML('beforeend', '<p>Officials said two F-15E jets took part.</p>');
    const third = pass(DEFAULT_SETTINGS, second);
    expect(third).not.toBe(second);
    expect(document.querySelector('[data-crosscheck-fact="strike.aircraft"]')?.textContent).toBe('F-15E');
    // Still exactly one highlight per mark piece: nothing drawn twice.
    expect(document.querySelectorAll('[data-crosscheck-fact="strike.killed"]').length).toBe(1);
  });

  it('draws only names when figures are switched off, and nothing on a site that is off', () => {
    pass({ ...DEFAULT_SETTINGS, figures: false }, null);
    const kinds = new Set([...document.querySelectorAll(FINDING_SELECTOR)].map((el) => el.getAttribute('data-crosscheck-kind')));
    expect([...kinds]).toEqual(['name']);
  });

  it('touches only the ready attribute on a page about something else', () => {
    document.body.innerHTML = '<article><p>The Lakers won 112-104 on Thursday; James scored 22 points.</p></article>';
    const html = document.body.innerHTML;
    const result = pass(DEFAULT_SETTINGS, null);
    expect(result.summary.state).toBe('no-event');
    expect(document.body.innerHTML).toBe(html);
    expect(document.documentElement.hasAttribute('data-crosscheck-event')).toBe(false);
  });

  it('answers from the article’s text alone when only the article may have changed, and it has not', () => {
    const first = pass(DEFAULT_SETTINGS, null);
    const ready = Number(document.documentElement.getAttribute('data-crosscheck-ready'));
    const before = extractions();
    expect(pass(DEFAULT_SETTINGS, first, 'article')).toBe(first);
    expect(pass(DEFAULT_SETTINGS, first, 'none')).toBe(first);
    expect(extractions()).toBe(before);
    // Still a pass, as the contract counts them.
    expect(Number(document.documentElement.getAttribute('data-crosscheck-ready'))).toBe(ready + 2);
    // A change elsewhere that counts (another candidate) reads the page again, and finds the same article.
    expect(pass(DEFAULT_SETTINGS, first, 'page')).toBe(first);
    expect(extractions()).toBe(before + 1);
  });

  it('reads the article again when its text changed, and redraws only when the extracted text did', () => {
    const first = pass(DEFAULT_SETTINGS, null);
    const before = extractions();
    // Text in a part extraction skips (a textarea) changes the element's text, not the article's.
    document.querySelector('textarea')!.textContent = '40 killed';
    expect(pass(DEFAULT_SETTINGS, first, 'article')).toBe(first);
    expect(extractions()).toBe(before + 1);
    // The new text is remembered: the next unchanged pass is cheap again.
    expect(pass(DEFAULT_SETTINGS, first, 'article')).toBe(first);
    expect(extractions()).toBe(before + 1);
    document.querySelector('article p')!.append(' Two F-15E jets took part.');
    const next = pass(DEFAULT_SETTINGS, first, 'article');
    expect(next).not.toBe(first);
    expect(document.querySelector('[data-crosscheck-fact="strike.aircraft"]')?.textContent).toBe('F-15E');
  });

  it('keeps its highlights when only the address changes, and reports the new address', () => {
    const first = pass(DEFAULT_SETTINGS, null);
    const el = first.drawn.values().next().value?.[0];
    history.replaceState(null, '', '#comments');
    const second = pass(DEFAULT_SETTINGS, first, 'page');
    history.replaceState(null, '', location.pathname);
    expect(el?.isConnected).toBe(true);
    expect(second.drawn).toBe(first.drawn);
    expect(second.summary.url).toMatch(/#comments$/);
  });

  it('knows when the page removed its highlights, and draws them again', () => {
    const first = pass(DEFAULT_SETTINGS, null);
    expect(highlightsUndone(first)).toBe(false);
    for (const el of document.querySelectorAll(FINDING_SELECTOR)) el.replaceWith(...Array.from(el.childNodes));
    expect(highlightsUndone(first)).toBe(true);
    const second = pass(DEFAULT_SETTINGS, first, 'article');
    expect(second).not.toBe(first);
    expect(highlightsUndone(second)).toBe(false);
    expect([...document.querySelectorAll('[data-crosscheck-fact="strike.killed"]')].map((el) => el.textContent)).toEqual(['at least 22']);
  });

  it('redraws when the figures or names switch changes, though the article has not', () => {
    const first = pass(DEFAULT_SETTINGS, null);
    expect(document.querySelectorAll('[data-crosscheck-kind="figure"]').length).toBeGreaterThan(0);
    pass({ ...DEFAULT_SETTINGS, figures: false }, first, 'page');
    expect(document.querySelectorAll('[data-crosscheck-kind="figure"]').length).toBe(0);
    expect(document.querySelectorAll('[data-crosscheck-kind="name"]').length).toBeGreaterThan(0);
  });

  it.each([
    ['soft hyphen', '\u00AD'],
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
  ])('reads "22" through a %s as one highlight of 22', (_name, invisible) => {
    const p = document.querySelector('article p:nth-of-type(2)')!;
    p.textContent = `The Syrian Observatory for Human Rights said 2${invisible}2 fighters were killed.`;
    const before = document.body.textContent;
    const result = pass(DEFAULT_SETTINGS, null);
    const killed = [...document.querySelectorAll('[data-crosscheck-fact="strike.killed"]')];
    expect(killed).toHaveLength(1);
    expect(killed[0]!.textContent).toBe(`2${invisible}2`);
    expect(result.findings?.marks.find((m) => m.fact === 'strike.killed')?.text).toBe('22');
    expect(new Set(killed.map((el) => el.getAttribute('data-crosscheck-id'))).size).toBe(1);
    expect(document.body.textContent).toBe(before);
  });
});
