/**
 * CDP commands to an extension page Playwright does not attach to (the toolbar popup, the side panel), sent
 * through a page's CDP session. Every command has a deadline: a popup can close under a command (window.close,
 * a lost focus), and a reply that never comes must fail the step that waited for it, by name, not the test's
 * overall timeout.
 */
import type { CDPSession } from 'playwright-core';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface TargetChannel {
  targetUrl: string;
  /** Sends a CDP command to the target; rejects when it has not answered within the channel's deadline. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
}

const COMMAND_TIMEOUT_MS = 10_000;

/** Waits for a target whose URL starts with `urlPrefix`. */
export async function findTarget(session: CDPSession, urlPrefix: string, timeoutMs: number): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const target = targetInfos.find((t) => t.url.startsWith(urlPrefix));
    if (target) return target;
    if (Date.now() > deadline) throw new Error(`no target appeared at ${urlPrefix} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openChannel(session: CDPSession, target: TargetInfo, commandTimeoutMs = COMMAND_TIMEOUT_MS): Promise<TargetChannel> {
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id!);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  session.on('Target.detachedFromTarget', (event: { sessionId?: string }) => {
    if (event.sessionId !== sessionId) return;
    for (const waiter of pending.values()) waiter.reject(new Error(`${target.url} closed`));
    pending.clear();
  });
  const send = <T = unknown>(method: string, params: object = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${target.url}: no answer to ${method} within ${commandTimeoutMs} ms`));
      }, commandTimeoutMs);
      const settle = <V>(done: (v: V) => void) => (value: V) => {
        clearTimeout(timer);
        done(value);
      };
      pending.set(id, { resolve: settle(resolve as (v: unknown) => void), reject: settle(reject) });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(settle(reject));
    });
  return { targetUrl: target.url, send };
}
