import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ToBackground, ToContent } from '../../lib/messages';
import { listen, sendLargeToBackground, sendToBackground, sendToTab, typeIn } from '../../utils/messaging';

const sender = { tab: { id: 3 } as never, frameId: 0, url: 'https://news.example/a' };
const trigger = async (message: unknown) => {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, () => {});
  return replies;
};

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the message as declared, type and request side by side', async () => {
    const runtime = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(false as never);
    expect(await sendToBackground({ type: 'notes:has', href: 'https://news.example/a', canonical: null })).toBe(true);
    expect(runtime).toHaveBeenCalledWith({ type: 'notes:has', href: 'https://news.example/a', canonical: null });
    expect(await sendToTab(7, { type: 'reveal-mark', id: 'm1' })).toBe(false);
    expect(tabs).toHaveBeenLastCalledWith(7, { type: 'reveal-mark', id: 'm1' });
    await sendToTab(7, { type: 'notes:page-state' }, { frameId: 2 });
    expect(tabs).toHaveBeenLastCalledWith(7, { type: 'notes:page-state' }, { frameId: 2 });
  });

  it('finds a message’s type only among the table’s own keys', () => {
    const table = { 'get-summary': () => null };
    expect(typeIn(table, { type: 'get-summary' })).toBe('get-summary');
    for (const message of [{ type: 'toString' }, { type: 'constructor' }, { type: 'reveal-mark' }, { type: 1 }, null, undefined, 'get-summary']) {
      expect(typeIn(table, message)).toBeNull();
    }
  });

  it('answers its table’s messages, leaves others to other listeners, and stops when asked', async () => {
    const revealed: string[] = [];
    const stop = listen<ToContent>({
      'get-summary': () => null,
      'reveal-mark': ({ id }) => {
        revealed.push(id);
        return true;
      },
    });
    expect(await trigger({ type: 'reveal-mark', id: 'm2' })).toEqual([true]);
    expect(await trigger({ type: 'get-summary' })).toEqual([null]);
    expect(await trigger({ type: 'get-page-claims' })).toEqual([undefined]);
    expect(revealed).toEqual(['m2']);
    stop();
    expect(await trigger({ type: 'reveal-mark', id: 'm3' })).toEqual([]);
    expect(revealed).toEqual(['m2']);
  });

  it('only hears a message whose handler returns nothing, with its sender', async () => {
    const heard: unknown[] = [];
    listen<ToBackground>({ 'notes:save': (message, from) => void heard.push([message.type, from.tab?.id]) });
    expect(await trigger({ type: 'notes:save', annotation: {} })).toEqual([undefined]);
    expect(heard).toEqual([['notes:save', 3]]);
  });

  it('sends a large message in pieces, one per task, and a listener hears it whole', async () => {
    const heard: unknown[] = [];
    listen<ToBackground>({ 'page-summary': (message) => void heard.push(message) });
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      sent.push(message);
      await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, () => {});
      return true;
    }) as never);
    const summary = { url: 'https://news.example/a', state: 'matched' as const, event: null, eventTitle: null, counts: { differs: 0, agrees: 0, unique: 0 }, marks: 'm'.repeat(200_000) };
    await sendLargeToBackground({ type: 'page-summary', summary });
    // The JSON without the long string, then the string in slices of 64 KB.
    expect(sent.length).toBe(1 + Math.ceil(200_000 / (64 * 1024)));
    expect(sent.every((m) => (m as { type: string }).type === 'piece')).toBe(true);
    expect(heard).toEqual([{ type: 'page-summary', summary }]);
    // A small one goes as it is.
    await sendLargeToBackground({ type: 'page-summary', summary: { ...summary, marks: '' } });
    expect(sent.length).toBe(6);
    expect(heard.length).toBe(2);
  });

  it('sends the pieces without waiting for each reply, the last once the others are taken, and gives the whole message’s reply', async () => {
    listen<ToBackground>({ annotate: (message) => ({ chars: message.article.text.length }) as never });
    const sent: Array<{ index: number; count: number }> = [];
    const release: Array<() => void> = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: { index: number; count: number }) => {
      sent.push(message);
      const replies = fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, () => {});
      // A reply comes back only when the test lets it: the background is slow to take each piece.
      return new Promise((resolve) => release.push(() => resolve(replies.then((all) => all.find((r) => r !== undefined)))));
    }) as never);
    const article = { text: 'x'.repeat(300_000), blocks: [], title: null, published: null };
    const reply = sendLargeToBackground({ type: 'annotate', article });
    // Every piece but the last goes out while none of them has been answered.
    await vi.waitFor(() => expect(sent.length).toBe(sent[0]!.count - 1));
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.length).toBe(sent[0]!.count - 1);
    release.splice(0).forEach((go) => go());
    await vi.waitFor(() => expect(sent.length).toBe(sent[0]!.count));
    expect(sent.at(-1)!.index).toBe(sent[0]!.count - 1);
    release.splice(0).forEach((go) => go());
    expect(await reply).toEqual({ chars: 300_000 });
  });
});
