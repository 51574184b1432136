/**
 * One browser-neutral driver for the end-to-end suites: what a shared test body (hostile-checks.ts,
 * popover-checks.ts, …) asks of a browser, implemented once over Playwright for Chromium
 * (tests/e2e/support/chromium-driver.ts) and once over puppeteer-core's WebDriver BiDi for Firefox
 * (tests/e2e-firefox/support/firefox-driver.ts). A body registers `it(...)` blocks given a getter for the
 * driver, so each suite keeps its own launch (build, profile, prefs) and its browser-specific tests.
 *
 * What only one browser can show is an optional capability (`seesClosedUi`, `listenToBackground`): a body
 * makes those checks where the driver offers them, so neither suite asserts less than it did alone.
 */
import type { Clip, PiercedDialog, ReaderPage } from '../e2e/support/hostile';
import type { StoredNotes } from '../e2e/support/notes';

/** A tab, the same to a test body in both browsers. Keys are named as both libraries name them ('Tab', 'End'). */
export interface DriverPage extends ReaderPage {
  evaluate(expression: string): Promise<unknown>;
  keyboard: {
    press(key: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
    type(text: string): Promise<void>;
  };
  url(): string;
  /** Waits until an element matches `selector` (in the DOM, shown or not). */
  waitForSelector(selector: string, timeoutMs: number): Promise<void>;
  /** Moves the real mouse over the first element that matches. */
  hover(selector: string): Promise<void>;
  /** Clicks the first element that matches with the real mouse. */
  click(selector: string): Promise<void>;
  /** Gives the first element that matches the keyboard focus. */
  focus(selector: string): Promise<void>;
  /** A PNG of the viewport (or `clip` of it), also written to `path` when given. */
  screenshot(options?: { path?: string; clip?: Clip }): Promise<Uint8Array>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /** An evaluator for each frame of the page other than its own document (an editor in an extension frame). */
  childFrames(): Array<(expression: string) => Promise<unknown>>;
}

export interface OpenOptions {
  /** Wait for `html[data-crosscheck-ready]` (the content script's first pass); default true. */
  ready?: boolean;
  /** Answer the shared hosts (hostile.ts's SITE_ONE, SITE_TWO) from tests/e2e/pages. */
  sharedHosts?: boolean;
  /** Source text run in the page before its own scripts (inPageSource(...)). */
  initScript?: string;
}

/** A request a page or the extension made, as the driver saw it. */
export interface SeenRequest {
  url: string;
  method: string;
  /** Who made it, where the driver knows ("page: http://…", or the page's address). */
  by: string | null;
}

export interface BrowserDriver {
  /** 'chromium' or 'firefox': screenshots are named with it. */
  name: 'chromium' | 'firefox';
  /** browser.runtime.id as the extension's own scripts see it (what a page would forge messages for). */
  runtimeId: string;
  /** A new tab on `url`, once the content script has marked it ready (unless `ready: false`). */
  openPage(url: string, options?: OpenOptions): Promise<DriverPage>;
  /** The reader's notes as the background stored them (its IndexedDB, read from the extension's origin). */
  storedNotes(): Promise<StoredNotes>;
  /** Every request the browser reported for pages (and, where it can, the extension). */
  requests(): SeenRequest[];
  /** What reached the proxy trap (../e2e-shared/trap.ts). */
  trapCaught(): string[];
  /** Hosts the browser contacts by itself, never the extension. */
  ownHosts: ReadonlySet<string>;
  /** An address of the extension's own pages and files. */
  isExtensionUrl(url: string): boolean;
  /**
   * Chromium only: the dialogs of `page` as DevTools sees them, closed shadow roots included, once one is
   * visible (waits up to 10 s).
   */
  seesClosedUi?(page: DriverPage, what: string): Promise<PiercedDialog>;
  /**
   * Chromium only: starts recording the type of every message that reaches the background; the function
   * returned reads them.
   */
  listenToBackground?(): Promise<() => Promise<string[]>>;
}

/** A suite's driver, made in its beforeAll: test bodies take this getter. */
export type DriverOf = () => BrowserDriver;

/** A screenshot's file name in test-results/: `name.png` from Chromium, `firefox-name.png` from Firefox. */
export function shotName(driver: BrowserDriver, name: string): string {
  return driver.name === 'chromium' ? `${name}.png` : `firefox-${name}.png`;
}

/** The address is the test server's, the extension's, or no place at all (data:, blob:, about:). */
export function isLocalTo(driver: BrowserDriver, origin: string, url: string): boolean {
  return url === origin || url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url) || driver.isExtensionUrl(url);
}

/** What Playwright's and puppeteer's pages both have of frames. */
interface FramedPage<F extends { evaluate(expression: string): Promise<unknown> }> {
  frames(): F[];
  mainFrame(): F;
}

/** An evaluator for each frame of `page` other than its own document (DriverPage.childFrames). */
export function childFrameEvaluators<F extends { evaluate(expression: string): Promise<unknown> }>(page: FramedPage<F>): Array<(expression: string) => Promise<unknown>> {
  return page
    .frames()
    .filter((f) => f !== page.mainFrame())
    .map((f) => (expression: string) => f.evaluate(expression));
}
