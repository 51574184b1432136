// @vitest-environment happy-dom
/**
 * The content script (the real entrypoint, in happy-dom with the fake browser) holds only the cheap
 * gate: it asks the background for the engine script only on a page the gate lets through, once, and
 * sets `data-crosscheck-ready` after every pass, whether the engine came, is still coming, or cannot.
 * "Injection" here is what the background does: run entrypoints/engine.ts in the same isolated world.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import content from '../../entrypoints/content/index';
import { MAX_ENGINE_REQUESTS } from '../../entrypoints/content/engine-loader';
import engineScript from '../../entrypoints/engine';
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

/** What the fake background does with a 'load-engine' request. */
type Injection = 'injects' | 'refuses' | 'throws';
let injection: Injection;
let sent: string[];

const html = document.documentElement;
const ready = () => html.getAttribute('data-crosscheck-ready');
const engineRequests = () => sent.filter((type) => type === 'load-engine').length;

/** How long the fake background takes to answer a 'load-engine' request. */
const INJECTION_MS = 20;
/** Lets the content script's pending promises and due timers run (an injection's round trip included). */
const settle = (ms = INJECTION_MS * 2) => vi.advanceTimersByTimeAsync(ms);

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
  injection = 'injects';
  fakeBrowser.runtime.sendMessage = (async (message: { type: string }) => {
    sent.push(message.type);
    if (message.type !== 'load-engine') return undefined;
    // A round trip to the background takes time: the first pass is seen waiting.
    await new Promise((resolve) => setTimeout(resolve, INJECTION_MS));
    if (injection === 'throws') throw new Error('Cannot access contents of the page');
    if (injection === 'refuses') return false;
    await engineScript.main();
    return true;
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

describe('the content script and the engine script', () => {
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

  it('asks once on a page the gate lets through, and is ready only when the engine’s pass is done', async () => {
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
    // One pass, measured once, from its start to the highlights drawn: the wait for the engine included.
    const passes = measure.mock.calls.filter(([name]) => name === 'crosscheck:pass');
    expect(passes).toHaveLength(1);
    const { start, end } = passes[0]![1] as { start: number; end: number };
    expect(end - start).toBeGreaterThanOrEqual(INJECTION_MS);
    expect(sent).toContain('page-summary');

    const first = Number(ready());
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Two F-15E jets took part.' }));
    await settle(3000);
    expect(Number(ready())).toBeGreaterThan(first);
    expect(document.querySelector('[data-crosscheck-fact="strike.aircraft"]')?.textContent).toBe('F-15E');
    expect(engineRequests()).toBe(1);
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

  it.each<Injection>(['refuses', 'throws'])(
    'is ready without an event when the background %s, and asks again on later passes, a bounded number of times',
    async (how) => {
      injection = how;
      await startContentScript(ARTICLE);
      expect(ready()).toBeNull();
      await settle();
      expect(ready()).not.toBeNull();
      expect(html.hasAttribute('data-crosscheck-event')).toBe(false);
      expect(document.querySelectorAll(FINDING_SELECTOR)).toHaveLength(0);
      expect(engineRequests()).toBe(1);

      const asked: number[] = [];
      for (let i = 1; i <= MAX_ENGINE_REQUESTS + 3; i++) {
        const before = Number(ready());
        await changePage(i);
        // Every re-pass finishes, with or without the engine.
        expect(Number(ready())).toBeGreaterThan(before);
        asked.push(engineRequests());
      }
      // One more request per re-pass until the bound, then none.
      expect(asked).toEqual(asked.map((_, i) => Math.min(i + 2, MAX_ENGINE_REQUESTS)));
      expect(asked.at(-1)).toBe(MAX_ENGINE_REQUESTS);
      expect(html.hasAttribute('data-crosscheck-event')).toBe(false);
    },
  );

  it('draws once the engine comes on a later pass, after a failed request', async () => {
    injection = 'refuses';
    await startContentScript(ARTICLE);
    await settle();
    expect(html.hasAttribute('data-crosscheck-event')).toBe(false);
    injection = 'injects';
    await changePage(1);
    expect(engineRequests()).toBe(2);
    expect(html.getAttribute('data-crosscheck-event')).toMatch(/^2021-02-25/);
    expect(document.querySelectorAll(FINDING_SELECTOR).length).toBeGreaterThan(0);
  });
});
