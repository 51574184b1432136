import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message } from '../../lib/messages';
import { handleMessage, handleTabRemoved, handleTabUpdated } from './badge';
import { injectPopoverUi } from './inject-ui';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: Message, sender) => {
    // Answers only the request to inject the popover UI; returning undefined otherwise leaves
    // other parts' replies (the content script's summary) to them.
    if (message?.type === 'load-popover-ui') return injectPopoverUi(sender);
    void handleMessage(message, sender);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    void handleTabUpdated(tabId, changeInfo);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void handleTabRemoved(tabId);
  });
});
