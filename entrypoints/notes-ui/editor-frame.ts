/**
 * The note editor frame: an extension page (entrypoints/note-editor) in an <iframe> inside the notes
 * UI's shadow root. The page sees at most that a frame exists; what the reader types there, the page can
 * neither read nor hear. This controller opens a session with the background (a one-time token in
 * the frame's fragment), sizes the frame from the heights it reports, and hands each final report
 * (saved, deleted, closed) to the coordinator.
 */
import type { EditorReport, EditorTarget } from '../../lib/annotations/notes-wire';
import type { NoteStore } from './note-store';

/** Until the editor reports its height. */
export const INITIAL_FRAME_HEIGHT = 220;
export const FRAME_WIDTH = 320;

export type FinalReport = Exclude<EditorReport, { kind: 'resize' }>;

export interface EditorFrameOptions {
  /** Where the frame goes (inside the shadow root). */
  container: HTMLElement;
  /** The editor page's address for a token (browser.runtime.getURL in the extension). */
  frameUrl(token: string): string;
  store: NoteStore;
}

export interface OpenFrame {
  token: string;
  target: EditorTarget;
  iframe: HTMLIFrameElement;
}

export class EditorFrame {
  private current: OpenFrame | null = null;
  /** Each close() counts: a session that arrives after one is dropped. */
  private opening = 0;

  constructor(private readonly options: EditorFrameOptions) {}

  get isOpen(): boolean {
    return this.current !== null;
  }

  get target(): EditorTarget | null {
    return this.current?.target ?? null;
  }

  /** Whether focus is in the frame (the document's focus is on the frame element). */
  hasFocus(): boolean {
    const frame = this.current?.iframe;
    return !!frame && (frame.getRootNode() as ShadowRoot | Document).activeElement === frame;
  }

  /** Opens the editor for `target`; false when the background gave no session (the note is gone). */
  async open(target: EditorTarget, { focus }: { focus: boolean }): Promise<boolean> {
    this.close();
    const attempt = this.opening;
    const token = await this.options.store.openEditor(target);
    if (!token || attempt !== this.opening) return false;
    const iframe = document.createElement('iframe');
    iframe.className = 'cc-editor-frame';
    iframe.title = target.kind === 'new' ? 'New note' : 'Edit highlight';
    iframe.style.width = `${FRAME_WIDTH}px`;
    iframe.style.height = `${INITIAL_FRAME_HEIGHT}px`;
    if (focus) iframe.addEventListener('load', () => iframe.focus(), { once: true });
    iframe.src = this.options.frameUrl(token);
    this.options.container.append(iframe);
    this.current = { token, target, iframe };
    return true;
  }

  /**
   * A report from the background about a frame. Resizes, or for a final report closes the frame and
   * returns what it opened for; null for a report about another frame, or a resize.
   */
  handle(token: string, report: EditorReport): { target: EditorTarget; report: FinalReport } | null {
    const open = this.current;
    if (!open || open.token !== token) return null;
    if (report.kind === 'resize') {
      open.iframe.style.height = `${Math.max(40, report.height)}px`;
      return null;
    }
    this.close();
    return { target: open.target, report };
  }

  /** Removes the frame; an editor still being opened is dropped too. */
  close(): void {
    this.opening++;
    this.current?.iframe.remove();
    this.current = null;
  }
}
