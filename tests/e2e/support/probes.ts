/**
 * Functions that run inside the page (page.evaluate). Each one is self-contained: Playwright sends its
 * source text to the browser, so it may not use anything from this module or its imports.
 */

/** The attributes of one highlight piece, as the contract names them. */
export interface HighlightPiece {
  tag: string;
  kind: string | null;
  status: string | null;
  fact: string | null;
  id: string | null;
  tabindex: string | null;
  text: string;
  /** The selector of the page-chrome container it sits in, or null. */
  chrome: string | null;
  /** Inside or around a link. */
  link: boolean;
}

/** Every highlight piece in the page, in document order. */
export function collectHighlights(chromeSelectors: string[]): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  for (const el of Array.from(document.querySelectorAll('[data-crosscheck-kind]'))) {
    let chrome: string | null = null;
    for (const selector of chromeSelectors) {
      if (el.closest(selector)) {
        chrome = selector;
        break;
      }
    }
    // Headers are chrome when they are the site's, not the article's own header.
    if (!chrome && el.closest('header') && !el.closest('article')) chrome = 'header (outside the article)';
    pieces.push({
      tag: el.localName,
      kind: el.getAttribute('data-crosscheck-kind'),
      status: el.getAttribute('data-crosscheck-status'),
      fact: el.getAttribute('data-crosscheck-fact'),
      id: el.getAttribute('data-crosscheck-id'),
      tabindex: el.getAttribute('tabindex'),
      text: el.textContent ?? '',
      chrome,
      link: Boolean(el.closest('a[href]') || el.querySelector('a[href]')),
    });
  }
  return pieces;
}

export interface ExpectedMarkArg {
  text: string;
  kind: string;
  fact?: string | null;
  status?: string;
}

export interface TextProblems {
  /** Expected marks that no matching highlight overlaps. */
  missing: string[];
  /** Texts that must stay unmarked but overlap a highlight. */
  marked: string[];
}

/**
 * Checks expected marks and unmarked texts against the highlights, on the body's text with whitespace
 * collapsed: an expected mark is found when some occurrence of its text overlaps a highlight of the
 * same kind (and fact and status, when given); an unmarked text fails when any occurrence overlaps one.
 */
export function checkTexts(arg: { marks: ExpectedMarkArg[]; unmarked: string[] }): TextProblems {
  interface Owner {
    kind: string | null;
    fact: string | null;
    status: string | null;
    id: string | null;
    text: string;
  }
  const chars: string[] = [];
  const owners: (Owner | null)[] = [];
  const ownerOf = new Map<Element, Owner>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const hl = parent ? parent.closest('[data-crosscheck-kind]') : null;
    let owner: Owner | null = null;
    if (hl) {
      owner = ownerOf.get(hl) ?? null;
      if (!owner) {
        owner = {
          kind: hl.getAttribute('data-crosscheck-kind'),
          fact: hl.getAttribute('data-crosscheck-fact'),
          status: hl.getAttribute('data-crosscheck-status'),
          id: hl.getAttribute('data-crosscheck-id'),
          text: hl.textContent ?? '',
        };
        ownerOf.set(hl, owner);
      }
    }
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      const space = /\s/.test(c);
      if (space && chars[chars.length - 1] === ' ') continue;
      chars.push(space ? ' ' : c);
      owners.push(owner);
    }
  }
  const text = chars.join('');
  const occurrences = (needle: string): number[] => {
    const at: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
    return at;
  };
  const missing: string[] = [];
  for (const mark of arg.marks) {
    const found = occurrences(mark.text).some((start) => {
      for (let i = start; i < start + mark.text.length; i++) {
        const o = owners[i];
        if (!o || o.kind !== mark.kind) continue;
        if (mark.fact !== undefined && (o.fact ?? null) !== mark.fact) continue;
        if (mark.status !== undefined && o.status !== mark.status) continue;
        return true;
      }
      return false;
    });
    if (found) continue;
    // Say what is there instead, to make a failure readable.
    const seen = new Set<string>();
    for (const start of occurrences(mark.text)) {
      for (let i = start; i < start + mark.text.length; i++) {
        const o = owners[i];
        if (o) seen.add(`${o.kind}/${o.fact ?? 'no fact'}/${o.status} "${o.text}"`);
      }
    }
    const where = occurrences(mark.text).length === 0 ? 'text not on the page' : seen.size ? `found ${[...seen].join(', ')}` : 'not highlighted';
    missing.push(`"${mark.text}" ${mark.kind}/${mark.fact === undefined ? 'any fact' : mark.fact ?? 'no fact'}/${mark.status ?? 'any status'}: ${where}`);
  }
  const marked: string[] = [];
  for (const needle of arg.unmarked) {
    for (const start of occurrences(needle)) {
      for (let i = start; i < start + needle.length; i++) {
        const o = owners[i];
        if (o) {
          marked.push(`"${needle}" is inside highlight "${o.text}"`);
          break;
        }
      }
    }
  }
  return { missing, marked };
}

/**
 * The body as a string of tags, attributes and text, reading highlight wrappers as if they were not
 * there and leaving out custom elements (the extension's own popover or toolbar hosts; the pages under
 * test have none). Equal signatures with and without the extension mean the extension changed nothing
 * but the wrappers.
 */
export function domSignature(): string {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(JSON.stringify(text));
    text = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        text += (c as Text).data;
        continue;
      }
      if (c.nodeType !== Node.ELEMENT_NODE) continue;
      const el = c as Element;
      if (el.hasAttribute('data-crosscheck-kind')) {
        walk(el);
        continue;
      }
      if (el.localName.includes('-')) continue;
      flush();
      const attrs = Array.from(el.attributes)
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
        .sort()
        .join(' ');
      out.push(`<${el.localName}${attrs ? ' ' + attrs : ''}>`);
      walk(el);
      flush();
      out.push(`</${el.localName}>`);
    }
  };
  walk(document.body);
  flush();
  return out.join('\n');
}

export interface UiHostInfo {
  /** Its data-crosscheck-ui value: what it holds ('popover', 'notes'…). */
  name: string;
  tag: string;
  /** Whether the page can see into it: an open shadow root (test builds) or none it can reach (shipped). */
  open: boolean;
  display: string;
}

/** Crosscheck's in-page UI hosts, found by their marker (their element names are random per page). */
export function uiHosts(): UiHostInfo[] {
  return Array.from(document.querySelectorAll('[data-crosscheck-ui]')).map((el) => ({
    name: el.getAttribute('data-crosscheck-ui') ?? '',
    tag: el.localName,
    open: el.shadowRoot !== null,
    display: getComputedStyle(el).display,
  }));
}

export interface PageViewOfUi {
  /** Crosscheck UI hosts in the document. */
  hosts: number;
  /** Of those, how many have a shadow root the page can open (test builds only). */
  openRoots: number;
  /** Whether the popover's own words ("some independent sources", which the test articles never use) are anywhere the page can read. */
  popoverText: boolean;
  /** Dialogs and tooltips in the document itself. */
  dialogs: number;
}

/** What a page script can learn of Crosscheck's UI, looking everywhere it can look. */
export function pageViewOfUi(): PageViewOfUi {
  const hosts = Array.from(document.querySelectorAll('[data-crosscheck-ui]'));
  let text = document.documentElement.textContent ?? '';
  for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) text += el.shadowRoot.textContent ?? '';
  return {
    hosts: hosts.length,
    openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
    popoverText: text.includes('some independent sources'),
    dialogs: document.querySelectorAll('[role=dialog], [role=tooltip]').length,
  };
}

/** A page script trying to open a highlight's popover with synthetic events (never trusted). */
export function forgeOpen(selector: string): void {
  const el = document.querySelector<HTMLElement>(selector)!;
  el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

/** A page script trying to close an open popover with synthetic events. */
export function forgeClose(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  document.body.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
}

/**
 * What a hostile page does before anything else, as an init script (it runs in the page's own world, as
 * the page's scripts do): claims the element names Crosscheck used to use as its own custom elements, and
 * hides them, the last element of <body> and anything marked as Crosscheck's UI with !important CSS.
 * Source text, for addInitScript / evaluateOnNewDocument.
 */
export const HOSTILE_TO_UI = `(() => {
  window.__constructed = [];
  for (const name of ['crosscheck-popover', 'crosscheck-ui', 'crosscheck-notes']) {
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); window.__constructed.push(name); this.attachShadow({ mode: 'open' }).textContent = 'the page owns this'; }
    });
  }
  const style = document.createElement('style');
  style.textContent = 'crosscheck-popover, crosscheck-ui, [data-crosscheck-ui], body > :last-child, [role=dialog] { display: none !important; visibility: hidden !important; opacity: 0 !important }';
  document.documentElement.append(style);
})();`;

export interface PopoverInfo {
  role: string;
  /** 'shadow' (inside the open shadow root of a Crosscheck UI host) or 'popover' (a light-DOM [popover] element). */
  where: 'shadow' | 'popover';
  text: string;
  visible: boolean;
  display: string;
  visibility: string;
  opacity: string;
  hostDisplay: string | null;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Every element with role dialog or tooltip inside the open shadow root of a Crosscheck UI host
 * ([data-crosscheck-ui], test builds), and every [popover] element.
 */
export function findPopovers(): PopoverInfo[] {
  const found: PopoverInfo[] = [];
  const describe = (el: Element, where: 'shadow' | 'popover', host: Element | null) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const visible =
      (el as HTMLElement).checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 0 && r.height > 0;
    found.push({
      role: el.getAttribute('role') ?? '',
      where,
      text: ((el as HTMLElement).innerText || el.textContent || '').replace(/\s+/g, ' ').trim(),
      visible,
      display: style.display,
      visibility: style.visibility,
      opacity: style.opacity,
      hostDisplay: host ? getComputedStyle(host).display : null,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    });
  };
  const search = (root: Document | ShadowRoot, host: Element | null) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot && (host || el.hasAttribute('data-crosscheck-ui'))) search(el.shadowRoot, host ?? el);
      const role = el.getAttribute('role');
      const isDialog = role === 'dialog' || role === 'tooltip';
      if (host && isDialog) describe(el, 'shadow', host);
      else if (!host && el.hasAttribute('popover')) describe(el, 'popover', null);
    }
  };
  search(document, null);
  return found;
}

export interface LookInfo {
  text: string;
  display: string;
  visibility: string;
  opacity: string;
  color: string;
  width: number;
  height: number;
  checkVisibility: boolean;
}

/** How each highlight actually renders. */
export function highlightLooks(): LookInfo[] {
  return Array.from(document.querySelectorAll('[data-crosscheck-kind]')).map((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      display: s.display,
      visibility: s.visibility,
      opacity: s.opacity,
      color: s.color,
      width: r.width,
      height: r.height,
      checkVisibility: (el as HTMLElement).checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    };
  });
}

/** Installed before any page script: logs each time the extension sets its attributes on <html>. */
export function recordHtmlAttributes(): void {
  const w = window as unknown as { __crosscheckLog?: { t: number; name: string; value: string | null }[] };
  if (w.__crosscheckLog) return;
  const log: { t: number; name: string; value: string | null }[] = [];
  w.__crosscheckLog = log;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target !== document.documentElement || !r.attributeName) continue;
      log.push({ t: performance.now(), name: r.attributeName, value: document.documentElement.getAttribute(r.attributeName) });
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-crosscheck-ready', 'data-crosscheck-event'] });
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Running the probes. Some TypeScript runners (tsx, esbuild's keepNames) wrap named functions in a
// `__name(…)` helper that does not exist in the page; the probes are sent with a stand-in for it.

/** Source text that runs `fn(arg)` in the page. */
export function inPageSource(fn: (...args: never[]) => unknown, arg?: unknown): string {
  const call = arg === undefined ? '' : JSON.stringify(arg);
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${call}); })()`;
}

interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
}

/**
 * How long a probe may take. Probes read state and never wait, so one with no answer by then is stuck (a
 * target that closed, a service worker that was stopped under its handle): it fails with its name, where
 * an evaluate with no limit ran on to the test's own limit and said nothing of where.
 */
export const PROBE_TIMEOUT_MS = 20_000;

/** `page.evaluate` for the probes above, typed, whatever runner compiled them, with PROBE_TIMEOUT_MS to answer. */
export async function runProbe<R>(page: Evaluator, fn: () => R): Promise<Awaited<R>>;
export async function runProbe<A, R>(page: Evaluator, fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
export async function runProbe(page: Evaluator, fn: (arg?: never) => unknown, arg?: unknown): Promise<unknown> {
  return withDeadline(page.evaluate(inPageSource(fn, arg)), PROBE_TIMEOUT_MS, `the probe ${fn.name || '(anonymous)'}`);
}

/** `promise`, or a rejection naming `what` when it has not settled within `ms` (the promise itself is left to run). */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
