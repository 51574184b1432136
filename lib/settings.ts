/**
 * The reader's settings: what Crosscheck does on pages. Stored by the background (WXT storage);
 * this module only says what they mean, so content script, popup and options agree.
 */

/**
 * What stands out on a page (issue 12): every finding is drawn either way, with the contract's
 * attributes; the others are quiet marks a reader notices on hover or focus.
 * - `differences`: only figures that differ from another outlet stand out (the default: calm);
 * - `figures`: every figure stands out, names stay quiet;
 * - `everything`: figures and names all stand out.
 */
export type Display = 'differences' | 'figures' | 'everything';

export const DISPLAYS: readonly Display[] = ['differences', 'figures', 'everything'];

export interface Settings {
  /** Highlight automatically on every matching page. */
  autoHighlight: boolean;
  /** Which kinds of highlight to draw. */
  figures: boolean;
  names: boolean;
  /** What stands out among the drawn findings. */
  display: Display;
  /** Hostnames where Crosscheck never runs ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  figures: true,
  names: true,
  display: 'differences',
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
