import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  injectFileIntoSenderFrame,
  injectNotesUi,
  injectPopoverUi,
  NOTES_UI_FILE,
  POPOVER_UI_FILE,
} from '../../entrypoints/background/inject-ui';
import { handleNotesRequest } from '../../entrypoints/background/notes';
import { dropAll, freshDb } from '../support/notes-db';

afterEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await dropAll();
});

const sender = (tabId: number | undefined, frameId?: number) => ({ tab: tabId === undefined ? undefined : ({ id: tabId } as never), frameId });

describe('injecting a UI script into the sender’s frame', () => {
  it('uses scripting.executeScript with the sender’s tab and frame (MV3)', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await injectNotesUi(sender(4, 2))).toBe(true);
    expect(await injectPopoverUi(sender(5))).toBe(true);
    expect(execute).toHaveBeenNthCalledWith(1, { target: { tabId: 4, frameIds: [2] }, files: [NOTES_UI_FILE] });
    expect(execute).toHaveBeenNthCalledWith(2, { target: { tabId: 5, frameIds: [0] }, files: [POPOVER_UI_FILE] });
    expect(NOTES_UI_FILE).toBe('/notes-ui.js');
  });

  it('falls back to tabs.executeScript without scripting (Firefox MV2)', async () => {
    const scripting = fakeBrowser.scripting;
    const execute = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockResolvedValue(undefined as never);
    (fakeBrowser as { scripting?: unknown }).scripting = undefined;
    try {
      expect(await injectFileIntoSenderFrame(sender(9, 1), NOTES_UI_FILE)).toBe(true);
    } finally {
      (fakeBrowser as { scripting?: unknown }).scripting = scripting;
    }
    expect(execute).toHaveBeenCalledWith(9, { file: NOTES_UI_FILE, frameId: 1 });
  });

  it('does nothing for a sender that is not a tab (the popup)', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    expect(await injectNotesUi(sender(undefined))).toBe(false);
    expect(await injectNotesUi(undefined)).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });

  it('is what notes:load-ui does by default', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined as never);
    const fromArticle = { ...sender(12, 0), url: 'https://news.example/a' };
    expect(await handleNotesRequest(freshDb(), { type: 'notes:load-ui' }, fromArticle)).toBe(true);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [0] }, files: [NOTES_UI_FILE] });
  });
});
