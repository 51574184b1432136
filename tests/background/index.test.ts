// The real background entrypoint opens the default database on the global IndexedDB: fake it first.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { registerNoteTriggers } from '../../entrypoints/background/note-triggers';
import { annotation, uid, URL_A } from '../support/notes-db';

vi.mock('../../entrypoints/background/note-triggers', () => ({ registerNoteTriggers: vi.fn() }));

const noReply = () => {};
/** The reply of the listener that answered (other parts' listeners, e.g. the editor sessions, return undefined). */
async function send(message: unknown, sender: unknown): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, noReply);
  return replies.find((r) => r !== undefined);
}
/** A content script in a tab showing URL_A (fake-browser's runtime.getURL is chrome-extension://<id>/). */
const fromTab = { tab: { id: 3, url: URL_A } as never, frameId: 0, url: URL_A };
const fromOtherSite = { tab: { id: 4, url: 'https://evil.example/' } as never, frameId: 0, url: 'https://evil.example/' };
const fromPopup = () => ({ url: fakeBrowser.runtime.getURL('/popup.html') });

describe('background entrypoint: notes wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fake-browser has no runtime.onConnect (the import port's listener).
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    vi.mocked(registerNoteTriggers).mockClear();
    background.main();
  });

  it('registers the note triggers once', () => {
    expect(registerNoteTriggers).toHaveBeenCalledTimes(1);
  });

  it('answers notes requests with the handler’s reply', async () => {
    const saved = await send({ type: 'notes:save', annotation: annotation({ id: uid('wired') }) }, fromTab);
    expect(saved).toMatchObject({ ok: true, annotation: { id: uid('wired'), url: URL_A } });
    const list = await send({ type: 'notes:list', url: URL_A }, fromTab);
    expect((list as unknown as { id: string }[]).map((a) => a.id)).toContain(uid('wired'));
  });

  it('checks who asks: a page reaches only its own site’s notes, search and export only the extension’s pages', async () => {
    await send({ type: 'notes:save', annotation: annotation({ id: uid('mine') }) }, fromTab);
    await expect(send({ type: 'notes:list', url: URL_A }, fromOtherSite)).rejects.toThrow(/only reach its own site/);
    await expect(send({ type: 'notes:delete', id: uid('mine') }, fromOtherSite)).rejects.toThrow(/another site/);
    await expect(send({ type: 'notes:search', query: 'a' }, fromTab)).rejects.toThrow(/only the extension’s own pages/);
    const found = await send({ type: 'notes:search', query: 'killed' }, fromPopup());
    expect((found as unknown as { id: string }[]).map((a) => a.id)).toContain(uid('mine'));
  });

  it('refuses a popover UI request that is not from a web page', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await send({ type: 'load-popover-ui' }, fromPopup())).toEqual(false);
    expect(await send({ type: 'load-popover-ui' }, { tab: { id: 8 } as never, frameId: 0 })).toEqual(false);
    expect(execute).not.toHaveBeenCalled();
    execute.mockRestore();
  });

  it('passes a bad request’s error back to the sender', async () => {
    await expect(send({ type: 'notes:save', annotation: annotation({ url: 'ftp://x' }) }, fromPopup())).rejects.toThrow(
      /http\(s\)/,
    );
  });

  it('leaves other messages, and the notes UI’s tab messages, to their own listeners', async () => {
    expect(await send({ type: 'notes:page-state' }, fromTab)).toEqual(undefined);
    expect(await send({ type: 'something-else' }, fromTab)).toEqual(undefined);
  });

  it('still injects the popover UI', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    const frame = { tab: { id: 8, url: URL_A } as never, frameId: 2, url: 'https://news.example/embedded' };
    expect(await send({ type: 'load-popover-ui' }, frame)).toEqual(true);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 8, frameIds: [2] }, files: ['/popover-ui.js'] });
    execute.mockRestore();
  });
});
