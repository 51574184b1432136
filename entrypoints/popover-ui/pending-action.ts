/**
 * The popover's one pending open or close: scheduling another replaces it, so a dwell that has not
 * finished and a close that is waiting never both run.
 */
export interface PendingAction {
  /** Runs `then` in `ms`, in place of whatever was pending. */
  schedule(then: () => void, ms: number): void;
  cancel(): void;
}

export function createPendingAction(): PendingAction {
  let timer: number | undefined;
  return {
    schedule(then, ms) {
      clearTimeout(timer);
      timer = window.setTimeout(then, ms);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
