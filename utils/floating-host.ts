/**
 * One host element at the end of <body> holding a floating box, for Crosscheck's in-page UIs (the popover,
 * the notes toolbar), out of the page's reach:
 * - the shadow root is closed (open only in test builds, ./test-hooks.ts) and kept in this closure alone:
 *   nothing on the host leads to it, so page scripts can neither read nor change what it shows;
 * - the element name is random per page and host, so a page cannot define it as its own custom element
 *   (its constructor would run on our host) nor aim CSS at it by name;
 * - `:host { all: initial !important }` inside the shadow beats every page rule, `!important` ones too
 *   (for important declarations the inner tree wins), and the host's own position is set the same way.
 * It is marked `data-crosscheck-ui` so Crosscheck's own DOM observers know it is not page content.
 */
import type { PageContext } from './page-context';
import { uiShadowMode } from './test-hooks';

export interface FloatingHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The positioned box, hidden until shown. */
  float: HTMLDivElement;
  /** Puts the host back if the page removed it (single-page apps replace <body>'s children). */
  ensureMounted(): void;
}

export interface FloatingHostOptions {
  /** The UI's styles, placed inside the shadow root. */
  css: string;
  /** What the host holds (`popover`, `notes`): the value of its data-crosscheck-ui attribute. */
  name?: string;
  /** Stop key events typed inside at the shadow root. Page listeners in the capture phase still hear them. */
  isolateEvents?: boolean;
}

/** The host takes no room and no page style, above everything; what it holds is placed on its own. */
const HOST_STYLE = [
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
] as const;

const HOST_CSS = `:host{all:initial !important;${HOST_STYLE.map(([property, value]) => `${property}:${value} !important`).join(';')}}`;

/** A custom element name nobody can know before it exists: `crosscheck-ui-` and 64 random bits. */
export function randomHostName(): string {
  const [a, b] = crypto.getRandomValues(new Uint32Array(2));
  return `crosscheck-ui-${a!.toString(36)}${b!.toString(36)}`;
}

export async function mountFloatingHost(
  // All the host needs of the page's context: to go when it ends.
  ctx: Pick<PageContext, 'onInvalidated'>,
  options: FloatingHostOptions,
): Promise<FloatingHost> {
  const host = document.createElement(randomHostName());
  host.setAttribute('data-crosscheck-ui', options.name ?? '');
  // Inline too, for the moment before the shadow's styles apply.
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: uiShadowMode() });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${options.css}`;
  const float = document.createElement('div');
  float.className = 'cc-float';
  float.hidden = true;
  shadow.append(style, float);
  if (options.isolateEvents) {
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  const ensureMounted = () => {
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
  };
  ensureMounted();
  ctx.onInvalidated(() => host.remove());
  return { host, shadow, float, ensureMounted };
}
