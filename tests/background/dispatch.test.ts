import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { answer, dispatcher, type BackgroundHandlers } from '../../entrypoints/background/dispatch';
import { NotesError } from '../../entrypoints/background/notes-validate';
import { toPieces } from '../../lib/pieces';

const ORIGIN = 'chrome-extension://crosscheck-test/';
const ARTICLE = 'https://news.example/strike';
const fromPage = (url = ARTICLE): Browser.runtime.MessageSender => ({ url, frameId: 0, tab: { id: 4, url } as Browser.tabs.Tab });
const fromPopup: Browser.runtime.MessageSender = { url: `${ORIGIN}popup.html` };

/** Handlers that record what they got. */
function recording() {
  const got: Array<{ type: string; message: unknown; context: unknown }> = [];
  const handlers: Partial<BackgroundHandlers> = {
    'notes:list': (message, context) => {
      got.push({ type: 'notes:list', message, context });
      return [];
    },
    'notes:search': async (message, context) => {
      got.push({ type: 'notes:search', message, context });
      return [];
    },
    'load-popover-ui': () => true,
    annotate: () => null,
    'page-summary': (message, context) => void got.push({ type: 'page-summary', message, context }),
    'sources:remove': () => {
      throw new NotesError('id is not a reader source’s id');
    },
  };
  return { got, listener: dispatcher(handlers, ORIGIN) };
}

describe('the background’s dispatch table', () => {
  it('leaves a message it has no handler for unanswered, and runs nothing', async () => {
    const { got, listener } = recording();
    for (const message of [{ type: 'notes:page-state' }, { type: 'toString' }, { type: 'notes:export' }, { type: 42 }, null, 'notes:list', {}]) {
      expect(listener(message, fromPopup)).toBeUndefined();
    }
    expect(got).toEqual([]);
  });

  it('gives each handler its own message, who sent it and what it may reach', async () => {
    const { got, listener } = recording();
    expect(await listener({ type: 'notes:list', url: `${ARTICLE}?x=1` }, fromPage())).toEqual([]);
    expect(await listener({ type: 'notes:search', query: 'killed' }, fromPopup)).toEqual([]);
    expect(got).toEqual([
      {
        type: 'notes:list',
        message: { type: 'notes:list', url: `${ARTICLE}?x=1` },
        context: { sender: fromPage(), from: { kind: 'page', host: 'news.example', tabId: 4, frameId: 0 }, access: { scope: 'site', host: 'news.example' } },
      },
      { type: 'notes:search', message: { type: 'notes:search', query: 'killed' }, context: { sender: fromPopup, from: { kind: 'extension' }, access: { scope: 'all' } } },
    ]);
  });

  it('refuses a sender the policy does not allow before the handler runs, saying why', async () => {
    const { got, listener } = recording();
    await expect(listener({ type: 'notes:search', query: 'a' }, fromPage())).rejects.toThrow(/only the extension’s own pages may send it/);
    await expect(listener({ type: 'notes:list', url: 'https://elsewhere.example/' }, fromPage())).rejects.toThrow(/only reach its own site/);
    await expect(listener({ type: 'notes:list', url: ARTICLE }, undefined)).rejects.toThrow(/unknown sender/);
    expect(got).toEqual([]);
  });

  it('answers a refused lazy load or engine request with a plain no, and a refused summary not at all', async () => {
    const { got, listener } = recording();
    expect(await listener({ type: 'load-popover-ui' }, fromPopup)).toBe(false);
    expect(await listener({ type: 'annotate', article: {} }, fromPopup)).toBeNull();
    expect(listener({ type: 'page-summary', summary: {} }, fromPopup)).toBeUndefined();
    expect(got).toEqual([]);
  });

  it('runs a message nobody waits for without answering it', async () => {
    const { got, listener } = recording();
    expect(listener({ type: 'page-summary', summary: { url: ARTICLE } }, fromPage())).toBeUndefined();
    await vi.waitFor(() => expect(got.map((g) => g.type)).toEqual(['page-summary']));
  });

  it('turns a handler’s throw into the sender’s rejection', async () => {
    const { listener } = recording();
    const reply = listener({ type: 'sources:remove', id: 'nope' }, fromPopup);
    expect(reply).toBeInstanceOf(Promise);
    await expect(reply).rejects.toThrow(/reader source’s id/);
  });
});

describe('answer (one request, outside the listener)', () => {
  const handlers: Pick<BackgroundHandlers, 'notes:list'> = { 'notes:list': (message) => [{ url: message.url }] as never };
  const notOurs = () => new NotesError('not a notes request');

  it('answers an allowed request and refuses the rest with an error', async () => {
    expect(await answer(handlers, { type: 'notes:list', url: ARTICLE }, fromPage(), ORIGIN, notOurs)).toEqual([{ url: ARTICLE }]);
    await expect(answer(handlers, { type: 'notes:search', query: 'x' }, fromPopup, ORIGIN, notOurs)).rejects.toThrow(/not a notes request/);
    await expect(answer(handlers, { type: 'notes:list', url: ARTICLE }, fromPage('https://other.example/'), ORIGIN, notOurs)).rejects.toThrow(NotesError);
  });
});

describe('a large message in pieces', () => {
  it('takes each piece from a content script and handles the whole with its sender, checked as ever', async () => {
    const { got, listener } = recording();
    const message = { type: 'notes:list', url: `${ARTICLE}?${'q'.repeat(150_000)}` };
    const pieces = toPieces(message, 'p1')!;
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(await listener(piece, fromPage())).toBe(true);
    expect(got).toEqual([]);
    expect(await listener(pieces.at(-1)!, fromPage())).toEqual([]);
    expect(got.map((g) => [g.type, g.message])).toEqual([['notes:list', message]]);
    // The whole is refused as it would be whole.
    const elsewhere = toPieces({ type: 'notes:list', url: `https://elsewhere.example/?${'q'.repeat(150_000)}` }, 'p2')!;
    for (const piece of elsewhere.slice(0, -1)) await listener(piece, fromPage());
    await expect(listener(elsewhere.at(-1)!, fromPage())).rejects.toThrow(/only reach its own site/);
  });

  it('leaves pieces from an extension page unanswered', () => {
    const { listener } = recording();
    const pieces = toPieces({ type: 'notes:search', query: 'q'.repeat(150_000) }, 'p3')!;
    expect(listener(pieces[0]!, fromPopup)).toBeUndefined();
  });
});

