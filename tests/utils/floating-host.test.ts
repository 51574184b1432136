// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountFloatingHost, type FloatingHost } from '../../utils/floating-host';
import { PageContext } from '../../utils/page-context';

let ctx: PageContext;
let ui: FloatingHost;

beforeEach(async () => {
  document.body.innerHTML = '<main><p>Article</p></main>';
  ctx = new PageContext('test');
  ui = await mountFloatingHost(ctx, { css: '.cc-float{color:red}', name: 'popover' });
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('mountFloatingHost', () => {
  it('mounts a marked host at the end of the body, its shadow root closed and reachable only from the closure', () => {
    expect(document.body.lastElementChild).toBe(ui.host);
    expect(ui.host.getAttribute('data-crosscheck-ui')).toBe('popover');
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.shadow.mode).toBe('closed');
    expect(Object.keys(ui.host)).toEqual([]);
    expect(ui.shadow.contains(ui.float)).toBe(true);
    expect(ui.float.hidden).toBe(true);
  });

  it('opens the shadow root in test builds only', async () => {
    vi.stubGlobal('__CROSSCHECK_TEST_HOOKS__', true);
    const test = await mountFloatingHost(ctx, { css: '' });
    expect(test.host.shadowRoot).toBe(test.shadow);
    expect(test.shadow.mode).toBe('open');
  });

  it('takes a new random custom element name each time', async () => {
    const other = await mountFloatingHost(ctx, { css: '' });
    for (const { host } of [ui, other]) expect(host.localName).toMatch(/^crosscheck-ui-[a-z0-9]{8,}$/);
    expect(other.host.localName).not.toBe(ui.host.localName);
  });

  it('blocks page CSS: every property reset with !important inside the shadow, its place set inline with !important', () => {
    const css = ui.shadow.querySelector('style')!.textContent!;
    expect(css).toMatch(/^:host\{all:initial !important;display:block !important;position:fixed !important;/);
    expect(css).toContain('.cc-float{color:red}');
    expect(ui.host.style.getPropertyValue('position')).toBe('fixed');
    expect(ui.host.style.getPropertyPriority('position')).toBe('important');
    expect(ui.host.style.getPropertyPriority('z-index')).toBe('important');
  });

  it('goes back into the page after the page removed it, and goes for good when the context ends', () => {
    ui.host.remove();
    ui.ensureMounted();
    expect(document.body.lastElementChild).toBe(ui.host);
    document.body.replaceChildren();
    ui.ensureMounted();
    expect(ui.host.isConnected).toBe(true);
    ctx.abort();
    expect(ui.host.isConnected).toBe(false);
  });

  it('keeps keys typed inside from bubbling out to the page when asked', async () => {
    const isolated = await mountFloatingHost(ctx, { css: '', isolateEvents: true });
    const heard: string[] = [];
    document.addEventListener('keydown', (event) => heard.push(`${event.key}`));
    const inside = document.createElement('button');
    isolated.float.append(inside);
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    const plain = document.createElement('button');
    ui.float.append(plain);
    plain.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true, composed: true }));
    expect(heard).toEqual(['b']);
  });
});
