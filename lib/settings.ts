/**
 * The reader's settings: what Crosscheck does on pages. Stored by the background (WXT storage);
 * this module only says what they mean, so content script, popup and options agree.
 */

export interface Settings {
  /** Highlight automatically on every matching page. */
  autoHighlight: boolean;
  /** Which kinds of highlight to draw. */
  figures: boolean;
  names: boolean;
  /** Hostnames where Crosscheck never runs ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  figures: true,
  names: true,
  disabledSites: [],
};

/** "www.Example.com." → "example.com": the form sites are stored and compared in. */
export function normaliseSite(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = normaliseSite(hostname);
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const site = normaliseSite(hostname);
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
