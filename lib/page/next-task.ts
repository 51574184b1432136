/**
 * Runs a callback in a task of its own, as soon as the page's pending work allows: how a long job
 * yields to the page between slices. A private MessageChannel rather than setTimeout(0), which browsers
 * clamp to 4 ms once timers nest; the page cannot see the channel (it is not `window`'s messages).
 */
let channel: MessageChannel | null = null;
const queue: Array<() => void> = [];

export function nextTask(callback: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  queue.push(callback);
  channel.port2.postMessage(null);
}

/** nextTask as a promise: resolves in a task of its own. */
export function afterNextTask(): Promise<void> {
  return new Promise<void>((resolve) => nextTask(resolve));
}
