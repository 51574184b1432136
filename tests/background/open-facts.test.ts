import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { factsTabFor } from '../../entrypoints/background/open-facts';
import { authorise, classifySender } from '../../entrypoints/background/sender-policy';
import { events } from '../../lib/reference/events';
import { sources } from '../../lib/reference/sources';

const reference = { sources };

const page = { tab: { id: 3, index: 4, windowId: 9, url: 'https://news.example/story?id=1#top' } } as never;

describe("'open-facts'", () => {
  it('opens the facts table of a known event beside the sender’s tab, from the sender’s own address', () => {
    for (const event of events) {
      const tab = factsTabFor({ type: 'open-facts', event: event.id }, page)!;
      const url = new URL(tab.url!);
      expect(url.href.startsWith(browser.runtime.getURL('/facts.html'))).toBe(true);
      expect(url.searchParams.get('event')).toBe(event.id);
      expect(url.searchParams.get('from')).toBe('https://news.example/story?id=1#top');
      expect(tab).toMatchObject({ index: 5, windowId: 9 });
    }
  });

  it('names the bundled source the page was recognised as, when it is a source of that event', () => {
    for (const source of reference.sources) {
      const tab = factsTabFor({ type: 'open-facts', event: source.event, source: source.id }, page)!;
      expect(new URL(tab.url!).searchParams.get('from')).toBe(source.id);
      const other = events.find((e) => e.id !== source.event)!;
      const elsewhere = factsTabFor({ type: 'open-facts', event: other.id, source: source.id }, page)!;
      expect(new URL(elsewhere.url!).searchParams.get('from')).toBe('https://news.example/story?id=1#top');
    }
  });

  it('opens nothing for an event the reference does not have, and names no page that is not a web page', () => {
    expect(factsTabFor({ type: 'open-facts', event: '2099-01-01-made-up' }, page)).toBeNull();
    expect(factsTabFor({ type: 'open-facts', event: 42 as never }, page)).toBeNull();
    const fromFile = factsTabFor({ type: 'open-facts', event: events[0]!.id }, { tab: { index: 0, url: 'file:///secret.html' } } as never)!;
    expect(new URL(fromFile.url!).searchParams.has('from')).toBe(false);
  });

  it('may be sent by a web page or an extension page, not by an unknown sender', () => {
    const origin = 'chrome-extension://abc/';
    const fromPage = classifySender({ url: 'https://news.example/a', tab: { id: 1 } } as never, origin);
    expect(authorise({ type: 'open-facts' }, fromPage)).toEqual({ scope: 'site', host: 'news.example' });
    expect(() => authorise({ type: 'open-facts' }, classifySender({ url: 'data:text/html,x' } as never, origin))).toThrow();
  });
});
