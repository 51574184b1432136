/**
 * One open shadow-root host at the end of <body> holding a floating box, for Crosscheck's in-page UIs
 * (the popover, the notes toolbar). Page CSS cannot reach inside; the host is marked so Crosscheck's
 * own DOM observers know it is not page content.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export interface FloatingHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The positioned box, hidden until shown. */
  float: HTMLDivElement;
  /** Puts the host back if the page removed it (single-page apps replace <body>'s children). */
  ensureMounted(): void;
}

export async function mountFloatingHost(
  ctx: ContentScriptContext,
  options: { name: string; css: string; isolateEvents?: boolean },
): Promise<FloatingHost> {
  const float = document.createElement('div');
  float.className = 'cc-float';
  float.hidden = true;
  const ui = await createShadowRootUi(ctx, {
    name: options.name,
    mode: 'open',
    position: 'overlay',
    css: options.css,
    isolateEvents: options.isolateEvents ?? false,
    onMount: (container) => container.append(float),
  });
  const host = ui.shadowHost;
  host.setAttribute('data-crosscheck-ui', '');
  ui.mount();
  return { host, shadow: ui.shadow, float, ensureMounted: () => host.isConnected || ui.mount() };
}
