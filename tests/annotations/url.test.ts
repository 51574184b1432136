import { describe, expect, it } from 'vitest';
import { isTrackingParam, isWebUrl, normaliseUrl, registrableDomain } from '../../lib/annotations/url';

describe('normaliseUrl', () => {
  it.each([
    ['drops the fragment', 'https://news.example/story#comments', 'https://news.example/story'],
    ['lower-cases scheme and host, not the path', 'HTTPS://News.Example.COM/World/Story', 'https://news.example.com/World/Story'],
    ['removes default ports', 'https://news.example:443/a', 'https://news.example/a'],
    ['removes the default http port', 'http://news.example:80/a', 'http://news.example/a'],
    ['keeps other ports', 'https://news.example:8443/a', 'https://news.example:8443/a'],
    ['adds the root path', 'https://news.example', 'https://news.example/'],
    ['drops utm_* parameters', 'https://news.example/a?utm_source=tw&utm_medium=social&UTM_Campaign=x', 'https://news.example/a'],
    [
      'drops click ids and newsletter ids',
      'https://news.example/a?fbclid=1&gclid=2&dclid=3&msclkid=4&mc_cid=5&mc_eid=6&igshid=7&ref_src=8&_ga=9&yclid=10',
      'https://news.example/a',
    ],
    ['keeps the parameters that choose the article, sorted', 'https://news.example/view?page=2&id=123&utm_source=x', 'https://news.example/view?id=123&page=2'],
    ['keeps repeated parameters in their order', 'https://news.example/s?b=1&a=2&b=0', 'https://news.example/s?a=2&b=1&b=0'],
    ['keeps each parameter’s own encoding', 'https://news.example/s?q=caf%C3%A9+au+lait&a=%2F', 'https://news.example/s?a=%2F&q=caf%C3%A9+au+lait'],
    ['drops an empty query', 'https://news.example/a?', 'https://news.example/a'],
    ['drops empty parameters', 'https://news.example/a?&x=1&&', 'https://news.example/a?x=1'],
    ['drops credentials', 'https://user:secret@news.example/a', 'https://news.example/a'],
    ['drops a trailing dot on the host', 'https://news.example./a', 'https://news.example/a'],
    ['encodes an IDN host as punycode', 'https://bücher.example/a', 'https://xn--bcher-kva.example/a'],
    ['trims whitespace', '  https://news.example/a  ', 'https://news.example/a'],
  ])('%s', (_, href, expected) => {
    expect(normaliseUrl(href)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const href of [
      'HTTPS://News.Example:443/a/b?z=1&utm_source=x&a=%2F#top',
      'http://news.example/ä ö?q=a b',
      'https://news.example/s?b=1&a=2&b=0',
    ]) {
      const once = normaliseUrl(href);
      expect(normaliseUrl(once)).toBe(once);
    }
  });

  it('leaves what is not an http(s) URL alone, less its fragment', () => {
    expect(normaliseUrl('file:///home/me/article.html#x')).toBe('file:///home/me/article.html');
    expect(normaliseUrl('about:blank')).toBe('about:blank');
    expect(normaliseUrl('not a url#frag')).toBe('not a url');
  });

  describe('the canonical link', () => {
    it('is used when it is on the same host', () => {
      expect(normaliseUrl('https://news.example/a?page=1', 'https://news.example/a')).toBe('https://news.example/a');
    });

    it('is used when it is on the same registrable site', () => {
      expect(normaliseUrl('https://amp.news.example/a', 'https://www.news.example/world/a')).toBe('https://www.news.example/world/a');
      expect(normaliseUrl('https://m.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1')).toBe('https://www.bbc.co.uk/news/1');
      expect(normaliseUrl('http://news.example/a', 'https://news.example/a')).toBe('https://news.example/a');
    });

    it('is normalised like the page URL', () => {
      expect(normaliseUrl('https://news.example/a', 'https://NEWS.example:443/a?utm_source=x#top')).toBe('https://news.example/a');
    });

    it.each([
      ['another site', 'https://evil.example/a'],
      ['another site that ends like this one', 'https://notnews.example/a'],
      ['another site under the same country suffix', 'https://other.co.uk/a'],
      ['another user’s site on a shared host', 'https://mallory.github.io/a'],
      ['a relative URL', '/a'],
      ['a protocol-relative URL', '//news.example/a'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a data: URL', 'data:text/html,hi'],
      ['an ftp URL', 'ftp://news.example/a'],
      ['garbage', 'http://'],
      ['an empty string', ''],
    ])('is ignored when it is %s', (_, canonical) => {
      const page = canonical.includes('github.io') ? 'https://alice.github.io/post' : canonical.includes('co.uk') ? 'https://paper.co.uk/story' : 'https://news.example/story';
      expect(normaliseUrl(page, canonical)).toBe(page);
    });

    it('must be the same host when the page is an IP address', () => {
      expect(normaliseUrl('http://192.168.1.10/a', 'http://192.168.1.11/a')).toBe('http://192.168.1.10/a');
      expect(normaliseUrl('http://192.168.1.10/a', 'http://192.168.1.10/b')).toBe('http://192.168.1.10/b');
    });

    it('is ignored when null or undefined', () => {
      expect(normaliseUrl('https://news.example/a#x', null)).toBe('https://news.example/a');
      expect(normaliseUrl('https://news.example/a#x', undefined)).toBe('https://news.example/a');
    });
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.nytimes.com', 'nytimes.com'],
    ['edition.cnn.com', 'cnn.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['alice.github.io', 'alice.github.io'],
    ['writer.substack.com', 'writer.substack.com'],
    ['news.example', 'news.example'],
    ['localhost', 'localhost'],
    ['10.0.0.1', '10.0.0.1'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });
});

describe('isTrackingParam and isWebUrl', () => {
  it('knows tracking parameters, in any case', () => {
    for (const name of ['utm_source', 'UTM_MEDIUM', 'fbclid', 'gclid', 'mc_eid', '_ga', 'pk_campaign']) expect(isTrackingParam(name)).toBe(true);
    for (const name of ['id', 'page', 'p', 'story', 'utm', 'ga']) expect(isTrackingParam(name)).toBe(false);
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(isWebUrl('https://news.example/a')).toBe(true);
    expect(isWebUrl('http://news.example')).toBe(true);
    for (const href of ['javascript:alert(1)', 'data:,x', 'ftp://x.example/', '/relative', 'news.example/a', '']) expect(isWebUrl(href)).toBe(false);
  });
});
