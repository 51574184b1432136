/**
 * The notes UI's requests to the background, which keeps the notes: each answer checked before use, and
 * a missing or malformed one turned into "did not work" (null/false), never an exception.
 */
import type { EditorTarget, SaveResult } from '../../lib/annotations/notes-wire';
import type { PageFindings, ReaderAnnotation } from '../../lib/annotations/model';
import type { BackgroundMessage, BackgroundReply } from '../../lib/messages';

/** A request to the background (browser.runtime.sendMessage in the extension; a fake in tests). */
export type Send = (request: BackgroundMessage) => Promise<unknown>;

export function isAnnotation(value: unknown): value is ReaderAnnotation {
  const a = value as Partial<ReaderAnnotation> | null;
  return !!a && typeof a.id === 'string' && typeof a.quote?.exact === 'string' && typeof a.colour === 'string';
}

/** 'notes:save' answers a SaveResult; a bare row (an older background) counts as saved. */
export function toSaveResult(reply: unknown): SaveResult | null {
  const r = reply as { ok?: unknown; annotation?: unknown; conflict?: unknown } | null;
  if (r?.ok === true && isAnnotation(r.annotation)) return reply as SaveResult;
  if (r?.ok === false && isAnnotation(r.conflict)) return reply as SaveResult;
  if (isAnnotation(reply)) return { ok: true, annotation: reply, merged: false };
  return null;
}

export class NoteStore {
  constructor(private readonly send: Send) {}

  /** The page's saved notes; none when the background does not answer. */
  async list(url: string): Promise<ReaderAnnotation[]> {
    try {
      const reply = await this.send({ type: 'notes:list', url });
      return Array.isArray(reply) ? reply.filter(isAnnotation) : [];
    } catch {
      return [];
    }
  }

  /** Saves a new highlight (no base: nothing stored to compare with). The stored row, or null. */
  async create(annotation: ReaderAnnotation): Promise<ReaderAnnotation | null> {
    try {
      const result = toSaveResult(await this.send({ type: 'notes:save', annotation }));
      return result?.ok ? result.annotation : null;
    } catch {
      return null;
    }
  }

  /** Opens an editor session for the note editor frame; its token, or null. */
  async openEditor(target: EditorTarget): Promise<string | null> {
    try {
      const reply = (await this.send({ type: 'notes:editor-open', target })) as BackgroundReply<'notes:editor-open'> | undefined;
      return typeof reply?.token === 'string' && /^[0-9a-f]{16,}$/.test(reply.token) ? reply.token : null;
    } catch {
      return null;
    }
  }

  /** Keeps Crosscheck's findings beside the notes, for exports. Fire and forget. */
  recordFindings(page: PageFindings): void {
    this.send({ type: 'notes:record-findings', page }).catch(() => {});
  }
}
