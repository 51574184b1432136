/**
 * Which element of a page holds its article: semantic candidates weighed by the paragraph text under
 * them, the best `<p>` container otherwise, widened to the parent of twins (a body split around an ad,
 * the entries of a live blog).
 */
import { isHardChrome } from './chrome';
import { titledStory } from './headline';
import { dropInvisible } from './invisible';
import { BLOCK_TAGS } from './block-tags';

const WS = /\s+/g;
export function collapsed(s: string | null | undefined): string {
  return dropInvisible(s ?? '').replace(WS, ' ').trim();
}

/** Characters `\s` matches once invisible characters are gone (U+FEFF is one of those). */
const SPACE = /\s/;

/**
 * `collapsed(s).length`, counted without building the string: choosing the root measures every
 * paragraph of the page, which on a 100k-word page was most of the first pass's time.
 */
export function collapsedLength(s: string | null | undefined): number {
  if (!s) return 0;
  let length = 0;
  let pending = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff) continue;
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]!));
    if (space) {
      pending = length > 0;
    } else {
      if (pending) length++;
      pending = false;
      length++;
    }
  }
  return length;
}

/** How many paragraphs are measured between two questions to `pause` (asking costs a clock read). */
const PARAGRAPHS_PER_CHECK = 64;
/** Less paragraph text than this on the whole page, and its text divs are read as paragraphs. */
const DIV_BODY_BELOW = 400;
/** A div's own text at least this long reads as a paragraph, not a label or a menu item. */
const DIV_PARAGRAPH = 80;

/**
 * Paragraph text below each element, and in each element's direct `<p>` children; in steps, like the
 * walk (from-dom.ts): measuring every paragraph of a 100k-word page is more than one task's work.
 */
function* paragraphScores(doc: Document, candidates: Set<Element>, pause: () => boolean) {
  const below = new Map<Element, number>();
  const direct = new Map<Element, number>();
  const ps = doc.querySelectorAll('p');
  const add = (counts: Map<Element, number>, el: Element, len: number) => counts.set(el, (counts.get(el) ?? 0) + len);
  let paragraphText = 0;
  for (let i = 0; i < ps.length; i++) {
    if (i % PARAGRAPHS_PER_CHECK === PARAGRAPHS_PER_CHECK - 1 && pause()) yield;
    const p = ps[i]!;
    const len = collapsedLength(p.textContent);
    paragraphText += len;
    const parent = p.parentElement;
    const hits = len > 0 && parent ? candidatesFrom(parent, candidates) : null;
    if (!hits || !parent) continue;
    for (const a of hits) add(below, a, len);
    add(direct, parent, len);
  }
  // Old CMSs write a story as one element's text split by `<br><br>`, with no `<p>` (a teaser's `<p>` in a
  // sidebar would win otherwise), and some wire feeds as a `<pre>`: such an element's own text counts as
  // its paragraphs (a `<pre>` of code is chrome, so candidatesFrom refuses it).
  const brs = doc.querySelectorAll('br, pre');
  const measured = new Set<Element>();
  for (let i = 0; i < brs.length; i++) {
    if (i % PARAGRAPHS_PER_CHECK === PARAGRAPHS_PER_CHECK - 1 && pause()) yield;
    const found = brs[i]!;
    const el = found.tagName.toLowerCase() === 'pre' ? found : found.parentElement;
    if (!el || measured.has(el) || el.closest('p')) continue;
    measured.add(el);
    const len = ownTextLength(el);
    const hits = len > 0 ? candidatesFrom(el, candidates) : null;
    if (!hits) continue;
    for (const a of hits) add(below, a, len);
    add(direct, el, len);
  }
  // A story written as <div>s of text, with (almost) no <p> on the page: each such div's own text is a paragraph.
  // Only then are the divs read, as a page of <p>s has hundreds of divs and no need of them.
  if (paragraphText < DIV_BODY_BELOW) {
    const divs = doc.querySelectorAll('div');
    for (let i = 0; i < divs.length; i++) {
      if (i % PARAGRAPHS_PER_CHECK === PARAGRAPHS_PER_CHECK - 1 && pause()) yield;
      const div = divs[i]!;
      const len = ownTextLength(div);
      const parent = div.parentElement;
      const hits = len >= DIV_PARAGRAPH && parent ? candidatesFrom(div, candidates) : null;
      if (!hits || !parent) continue;
      for (const a of hits) add(below, a, len);
      add(direct, parent, len);
    }
  }
  return { below, direct };
}

/**
 * The candidates among `el` and its ancestors, or null when one of them is chrome (text there is no
 * article's). A <form> around the whole page (ASP.NET WebForms) does not make its paragraphs chrome.
 */
function candidatesFrom(el: Element, candidates: Set<Element>): Element[] | null {
  const hits: Element[] = [];
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.tagName.toLowerCase();
    if (tag !== 'form' && isHardChrome(a, tag)) return null;
    if (candidates.has(a)) hits.push(a);
  }
  return hits;
}

/** The text an element holds outside its block children: its `<br>`-separated paragraphs, links left out. */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += collapsedLength((c as Text).data);
    else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toLowerCase();
      if (tag !== 'a' && !BLOCK_TAGS.has(tag)) n += collapsedLength(c.textContent);
    }
  }
  return n;
}

function best(els: Element[], score: (e: Element) => number): Element | null {
  let top: Element | null = null;
  let topScore = -1;
  for (const e of els) {
    const s = score(e);
    if (s > topScore) {
      top = e;
      topScore = s;
    }
  }
  return top;
}

export function paragraphLength(el: Element): number {
  let n = 0;
  const ps = el.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) n += collapsedLength(ps[i]!.textContent);
  return n;
}

/**
 * True when a sibling of `el` is made like it (same tag and class) and has paragraphs but no
 * `<h1>`: `el` is one part of a body split around an ad, one entry of a live blog, or one page of an AMP story. A sibling
 * with its own `<h1>` is another article (the next story a page loads below), and so is a post whose
 * headline links to its own page.
 */
export function hasTwin(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const parent = el.parentElement;
  // An element with no class is a kind of part only by a tag that says so: <article>, or a custom element's
  // own tag (<amp-story-page>, one page of an AMP story).
  const tag = el.tagName.toLowerCase();
  if (!parent || (!cls && tag !== 'article' && !tag.includes('-'))) return false;
  // A post whose headline links to its own page is one of an index's posts (a tag page), a story of its own.
  if (headlineLinksAway(el)) return false;
  const sibs = parent.children;
  for (let i = 0; i < sibs.length; i++) {
    const s = sibs[i]!;
    if (s !== el && s.tagName === el.tagName && sameKind(s.getAttribute('class') ?? '', cls) && !s.querySelector('h1') && paragraphLength(s) > 0) {
      return true;
    }
  }
  return false;
}

/** Whether `el` opens on a headline that is a link to another page: "<h2 class="entry-title"><a href="/post/">". */
function headlineLinksAway(el: Element): boolean {
  const href = el.querySelector('h1 a[href], h2 a[href], h3 a[href]')?.getAttribute('href') ?? '#';
  return !href.startsWith('#');
}

/** Two class lists of one kind of part: the same, or one the other's with more ("storyBody" and "storyBody page2"). */
function sameKind(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = short.split(/\s+/).filter(Boolean);
  const more = new Set(long.split(/\s+/));
  return words.length > 0 && words.every((w) => more.has(w));
}

/** The parent of the root's twins, looking `levels` up: an entry often wraps its text in a div of its own. */
function widen(root: Element, levels: number): Element {
  for (let el: Element | null = root, i = 0; el && i < levels; el = el.parentElement, i++) {
    if (hasTwin(el)) return el.parentElement!;
  }
  return root;
}

/**
 * The article root: `[itemprop=articleBody]`, the `<article>` with the most paragraph text,
 * `[role=main]`, `<main>`, else the element whose direct `<p>` children hold the most text,
 * else `<body>`. A semantic candidate is passed over when it holds less than half the text of
 * the best `<p>` container (an `<article>` that is only a teaser card in a sidebar).
 * A root with twins (see `hasTwin`) gives way to their parent, so that every part or entry is read.
 */
export function chooseRoot(doc: Document): Element {
  const steps = chooseRootInSteps(doc, () => false);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The same choice in steps: it yields whenever `pause()` says the page should have its main thread back. */
export function* chooseRootInSteps(doc: Document, pause: () => boolean): Generator<void, Element, void> {
  const groups = ['[itemprop=articleBody]', 'article', '[role=main]', 'main'].map((sel) =>
    Array.from(doc.querySelectorAll(sel)),
  );
  const candidates = new Set(groups.flat());
  const { below, direct } = yield* paragraphScores(doc, candidates, pause);
  let bestDirect: Element | null = null;
  let bestDirectScore = 0;
  for (const [el, n] of direct) {
    if (n > bestDirectScore) {
      bestDirect = el;
      bestDirectScore = n;
    }
  }
  for (const group of groups) {
    const top = best(group, (e) => below.get(e) ?? 0);
    // A story titled as the page is whole: another like it beside it is the next story, not its second part.
    if (top && (below.get(top) ?? 0) >= bestDirectScore / 2) return titledAmong(doc, group, top, below) ?? widen(top, 1);
  }
  return bestDirect ? widen(withOpening(bestDirect, direct), 2) : (doc.body ?? doc.documentElement);
}

/** A story holding at least this share of the longest one's text is a story of its own, not a teaser. */
const FULL_STORY_SHARE = 0.5;

/**
 * Of several full stories on one page (the next one an endless page loads below), the one whose headline is the
 * page's title is the page's own, the one a reader landed on: the story loaded below may run longer. Null when
 * the page holds one story, or none of them is titled so (the longest is read then).
 */
function titledAmong(doc: Document, group: Element[], top: Element, below: Map<Element, number>): Element | null {
  const enough = (below.get(top) ?? 0) * FULL_STORY_SHARE;
  const full = group.filter((e) => e === top || ((below.get(e) ?? 0) >= enough && !e.contains(top) && !top.contains(e)));
  return full.length > 1 ? titledStory(doc, full) : null;
}

/** A parent whose own paragraphs hold a paragraph's text and this share of its child's is the same story's body. */
const OPENING_SHARE = 0.1;

/**
 * `<div class="body"><p>lede</p><p>…</p><div class="rest">…</div></div>`: a story whose first paragraphs stand
 * before a child holding the rest (behind "Continue reading"), or in a box of their own before it, is read from its
 * parent, lede and all.
 */
function withOpening(root: Element, direct: Map<Element, number>): Element {
  const parent = root.parentElement;
  if (!parent || /^(?:body|html)$/i.test(parent.tagName)) return root;
  // Or in a box of their own just before it: `<div class="itemIntroText"><p>lede</p></div><div class="itemFullText">…`.
  const before = root.previousElementSibling;
  const opening = (direct.get(parent) ?? 0) + (before ? (direct.get(before) ?? 0) : 0);
  return opening >= DIV_PARAGRAPH && opening >= (direct.get(root) ?? 0) * OPENING_SHARE ? parent : root;
}
