/**
 * Only the reader's own input makes the notes UI act. A page script can dispatch clicks, keys and
 * pointer events and set the selection, but every event it makes has `isTrusted` false, and it cannot
 * give the document user activation. Unit tests (happy-dom, where no event is trusted) pass their own
 * checks through `ReaderInput`; shipped code always uses the browser's.
 */

export interface ReaderInput {
  /** Whether an event came from the reader (the browser), not from a script. */
  isTrusted(event: Event): boolean;
  /** Whether the reader has just interacted with the page (transient user activation). */
  hasActivation(): boolean;
}

export const browserInput: ReaderInput = {
  isTrusted: (event) => event.isTrusted === true,
  hasActivation: () => (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive === true,
};
