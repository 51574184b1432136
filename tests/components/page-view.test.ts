import { describe, expect, it } from 'vitest';
import { pageHostname, viewFor } from '../../components/page-view';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { summary } from '../support/ui';

describe('pageHostname', () => {
  it('takes the summary’s address over the tab’s', () => {
    const result = { kind: 'summary' as const, summary: summary({ url: 'https://news.example.org/a' }) };
    expect(pageHostname(result, 'https://other.example.com/b')).toBe('news.example.org');
  });

  it('falls back to the tab’s address for a web page only', () => {
    expect(pageHostname({ kind: 'loading' }, 'https://www.example.com/x')).toBe('www.example.com');
    expect(pageHostname({ kind: 'unavailable', reason: 'store' }, 'https://addons.mozilla.org/en-US/firefox/')).toBeNull();
    expect(pageHostname({ kind: 'unavailable', reason: 'browser-page' }, 'chrome://extensions')).toBeNull();
    expect(pageHostname({ kind: 'loading' }, null)).toBeNull();
  });
});

describe('viewFor', () => {
  const matched = { result: { kind: 'summary' as const, summary: summary() }, settling: false };

  it('is loading until the settings are', () => {
    expect(viewFor(matched, null)).toEqual({ kind: 'loading' });
  });

  it('is the popup view once they are, settling included', () => {
    expect(viewFor(matched, DEFAULT_SETTINGS)).toEqual({ kind: 'matched', summary: matched.result.summary });
    const catchingUp = { result: { kind: 'summary' as const, summary: summary({ state: 'off' }) }, settling: true };
    expect(viewFor(catchingUp, DEFAULT_SETTINGS)).toEqual({ kind: 'updating' });
    expect(viewFor({ ...catchingUp, settling: false }, DEFAULT_SETTINGS)).toEqual({ kind: 'reload' });
  });
});
