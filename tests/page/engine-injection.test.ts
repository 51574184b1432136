// The real background entrypoint opens the default database on the global IndexedDB: fake it first.
import 'fake-indexeddb/auto';
/**
 * The background injects the engine script into the frame of the page that asks for it ('load-engine'),
 * and for nobody else: only content scripts in web pages may ask (sender-policy.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

vi.mock('../../entrypoints/background/note-triggers', () => ({ registerNoteTriggers: vi.fn() }));

const noReply = () => {};
/** The reply of the listener that answered. */
async function send(message: unknown, sender: unknown): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, noReply);
  return replies.find((r) => r !== undefined);
}
const PAGE = 'https://news.example/strike';

let execute: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  execute = vi.fn(async () => []);
  fakeBrowser.scripting.executeScript = execute as never;
  background.main();
});
afterEach(() => vi.restoreAllMocks());

describe('background: the engine script on request', () => {
  it('injects engine.js into the asking page’s own tab and frame', async () => {
    const frame = { tab: { id: 8, url: PAGE } as never, frameId: 2, url: 'https://news.example/embedded' };
    expect(await send({ type: 'load-engine' }, frame)).toBe(true);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 8, frameIds: [2] }, files: ['/engine.js'] });
  });

  it('refuses the extension’s own pages and senders that are not a tab’s web page', async () => {
    expect(await send({ type: 'load-engine' }, { url: fakeBrowser.runtime.getURL('/popup.html') })).toBe(false);
    expect(await send({ type: 'load-engine' }, { tab: { id: 8 } as never, frameId: 0 })).toBe(false);
    expect(await send({ type: 'load-engine' }, { url: PAGE })).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });

  it('passes a failed injection back to the page (a restricted page)', async () => {
    execute.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const fromPage = { tab: { id: 3, url: PAGE } as never, frameId: 0, url: PAGE };
    await expect(send({ type: 'load-engine' }, fromPage)).rejects.toThrow(/Cannot access/);
  });
});
