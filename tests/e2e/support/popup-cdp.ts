/**
 * A second, raw DevTools session on the toolbar popup that `openToolbarPopup` (./popup.ts) opened, for what
 * `Runtime.evaluate` cannot do as a reader would: clicking a control the way the mouse does (found by its
 * role and accessible name in the accessibility tree), choosing a file in a file input, screenshots after
 * scrolling. Playwright does not attach to popup targets, so this talks CDP through the page's session, as
 * popup.ts does (a target accepts more than one session).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { findTarget, openChannel } from './target-channel';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

export interface PopupSession {
  /** Sends a CDP command to the popup. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /**
   * Clicks the control with this role and accessible name with the mouse (pressed and released at its
   * centre, after scrolling it into view). Fails when there is not exactly one.
   */
  clickByRole(role: string, name: string): Promise<void>;
  /** Chooses `files` in the file input matched by `selector`, as the file chooser would (input and change fire). */
  setInputFiles(selector: string, files: string[]): Promise<void>;
  detach(): Promise<void>;
}

/** `path`: another extension page shown outside any tab, such as the side panel (sidepanel.html). */
export async function attachToPopup(ext: ExtensionBrowser, page: Page, timeoutMs = 10_000, path = 'popup.html'): Promise<PopupSession> {
  const popupUrl = `chrome-extension://${ext.extensionId}/${path}`;
  const session: CDPSession = await ext.context.newCDPSession(page);
  const target = await findTarget(session, popupUrl, timeoutMs).catch(() => {
    throw new Error(`no popup target (${popupUrl}); open it with openToolbarPopup first`);
  });
  const { send } = await openChannel(session, target);

  const documentNode = async (): Promise<number> => {
    const { root } = await send<{ root: { nodeId: number } }>('DOM.getDocument', { depth: 0 });
    return root.nodeId;
  };

  const centre = async (backendNodeId: number): Promise<{ x: number; y: number }> => {
    await send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { model } = await send<{ model: { content: number[] } }>('DOM.getBoxModel', { backendNodeId });
    const q = model.content;
    return { x: (q[0]! + q[2]! + q[4]! + q[6]!) / 4, y: (q[1]! + q[3]! + q[5]! + q[7]!) / 4 };
  };

  /**
   * The control's centre once it has stayed put for 150 ms: the popup renders its parts as their data comes,
   * and a point measured before a part above the control appeared was clicked whatever had moved under it
   * (an export that never began, once in a CI run).
   */
  const steadyCentre = async (backendNodeId: number, timeoutMs = 5_000): Promise<{ x: number; y: number }> => {
    const end = Date.now() + timeoutMs;
    let last = await centre(backendNodeId);
    for (;;) {
      await new Promise((r) => setTimeout(r, 150));
      const now = await centre(backendNodeId);
      if ((now.x === last.x && now.y === last.y) || Date.now() > end) return now;
      last = now;
    }
  };

  return {
    send,
    async clickByRole(role, name) {
      const nodeId = await documentNode();
      const { nodes } = await send<{ nodes: AXNode[] }>('Accessibility.queryAXTree', { nodeId, accessibleName: name, role });
      const found = nodes.filter((n) => !n.ignored && n.backendDOMNodeId !== undefined);
      if (found.length !== 1) throw new Error(`popup: ${found.length} controls with role ${role} named "${name}"`);
      const backendNodeId = found[0]!.backendDOMNodeId!;
      const { x, y } = await steadyCentre(backendNodeId);
      await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
      await send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 });
    },
    async setInputFiles(selector, files) {
      const root = await documentNode();
      const { nodeId } = await send<{ nodeId: number }>('DOM.querySelector', { nodeId: root, selector });
      if (!nodeId) throw new Error(`popup: no element matches ${selector}`);
      await send('DOM.setFileInputFiles', { nodeId, files });
    },
    detach: async () => {
      await session.detach().catch(() => undefined);
    },
  };
}
