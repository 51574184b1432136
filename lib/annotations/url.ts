/**
 * The key a page's notes are stored under: its URL without what varies between visits of the same
 * article (fragment, tracking parameters, parameter order, default port, credentials, letter case of
 * scheme and host). A canonical link is honoured only when it stays on the same site: a page must not
 * be able to file the reader's notes under another site's address.
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

/**
 * Suffixes under which each subdomain is a different owner's site (a small part of the Public Suffix
 * List's private section, for hosts where news and newsletters are published).
 */
const SHARED_HOSTING_SUFFIXES: ReadonlySet<string> = new Set([
  'github.io',
  'gitlab.io',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'medium.com',
  'tumblr.com',
  'ghost.io',
  'beehiiv.com',
  'typepad.com',
  'livejournal.com',
  'wixsite.com',
  'squarespace.com',
  'weebly.com',
  'neocities.org',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'appspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  'amazonaws.com',
  'glitch.me',
  'repl.co',
]);

/** Second-level labels under which country-code domains are registered (bbc.co.uk, abc.net.au, …). */
const CC_SECOND_LEVEL: ReadonlySet<string> = new Set([
  'co',
  'com',
  'org',
  'net',
  'ac',
  'gov',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'gouv',
  'nic',
  'mil',
  'ltd',
  'plc',
  'sch',
  'nhs',
  'police',
  'info',
  'nom',
  'gen',
  'biz',
  'web',
  'press',
  'news',
]);

export function normaliseUrl(href: string, canonicalHref?: string | null): string {
  const page = parseWebUrl(href.trim());
  if (!page) return withoutFragment(href.trim());
  let chosen = page;
  if (canonicalHref) {
    const canonical = parseWebUrl(canonicalHref.trim());
    if (canonical && sameSite(page.hostname, canonical.hostname)) chosen = canonical;
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

/** The part of a host name its owner registered: "www.bbc.co.uk" → "bbc.co.uk"; IP addresses as they are. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  let suffixLabels = 1;
  if (SHARED_HOSTING_SUFFIXES.has(lastTwo)) suffixLabels = 2;
  else if (labels[labels.length - 1]!.length === 2 && CC_SECOND_LEVEL.has(labels[labels.length - 2]!)) suffixLabels = 2;
  return labels.slice(-(suffixLabels + 1)).join('.');
}

function sameSite(a: string, b: string): boolean {
  const hostA = a.toLowerCase().replace(/\.$/, '');
  const hostB = b.toLowerCase().replace(/\.$/, '');
  // registrableDomain keeps IP addresses whole, so those must be the same host.
  return hostA === hostB || registrableDomain(hostA) === registrableDomain(hostB);
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
  // The URL parser already lower-cases scheme and host and drops default ports.
  const host = url.host.replace(/\.(?=:\d+$|$)/, '');
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
