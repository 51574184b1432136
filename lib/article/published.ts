/**
 * The day a page was published, read from what the page says about itself: metadata first
 * (`article:published_time`, schema.org `datePublished` in JSON-LD or microdata), then a `<time datetime>`
 * in the article, then a byline or dateline written out ("Feb. 26, 2021"), then a day in the page's address. News writes "last night" and
 * "on Friday" against this day, so the event decision needs it to read them.
 *
 * Only the calendar day is kept. A stamp given in UTC ("…T03:14:00Z") may be the writer's day before or
 * after, so it is flagged: the reader of the day allows for it.
 */
import { MONTH_SRC, monthNumber, validDay } from '../extract/calendar';
import { LETTER, UPPER } from '../extract/letter-classes';

export type PublishedFrom = 'meta' | 'json-ld' | 'microdata' | 'time' | 'byline' | 'dateline' | 'address';

export interface PublishedDate {
  year: number;
  month: number;
  day: number;
  /** True when the day was read off a UTC instant: the writer's own day may be one either side. */
  utc: boolean;
  /**
   * The moment of publication in UTC milliseconds, when the stamp gives a time and its zone. A US evening
   * stamp is already the next day where the events happened: "early Friday local time" on a Thursday page.
   */
  instant?: number;
  from: PublishedFrom;
}

type Day = Omit<PublishedDate, 'from'>;

// Years a news page about these events can carry; anything else is a typo or an id, not a date.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i;
// "February 26, 2021", "Feb. 26, 2021", "Friday 26 February 2021", "26 Feb 2021", "27-Feb-2021".
const MONTH_FIRST = new RegExp(`(${MONTH_SRC})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`);
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(${MONTH_SRC})(?:,?\\s+|-)((?:19|20)\\d\\d)\\b`);
// "02/26/2021" in US bylines, "26/02/2021" where the day cannot be a month; "05/03/2021" is read the US way.
const SLASHES = /\b(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)\b/;
// "26.02.2021": dots are never the US order.
const DOTS = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/;
// A stamp that is only a short date, "02.26.21" (senate.gov) or "26/02/21": read only when the day is over 12, so
// which number is the month is plain.
const SHORT_DATE = /^\W*(\d{1,2})[./](\d{1,2})[./](\d\d)\W*$/;
// "Published: 2021-02-27" inside a byline.
const ISO_DAY = /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/;

function checked(year: number, month: number, day: number, utc: boolean): Day | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || !validDay(month, day)) return null;
  return { year, month, day, utc };
}

/** A date written in a stamp: ISO 8601 first, then the ways bylines write it. */
export function parseDateStamp(raw: string | null | undefined): Day | null {
  if (!raw) return null;
  const iso = ISO.exec(raw);
  if (iso) {
    // With an offset the date part is already the writer's day; a bare "Z" is not.
    const zone = iso[6]?.toUpperCase();
    const utc = iso[4] !== undefined && (zone === 'Z' || zone === 'UTC' || zone === 'GMT' || /^[+-]00:?00$/.test(zone ?? ''));
    const day = checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), utc);
    const offset = zone === undefined ? null : zoneMinutes(zone);
    if (!day || iso[4] === undefined || offset === null) return day;
    return { ...day, instant: Date.UTC(day.year, day.month - 1, day.day, Number(iso[4]), Number(iso[5])) - offset * 60_000 };
  }
  return writtenDate(raw) ?? numericDate(raw);
}

/** A date in figures: "2021-02-27", "26.02.2021", "02/26/2021", "26/02/2021" or, alone, "02.26.21". */
function numericDate(text: string): Day | null {
  const iso = ISO_DAY.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), false);
  const dots = DOTS.exec(text);
  if (dots) return checked(Number(dots[3]), Number(dots[2]), Number(dots[1]), false);
  const short = SHORT_DATE.exec(text);
  if (short) {
    const [first, second, year] = [Number(short[1]), Number(short[2]), 2000 + Number(short[3])];
    return first > 12 ? checked(year, second, first, false) : second > 12 ? checked(year, first, second, false) : null;
  }
  const slashes = SLASHES.exec(text);
  if (!slashes) return null;
  const [first, second] = [Number(slashes[1]), Number(slashes[2])];
  return first > 12 ? checked(Number(slashes[3]), second, first, false) : checked(Number(slashes[3]), first, second, false);
}

/** Minutes east of UTC of an ISO zone ("Z", "+03:00", "-0400"); null when it is not one. */
function zoneMinutes(zone: string): number | null {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

function writtenDate(text: string): Day | null {
  const mf = MONTH_FIRST.exec(text);
  const df = DAY_FIRST.exec(text);
  // The earlier of the two in the text is the stamp's own date.
  const first = mf && df ? (mf.index <= df.index ? mf : df) : (mf ?? df);
  if (!first) return null;
  if (first === mf) return checked(Number(mf[3]), monthNumber(mf[1] as string) ?? 0, Number(mf[2]), false);
  return checked(Number(first[3]), monthNumber(first[2] as string) ?? 0, Number(first[1]), false);
}

// archive.today and its mirrors, the Wayback Machine: sites that keep copies of other sites' pages.
const ARCHIVE_SITE = /(?:^|[/.])(?:archive\.(?:ph|today|is|li|vn|fo|md)|web\.archive\.org)\b|\bwayback machine\b|\binternet archive\b/i;

// Metadata names for the publication time, lower-cased (property= or name=).
const META_NAMES = new Set([
  'article:published_time',
  'og:published_time',
  'pubdate',
  'publishdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  // A German or Austrian CMS's plain "date" (dpa-AFX pages), and Dublin Core's.
  'date',
  'dc.date',
  'dcterms.date',
]);

/** schema.org types whose `datePublished` is the page's own (not a quoted review's or an image's). */
const ARTICLE_TYPE = /Article|Posting|Report|WebPage|LiveBlog/i;

function findDatePublished(node: unknown, depth: number): Day | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
  if (typeof record.datePublished === 'string' && (types.length === 0 || types.some((t) => ARTICLE_TYPE.test(t)))) {
    const day = parseDateStamp(record.datePublished);
    if (day) return day;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function jsonLdDate(script: Element): Day | null {
  try {
    return findDatePublished(JSON.parse(script.textContent ?? ''), 0);
  } catch {
    return null; // A broken block on a page is common; the next one may be fine.
  }
}

// Parts of a page whose dates are not the article's: comments, related stories, footers.
const ELSEWHERE_TAGS = new Set(['aside', 'footer', 'nav']);
const ELSEWHERE_CLASS = /comment|related|teaser/i;
const BYLINE_CLASS = /byline|dateline|publish|timestamp|date/i;
const MARKED_CLASS = /byline|publish|dateline/i;
// A page's stamps sit in its head and at the top of its body: the walk stops after this many elements,
// so a huge page costs no more than a small one.
const WALK_LIMIT = 3000;

const BYLINE_START = new RegExp(String.raw`^\s*(?:By\s+[${UPPER}]|(?:Published|Posted|Updated)\b)`, 'u');

/** "By Associated Press · Nov. 8, 2023": an element whose own text opens like a byline, whatever its class. */
function startsLikeByline(el: Element): boolean {
  const first = el.firstChild;
  return first !== null && first.nodeType === 3 && BYLINE_START.test(first.nodeValue ?? '');
}

interface Found {
  meta: Element[];
  jsonLd: Element[];
  microdata: Element[];
  times: Element[];
  /** How many of `times` were marked as the publication: they lead the list, in document order. */
  markedTimes: number;
  bylines: Element[];
  /** The page is an archive's copy of another site's page, told by its own site name or address. */
  archived: boolean;
}

/** One bounded walk of the page, in document order, collecting the elements that may carry its date. */
function collect(doc: Document): Found {
  const found: Found = { meta: [], jsonLd: [], microdata: [], times: [], markedTimes: 0, bylines: [], archived: false };
  const root = doc.documentElement;
  if (!root) return found;
  // Each entry: an element, and whether its parent sits in page chrome or in a byline. Children are
  // reached lazily (first child, next sibling): listing a parent's children costs as much as the page.
  const stack: Array<[Element | null, boolean, boolean]> = [[root, false, false]];
  let seen = 0;
  while (stack.length > 0 && seen < WALK_LIMIT) {
    const [el, parentOut, parentMarked] = stack.pop() as [Element | null, boolean, boolean];
    if (!el) continue;
    seen++;
    stack.push([el.nextElementSibling, parentOut, parentMarked]);
    const tag = el.tagName.toLowerCase();
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const out = parentOut || ELSEWHERE_TAGS.has(tag) || ELSEWHERE_CLASS.test(cls);
    const inByline = parentMarked || MARKED_CLASS.test(cls);
    if (tag === 'meta') {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (META_NAMES.has(name)) found.meta.push(el);
      else if ((name === 'og:site_name' || name === 'og:url') && ARCHIVE_SITE.test(el.getAttribute('content') ?? '')) found.archived = true;
    } else if (tag === 'script') {
      if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') found.jsonLd.push(el);
      continue;
    }
    if (!out) {
      if ((el.getAttribute('itemprop') ?? '').split(/\s+/).includes('datePublished')) found.microdata.push(el);
      // A <time> without a datetime is a stamp only where a byline holds it.
      if (tag === 'time' && (el.hasAttribute('datetime') || inByline)) {
        // A <time> marked as the publication ("pubdate", or in a byline) goes first; the first of those first (a tag
        // page's newest post, an endless page's own story above the next one's).
        if (el.hasAttribute('pubdate') || inByline) found.times.splice(found.markedTimes++, 0, el);
        else found.times.push(el);
      }
      if (BYLINE_CLASS.test(cls) || el.getAttribute('rel') === 'author' || startsLikeByline(el)) found.bylines.push(el);
    }
    stack.push([el.firstElementChild, out, inByline]);
  }
  return found;
}


/**
 * The page's publication day, or null when it gives none. Of the stamps in the page's body, those of the story
 * read (`root`, and the `<article>` around it) come first: a tag page's or an endless page's other posts carry their own.
 */
export function publishedFromDocument(doc: Document, root: Element | null = null): PublishedDate | null {
  const found = collect(doc);
  const story = root?.closest('article') ?? root;
  if (story) found.times = [...found.times.filter((t) => story.contains(t)), ...found.times.filter((t) => !story.contains(t))];
  // An archive's copy stamps its own capture in the head: the story's date is the one the page shows.
  const meta = found.archived ? [] : found.meta;
  const readers: Array<[PublishedFrom, Element[], (el: Element) => Day | null]> = [
    ['meta', meta, (el) => parseDateStamp(el.getAttribute('content'))],
    ['json-ld', found.jsonLd, jsonLdDate],
    ['microdata', found.microdata, (el) => parseDateStamp(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent)],
    ['time', found.times, (el) => parseDateStamp(el.getAttribute('datetime') ?? el.textContent)],
    // A byline is short; a long element whose class says "date" is a container, not a stamp.
    ['byline', found.bylines, (el) => ((el.textContent ?? '').length > 200 ? null : parseDateStamp(el.textContent ?? ''))],
  ];
  for (const [from, elements, read] of readers) {
    for (const el of elements) {
      const day = read(el);
      if (day) return { ...day, from };
    }
  }
  const underHeadline = stampUnderHeadline(doc);
  if (underHeadline) return { ...underHeadline, from: 'byline' };
  const fromAddress = addressDay(doc);
  return fromAddress ? { ...fromAddress, from: 'address' } : null;
}

// "…/2023/10/27/…", "…/2023/oct/28/…", "…/2021-02-26/…": many sites' addresses carry the day they published.
const ADDRESS_DAY = new RegExp(String.raw`/((?:19|20)\d\d)[/-](\d{1,2}|${MONTH_SRC})[/-](\d{1,2})(?=[/.-]|$)`, 'i');

/** The day in the page's own address (its canonical link, og:url, or where it was loaded), when it has one. */
function addressDay(doc: Document): Day | null {
  const addresses = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.location?.href,
  ];
  for (const address of addresses) {
    const m = address ? ADDRESS_DAY.exec(address) : null;
    if (!m) continue;
    const month = /^\d+$/.test(m[2] as string) ? Number(m[2]) : monthNumber(m[2] as string);
    const day = month === null ? null : checked(Number(m[1]), month, Number(m[3]), false);
    if (day) return day;
  }
  return null;
}

/** How many elements after the headline a plain stamp line may stand ("By …", then "Friday, February 26, 2021 • 5:06 AM EST"). */
const LINES_UNDER_HEADLINE = 3;
/** A stamp line is short. */
const STAMP_LINE = 80;

/** A page with no marked stamp (a text-only edition) dates itself in a short line right under its headline. */
function stampUnderHeadline(doc: Document): Day | null {
  let el = doc.querySelector('h1')?.nextElementSibling ?? null;
  for (let i = 0; el && i < LINES_UNDER_HEADLINE; i++, el = el.nextElementSibling) {
    const text = el.textContent ?? '';
    const day = text.length <= STAMP_LINE ? parseDateStamp(text) : null;
    if (day) return day;
  }
  return null;
}

// How far into a plain text a byline or dateline can sit: the headline, the byline, the first paragraph.
const TEXT_HEAD = 600;
// A stamp line is short: "Published Feb. 26, 2021", "By Jane Roe | February 26, 2021 | 10:14 ET".
const STAMP_WORDS = 14;
// "WASHINGTON, Feb. 26, 2021 —" or "BEIRUT (AP) 26 February 2021 -" opening the story.
const DATELINE = new RegExp(String.raw`^[${UPPER}][${UPPER} .,'’-]{1,40}(?:\([${LETTER} .]+\))?[ ,]+(.{6,24}?)\s*(?:\([${LETTER} .]+\))?\s*[-—–]`, 'u');

/**
 * The publication day of a plain-text article: a short byline or stamp line near the top, or a dateline
 * opening the story. Dates inside the story's sentences are the story's, not the page's, so only those count.
 */
export function publishedFromText(text: string): PublishedDate | null {
  for (const line of text.slice(0, TEXT_HEAD).split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const dateline = DATELINE.exec(trimmed);
    const fromDateline = dateline ? writtenDate(`${dateline[1]}`) : null;
    if (fromDateline) return { ...fromDateline, from: 'dateline' };
    if (trimmed.split(/\s+/).length > STAMP_WORDS) continue;
    const day = parseDateStamp(trimmed);
    if (day) return { ...day, from: 'byline' };
  }
  return null;
}
