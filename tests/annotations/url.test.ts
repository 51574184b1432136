import { describe, expect, it } from 'vitest';
import { isTrackingParam, isWebUrl, normaliseUrl, urlHost } from '../../lib/annotations/url';

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

    it('is used across http and https on the same host', () => {
      expect(normaliseUrl('http://news.example/a', 'https://news.example/a')).toBe('https://news.example/a');
      expect(normaliseUrl('https://News.Example./a?x=1', 'https://news.example/a')).toBe('https://news.example/a');
    });

    it('is ignored on another host of the same site: only the exact host is honoured', () => {
      expect(normaliseUrl('https://amp.news.example/a', 'https://www.news.example/world/a')).toBe('https://amp.news.example/a');
      expect(normaliseUrl('https://m.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1')).toBe('https://m.bbc.co.uk/news/1');
      expect(normaliseUrl('https://news.example:8443/a', 'https://news.example/a')).toBe('https://news.example:8443/a');
    });

    it('is normalised like the page URL', () => {
      expect(normaliseUrl('https://news.example/a', 'https://NEWS.example:443/a?utm_source=x#top')).toBe('https://news.example/a');
    });

    it.each([
      ['another site', 'https://evil.example/a'],
      ['another site that ends like this one', 'https://notnews.example/a'],
      ['another site under the same country suffix', 'https://other.co.uk/a'],
      ['another user’s site on a shared host', 'https://mallory.github.io/a'],
      ['another carrd.co site', 'https://mallory.carrd.co/a'],
      ['another S3 bucket', 'https://mallory.s3.amazonaws.com/a'],
      ['another notion.site page', 'https://mallory.notion.site/a'],
      ['another Read the Docs project', 'https://mallory.readthedocs.io/a'],
      ['another me.uk site', 'https://mallory.me.uk/a'],
      ['the shared host itself', 'https://s3.amazonaws.com/a'],
      ['a relative URL', '/a'],
      ['a protocol-relative URL', '//news.example/a'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a data: URL', 'data:text/html,hi'],
      ['an ftp URL', 'ftp://news.example/a'],
      ['garbage', 'http://'],
      ['an empty string', ''],
    ])('is ignored when it is %s', (_, canonical) => {
      const shared = ['github.io', 'carrd.co', 'amazonaws.com', 'notion.site', 'readthedocs.io', 'me.uk', 'co.uk'].find((s) => canonical.includes(s));
      const page = shared ? `https://alice.${shared === 'amazonaws.com' ? 's3.amazonaws.com' : shared}/post` : 'https://news.example/story';
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

describe('urlHost', () => {
  it.each([
    ['https://WWW.News.Example./a', 'www.news.example'],
    ['https://alice.github.io/post', 'alice.github.io'],
    ['http://127.0.0.1:8080/a', '127.0.0.1:8080'],
    ['https://news.example:443/a', 'news.example'],
    ['http://[::1]:3000/', '[::1]:3000'],
  ])('%s → %s', (href, host) => {
    expect(urlHost(href)).toBe(host);
  });

  it('is null for what is not a web page', () => {
    for (const href of ['chrome-extension://abc/popup.html', 'about:blank', 'javascript:alert(1)', 'not a url', '']) expect(urlHost(href)).toBeNull();
  });

  it('is the host of the URL a page’s notes are filed under, whatever canonical link the page declares', () => {
    const pages = ['https://alice.carrd.co/p', 'https://bob.s3.amazonaws.com/x', 'https://carol.notion.site/n', 'https://dan.readthedocs.io/d', 'https://eve.me.uk/'];
    for (const page of pages) for (const other of pages) expect(urlHost(normaliseUrl(page, other))).toBe(urlHost(page));
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
