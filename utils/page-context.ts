/**
 * The lifetime of Crosscheck's code in one page: an AbortSignal that every listener and timer hangs on
 * (refined-github's pattern), so all of it stops at once when the extension is reloaded or removed.
 *
 * Why not WXT's ContentScriptContext: it announces itself to the page with a window message whose name
 * holds the extension's id, stops when the page echoes that message back, and reports address changes
 * as window events a page can forge once it knows the id. Nothing here is visible to the page, and
 * nothing the page dispatches can stop it or make it do work.
 */
import { browser } from 'wxt/browser';

/** How often the address is compared, for changes no event reports. */
const LOCATION_POLL_MS = 1000;

export class PageContext {
  private readonly controller = new AbortController();

  constructor(readonly name: string) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once stopped, or once the extension behind this script has gone (reloaded, removed). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.abort('extension context gone');
    return this.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /**
   * A timeout that does nothing once the context is gone. It holds no abort listener (a page that makes
   * Crosscheck set timers again and again must not grow a list): one still pending then fires, idle.
   */
  setTimeout(handler: () => void, ms: number): number {
    return window.setTimeout(() => {
      if (!this.isInvalid) handler();
    }, ms);
  }

  clearTimeout(id: number | undefined): void {
    window.clearTimeout(id);
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => {
      if (!this.isInvalid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /**
   * Like addEventListener, for events that make Crosscheck act: only the reader's own input counts.
   * A page script can dispatch clicks, keys and selection events, but never trusted ones.
   */
  onTrusted<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options: AddEventListenerOptions = {}): void {
    this.addEventListener<E>(target, type, (event) => {
      if (event.isTrusted) handler(event);
    }, options);
  }

  /**
   * Calls back when the page's address changes without a load (single-page apps). Watched from inside
   * the isolated world: the Navigation API where there is one, else by comparing the address.
   */
  onLocationChange(callback: (href: string) => void): void {
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      callback(last);
    };
    // 'navigate' fires before the address changes: look once it has. Whatever fires it (a page can
    // dispatch one), all it makes us do is compare two strings. The poll catches what it misses.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      this.addEventListener(navigation, 'navigate', () => this.setTimeout(check, 0));
    }
    this.addEventListener(window, 'popstate', check);
    this.setInterval(check, LOCATION_POLL_MS);
  }
}
