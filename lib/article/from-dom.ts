/**
 * Article text from a DOM document, with a map from text offsets back to the page's text nodes.
 *
 * Works on any DOM (browser, linkedom, happy-dom): it only reads nodeType, tagName,
 * getAttribute, firstChild/nextSibling, parentElement, querySelector(All) and Text.data.
 * It never writes to the document.
 *
 * Steps: choose the article root; walk it in document order, skipping chrome; collect each
 * block's text with whitespace collapsed, remembering for every character the text node and
 * offset it came from; drop blocks that are mostly links or that debris.ts calls debris.
 */

import { isDateLine, isDebris, looksLikeHeading } from './debris';
import { dropInvisible, onlyInvisible, scanWords, visibleRuns } from './invisible';
import { publishedFromDocument } from './published';
import type { ArticleText, BlockKind, TextBlock } from './types';

/** Characters `text[start, start + length)` are `node.data[offset, offset + length)`, one to one. */
export interface DomSegment {
  start: number;
  node: Text;
  offset: number;
  length: number;
}

export interface DomArticle extends ArticleText {
  /** The element the text was taken from. */
  root: Element;
  /**
   * Sorted by `start`, not overlapping. Characters that come from markup rather than from a
   * text node (the "\n\n" between blocks, the space a `<br>` stands for) have no segment.
   * A collapsed run of whitespace is one space mapped to the run's first character.
   */
  segments: DomSegment[];
}

export interface DomRange {
  node: Text;
  start: number;
  end: number;
}

/**
 * Pieces of text nodes covering `text[start, end)`, in document order; unmapped characters are skipped.
 * Pieces of one text node separated only by invisible characters (left out of the text) are one piece,
 * so a highlight of "2\u00AD2" wraps both digits in one element.
 */
export function domRangesFor(article: DomArticle, start: number, end: number): DomRange[] {
  const segs = article.segments;
  const out: DomRange[] = [];
  // First segment ending after `start`.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (s.start + s.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.start >= end) break;
    const a = Math.max(start, s.start) - s.start + s.offset;
    const b = Math.min(end, s.start + s.length) - s.start + s.offset;
    if (b <= a) continue;
    const last = out[out.length - 1];
    if (last && last.node === s.node && last.end <= a && onlyInvisible(s.node.data, last.end, a)) last.end = b;
    else out.push({ node: s.node, start: a, end: b });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chrome: what is never article text.

/** Elements that hold page furniture, media, forms or code, never article prose. */
const SKIP_TAGS = new Set(
  ('nav footer aside figure figcaption form input textarea select option button label code pre script ' +
    'style noscript template svg iframe object embed canvas video audio map dialog menu').split(' '),
);

const SKIP_ROLES = new Set(
  'navigation banner contentinfo complementary search form dialog alertdialog menu menubar toolbar tablist'.split(' '),
);

/**
 * Words in a class or id that mark chrome, singular (a final "s" is ignored). Whole words: "shadow" is
 * not "ad"; only "related" also starts a word ("relatedposts", "relatedstories").
 */
const CHROME_WORDS = new Set(
  ('related recommended recommendation readmore newsletter subscribe subscription signup promo promotion advert ' +
    'advertisement advertising ad adslot adunit dfp sponsor sponsored share sharing sharebar social comment disqus ' +
    'caption credit breadcrumb tag sidebar widget popular trending cookie consent gdpr paywall footer nav navbar ' +
    'navigation menu masthead toolbar byline outbrain taboola modal popup subnav pagination pager ' +
    // Publication stamps, read times, counters and teasers: "entry-meta", "timestamp", "entry-time", "sn-views".
    'meta timestamp time date pubdate submitted author readtime teaser').split(' '),
);
/** Two-word names: "read-more", "more_stories", "signUp", "author-bio", "sr-only". */
const CHROME_PAIRS = new Set([
  'read more', 'more stories', 'sign up', 'author bio', 'about author', 'author box', 'author info',
  'most read', 'also read', 'read also', 'read next', 'up next', 'more from', 'you may', 'sr only',
  'visually hidden', 'screen reader', 'site header', 'skip link', 'byline menu', 'story list',
  'reading time', 'most viewed', 'most popular', 'most commented',
]);
/** A class that says what a container has or allows ("has-comments", "ad-free") is not chrome. */
const MODIFIER_FIRST = new Set('has with no without is js enable enabled allow show'.split(' '));
const MODIFIER_LAST = new Set('free enabled disabled open closed active visible on off allowed count'.split(' '));
/** A container named like chrome but also like content is content when it holds most of the text. */
const CONTENT_WORDS = new Set('content article story body post entry main text'.split(' '));

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

type NameVerdict = 'chrome' | 'header' | null;

/** Classifies one class name or id. */
function classifyName(name: string): NameVerdict {
  const words = nameWords(name);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || MODIFIER_FIRST.has(first) || MODIFIER_LAST.has(last)) return null;
  let header = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (CHROME_WORDS.has(w) || CHROME_WORDS.has(w.replace(/s$/, '')) || w.startsWith('related')) return 'chrome';
    if (i > 0 && CHROME_PAIRS.has(words[i - 1] + ' ' + w)) return 'chrome';
    if (w === 'header') header = true;
  }
  return header ? 'header' : null;
}

function namesOf(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return (cls + ' ' + id).split(/\s+/).filter(Boolean);
}

/** Skipped whatever the class says: hidden, editable, a chrome tag or landmark role. */
function isHardChrome(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.trim().toLowerCase())) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * True when `node`, inside `root`, sits in something the walk below always skips (a hard-chrome element:
 * nav, figure, code, a form control, a hidden or editable element): changes there cannot change the text.
 */
export function isInSkippedPart(node: Node, root: Element): boolean {
  for (let a = node.nodeType === 1 ? (node as Element) : node.parentElement; a && a !== root; a = a.parentElement) {
    if (isHardChrome(a, a.tagName.toLowerCase())) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Choosing the root.

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

/** Paragraph text below each element, and in each element's direct `<p>` children. */
function paragraphScores(doc: Document, candidates: Set<Element>) {
  const below = new Map<Element, number>();
  const direct = new Map<Element, number>();
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const len = collapsedLength(p.textContent);
    if (len === 0) continue;
    let inChrome = false;
    const hits: Element[] = [];
    for (let a = p.parentElement; a; a = a.parentElement) {
      const tag = a.tagName.toLowerCase();
      // A <form> around the whole page (ASP.NET WebForms) does not make its paragraphs chrome.
      if (tag !== 'form' && isHardChrome(a, tag)) {
        inChrome = true;
        break;
      }
      if (candidates.has(a)) hits.push(a);
    }
    if (inChrome) continue;
    for (const a of hits) below.set(a, (below.get(a) ?? 0) + len);
    const parent = p.parentElement;
    if (parent) direct.set(parent, (direct.get(parent) ?? 0) + len);
  }
  return { below, direct };
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

function paragraphLength(el: Element): number {
  let n = 0;
  const ps = el.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) n += collapsedLength(ps[i]!.textContent);
  return n;
}

/**
 * True when a sibling of `el` is made like it (same tag and class) and has paragraphs but no
 * `<h1>`: `el` is one part of a body split around an ad, or one entry of a live blog. A sibling
 * with its own `<h1>` is another article (the next story a page loads below).
 */
function hasTwin(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const parent = el.parentElement;
  if (!parent || (!cls && el.tagName.toLowerCase() !== 'article')) return false;
  const sibs = parent.children;
  for (let i = 0; i < sibs.length; i++) {
    const s = sibs[i]!;
    if (s !== el && s.tagName === el.tagName && (s.getAttribute('class') ?? '') === cls && !s.querySelector('h1') && paragraphLength(s) > 0) {
      return true;
    }
  }
  return false;
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
  const groups = ['[itemprop=articleBody]', 'article', '[role=main]', 'main'].map((sel) =>
    Array.from(doc.querySelectorAll(sel)),
  );
  const candidates = new Set(groups.flat());
  const { below, direct } = paragraphScores(doc, candidates);
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
    if (top && (below.get(top) ?? 0) >= bestDirectScore / 2) return widen(top, 1);
  }
  return bestDirect ? widen(bestDirect, 2) : (doc.body ?? doc.documentElement);
}

// ---------------------------------------------------------------------------------------------
// Walking the root.

/** Elements that start and end a block of text. Anything else is inline. */
const BLOCK_TAGS = new Set(
  ('address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead ' +
    'tfoot tr td th caption ul menu legend').split(' '),
);

interface Ctx {
  kind: BlockKind;
  /** Inside an article's own header: only its headings are text. */
  headingsOnly: boolean;
  /** Text here is not collected (a non-heading part of an article header). */
  mute: boolean;
  /** Inside an `<article>`: a nested one is a teaser card or a comment, unless it has twins (live-blog entries). */
  inArticle: boolean;
  link: boolean;
  bold: boolean;
}

/**
 * Blocks made mostly of link text are link lists: related stories, tag clouds, menus. So is a
 * link with only a date beside it ("<a>Headline</a> February 17, 2021"): a related story.
 */
const LINK_DENSITY = 0.8;

function isInsideArticle(el: Element, root: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.tagName.toLowerCase();
    if (tag === 'article' || tag === 'main' || a.getAttribute('itemprop') === 'articleBody') return true;
    if (a === root) return tag !== 'body';
  }
  return false;
}

/** How to enter `el`: null to skip it, else the context its content is read in. */
function enter(el: Element, tag: string, ctx: Ctx, root: Element): Ctx | null {
  if (isHardChrome(el, tag) || (tag === 'article' && ctx.inArticle && !hasTwin(el))) return null;
  let verdict: NameVerdict = null;
  let contentLike = false;
  for (const name of namesOf(el)) {
    const v = classifyName(name);
    if (v === 'chrome' || !verdict) verdict = v;
    if (nameWords(name).some((w) => CONTENT_WORDS.has(w))) contentLike = true;
  }
  // "main-content sidebar-left": a layout class on the container that holds most of the article.
  if (verdict === 'chrome' && (!contentLike || paragraphLength(el) * 2 <= paragraphLength(root))) return null;
  let headingsOnly = ctx.headingsOnly;
  if (tag === 'header' || verdict === 'header') {
    // A page header is chrome. An article's own header is kept for its headline only:
    // the rest of it is kickers, bylines, timestamps and share counts.
    if (!el.querySelector('h1') || !isInsideArticle(el, root)) return null;
    headingsOnly = true;
  }
  const kind: BlockKind = /^h[1-6]$/.test(tag)
    ? 'heading'
    : tag === 'blockquote'
      ? 'quote'
      : tag === 'li'
        ? 'list-item'
        : ctx.kind;
  return {
    kind,
    headingsOnly,
    mute: headingsOnly && kind !== 'heading',
    inArticle: ctx.inArticle || tag === 'article',
    link: ctx.link || tag === 'a',
    bold: ctx.bold || tag === 'strong' || tag === 'b',
  };
}

function titleOf(doc: Document, root: Element): string | null {
  const h1 = collapsed(root.querySelector('h1')?.textContent);
  if (h1) return h1;
  const og = collapsed(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  const title = collapsed(doc.querySelector('title')?.textContent);
  // "Headline | Site" or "Headline - Site": drop a short site name after the last separator.
  const m = /^(.{20,}?)\s+[|–—-]\s+[^|–—-]{1,30}$/.exec(title);
  return (m ? m[1]! : title) || null;
}

/**
 * Walks the root in document order, collecting one block at a time; a block that turns out to
 * be debris or a link list is dropped when it closes.
 * Whitespace: a run between two words, across any number of text nodes and `<br>`s, becomes
 * one space mapped to the run's first whitespace character (or to nothing for a bare `<br>`).
 */
export function extractFromDocument(doc: Document): DomArticle {
  const steps = readDocument(doc, () => false);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** How many nodes the walk reads between two questions to `pause` (asking costs a clock read). */
const NODES_PER_CHECK = 256;

/**
 * The same walk in steps: it yields whenever `pause()` says the page should have its main thread back,
 * and returns the article. The caller resumes it in a later task; if the page changed meanwhile, it
 * starts again (lib/page/article-pass.ts).
 */
export function* readDocument(doc: Document, pause: () => boolean): Generator<void, DomArticle, void> {
  const root = chooseRoot(doc);
  const blocks: TextBlock[] = [];
  const segments: DomSegment[] = [];
  let text = '';
  // The open block: its text, its segments (offsets within the block), what it is made of.
  let block = '';
  let blockSegs: DomSegment[] = [];
  let kind: BlockKind = 'paragraph';
  let words = 0;
  let links = 0;
  let bolds = 0;
  // The words outside links.
  let plain = '';
  // A pending space: undefined when none, null when it has no text node behind it (a `<br>`).
  let space: Text | null | undefined;
  let spaceAt = 0;

  const add = (str: string, node: Text | null, offset: number) => {
    const last = blockSegs[blockSegs.length - 1];
    if (!node) {
      // Unmapped.
    } else if (last && last.node === node && last.offset + last.length === offset && last.start + last.length === block.length) {
      last.length += str.length;
    } else {
      blockSegs.push({ start: block.length, node, offset, length: str.length });
    }
    block += str;
  };

  /** A word of `node`; `clean` when the node holds no invisible character. */
  const word = (node: Text, from: number, to: number, ctx: Ctx, clean: boolean) => {
    if (!block) {
      kind = ctx.kind;
      words = links = bolds = 0;
      plain = '';
    } else if (space !== undefined) {
      add(' ', space, spaceAt);
    }
    space = undefined;
    // Invisible characters are left out of the text: each visible run keeps its own segment.
    let visible = '';
    if (clean) {
      visible = node.data.slice(from, to);
      add(visible, node, from);
    } else {
      for (const [a, b] of visibleRuns(node.data, from, to)) {
        add(node.data.slice(a, b), node, a);
        visible += node.data.slice(a, b);
      }
    }
    const n = visible.length;
    words += n;
    if (ctx.link) links += n;
    else plain += visible + ' ';
    if (ctx.bold) bolds += n;
  };

  const gap = (node: Text | null, at: number) => {
    if (block && !space && (node || space === undefined)) {
      space = node;
      spaceAt = at;
    }
  };

  const flush = () => {
    const linkList = links >= words * LINK_DENSITY || (links > 0 && isDateLine(plain.trim()));
    if (block && !linkList && !isDebris(block)) {
      if (text) text += '\n\n';
      const start = text.length;
      for (const s of blockSegs) segments.push({ start: start + s.start, node: s.node, offset: s.offset, length: s.length });
      text += block;
      // A paragraph entirely in bold that reads like a heading is a subhead (`<p><strong>…</strong></p>`).
      const subhead = kind === 'paragraph' && bolds === words && looksLikeHeading(block);
      blocks.push({ start, end: text.length, kind: subhead ? 'heading' : kind });
    }
    block = '';
    blockSegs = [];
    space = undefined;
  };

  // Children are read by index from one `childNodes` list per element: `nextSibling` is not
  // constant-time in every DOM implementation (happy-dom searches the parent's list).
  interface Frame {
    kids: NodeListOf<ChildNode>;
    i: number;
    ctx: Ctx;
    block: boolean;
  }
  const rootCtx: Ctx = {
    kind: 'paragraph',
    headingsOnly: false,
    mute: false,
    inArticle: !!root.closest('article'),
    link: false,
    bold: false,
  };
  const stack: Frame[] = [{ kids: root.childNodes, i: 0, ctx: rootCtx, block: true }];
  let seen = 0;
  while (stack.length > 0) {
    if (++seen % NODES_PER_CHECK === 0 && pause()) yield;
    const top = stack[stack.length - 1]!;
    const node = top.kids[top.i++];
    const ctx = top.ctx;
    if (!node) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    if (node.nodeType === 3) {
      if (ctx.mute) continue;
      const text = node as Text;
      scanWords(
        text.data,
        (at) => gap(text, at),
        (start, end, clean) => word(text, start, end, ctx, clean),
      );
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'br') {
        if (!ctx.mute) gap(null, 0);
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      if (isBlock) flush();
      const inner = enter(el, tag, ctx, root);
      if (inner) stack.push({ kids: el.childNodes, i: 0, ctx: inner, block: isBlock });
    }
  }
  flush();
  return { text, blocks, title: titleOf(doc, root), published: publishedFromDocument(doc), root, segments };
}
