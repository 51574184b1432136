/**
 * The page's own colours, read so Crosscheck's marks and popover suit the page they are on rather than
 * the operating system's scheme: the background behind an element, and contrast ratios (WCAG 2.x).
 */

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)", "#fff", "#102030" or "transparent"; null otherwise. */
export function parseColour(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16), a: 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(text)?.[1];
  if (!fn) return null;
  const parts = fn.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
  if (![r, g, b, alpha].every(Number.isFinite)) return null;
  return { r, g, b, a: Math.min(1, Math.max(0, alpha)) };
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1–21, of a colour (painted over `background` when translucent) against `background`. */
export function contrast(colour: Rgba, background: Rgba): number {
  const a = luminance(over(colour, background));
  const b = luminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Whether a background reads as dark: white text would contrast with it more than black. */
export function isDark(background: Rgba): boolean {
  return contrast(WHITE, background) > contrast(BLACK, background);
}

export function cssColour({ r, g, b, a }: Rgba): string {
  const round = (n: number) => Math.round(n);
  return a >= 1 ? `rgb(${round(r)}, ${round(g)}, ${round(b)})` : `rgba(${round(r)}, ${round(g)}, ${round(b)}, ${Math.round(a * 1000) / 1000})`;
}

/**
 * The opaque colour behind `el`: its own and its ancestors' background colours, painted from the root up.
 * Where nothing is painted the canvas shows, white unless the page asks for a dark scheme. Background
 * images are not read: a page that sets one sets a colour for text on it too, which is what most do.
 */
export function backgroundBehind(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  let root: Element | null = null;
  for (let at = el; at; at = at.parentElement) {
    const style = at.ownerDocument.defaultView?.getComputedStyle(at);
    const colour = style ? parseColour(style.backgroundColor) : null;
    if (colour && colour.a > 0) layers.push(colour);
    if (colour && colour.a >= 1) break;
    root = at;
  }
  let result = canvasOf(root);
  for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i]!, result);
  return result;
}

/** The canvas colour: dark only when the root element asks for a dark colour scheme and nothing lighter. */
function canvasOf(root: Element | null): Rgba {
  const scheme = root?.ownerDocument.defaultView?.getComputedStyle(root).colorScheme ?? '';
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? { r: 18, g: 18, b: 18, a: 1 } : WHITE;
}
