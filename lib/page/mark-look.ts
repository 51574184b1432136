/**
 * How a highlight looks: which findings stand out for the reader's display setting, and colours chosen
 * against the page's own background so every mark that stands out has at least 3:1 contrast with it
 * (WCAG 1.4.11). Findings that do not stand out are quiet: a faint dotted line that turns into the full
 * mark on hover or focus. Names never get a solid underline, so they do not read as links.
 * Returned as inline style text with !important: page CSS cannot restyle a highlight.
 */
import type { Display } from '../settings';
import { backgroundBehind, BLACK, contrast, cssColour, isDark, parseColour, WHITE, type Rgba } from './colours';

export interface MarkLook {
  display: Display;
  /** The opaque colour behind the article (colours.ts, backgroundBehind). */
  background: Rgba;
}

export const DEFAULT_LOOK: MarkLook = { display: 'differences', background: WHITE };

/** The smallest contrast a mark keeps against the page (WCAG's for meaningful graphics). */
export const MARK_CONTRAST = 3;

/** What stands out for each display: the rest are quiet. */
export function standsOut(kind: string, status: string, display: Display): boolean {
  if (display === 'everything') return true;
  if (display === 'figures') return kind === 'figure';
  return kind === 'figure' && status === 'differs';
}

/** The line colours of each status, for light and for dark pages. */
const LINES = {
  differs: ['#b45309', '#fbbf24'],
  agrees: ['#15803d', '#4ade80'],
  unique: ['#5b6472', '#a3acb9'],
  name: ['#6d28d9', '#c4b5fd'],
} as const;
const FILLS = { differs: ['rgba(245,158,11,0.28)', 'rgba(251,191,36,0.24)'] } as const;

export interface MarkPalette {
  differs: string;
  agrees: string;
  unique: string;
  name: string;
  differsFill: string;
  /** The quiet mark's faint line. */
  quiet: string;
}

/**
 * Line colours for a background: the light or dark set as the background asks, each checked and, where
 * it falls under 3:1 (a mid-tone page), replaced by the other set's or by black or white, whichever is best.
 */
export function markPalette(background: Rgba): MarkPalette {
  const dark = isDark(background) ? 1 : 0;
  const line = (pair: readonly [string, string]) => {
    const candidates = [pair[dark], pair[1 - dark]].map((c) => parseColour(c!)!);
    const fit = candidates.find((c) => contrast(c, background) >= MARK_CONTRAST);
    if (fit) return cssColour(fit);
    return cssColour(contrast(BLACK, background) >= contrast(WHITE, background) ? BLACK : WHITE);
  };
  return {
    differs: line(LINES.differs),
    agrees: line(LINES.agrees),
    unique: line(LINES.unique),
    name: line(LINES.name),
    differsFill: FILLS.differs[dark],
    quiet: dark ? 'rgba(255,255,255,0.35)' : 'rgba(0,0,0,0.3)',
  };
}

const BASE =
  'display:inline !important;visibility:visible !important;opacity:1 !important;position:static !important;' +
  'color:inherit !important;font:inherit !important;letter-spacing:inherit !important;text-transform:inherit !important;' +
  'clip-path:none !important;filter:none !important;transform:none !important;margin:0 !important;padding:0 1px !important;' +
  'border-radius:2px !important;cursor:help !important;text-decoration:none !important;box-decoration-break:clone !important;' +
  '-webkit-box-decoration-break:clone !important;border-top:0 !important;border-left:0 !important;border-right:0 !important;';

/** The full mark: differs filled and underlined, agrees underlined, unique dotted; names dotted (never link-like). */
function loud(kind: string, status: string, p: MarkPalette): string {
  if (status === 'differs') {
    const line = kind === 'name' ? 'dotted' : 'solid';
    return `background:${p.differsFill} !important;border-bottom:2px ${line} ${p.differs} !important;`;
  }
  if (kind === 'name') return `background:transparent !important;border-bottom:2px dotted ${p.name} !important;`;
  if (status === 'agrees') return `background:transparent !important;border-bottom:2px solid ${p.agrees} !important;`;
  return `background:transparent !important;border-bottom:2px dotted ${p.unique} !important;`;
}

function quiet(p: MarkPalette): string {
  return `background:transparent !important;border-bottom:1px dotted ${p.quiet} !important;`;
}

/**
 * The inline style of one highlight piece: it depends only on its kind, status and the look.
 * `revealed`: the reader's pointer or focus is on it, so a quiet mark shows in full.
 */
export function markStyle(kind: string, status: string, look: MarkLook, revealed = false): string {
  const key = `${kind} ${status} ${look.display} ${cssColour(look.background)} ${revealed}`;
  let style = styles.get(key);
  if (style === undefined) {
    const palette = markPalette(look.background);
    style = BASE + (revealed || standsOut(kind, status, look.display) ? loud(kind, status, palette) : quiet(palette));
    // A page has one background and a few kinds and statuses: a handful of entries, kept for thousands of pieces.
    if (styles.size > 256) styles.clear();
    styles.set(key, style);
  }
  return style;
}

const styles = new Map<string, string>();

/** Whether two looks style every mark the same. */
export function sameLook(a: MarkLook | undefined, b: MarkLook): boolean {
  return !!a && a.display === b.display && cssColour(a.background) === cssColour(b.background);
}

/** The value of the data-crosscheck-look attribute a piece carries: what the reader sees of it at rest. */
export function lookName(kind: string, status: string, display: Display): 'loud' | 'quiet' {
  return standsOut(kind, status, display) ? 'loud' : 'quiet';
}

/** The look for a page: the reader's display setting and the colour behind the article's element. */
export function lookFor(display: Display, articleRoot: Element | null): MarkLook {
  return { display, background: backgroundBehind(articleRoot) };
}
