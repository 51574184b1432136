/**
 * The note editor frame's page-wide behaviour, as hooks: claiming its session from the background,
 * the frame's keys (Tab stays inside, Escape closes), and telling the page its height.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { EditorReport, EditorSession } from '../../lib/annotations/notes-wire';
import type { BackgroundMessage } from '../../lib/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { isAnnotation } from '../notes-ui/note-store';

export type EditorState =
  | { kind: 'loading' }
  /** No token in the address, or the background refused it (expired, claimed, another tab's). */
  | { kind: 'unavailable'; message: string }
  /** `base`: the stored version this editor's next save started from. */
  | { kind: 'open'; session: EditorSession; base: ReaderAnnotation };

type Report = (report: EditorReport) => Promise<unknown>;

function isSession(value: unknown): value is EditorSession {
  const s = value as Partial<EditorSession> | null;
  return !!s && (s.mode === 'new' || s.mode === 'edit') && isAnnotation(s.annotation);
}

/** Tab and Shift+Tab go round the editor's controls: the frame keeps focus until it is closed. */
export function cycleTab(event: KeyboardEvent, root: ParentNode): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const focusable = Array.from(root.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, input, select')).filter((el) => !el.hidden);
  if (focusable.length === 0) return;
  const at = focusable.indexOf(document.activeElement as HTMLElement);
  const atEnd = event.shiftKey ? at <= 0 : at === focusable.length - 1;
  if (!atEnd) return;
  event.preventDefault();
  focusable[event.shiftKey ? focusable.length - 1 : 0]!.focus();
}

/** Claims the session for `token` once; `goneMessage` when the background refuses it or fails. */
export function useEditorSession(
  token: string,
  send: (request: BackgroundMessage) => Promise<unknown>,
  setState: (state: EditorState) => void,
  goneMessage: string,
): void {
  useEffect(() => {
    if (!token) return;
    const gone: EditorState = { kind: 'unavailable', message: goneMessage };
    send({ type: 'notes:editor-session', token }).then(
      (reply) => setState(isSession(reply) ? { kind: 'open', session: reply, base: reply.annotation } : gone),
      () => setState(gone),
    );
  }, [token]);
}

/**
 * The whole frame's keys, wherever focus is in it (also on its body): Tab stays inside, and an
 * Escape the editor did not take (it takes the one that cancels a delete) closes it.
 */
export function useFrameKeys(rootRef: RefObject<HTMLElement | null>, report: Report, token: string): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        void report({ kind: 'closed' });
      } else if (rootRef.current) cycleTab(event, rootRef.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [token]);
}

/** The frame is sized to what it shows: its height reported whenever it changes. */
export function useFrameHeight(rootRef: RefObject<HTMLElement | null>, report: Report): void {
  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      void report({ kind: 'resize', height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
}
