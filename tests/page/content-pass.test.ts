// @vitest-environment happy-dom
/**
 * The content script (the real entrypoint, in happy-dom with the fake browser) reads the article and
 * draws, and asks the background's engine (the real handler, background/annotate.ts) only on a page
 * its cheap gate lets through; it sets `data-crosscheck-ready` after every pass, whether the engine
 * answered, is still working, or cannot answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import content from '../../entrypoints/content/index';
import { answerAnnotate } from '../../entrypoints/background/annotate';
import { FINDING_SELECTOR } from '../../lib/page/highlights';

const ARTICLE = `
  <main><article>
    <h1>U.S. jets strike Iran-backed militia sites in Syria</h1>
    <p>American warplanes bombed a border crossing in eastern Syria late Thursday, the Pentagon said,
       in response to a Feb. 15 rocket attack on Erbil.</p>
    <p>The Syrian Observatory for Human Rights said at least 22 fighters were killed.
       Pentagon spokesman John Kirby called the strike proportionate.</p>
  </article></main>`;
const UNRELATED = `
  <main><article>
    <h1>Lakers beat Celtics in overtime</h1>
    <p>The Lakers won 112-104 on Thursday; James scored 22 points and struck the winning shot.</p>
  </article></main>`;

/** What the fake background does with an 'annotate' request. */
type Engine = 'answers' | 'refuses' | 'throws';
let engine: Engine;
let sent: string[];

const html = document.documentElement;
const ready = () => html.getAttribute('data-crosscheck-ready');
const engineRequests = () => sent.filter((type) => type === 'annotate').length;

/** How long the fake background takes to answer an 'annotate' request. */
const ENGINE_MS = 20;
/** Lets the content script's pending promises, tasks and due timers run (the engine's round trip included). */
async function settle(ms = ENGINE_MS * 2): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await vi.advanceTimersByTimeAsync(ms / 4);
    // The pass's next step runs in a task of its own (lib/page/next-task.ts), which fake timers do not run.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Changes the page where a pass looks, and waits past the re-pass scheduler's delays. */
async function changePage(i: number): Promise<void> {
  const p = document.createElement('p');
  p.textContent = `Update ${i}: more on the story.`;
  document.querySelector('article')!.append(p);
  await settle(3000);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  fakeBrowser.reset();
  html.removeAttribute('data-crosscheck-ready');
  html.removeAttribute('data-crosscheck-event');
  sent = [];
  engine = 'answers';
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; article?: unknown }) => {
    sent.push(message.type);
    if (message.type !== 'annotate') return undefined;
    // A round trip to the background takes time: the first pass is seen waiting.
    await new Promise((resolve) => setTimeout(resolve, ENGINE_MS));
    if (engine === 'throws') throw new Error('Could not establish connection. Receiving end does not exist.');
    if (engine === 'refuses') return null;
    // Through a structured clone, as a real message travels.
    return structuredClone(answerAnnotate(structuredClone(message)));
  }) as never;
});

afterEach(async () => {
  // Ends the content script as an extension reload does (its context sees the runtime gone), so no
  // observer or timer of this test reaches the next one.
  const id = fakeBrowser.runtime.id;
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
  await settle(2000);
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true, writable: true });
  vi.useRealTimers();
});

async function startContentScript(body: string): Promise<void> {
  document.body.innerHTML = body;
  await (content.main as () => Promise<void>)();
}

describe('the content script and the engine in the background', () => {
  it('never asks for the engine on a page the gate turns away, and is ready after every pass', async () => {
    await startContentScript(UNRELATED);
    expect(ready()).not.toBeNull();
    const first = Number(ready());
    await settle();
    await changePage(1);
    expect(Number(ready())).toBeGreaterThan(first);
    expect(html.hasAttribute('data-crosscheck-event')).toBe(false);
    expect(engineRequests()).toBe(0);
    expect(document.querySelectorAll(FINDING_SELECTOR)).toHaveLength(0);
  });

  it('asks once on a page the gate lets through, and is ready only when the highlights are drawn', async () => {
    // Fake timers stub User Timing: what the script measures is read from its calls.
    const measure = vi.spyOn(performance, 'measure');
    await startContentScript(ARTICLE);
    // The first pass waits for the engine: not ready yet, nothing drawn.
    expect(engineRequests()).toBe(1);
    expect(ready()).toBeNull();
    await settle();
    expect(ready()).not.toBeNull();
    expect(html.getAttribute('data-crosscheck-event')).toMatch(/^2021-02-25/);
    expect([...document.querySelectorAll('[data-crosscheck-fact="strike.killed"]')].map((el) => el.textContent)).toEqual(['at least 22']);
    // One pass, measured once, from its start to the highlights drawn: the engine's round trip included.
    const passes = measure.mock.calls.filter(([name]) => name === 'crosscheck:pass');
    expect(passes).toHaveLength(1);
    const { start, end } = passes[0]![1] as { start: number; end: number };
    expect(end - start).toBeGreaterThanOrEqual(ENGINE_MS);
    expect(sent).toContain('page-summary');

    const first = Number(ready());
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Two F-15E jets took part.' }));
    await settle(3000);
    expect(Number(ready())).toBeGreaterThan(first);
    expect(document.querySelector('[data-crosscheck-fact="strike.aircraft"]')?.textContent).toBe('F-15E');
    // The article changed: the engine was asked again, for the new text.
    expect(engineRequests()).toBe(2);
  });

  it('asks when an article arrives on a page that had none', async () => {
    await startContentScript('<main><p>Loading…</p></main>');
    expect(ready()).not.toBeNull();
    expect(engineRequests()).toBe(0);
    document.querySelector('main')!.innerHTML = ARTICLE;
    await settle(3000);
    expect(engineRequests()).toBe(1);
    expect(html.getAttribute('data-crosscheck-event')).toMatch(/^2021-02-25/);
  });

  it.each<Engine>(['refuses', 'throws'])('is ready without an event when the background %s, and asks again when the article changes', async (how) => {
    engine = how;
    await startContentScript(ARTICLE);
    expect(ready()).toBeNull();
    await settle();
    expect(ready()).not.toBeNull();
    expect(html.hasAttribute('data-crosscheck-event')).toBe(false);
    expect(document.querySelectorAll(FINDING_SELECTOR)).toHaveLength(0);
    expect(engineRequests()).toBe(1);
    const before = Number(ready());
    await changePage(1);
    // Every re-pass finishes, with or without the engine, and each new text is asked about once.
    expect(Number(ready())).toBeGreaterThan(before);
    expect(engineRequests()).toBe(2);
  });

  it('draws once the engine comes on a later pass, after a failed request', async () => {
    engine = 'refuses';
    await startContentScript(ARTICLE);
    await settle();
    expect(html.hasAttribute('data-crosscheck-event')).toBe(false);
    engine = 'answers';
    await changePage(1);
    expect(engineRequests()).toBe(2);
    expect(html.getAttribute('data-crosscheck-event')).toMatch(/^2021-02-25/);
    expect(document.querySelectorAll(FINDING_SELECTOR).length).toBeGreaterThan(0);
  });
});
