/**
 * Where the background answers a message: one table of handlers keyed by message type (lib/messages.ts
 * declares each one's request and reply; index.ts builds the table). Before any handler runs, the sender
 * policy (sender-policy.ts) is applied once: the handler gets who sent the message and what it may reach.
 *
 * A message the table does not hold is left alone (no answer: another listener may have one). A refused
 * one is answered with an error saying why, except the few whose sender expects a plain "no" (REFUSED).
 */
import type { BackgroundType, HandlerTable, ToBackground } from '../../lib/messages';
import { isPiece } from '../../lib/pieces';
import { typeIn, wholeMessages, type MessageSender } from '../../utils/messaging';
import { checkRequest, type RequestContext } from './sender-policy';

/** Every message the background answers, each with its handler. */
export type BackgroundHandlers = HandlerTable<ToBackground, RequestContext>;

/** What a refused request gets where its sender treats a refusal as "not now" (the content script's lazy loads and the engine). */
const REFUSED: Partial<Record<BackgroundType, false | null>> = { 'load-popover-ui': false, annotate: null, 'open-facts': false };
/** Messages nobody answers: the sender does not wait, and other listeners (the popup, the side panel) only hear them. */
const UNANSWERED: ReadonlySet<BackgroundType> = new Set<BackgroundType>(['page-summary']);

type Handler = (message: unknown, context: RequestContext) => unknown;

/** The runtime.onMessage listener for `handlers` (some or all of the table). */
export function dispatcher(handlers: Partial<BackgroundHandlers>, extensionOrigin: string) {
  const whole = wholeMessages();
  return (received: unknown, sender: MessageSender | undefined): Promise<unknown> | undefined => {
    // A large message from a content script comes in pieces (lib/pieces.ts): each is taken, the last handled as the whole.
    const message = whole(received, sender);
    if (message === undefined) return isPiece(received) && sender?.tab ? Promise.resolve(true) : undefined;
    const type = typeIn(handlers, message);
    const handler = type === null ? undefined : (handlers[type] as Handler | undefined);
    if (type === null || !handler) return undefined;
    let context: RequestContext;
    try {
      context = checkRequest(message, sender, extensionOrigin);
    } catch (refusal) {
      if (UNANSWERED.has(type)) return undefined;
      return type in REFUSED ? Promise.resolve(REFUSED[type]) : Promise.reject(refusal);
    }
    // A handler's throw becomes the sender's rejection, as an async handler's would.
    const reply = Promise.resolve().then(() => handler(message, context));
    if (!UNANSWERED.has(type)) return reply;
    reply.catch(() => undefined);
    return undefined;
  };
}

/**
 * One request through `handlers`, for callers outside the listener (tests, which pass a sender as the
 * browser would): refused with a `NotesError` unless the table holds it and the policy allows it.
 */
export async function answer<M extends keyof ToBackground>(
  handlers: Pick<BackgroundHandlers, M>,
  message: unknown,
  sender: MessageSender | undefined,
  extensionOrigin: string,
  notOurs: () => Error,
): Promise<ToBackground[M]['reply']> {
  const type = typeIn(handlers, message);
  if (type === null) throw notOurs();
  const context = checkRequest(message, sender, extensionOrigin);
  return (handlers[type] as Handler)(message, context) as ToBackground[M]['reply'];
}
