/**
 * How the walk over the article root (from-dom.ts) reads each element: skipped, or entered with the
 * context its text is read in (block kind, an article's own header, links, bold).
 */
import { hasTwin, paragraphLength } from './article-root';
import { classifyName, CONTENT_WORDS, isFactBox, isHardChrome, isPhotoBox, isRepeatedPullQuote, mayWrapContent, namesOf, nameWords, PULL_QUOTE, type NameVerdict } from './chrome';
import { isStandfirst } from './headline';
import type { BlockKind } from './types';
import { HAS_LETTER } from '../extract/letter-classes';

export interface Ctx {
  kind: BlockKind;
  /** Inside an article's own header: only its headings are text. */
  headingsOnly: boolean;
  /** Text here is not collected (a non-heading part of an article header). */
  mute: boolean;
  /** Inside an `<article>`: a nested one is a teaser card or a comment, unless it has twins (live-blog entries). */
  inArticle: boolean;
  link: boolean;
  bold: boolean;
  /** Inside `<i>` or `<em>`: a paragraph all in italics may be a caption set in the body. */
  italic: boolean;
  /** Inside a prose `<pre>`: a blank line ends a paragraph. */
  pre: boolean;
  /** The page's headline read from outside the root (headline.ts): a link there is still its text. */
  headline: boolean;
}

/**
 * Blocks made mostly of link text are link lists: related stories, tag clouds, menus. So is a
 * link with only a date beside it ("<a>Headline</a> February 17, 2021"): a related story.
 */
export const LINK_DENSITY = 0.8;

function isInsideArticle(el: Element, root: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.tagName.toLowerCase();
    if (tag === 'article' || tag === 'main' || a.getAttribute('itemprop') === 'articleBody') return true;
    if (a === root) return tag !== 'body';
  }
  return false;
}

const INLINE_TAGS = new Set('span a em strong b i small abbr'.split(' '));

// Text for screen readers only ("(external link)") is left out wherever it stands.
const HIDDEN_TEXT = /sr-?only|visually-?hidden|screen-?reader|offscreen|hidden/i;

/** An inline element with words of the same sentence on either side of it: part of the sentence. */
function insideRunningText(el: Element, tag: string): boolean {
  if (!INLINE_TAGS.has(tag) || HIDDEN_TEXT.test(el.getAttribute('class') ?? '')) return false;
  return wordsBeside(el, 'previousSibling') && wordsBeside(el, 'nextSibling');
}

/** Whether a text node with a letter stands beside `el` on one side, past punctuation-only text (a parser may split "," and "”"). */
function wordsBeside(el: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  let node = el[side];
  for (let k = 0; node && node.nodeType === 3 && k < 4; k++, node = node[side]) {
    if (HAS_LETTER.test((node as Text).data)) return true;
  }
  return false;
}

// WordPress marks each post "hentry" or "type-post" and adds a class per tag and category ("tag-syria").
const POST_CLASS = /^(?:hentry|type-post)$/;
const TAXONOMY_CLASS = /^(?:tag|category|format|status)-/;

/**
 * A name with the article root's own block name taken off: "newsletter-issue__section" inside the article
 * "newsletter-issue" is a part of it, named after it as BEM names parts, and the words of the article's own name
 * ("newsletter") are no furniture there. The rest still is: "newsletter-issue__share-bar".
 */
function partName(name: string, rootNames: readonly string[]): string {
  for (const block of rootNames) {
    if (name === block) return '';
    if (name.startsWith(block) && /^(?:__|--)/.test(name.slice(block.length, block.length + 2))) return name.slice(block.length + 2);
  }
  return name;
}

/** An "infobox" labelled as the story's facts ("Mission at a glance"), not an encyclopedia's box. */
function isLabelledInfobox(el: Element, names: readonly string[]): boolean {
  return names.some((name) => nameWords(name).includes('infobox')) && isFactBox(el);
}

/**
 * An `<article>` inside the article is another story (a card, an embed), unless it holds most of the root's prose:
 * UPI's `<article class="story">` inside the page's `<article>` under its headline.
 */
function holdsTheStory(el: Element, root: Element): boolean {
  return paragraphLength(el) * 2 > paragraphLength(root);
}

/** How to enter `el`: null to skip it, else the context its content is read in. `headline`: the page's (headline.ts). */
export function enter(el: Element, tag: string, ctx: Ctx, root: Element, headline: Element | null = null): Ctx | null {
  if (isHardChrome(el, tag) || isPhotoBox(el, tag) || (tag === 'article' && ctx.inArticle && !hasTwin(el) && !holdsTheStory(el, root))) return null;
  let verdict: NameVerdict = null;
  let contentLike = false;
  const names = namesOf(el);
  const post = names.some((n) => POST_CLASS.test(n));
  for (const name of names) {
    // WordPress's post classes name the post's tags and categories ("tag-middle-east"), no tag list.
    if (post && TAXONOMY_CLASS.test(name)) continue;
    // The root's names are read only for a name that reads as chrome: most names do not.
    const first = classifyName(name);
    const v = first === 'chrome' ? classifyName(partName(name, namesOf(root))) : first;
    if (v === 'chrome' || !verdict) verdict = v;
    if (nameWords(name).some((w) => CONTENT_WORDS.has(w)) || mayWrapContent(name)) contentLike = true;
    if (PULL_QUOTE.test(name) && isRepeatedPullQuote(el, root)) return null;
  }
  // "main-content sidebar-left": a layout class on the container that holds most of the article.
  // "…that began on <span class="date">October 17</span>,": a word inside a sentence is never furniture.
  // "video-player" around a video page's headline and its only paragraph: what holds the page's headline is the story's.
  if (verdict === 'chrome' && (!contentLike || paragraphLength(el) * 2 <= paragraphLength(root)) && !insideRunningText(el, tag) && !isLabelledInfobox(el, names) && !(headline !== null && el.contains(headline))) return null;
  let headingsOnly = ctx.headingsOnly;
  const heading = /^h[1-6]$/.test(tag);
  // The page's headline, wherever it stands: read as a heading, its links as text, never dropped as debris.
  if (el === headline) return { ...ctx, kind: 'heading', mute: false, headingsOnly, link: false, headline: true };
  if ((tag === 'header' || verdict === 'header') && !heading) {
    // A page header is chrome. An article's own header is kept for its headline only:
    // the rest of it is kickers, bylines, timestamps and share counts.
    if (!el.querySelector('h1, h2, h3, h4') || !(isInsideArticle(el, root) || (headline !== null && el.contains(headline)))) return null;
    headingsOnly = true;
  } else if (headingsOnly && !heading && isStandfirst(el)) {
    // The standfirst under the headline is the story's own words, not a kicker or a byline.
    headingsOnly = false;
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
    link: !ctx.headline && (ctx.link || tag === 'a'),
    bold: ctx.bold || tag === 'strong' || tag === 'b',
    italic: ctx.italic || tag === 'em' || tag === 'i',
    pre: ctx.pre || tag === 'pre',
    headline: ctx.headline,
  };
}
