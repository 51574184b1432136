/**
 * The key a page's notes are stored under: its URL without what varies between visits of the same
 * article (fragment, tracking parameters, parameter order, default port, credentials, letter case of
 * scheme and host). A canonical link is honoured only when its host is exactly the page's own: on a
 * shared host (alice.github.io, bob.s3.amazonaws.com, carol.notion.site…) every subdomain is another
 * owner, and no hand-made list of such suffixes is ever complete, so a page must never be able to file
 * the reader's notes under, or reach the notes of, any other host.
 */

/** Exact names (compared lower-cased) of query parameters that only track where a visit came from. */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'vero_id',
  'vero_conv',
  'wickedid',
  '_openstat',
  'smid',
  'sr_share',
  'ncid',
  'ocid',
  'cmpid',
  'xtor',
  'at_medium',
  'at_campaign',
  'ito',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'spm',
]);

/** Prefixes (lower-cased) of tracking parameter families: Google Analytics, Matomo/Piwik, HubSpot ads. */
const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hsa_'];

export function normaliseUrl(href: string, canonicalHref?: string | null): string {
  const page = parseWebUrl(href.trim());
  if (!page) return withoutFragment(href.trim());
  let chosen = page;
  if (canonicalHref) {
    const canonical = parseWebUrl(canonicalHref.trim());
    if (canonical && hostOf(canonical) === hostOf(page)) chosen = canonical;
  }
  return serialise(chosen);
}

/** Whether a string is an absolute http(s) URL. */
export function isWebUrl(href: string): boolean {
  return parseWebUrl(href) !== null;
}

/** Whether a query parameter name only tracks the visit. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The host a page's notes belong to, as stored: lower-case, no trailing dot, the port when it is not the
 * scheme's default ("news.example", "127.0.0.1:8080"); null when `href` is not an http(s) URL. The
 * background confines a content script to the notes under its own frame's host.
 */
export function urlHost(href: string): string | null {
  const url = parseWebUrl(href.trim());
  return url ? hostOf(url) : null;
}

function hostOf(url: URL): string {
  // The URL parser already lower-cases the host and drops default ports.
  return url.host.replace(/\.(?=:\d+$|$)/, '');
}

function parseWebUrl(href: string): URL | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
}

function serialise(url: URL): string {
  const host = hostOf(url);
  const query = normaliseQuery(url.search);
  return `${url.protocol}//${host}${url.pathname}${query ? `?${query}` : ''}`;
}

/** Drops tracking parameters and sorts the rest by name (stably, keeping each one's original encoding). */
function normaliseQuery(search: string): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part) => ({ part, name: part.split('=', 1)[0] ?? '' }))
    .filter(({ name }) => !isTrackingParam(decodeName(name)));
  parts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return parts.map(({ part }) => part).join('&');
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}
