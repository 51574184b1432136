// The real background entrypoint opens the default database on the global IndexedDB: fake it first.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { extractFromPlainText } from '../../lib/article/from-text';
import { wireArticle, type WireAnswer } from '../../lib/engine/findings-wire';
import { draft } from '../support/reader-sources';

vi.mock('../../entrypoints/background/note-triggers', () => ({ registerNoteTriggers: vi.fn() }));

const noReply = () => {};
async function send(message: unknown, sender: unknown): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, noReply);
  return replies.find((r) => r !== undefined);
}
const PAGE = 'https://news.example/strike';
const fromPage = (url = PAGE) => ({ tab: { id: 3, url } as never, frameId: 0, url });
const fromPopup = () => ({ url: fakeBrowser.runtime.getURL('/popup.html') });

const TEXT = `US strike in Syria kills militia fighters

The United States carried out an airstrike in eastern Syria on Thursday against facilities used by Iran-backed militias, the Pentagon said.

The Syrian Observatory for Human Rights said 22 fighters were killed. Kataib Hezbollah said one of its members died.`;
const article = wireArticle(extractFromPlainText(TEXT));

const readerReports = async (sender: unknown) => {
  const wire = (await send({ type: 'annotate', article }, sender)) as WireAnswer;
  return wire.reports.filter((r) => r.byReader).map((r) => r.label);
};

let told: ReturnType<typeof vi.spyOn>;

describe('background entrypoint: reader sources wiring', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 9 }] as never);
    told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    background.main();
    for (const s of (await send({ type: 'sources:list' }, fromPopup())) as Array<{ id: string }>) {
      await send({ type: 'sources:remove', id: s.id }, fromPopup());
    }
  });

  it('saves from the popup, compares other pages with it at once, and drops it after Remove', async () => {
    expect(await readerReports(fromPage())).toEqual([]);
    const saved = (await send({ type: 'sources:save', source: draft() }, fromPopup())) as { ok: true; source: { id: string } };
    expect(saved.ok).toBe(true);
    expect(await readerReports(fromPage())).toEqual(['Harbour Gazette']);
    // Every open tab is told, so a page already open is compared again.
    await vi.waitFor(() => expect(told).toHaveBeenCalledWith(9, { type: 'sources-changed' }));
    expect(told).toHaveBeenCalledWith(3, { type: 'sources-changed' });
    // The saved page itself is not compared with itself.
    expect(await readerReports(fromPage(draft().url))).toEqual([]);
    expect(await send({ type: 'sources:remove', id: saved.source.id }, fromPopup())).toBe(true);
    expect(await readerReports(fromPage())).toEqual([]);
  });

  it('refuses the sources messages from a web page', async () => {
    await expect(send({ type: 'sources:save', source: draft() }, fromPage())).rejects.toThrow(/only the extension’s own pages/);
    await expect(send({ type: 'sources:list' }, fromPage())).rejects.toThrow(/refused/);
  });
});
