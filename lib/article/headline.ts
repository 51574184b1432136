/**
 * The page's headline when it stands outside the article root: many templates put the `<h1>` (or a
 * Drupal or Joomla `<h2>`) above the element that holds the story's paragraphs, and the headline often
 * carries the toll ("One martyred, four wounded…"). It is told by the page's own metadata: its text is the
 * `og:title`, or the start of the `<title>` before the site's name. Inside the root, it is what makes a
 * "post-header" around it the article's own header rather than the site's (walk-context.ts).
 */
import { lettersAndDigits } from '../extract/letters';
import { isHardChrome, nameWords, namesOf } from './chrome';

/** Letters and digits only, lower-cased: "‘Cowardly’" and "'Cowardly'" read alike. */
function letters(s: string | null | undefined): string {
  return lettersAndDigits((s ?? '').toLowerCase());
}

/** Shorter than this, a heading that matches the title is more likely the site's name than a headline. */
const MIN_LETTERS = 20;

/** The page's own title, as og:title and `<title>` give it, in letters and digits. */
function pageTitles(doc: Document): { og: string; title: string } {
  return { og: letters(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')), title: letters(doc.querySelector('title')?.textContent) };
}

/** Whether a heading's text is the page's title: the title leads with it ("Headline | Site"), or a blog's name does ("Blog: Headline"). */
function isTitle(h: Element, { og, title }: { og: string; title: string }): boolean {
  const text = letters(h.textContent);
  return text.length >= MIN_LETTERS && (text === og || title.startsWith(text) || title.endsWith(text));
}

// Blogger sets a post's title in an <h3> ("post-title entry-title"), under the blog's own <h1>.
const HEADINGS = 'h1, h2, h3, [itemprop="headline"]';

/** The heading that is the page's headline, before the root or inside it, outside page chrome; null if none. */
export function pageHeadline(doc: Document, root: Element): Element | null {
  const titles = pageTitles(doc);
  if (!titles.og && !titles.title) return null;
  const headings = doc.querySelectorAll(HEADINGS);
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    // After the root a heading is another story's.
    if (h.contains(root) || !(root.contains(h) || precedes(h, root))) continue;
    if (isTitle(h, titles) && !inChrome(h) && !isMasthead(h)) return h;
  }
  return null;
}

/** Of several stories on a page, the one whose own headline is the page's title, if any. */
export function titledStory(doc: Document, stories: readonly Element[]): Element | null {
  const titles = pageTitles(doc);
  if (!titles.og && !titles.title) return null;
  return stories.find((story) => Array.from(story.querySelectorAll(HEADINGS)).some((h) => isTitle(h, titles))) ?? null;
}

/**
 * The standfirst (dek, summary) under a headline that stands outside the root: the next element beside
 * it, or one after a kicker or byline, when isStandfirst says so. It often gives the story's gist or toll.
 */
export function standfirstAfter(headline: Element, root: Element): Element | null {
  let el = headline.nextElementSibling;
  for (let k = 0; el && k < 3; k++, el = el.nextElementSibling) {
    if (el.contains(root) || root.contains(el)) return null;
    if (isStandfirst(el)) return el;
  }
  return null;
}

// Class or id words of a standfirst: "standfirst", "article__dek", "sub-headline", "article__announce-text".
// Short forms too: NDTV's "sp-descp", "desc", a French "chapo".
const STANDFIRST_WORDS = new Set('standfirst dek deck subhead subheadline subtitle strapline summary excerpt lede intro description desc descp descr chapo announce'.split(' '));
const STANDFIRST_PAIRS = new Set(['sub title', 'sub headline', 'sub head', 'lead text', 'article lead']);
/** Fewer letters than this, an element that matches the page's description is a label, not a standfirst. */
const MIN_STANDFIRST = 40;

/**
 * Whether `el`, in a headline's company, is the story's standfirst: named so by a class or id, or holding
 * the page's own description (`og:description` or the description meta, which a site may cut short).
 */
export function isStandfirst(el: Element): boolean {
  if (isHardChrome(el, el.tagName.toLowerCase())) return false;
  for (const name of namesOf(el)) {
    const words = nameWords(name);
    // Bootstrap's "lead", a class of its own: the paragraph that stands out under a headline; so does a short name
    // ending on it ("news-lead", "story__lead"), never one that goes on ("lead-image", "lead-story").
    if (words.length <= 3 && words[words.length - 1] === 'lead') return true;
    if (words.some((w, i) => STANDFIRST_WORDS.has(w) || (i > 0 && STANDFIRST_PAIRS.has(`${words[i - 1]} ${w}`)))) return true;
  }
  const own = letters(el.textContent);
  if (own.length < MIN_STANDFIRST) return false;
  const doc = el.ownerDocument;
  for (const meta of [doc.querySelector('meta[property="og:description"]'), doc.querySelector('meta[name="description"]')]) {
    const description = letters(meta?.getAttribute('content'));
    if (description.length >= MIN_STANDFIRST && (own === description || own.startsWith(description) || description.startsWith(own))) return true;
  }
  return false;
}

/** The site's name set as a heading: a link home, or a logo or brand by class or id. */
function isMasthead(h: Element): boolean {
  const home = h.querySelector('a[href="/"]') ?? h.closest('a[href="/"]');
  if (home) return true;
  for (let a: Element | null = h; a; a = a.parentElement) {
    if (MASTHEAD.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}
const MASTHEAD = /\b(?:logo|brand|branding|site-?title|site-?name|masthead)\b/i;

function inChrome(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (isHardChrome(a, a.tagName.toLowerCase())) return true;
  return false;
}

/**
 * Whether `a` comes before `b` in the document, neither inside the other. Read through their ancestors
 * (linkedom's compareDocumentPosition answers the wrong way round for elements in different branches).
 */
function precedes(a: Element, b: Element): boolean {
  const chain = new Set<Element>();
  for (let x: Element | null = b; x; x = x.parentElement) chain.add(x);
  let childA: Element = a;
  let shared = a.parentElement;
  while (shared && !chain.has(shared)) {
    childA = shared;
    shared = shared.parentElement;
  }
  if (!shared) return false;
  let childB: Element = b;
  while (childB.parentElement !== shared) childB = childB.parentElement!;
  for (let c = shared.firstElementChild; c; c = c.nextElementSibling) {
    if (c === childA) return true;
    if (c === childB) return false;
  }
  return false;
}
