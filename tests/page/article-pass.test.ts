// @vitest-environment happy-dom
/**
 * The article's way from the page to its highlights when the engine answers later and drawing is cut
 * into slices (lib/page/article-pass.ts): the reader waits, asks to be resumed, and ends with exactly
 * what drawing all at once gives; a page that rewrites its article meanwhile gets its new text drawn.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleText } from '../../lib/article/types';
import { answerFor } from '../../lib/engine/answer';
import type { EngineAnswer } from '../../lib/engine/findings-wire';
import { createArticleReader } from '../../lib/page/article-pass';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import type { PassResult } from '../../lib/page/pass';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const PARAGRAPH = `<p>American warplanes bombed a border crossing in eastern Syria late Thursday, the Pentagon said.
  The Syrian Observatory for Human Rights said at least 22 fighters were killed; a militia official said one.
  Pentagon spokesman John Kirby said two F-15E jets dropped seven precision-guided munitions.</p>`;
const ARTICLE = `<main><article><h1>U.S. jets strike Iran-backed militia sites in Syria</h1>${PARAGRAPH.repeat(24)}</article></main>`;

/** An engine that answers when told to, as the background does after a round trip. */
function deferredEngine() {
  const asked: Array<{ article: ArticleText; answer: (value: EngineAnswer | null) => void }> = [];
  const annotate = (article: ArticleText) => new Promise<EngineAnswer | null>((answer) => asked.push({ article, answer }));
  return { asked, annotate };
}

/** A clock that moves 1 ms each time it is read: a slice of `sliceMs` wraps a few pieces at a time. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

const drawnIds = () => [...document.querySelectorAll(FINDING_SELECTOR)].map((el) => `${el.getAttribute('data-crosscheck-id')}:${el.textContent}`);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

describe('reading an article when the engine answers later and drawing comes in slices', () => {
  it('waits for the engine, draws in several slices, and ends as drawing all at once does', async () => {
    const whole = createArticleReader({ annotate: answerFor, resume: () => {}, now: () => 0, sliceMs: Infinity });
    const once = whole(document, DEFAULT_SETTINGS, null) as PassResult;
    const expected = drawnIds();
    // More than a news story's worth, which would be drawn in one slice (draw-plan.ts, DRAWN_AT_ONCE).
    expect(expected.length).toBeGreaterThan(200);
    document.body.innerHTML = ARTICLE;

    const engine = deferredEngine();
    let resumes = 0;
    const read = createArticleReader({ annotate: engine.annotate, resume: () => resumes++, now: tickingClock(), sliceMs: 5 });
    // Reading, then the request to the engine, in steps that each ask to be resumed.
    expect(read(document, DEFAULT_SETTINGS, null)).toBe('wait');
    while (engine.asked.length === 0) {
      expect(resumes).toBeGreaterThan(0);
      expect(read(document, DEFAULT_SETTINGS, null, 'none')).toBe('wait');
    }
    expect(engine.asked).toHaveLength(1);
    expect(drawnIds()).toEqual([]);
    // Still waiting: asking again does not ask the engine again.
    expect(read(document, DEFAULT_SETTINGS, null, 'none')).toBe('wait');
    expect(engine.asked).toHaveLength(1);

    const resumedBefore = resumes;
    engine.asked[0]!.answer(answerFor(engine.asked[0]!.article));
    await flush();
    expect(resumes).toBe(resumedBefore + 1);
    let result: PassResult | 'wait' = 'wait';
    let slices = 0;
    const seen: number[] = [];
    while (result === 'wait') {
      result = read(document, DEFAULT_SETTINGS, null, 'none');
      slices++;
      seen.push(drawnIds().length);
    }
    expect(slices).toBeGreaterThan(3);
    // Each slice drew more, from the top of the article down.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(drawnIds()).toEqual(expected);
    expect(result.findings?.marks.map((m) => m.id)).toEqual(once.findings?.marks.map((m) => m.id));
    expect([...result.drawn.keys()].sort()).toEqual([...once.drawn.keys()].sort());
    // Where the time went, by the reader's clock: every slice counted, the wait for the engine apart.
    expect(result.timing?.drawSlices).toBe(slices);
    expect(result.timing!.answerMs).toBeGreaterThan(0);
    expect(result.timing!.drawMs).toBeGreaterThanOrEqual(slices);
  });

  it('starts again from the new text when the page rewrites its article between slices', async () => {
    const engine = deferredEngine();
    const read = createArticleReader({ annotate: engine.annotate, resume: () => {}, now: tickingClock(), sliceMs: 3 });
    // The article is read in steps of its own before the engine is asked.
    read(document, DEFAULT_SETTINGS, null);
    while (!engine.asked.length) expect(read(document, DEFAULT_SETTINGS, null, 'none')).toBe('wait');
    engine.asked[0]!.answer(answerFor(engine.asked[0]!.article));
    await flush();
    // Planning takes slices of its own before the first highlight.
    while (!drawnIds().length) expect(read(document, DEFAULT_SETTINGS, null, 'none')).toBe('wait');

    // The page replaces its last paragraph (a correction): the job's text is no longer the page's.
    const paragraphs = document.querySelectorAll('article p');
    paragraphs[paragraphs.length - 1]!.textContent = 'Correction: the Observatory later said 17 were killed.';
    expect(read(document, DEFAULT_SETTINGS, null, 'article')).toBe('wait');
    while (engine.asked.length < 2) expect(read(document, DEFAULT_SETTINGS, null, 'none')).toBe('wait');
    expect(engine.asked).toHaveLength(2);
    expect(engine.asked[1]!.article.text).toContain('Correction');
  });

  it('drops an answer that comes after the article changed, and counts a refused request as no event', async () => {
    const engine = deferredEngine();
    const read = createArticleReader({ annotate: engine.annotate, resume: () => {}, now: () => 0, sliceMs: Infinity });
    read(document, DEFAULT_SETTINGS, null);
    document.querySelector('h1')!.textContent = 'U.S. jets strike militia sites in Syria, Pentagon says';
    read(document, DEFAULT_SETTINGS, null, 'article');
    expect(engine.asked).toHaveLength(2);
    // The first answer arrives late: nothing is drawn for the old text.
    engine.asked[0]!.answer(answerFor(engine.asked[0]!.article));
    await flush();
    expect(read(document, DEFAULT_SETTINGS, null, 'none')).toBe('wait');
    expect(drawnIds()).toEqual([]);
    engine.asked[1]!.answer(null);
    await flush();
    const result = read(document, DEFAULT_SETTINGS, null, 'none');
    expect(result !== 'wait' && result.summary.state).toBe('no-event');
    expect(drawnIds()).toEqual([]);
  });

  it('reads a long article in steps too, and starts reading again when the page changes meanwhile', async () => {
    document.body.innerHTML = `<main><article><h1>U.S. jets strike Iran-backed militia sites in Syria</h1>${PARAGRAPH.repeat(300)}</article></main>`;
    const engine = deferredEngine();
    const read = createArticleReader({ annotate: engine.annotate, resume: () => {}, now: tickingClock(), sliceMs: 1 });
    expect(read(document, DEFAULT_SETTINGS, null)).toBe('wait');
    // Still reading: the engine has not been asked yet.
    expect(engine.asked).toHaveLength(0);
    // The page adds a paragraph while it is being read: the reading starts again and includes it.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Late update: the Pentagon said the jets returned safely.</p>');
    let steps = 0;
    for (let changed: 'article' | 'none' = 'article'; engine.asked.length === 0; changed = 'none') {
      expect(read(document, DEFAULT_SETTINGS, null, changed)).toBe('wait');
      steps++;
    }
    expect(steps).toBeGreaterThan(2);
    expect(engine.asked[0]!.article.text).toContain('Late update');
  });
});

