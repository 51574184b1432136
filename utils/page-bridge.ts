/**
 * What the content script shares with the scripts injected later into the same isolated world (the
 * popover UI, the notes UI): content scripts of one extension share their globals; the page cannot see them.
 */
import type { Findings, Mark } from '../lib/engine/findings';
import type { Rest } from '../lib/page/dwell';

export interface PageBridge {
  getMark(id: string): Mark | undefined;
  /** Called by the popover UI once it is attached. */
  ready(controller: PopoverController): void;
  /** The findings of the content script's last pass, for the notes UI (set by content/notes-loader.ts). */
  getFindings?(): Findings | null;
  /**
   * True while the notes UI is being loaded for the reader's own selection (a trusted mouseup or keyup,
   * set by content/notes-loader.ts); the notes UI takes it once, to show its toolbar for that selection.
   */
  notesForSelection?: boolean;
}

/** Set in the isolated world while the notes UI (entrypoints/notes-ui) runs there. */
export const NOTES_UI_KEY = '__crosscheckNotesUi';

const KEY = '__crosscheckPageBridge';

export function setBridge(bridge: PageBridge): void {
  (globalThis as Record<string, unknown>)[KEY] = bridge;
}

export function getBridge(): PageBridge | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as PageBridge | undefined;
}

export interface PopoverController {
  /** `focusInside`: the reader asked with the keyboard (Enter, Space), so focus goes into the popover. */
  open(id: string, anchor?: HTMLElement, focusInside?: boolean): void;
  close(): void;
  /** The one-time explanation of the marks (first matched article). */
  intro?(): void;
  /** The pointer is on this highlight (resting there since `rest.since`, when known): open it if it stays. */
  dwellOn?(el: HTMLElement, rest?: Rest): void;
}
