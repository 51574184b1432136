/** The never-run list: what the reader types, checked and put in the stored form (`normaliseSite`). */
import { normaliseSite, withSite, type Settings } from '../../lib/settings';

export type SiteInput = { ok: true; site: string } | { ok: false; error: string };

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** "https://www.Example.com/news", "*.example.com" or "example.com." → "example.com"; anything else gets a reason. */
export function parseSiteInput(input: string): SiteInput {
  let raw = input.trim();
  if (!raw) return { ok: false, error: 'Enter a site, such as example.com.' };
  raw = raw.replace(/^\*\./, '');
  let hostname: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { ok: false, error: 'Only web sites (http or https addresses) can be listed.' };
    }
    hostname = url.hostname;
  } catch {
    return { ok: false, error: `“${input.trim()}” is not a site name. Enter one such as example.com.` };
  }
  const site = normaliseSite(hostname);
  if (IPV6.test(site)) return { ok: true, site };
  if (!HOSTNAME.test(site)) return { ok: false, error: `“${input.trim()}” is not a site name. Enter one such as example.com.` };
  if (!site.includes('.') && site !== 'localhost') return { ok: false, error: 'Enter the whole site name, such as example.com.' };
  return { ok: true, site };
}

/** A site to add to the list as it stands, or why not (not a site, already listed, covered by a parent). */
export function checkNewSite(sites: readonly string[], input: string): SiteInput {
  const parsed = parseSiteInput(input);
  if (!parsed.ok) return parsed;
  const { site } = parsed;
  if (sites.includes(site)) return { ok: false, error: `${site} is already in the list.` };
  const parent = sites.find((s) => site.endsWith(`.${s}`));
  if (parent) return { ok: false, error: `${site} is already covered by ${parent}.` };
  return parsed;
}

/** The settings with one more never-run site; unchanged when the input is not a new site. */
export function addSite(settings: Settings, input: string): Settings {
  const checked = checkNewSite(settings.disabledSites, input);
  return checked.ok ? withSite(settings, checked.site, false) : settings;
}

export function removeSite(settings: Settings, site: string): Settings {
  return withSite(settings, site, true);
}
