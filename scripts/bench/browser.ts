/**
 * The bench in real Chromium: on each bench page, Crosscheck's pass (the `crosscheck:pass` User Timing
 * measure, from its start to the last highlight drawn), the floor (one TreeWalker read of the page's
 * text, the least any text scan can cost), mark.js given the same names and figures in a browser
 * without the extension, and how long the page was frozen during the pass: the longest gap of a 4 ms
 * heartbeat in the page, and the longest task the Long Tasks API saw.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchPlain, launchWithExtension } from '../../tests/e2e/support/chromium';
import type { BenchPage } from './pages';
import { median } from './median';

export interface PageRun {
  page: string;
  words: number;
  /** Medians over the loads. */
  pass: number;
  floor: number;
  markjs: number | null;
  /**
   * The least drawing the same highlights can cost, under CONTRACT.md §1 (an element per highlight): the
   * same text ranges wrapped in elements styled as Crosscheck's, all in one task with no reading and no
   * engine, and the page's layout after it. Measured on a page without the extension.
   */
  drawFloor: number | null;
  frozen: number;
  longestTask: number;
  highlights: number;
  /** Medians of where the pass's time went (the measure's detail), and the engine's own time in the background. */
  stages: Stages;
}

export interface Stages {
  read: number;
  answer: number;
  engine: number;
  draw: number;
  slices: number;
}

/**
 * In the page, before its own scripts: a heartbeat, a record of long tasks, and a promise of the pass's
 * end (the ready attribute). The bench waits on that promise over CDP rather than with Playwright's
 * waitForSelector, which injects Playwright's own script into the page: 20-30 ms of the page's main
 * thread, in the middle of the pass it would be measuring.
 */
export const WATCH = `(() => {
  window.__ccReady = new Promise((resolve) => {
    // <html> may not exist yet when this runs: watch the document for the attribute.
    const done = () => document.documentElement?.hasAttribute('data-crosscheck-ready') && (observer.disconnect(), resolve(true));
    const observer = new MutationObserver(done);
    observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-crosscheck-ready'] });
    done();
  });
  const beats = (window.__ccBeats = []);
  setInterval(() => beats.push(performance.now()), 4);
  const tasks = (window.__ccTasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface Measured {
  pass: number;
  floor: number;
  frozen: number;
  longestTask: number;
  highlights: number;
  terms: string[];
  /** Each highlight's text range, as [start, end] in the concatenated text of the body's text nodes. */
  spans: Array<[number, number]>;
  /** A drawn highlight's inline style, for the drawing floor's elements. */
  style: string;
  detail: { readMs: number; answerMs: number; drawMs: number; drawSlices: number } | null;
}

/** In the page, once the pass is done. */
const MEASURE = (): Measured => {
  const w = window as unknown as { __ccBeats: number[]; __ccTasks: Array<[number, number]> };
  const entry = performance.getEntriesByName('crosscheck:pass')[0];
  const start = entry?.startTime ?? 0;
  const end = start + (entry?.duration ?? 0);
  let frozen = 0;
  const beats = w.__ccBeats;
  for (let i = 1; i < beats.length; i++) {
    const [a, b] = [beats[i - 1] as number, beats[i] as number];
    // Only the part of a gap inside the pass: the page's own load work before it is not Crosscheck's.
    if (b >= start && a <= end) frozen = Math.max(frozen, b - Math.max(a, start));
  }
  const longestTask = Math.max(0, ...w.__ccTasks.filter(([s]) => s >= start && s <= end).map(([, d]) => d));
  // The clock is coarse (0.1 ms or worse): time many reads and divide.
  const reads = 50;
  let chars = 0;
  const t0 = performance.now();
  for (let i = 0; i < reads; i++) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  }
  const floor = (performance.now() - t0) / reads + (chars < 0 ? 1 : 0);
  const marks = [...document.querySelectorAll('crosscheck-mark')];
  const terms = [...new Set(marks.map((m) => (m.textContent ?? '').trim()).filter(Boolean))].slice(0, 35);
  // Drawing splits text nodes but keeps the text: offsets in the whole text hold for the page without highlights.
  const spans: Array<[number, number]> = [];
  let at = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const parent = node.parentElement;
    if (parent?.localName === 'crosscheck-mark' && parent.firstChild === node) spans.push([at, at + (parent.textContent ?? '').length]);
    at += node.data.length;
  }
  const style = marks[0]?.getAttribute('style') ?? '';
  const detail = (entry as PerformanceMeasure | undefined)?.detail ?? null;
  return { pass: entry?.duration ?? NaN, floor, frozen, longestTask, highlights: marks.length, terms, spans, style, detail };
};

/**
 * mark.js over the page, given `terms`, as a highlighter extension would run it. A string, not a
 * function: tsx would wrap a function's callbacks in a helper the page does not have.
 */
const MARKJS = (terms: string[]) => `new Promise((resolve) => {
  const t0 = performance.now();
  new window.Mark(document.body).mark(${JSON.stringify(terms)}, { separateWordSearch: false, done: () => resolve(performance.now() - t0) });
})`;

/**
 * The drawing floor, in a page without the extension: wraps `spans` (offsets in the body's text) in
 * elements with `style`, last to first so earlier offsets stay put, then asks for layout, in one task.
 */
const DRAW_FLOOR = (spans: Array<[number, number]>, style: string) => `(() => {
  const spans = ${JSON.stringify(spans)};
  const t0 = performance.now();
  const nodes = [], starts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let at = 0;
  while (walker.nextNode()) { nodes.push(walker.currentNode); starts.push(at); at += walker.currentNode.data.length; }
  let n = nodes.length - 1;
  for (let i = spans.length - 1; i >= 0; i--) {
    const [start, end] = spans[i];
    while (n > 0 && starts[n] > start) n--;
    const node = nodes[n];
    if (end - starts[n] < node.data.length) node.splitText(end - starts[n]);
    const piece = start > starts[n] ? node.splitText(start - starts[n]) : node;
    const el = document.createElement('crosscheck-mark');
    el.setAttribute('style', ${JSON.stringify(style)});
    piece.parentNode.insertBefore(el, piece);
    el.appendChild(piece);
  }
  void document.body.offsetHeight;
  const ms = performance.now() - t0;
  // Each span wrapped whole: the elements hold exactly the spans' characters.
  const drawn = [...document.querySelectorAll('crosscheck-mark')].filter((el, i) => el.textContent.length === spans[i][1] - spans[i][0]).length;
  return { ms, drawn };
})()`;

/** Where the bench pages are served from: routed inside the browser, never a real server. */
export const BENCH_ORIGIN = 'http://127.0.0.1:9';

/** Serves `pages` at BENCH_ORIGIN in `context`. */
export async function serve(context: BrowserContext, pages: readonly BenchPage[]): Promise<void> {
  await context.route(`${BENCH_ORIGIN}/bench/**`, (route) => {
    const page = pages.find((p) => route.request().url().endsWith(p.path));
    return page ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.html }) : route.fulfill({ status: 404 });
  });
}

/** The background's own time for its latest answer (the `crosscheck:engine` measure). */
export function engineTime(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(() => performance.getEntriesByName('crosscheck:engine').at(-1)?.duration ?? NaN);
}

/** Waits, over CDP (nothing injected into the page), until the page's pass has set the ready attribute. */
export async function passDone(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const evaluated = cdp.send('Runtime.evaluate', { expression: 'window.__ccReady', awaitPromise: true, returnByValue: true });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no pass on ${page.url()} within 60 s`)), 60_000).unref());
    await Promise.race([evaluated, timeout]);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The pass on each page, `loads` times each (fewer for 100k words), with the extension in `extensionDir`. */
export async function benchInBrowser(extensionDir: string, pages: readonly BenchPage[], loads: number): Promise<PageRun[]> {
  const ext = await launchWithExtension({ extensionDir });
  const plain = await launchPlain();
  const markjsFile = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  const out: PageRun[] = [];
  try {
    await serve(ext.context, pages);
    const plainContext = await plain.browser.newContext();
    await serve(plainContext, pages);
    // mark.js gets the names and figures Crosscheck drew on the on-topic page of the same size.
    const termsFor = new Map<number, string[]>();
    for (const bench of pages) {
      const runs: Measured[] = [];
      const engine: number[] = [];
      for (let i = 0; i < (bench.words >= 100_000 ? Math.min(3, loads) : loads); i++) {
        const page: Page = await ext.context.newPage();
        await page.addInitScript(WATCH);
        await page.goto(`${BENCH_ORIGIN}${bench.path}`);
        await passDone(ext.context, page);
        await page.waitForTimeout(50); // closes the heartbeat's gap after the pass
        runs.push(await page.evaluate(MEASURE));
        engine.push(await engineTime(ext.serviceWorker));
        await page.close();
      }
      const terms = bench.topic === 'on-topic' ? (runs[0]?.terms ?? []) : (termsFor.get(bench.words) ?? []);
      termsFor.set(bench.words, terms);
      const markjs: number[] = [];
      const drawFloor: number[] = [];
      const drawn = runs[0];
      for (let i = 0; terms.length > 0 && i < (bench.words >= 100_000 ? 1 : 3); i++) {
        const page = await plainContext.newPage();
        await page.goto(`${BENCH_ORIGIN}${bench.path}`);
        await page.addScriptTag({ path: markjsFile });
        markjs.push((await page.evaluate(MARKJS(terms))) as number);
        await page.close();
        if (!drawn?.spans.length) continue;
        const bare = await plainContext.newPage();
        await bare.goto(`${BENCH_ORIGIN}${bench.path}`);
        const floorRun = (await bare.evaluate(DRAW_FLOOR(drawn.spans, drawn.style))) as { ms: number; drawn: number };
        if (floorRun.drawn !== drawn.spans.length) throw new Error(`the drawing floor wrapped ${floorRun.drawn} of ${drawn.spans.length} highlights on ${bench.name}`);
        drawFloor.push(floorRun.ms);
        await bare.close();
      }
      out.push({
        page: bench.name,
        words: bench.words,
        pass: median(runs.map((r) => r.pass)),
        floor: median(runs.map((r) => r.floor)),
        markjs: markjs.length ? median(markjs) : null,
        drawFloor: drawFloor.length ? median(drawFloor) : null,
        frozen: median(runs.map((r) => r.frozen)),
        longestTask: median(runs.map((r) => r.longestTask)),
        highlights: median(runs.map((r) => r.highlights)),
        stages: {
          read: median(runs.map((r) => r.detail?.readMs ?? NaN)),
          answer: median(runs.map((r) => r.detail?.answerMs ?? NaN)),
          engine: median(engine),
          draw: median(runs.map((r) => r.detail?.drawMs ?? NaN)),
          slices: median(runs.map((r) => r.detail?.drawSlices ?? NaN)),
        },
      });
    }
  } finally {
    await ext.close();
    await plain.close();
  }
  return out;
}
