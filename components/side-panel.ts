/**
 * Opening the side panel from the popup: Chrome's `sidePanel` (MV3) or Firefox's `sidebarAction` (MV2 and
 * MV3). Both browsers open it only during a reader's click, so `openSidePanel` must be called straight from
 * the click handler, with the window id read beforehand.
 */

/** The two browsers' side panel APIs, as far as Crosscheck uses them. */
export interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function canOpenSidePanel(apis: PanelApis): boolean {
  return typeof apis.sidePanel?.open === 'function' || typeof apis.sidebarAction?.open === 'function';
}

/** Opens the panel in `windowId` (Chrome needs it; Firefox opens it in the current window). */
export function openSidePanel(apis: PanelApis, windowId: number | null): Promise<void> {
  if (typeof apis.sidebarAction?.open === 'function') return apis.sidebarAction.open();
  if (typeof apis.sidePanel?.open === 'function' && windowId !== null) return apis.sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}
