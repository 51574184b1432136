/**
 * Page chrome: what is never article text (navigation, furniture, media, forms, code, hidden parts), told
 * by tag, role, attributes and by the words of a class or id. Used by the root's choice and the walk.
 */
import { lettersAndDigits } from '../extract/letters';

/** Elements that hold page furniture, media, forms or code, never article prose. */
const SKIP_TAGS = new Set(
  ('nav footer aside figure figcaption form input textarea select option button label code script ' +
    'style noscript template svg iframe object embed canvas video audio map dialog menu ' +
    // Struck-through text is what the page withdrew ("<del>17</del> 22 killed"): no claim it makes.
    'del s strike ' +
    // An AMP page's embeds: the post shown while a tweet loads is someone else's words, not the story's.
    'amp-twitter amp-instagram amp-facebook amp-reddit amp-iframe amp-youtube amp-video amp-ad amp-embed amp-sidebar').split(' '),
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
    // Readers' reactions and their counts: "reactions", "engage" (likes, comment counts).
    'reaction engage engagement ' +
    // Publication stamps, read times, counters and teasers: "entry-meta", "timestamp", "entry-time", "sn-views".
    'meta timestamp time date pubdate submitted author readtime teaser ' +
    // Footnote markers and reference lists, an encyclopedia's edit links and contents box.
    'reference reflist footnote citation editsection toc infobox ' +
    // Appeals and calls to action, topic lists, WordPress's share block, embedded posts (another's words, like a
    // caption), reader polls.
    'donate donation support contribute contribution topic sharedaddy tweet poll vote cta ' +
    // A kicker or section label above the headline: "TIT FOR TAT", "World".
    'kicker eyebrow ' +
    // An aggregator's interleaved feed cards and video players: other stories, other outlets' words.
    'feedcard player ' +
    // Readers' replies ("reply_box", "reply-list"), photo boxes' text ("imgtext") and galleries.
    'reply replies imgtext gallery changelog').split(' '),
);
/** Two-word names: "read-more", "more_stories", "signUp", "author-bio", "sr-only". */
const CHROME_PAIRS = new Set([
  'read more', 'more stories', 'sign up', 'author bio', 'about author', 'author box', 'author info',
  'most read', 'also read', 'read also', 'read next', 'up next', 'more from', 'you may', 'sr only',
  'visually hidden', 'screen reader', 'site header', 'skip link', 'byline menu', 'story list',
  'reading time', 'most viewed', 'most popular', 'most commented', 'key stories', 'top stories', 'post categories', 'section label', 'section name', 'feed card', 'feed item', 'video player',
  // The previous and next posts' links under a story: "td-post-next-prev", "post-navigation".
  'next prev', 'prev next', 'next post', 'prev post', 'previous post', 'post navigation',
  // A photo's words by another name: "img-text", "photo_desc", "image-description".
  'img text', 'image text', 'photo text', 'img desc', 'image desc', 'photo desc', 'image description', 'photo description',
  // A story's own revision list: "version-history", "revision_log". Its old figures are what the page replaced.
  'version history', 'revision history', 'revision log', 'change log',
]);
/** A class that says what a container has or allows ("has-comments", "ad-free") is not chrome. */
const MODIFIER_FIRST = new Set('has with no without is js enable enabled allow show'.split(' '));
// "paywall-fade": the last paragraph a reader still sees, faded.
const MODIFIER_LAST = new Set('free enabled disabled open closed active visible on off allowed count fade faded'.split(' '));
/**
 * Page builders name every block of a page a "widget" ("elementor-widget-container"), and so does Telegram's
 * web preview its posts ("tgme_widget_message_text"): there it says nothing.
 */
const BUILDER_FIRST = new Set('elementor fl so siteorigin et vc wpb tgme'.split(' '));
/** A container named like chrome but also like content is content when it holds most of the text. */
export const CONTENT_WORDS = new Set('content article story body post entry main text'.split(' '));

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export type NameVerdict = 'chrome' | 'header' | null;

/** Classifies one class name or id. */
export function classifyName(name: string): NameVerdict {
  const words = nameWords(name);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || MODIFIER_FIRST.has(first) || MODIFIER_LAST.has(last)) return null;
  let header = false;
  const built = BUILDER_FIRST.has(first);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (built && w === 'widget') continue;
    if (CHROME_WORDS.has(w) || CHROME_WORDS.has(w.replace(/s$/, '')) || w.startsWith('related')) return 'chrome';
    if (i > 0 && CHROME_PAIRS.has(words[i - 1] + ' ' + w)) return 'chrome';
    if (w === 'header') header = true;
  }
  return header ? 'header' : null;
}

/**
 * Chrome words that name a wrapper as often as furniture: "video-meta" may hold a video page's only prose, a
 * "teaser" an audio page's only paragraph, a "gallery" a photo story's text.
 */
const WRAPPER_WORDS = new Set(['meta', 'teaser', 'gallery']);

/** A name whose only chrome word may name a wrapper: content when it holds most of the article's paragraphs. */
export function mayWrapContent(name: string): boolean {
  const chrome = nameWords(name).filter((w) => CHROME_WORDS.has(w) || CHROME_WORDS.has(w.replace(/s$/, '')));
  return chrome.length > 0 && chrome.every((w) => WRAPPER_WORDS.has(w));
}

export function namesOf(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  // A custom element's tag is a name too: "<news-meta>", "<story-body>".
  const tag = el.tagName.toLowerCase();
  return (cls + ' ' + id + (isPagesCustomTag(tag) ? ' ' + tag : '')).split(/\s+/).filter(Boolean);
}

/** A custom element of the page's own ("<news-meta>", "<rich-para>"); never Crosscheck's own highlights, inline wherever they stand. */
export function isPagesCustomTag(tag: string): boolean {
  return tag.includes('-') && !tag.startsWith('crosscheck-');
}

/**
 * A `<pre>` that holds a story, not code: some wire feeds show their copy as preformatted text, hard-wrapped,
 * paragraphs apart by blank lines. Prose has sentences and next to none of code's brackets and operators.
 */
export function isProsePre(el: Element): boolean {
  if (el.querySelector('code, samp, kbd')) return false;
  const text = el.textContent ?? '';
  const sentences = text.match(/[a-z][.!?]["”’)]?\s/g)?.length ?? 0;
  const codeMarks = text.match(/[{}[\];=<>|\\]/g)?.length ?? 0;
  return sentences >= 3 && codeMarks * 200 < text.length;
}

/**
 * A pull quote: the body's own words set large beside it. Read twice they would be marked twice, so it is
 * skipped when the body says it too; an opening quote the body only refers to ("That was Austin…") is kept.
 */
export const PULL_QUOTE = /pull[-_]?quote/i;

/** Whether a pull quote's words (`el`) are said in the body too: with its own, they are in `root` twice. */
export function isRepeatedPullQuote(el: Element, root: Element): boolean {
  const own = lettersAndDigits(el.textContent ?? '').slice(0, 60);
  if (own.length < 12) return true;
  const body = lettersAndDigits(root.textContent ?? '');
  const first = body.indexOf(own);
  return first >= 0 && body.indexOf(own, first + 1) >= 0;
}

const MEDIA_TAGS = new Set(['img', 'picture']);

/** Whether `node` is an image, or a link around one. */
function isMedia(node: Element): boolean {
  const tag = node.tagName.toLowerCase();
  return MEDIA_TAGS.has(tag) || (tag === 'a' && node.firstElementChild !== null && MEDIA_TAGS.has(node.firstElementChild.tagName.toLowerCase()));
}

/**
 * A box that opens on a photo with a short line under it ("<div><img><span>Austin speaks at the Pentagon on
 * Oct. 26. Yonhap</span></div>"): a caption by another name, whatever its class. Its dates and counts are the photo's.
 */
export function isPhotoBox(el: Element, tag: string): boolean {
  if (tag !== 'div' && tag !== 'span') return false;
  let first = el.firstChild;
  while (first && first.nodeType === 3 && !/\S/.test((first as Text).data)) first = first.nextSibling;
  if (!first || first.nodeType !== 1 || !isMedia(first as Element)) return false;
  // The block test first: a story's container that opens on its photo stops there, before its whole text is read.
  return el.querySelector('p, li, h1, h2, h3, h4, h5, h6') === null && (el.textContent ?? '').trim().length <= 300;
}

/**
 * A footnote marker with no class to say so ("Iraq.<sup><a href="#fn3">3</a></sup> A rocket…", "[2]", "*"): read, it
 * joins the next sentence as a number. An ordinal's "th" or a unit's letters are not markers.
 */
const NOTE_MARKER = /^[[(]?[\d*†‡§]{1,3}(?:\s*[,–-]\s*\d{1,3})*[\])]?$/;

// "By the numbers", "At a glance", "Key facts": the label of a box of the story's own facts.
const FACT_BOX_LABEL = /\b(?:by the numbers|at a glance|(?:key|fast|quick) (?:facts|points)|facts and figures|in numbers|what we know)\b/i;

/**
 * A box set beside the story (an `<aside>`, an "infobox") that holds the story's own facts, as its first label
 * says: the facts a reader looks at first. Other asides are furniture.
 */
export function isFactBox(el: Element): boolean {
  const label = el.querySelector('h2, h3, h4, h5, h6, strong, b, dt, caption, header, p');
  const text = label?.textContent?.trim() ?? '';
  return text.length <= 40 && FACT_BOX_LABEL.test(text);
}

/**
 * A forum post's quotation of what it shares (Discourse's `<aside class="quote"><blockquote><p>…<p>…`): the post's
 * content, where a pull quote repeats one line of the story.
 */
function isQuotedExcerpt(el: Element): boolean {
  return /(?:^|\s)quote(?:\s|$)/.test(el.getAttribute('class') ?? '') && el.querySelectorAll('blockquote p').length >= 2;
}

/** Skipped whatever the class says: hidden, editable, a chrome tag (but a fact box or a quoted excerpt) or landmark role. */
export function isHardChrome(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return !(tag === 'aside' && (isFactBox(el) || isQuotedExcerpt(el)));
  if (tag === 'sup' && NOTE_MARKER.test((el.textContent ?? '').trim())) return true;
  if (tag === 'pre' && !isProsePre(el)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.trim().toLowerCase())) return true;
  const style = el.getAttribute('style');
  // A struck-through line ("text-decoration: line-through") is withdrawn, like <del>.
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden|line-through/i.test(style);
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
