/**
 * Where a pass's long tasks go, from a real Chromium trace: loads one bench page with the extension,
 * records the page's main thread (CDP tracing, the DevTools timeline categories), and prints every task
 * over `--over` ms (default 30) inside the pass with the events that took its time (script, style,
 * layout, message deserialization…), and the JavaScript functions most sampled in it.
 *
 *   npx tsx scripts/bench/profile.ts [--words 100000] [--topic on-topic] [--over 30] [--samples] [--trace FILE]
 *
 * CROSSCHECK_BENCH_EXTENSION=DIR profiles that build (build with CROSSCHECK_NO_MINIFY=1 for readable
 * names); otherwise one is built into .output/bench-profile. `--trace FILE` also writes the raw trace,
 * which chrome://tracing or the DevTools Performance panel opens.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, launchWithExtension } from '../../tests/e2e/support/chromium';
import { ROOT } from '../../tests/e2e/support/server';
import { BENCH_ORIGIN, passDone, serve, WATCH } from './browser';
import { benchPages } from './pages';
import type { Topic } from './texts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in the event: what the task would take on a machine with nothing else running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
];
/** With --samples: which functions ran, at the price of a slower page (the sampler's overhead). */
const SAMPLING = ['v8', 'blink', 'disabled-by-default-v8.cpu_profiler'];

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
}

/** The renderer main thread that ran the bench page: the thread with the pass's User Timing measure. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number; start: number; end: number } | null {
  const measure = events.find((e) => e.name === 'crosscheck:pass' && e.ph === 'b');
  const end = events.find((e) => e.name === 'crosscheck:pass' && e.ph === 'e');
  const names = events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  if (!measure || !end) return null;
  // User Timing async events carry the page's pid; its main thread is that process's CrRendererMain.
  const thread = names.find((n) => n.pid === measure.pid);
  return thread ? { pid: thread.pid, tid: thread.tid, start: measure.ts, end: end.ts } : null;
}

/** Self time by event name under one task (children's time taken out of their parents). */
function breakdown(events: TraceEvent[], task: TraceEvent): Array<[string, number]> {
  const inside = events
    .filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const label = (e: TraceEvent) => {
    const url = (e.args?.data?.url as string | undefined) ?? '';
    const fn = (e.args?.data?.functionName as string | undefined) ?? '';
    return `${e.name}${fn ? ` ${fn}` : ''}${url ? ` (${url.split('/').pop()})` : ''}`;
  };
  for (const e of inside) {
    while (stack.length && stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(label(parent), (self.get(label(parent)) ?? 0) - (e.dur ?? 0));
    self.set(label(e), (self.get(label(e)) ?? 0) + (e.dur ?? 0));
    stack.push(e);
  }
  return [...self].filter(([, us]) => us > 1000).sort((a, b) => b[1] - a[1]).slice(0, 12);
}

/** The JS functions most sampled during [from, to] on the thread (the V8 CPU profile chunks in the trace). */
function hotFunctions(events: TraceEvent[], thread: { pid: number; tid: number }, from: number, to: number): Array<[string, number]> {
  const nodes = new Map<number, string>();
  const counts = new Map<string, number>();
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid);
  // Sample times are deltas from the profile's start, in the trace's clock.
  let ts = (profile?.args?.data?.startTime as number | undefined) ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== thread.pid || (e as { id?: string }).id !== (profile as { id?: string } | undefined)?.id) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) {
      const where = n.callFrame.url ? ` ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}` : '';
      nodes.set(n.id, `${n.callFrame.functionName || '(anonymous)'}${where}`);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      if (ts < from || ts > to) return;
      const name = nodes.get(id) ?? String(id);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    });
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const words = Number(option(args, '--words', '100000'));
  const topic = option(args, '--topic', 'on-topic') as Topic;
  const over = Number(option(args, '--over', '30'));
  const traceFile = args.includes('--trace') ? option(args, '--trace', '') : '';
  const bench = benchPages([words]).find((p) => p.topic === topic);
  if (!bench) throw new Error(`no bench page for ${topic} ${words}`);
  const extensionDir = process.env.CROSSCHECK_BENCH_EXTENSION ?? buildExtension(join(ROOT, '.output/bench-profile'), { testHooks: false });
  const ext = await launchWithExtension({ extensionDir });
  try {
    await serve(ext.context, [bench]);
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: args.includes('--samples') ? [...CATEGORIES, ...SAMPLING] : CATEGORIES }, transferMode: 'ReportEvents' });
    // Waited for over CDP, as the bench does: Playwright's waitForSelector would run its own script in the traced page.
    await page.addInitScript(WATCH);
    await page.goto(`${BENCH_ORIGIN}${bench.path}`);
    await passDone(ext.context, page);
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await complete;
    if (traceFile) writeFileSync(traceFile, JSON.stringify({ traceEvents: events }));
    const thread = mainThread(events);
    if (!thread) throw new Error('no crosscheck:pass measure in the trace');
    console.log(`${bench.name}: pass ${((thread.end - thread.start) / 1000).toFixed(0)} ms`);
    // Tasks are picked by their thread CPU time (tdur): on a busy machine wall time also counts waiting for a core.
    const tasks = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
      .filter((e) => e.ts + (e.dur ?? 0) >= thread.start && e.ts <= thread.end + 50_000)
      // RunTask inside ThreadControllerImpl::RunTask is the same task: keep one.
      .filter((e, i, all) => !all.some((o, j) => j < i && Math.abs(o.ts - e.ts) < 1000));
    const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
    const total = tasks.reduce((n, e) => n + cpu(e), 0);
    console.log(`main-thread CPU in the pass's tasks: ${total.toFixed(0)} ms; longest task ${Math.max(0, ...tasks.map(cpu)).toFixed(1)} ms CPU`);
    const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
    const long = tasks.filter((e) => cpu(e) >= over);
    for (const task of long) {
      console.log(`\ntask at +${((task.ts - thread.start) / 1000).toFixed(0)} ms: ${cpu(task).toFixed(1)} ms CPU (${((task.dur ?? 0) / 1000).toFixed(1)} ms wall)`);
      for (const [name, us] of breakdown(onThread, task)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms wall  ${name}`);
      const hot = hotFunctions(events, thread, task.ts, task.ts + (task.dur ?? 0));
      if (hot.length) console.log(`  samples: ${hot.map(([n, c]) => `${n} ×${c}`).join('; ')}`);
    }
    if (!long.length) console.log(`no task over ${over} ms`);
  } finally {
    await ext.close();
  }
}

main().catch((error) => {
  console.error(`profile: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
