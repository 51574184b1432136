/** Light or dark, after the page's own background: the popover, its hint and the intro card follow it. */
import type { Tone } from '../../components/Popover';
import { backgroundBehind, isDark } from '../../lib/page/colours';

/** The page's tone behind an element. */
export function toneAt(el: Element | null): Tone {
  return isDark(backgroundBehind(el)) ? 'dark' : 'light';
}
