// The real background entrypoint opens the default database on the global IndexedDB: fake it first.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { registerNoteTriggers } from '../../entrypoints/background/note-triggers';
import { annotation, uid, URL_A } from './helpers';

vi.mock('../../entrypoints/background/note-triggers', () => ({ registerNoteTriggers: vi.fn() }));

const noReply = () => {};
const fromTab = { tab: { id: 3 } as never, frameId: 0 };

describe('background entrypoint: notes wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(registerNoteTriggers).mockClear();
    background.main();
  });

  it('registers the note triggers once', () => {
    expect(registerNoteTriggers).toHaveBeenCalledTimes(1);
  });

  it('answers notes requests with the handler’s reply', async () => {
    const [saved] = await fakeBrowser.runtime.onMessage.trigger({ type: 'notes:save', annotation: annotation({ id: uid('wired') }) }, fromTab, noReply);
    expect(saved).toMatchObject({ id: uid('wired'), url: URL_A });
    const [list] = await fakeBrowser.runtime.onMessage.trigger({ type: 'notes:list', url: URL_A }, fromTab, noReply);
    expect((list as unknown as { id: string }[]).map((a) => a.id)).toContain(uid('wired'));
  });

  it('passes a bad request’s error back to the sender', async () => {
    await expect(fakeBrowser.runtime.onMessage.trigger({ type: 'notes:save', annotation: annotation({ url: 'ftp://x' }) }, fromTab, noReply)).rejects.toThrow(
      /http\(s\)/,
    );
  });

  it('leaves other messages, and the notes UI’s tab messages, to their own listeners', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'notes:page-state' }, fromTab, noReply)).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, fromTab, noReply)).toEqual([undefined]);
  });

  it('still injects the popover UI', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'load-popover-ui' }, { tab: { id: 8 } as never, frameId: 2 }, noReply)).toEqual([true]);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 8, frameIds: [2] }, files: ['/popover-ui.js'] });
    execute.mockRestore();
  });
});
