import { describe, expect, it } from 'vitest';
import { orderFindings, describeFinding } from '../../components/FindingsList';
import { classifyUrl, coveringSite, popupView, setSiteEnabled, summaryFitsSettings, webHostname } from '../../components/page-view';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../../lib/settings';
import { MARKS, summary } from '../support/ui';

const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

describe('classifyUrl', () => {
  it('tells web pages, extension stores and browser pages apart', () => {
    expect(classifyUrl('https://news.example.org/a')).toBe('web');
    expect(classifyUrl('http://localhost:8080/')).toBe('web');
    expect(classifyUrl('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(classifyUrl('https://chrome.google.com/webstore/detail/x')).toBe('store');
    expect(classifyUrl('https://chrome.google.com/search')).toBe('web');
    expect(classifyUrl('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(classifyUrl('chrome://extensions')).toBe('browser-page');
    expect(classifyUrl('about:blank')).toBe('browser-page');
    expect(classifyUrl('file:///tmp/a.html')).toBe('browser-page');
    expect(classifyUrl(undefined)).toBe('browser-page');
    expect(webHostname('https://www.example.com/x')).toBe('www.example.com');
    expect(webHostname('about:blank')).toBeNull();
  });
});

describe('popupView', () => {
  it('passes loading and unavailable through', () => {
    expect(popupView({ kind: 'loading' }, settings())).toEqual({ kind: 'loading' });
    expect(popupView({ kind: 'unavailable', reason: 'store' }, settings())).toEqual({ kind: 'unavailable', reason: 'store' });
  });

  it('shows a matched page, or no event', () => {
    const s = summary();
    expect(popupView({ kind: 'summary', summary: s }, settings())).toEqual({ kind: 'matched', summary: s });
    expect(popupView({ kind: 'summary', summary: summary({ state: 'no-event', marks: [] }) }, settings())).toEqual({ kind: 'no-event' });
  });

  it('lets settings win over a summary that has not caught up', () => {
    const s = summary({ url: 'https://news.example.org/a' });
    expect(popupView({ kind: 'summary', summary: s }, settings({ disabledSites: ['example.org'] }))).toEqual({ kind: 'site-off', site: 'example.org' });
    expect(popupView({ kind: 'summary', summary: s }, settings({ autoHighlight: false }))).toEqual({ kind: 'auto-off' });
    const stale = summary({ state: 'disabled' });
    expect(popupView({ kind: 'summary', summary: stale }, settings(), true)).toEqual({ kind: 'updating' });
    expect(popupView({ kind: 'summary', summary: stale }, settings(), false)).toEqual({ kind: 'reload' });
  });

  it('knows when a summary fits the settings', () => {
    expect(summaryFitsSettings(summary(), settings())).toBe(true);
    expect(summaryFitsSettings(summary(), settings({ autoHighlight: false }))).toBe(false);
    expect(summaryFitsSettings(summary({ state: 'off' }), settings({ autoHighlight: false }))).toBe(true);
    expect(summaryFitsSettings(summary({ state: 'disabled' }), settings({ disabledSites: ['example.org'] }))).toBe(true);
  });
});

describe('the site switch', () => {
  it('adds the page’s site in its normal form and removes it again', () => {
    const off = setSiteEnabled(settings(), 'WWW.Example.com', false);
    expect(off.disabledSites).toEqual(['example.com']);
    expect(isSiteDisabled(off, 'www.example.com')).toBe(true);
    expect(setSiteEnabled(off, 'www.example.com', true).disabledSites).toEqual([]);
  });

  it('turning on also removes a parent domain that covers the page', () => {
    const s = settings({ disabledSites: ['example.com', 'other.net'] });
    expect(coveringSite(s, 'news.example.com')).toBe('example.com');
    const on = setSiteEnabled(s, 'news.example.com', true);
    expect(on.disabledSites).toEqual(['other.net']);
    expect(isSiteDisabled(on, 'news.example.com')).toBe(false);
  });
});

describe('findings order and wording', () => {
  it('puts differing findings first, keeping page order', () => {
    expect(orderFindings(MARKS).map((m) => m.id)).toEqual(['m1', 'm4', 'm2', 'm3']);
  });

  it('says what each finding is', () => {
    expect(describeFinding(MARKS[0]!)).toBe('Figure: people killed in the strike');
    expect(describeFinding(MARKS[1]!)).toBe('Name: John Kirby');
    expect(describeFinding({ ...MARKS[1]!, text: 'John Kirby' })).toBe('Name');
    expect(describeFinding({ ...MARKS[0]!, label: null })).toBe('Figure');
  });
});
