/**
 * The one-time explanation of Crosscheck's marks, shown on the first article it matches: what each mark
 * means, drawn exactly as in the page, and how to open one. A region, not a dialog: it takes no focus and
 * blocks nothing; "Got it" closes it (the content script has already remembered it was shown).
 */
import type { Tone } from './Popover';
import { markStyle, type MarkLook } from '../lib/page/mark-look';
import { BLACK, WHITE } from '../lib/page/colours';

export interface MarksIntroProps {
  tone: Tone;
  onClose(): void;
}

export function MarksIntro({ tone, onClose }: MarksIntroProps) {
  const look: MarkLook = { display: 'everything', background: tone === 'dark' ? { ...BLACK, r: 31, g: 35, b: 40 } : WHITE };
  const sample = (kind: string, status: string, text: string) => (
    <span class="cc-sample" style={markStyle(kind, status, look)}>
      {text}
    </span>
  );
  const quiet = (
    <span class="cc-sample" style={markStyle('figure', 'agrees', { ...look, display: 'differences' })}>
      12
    </span>
  );
  return (
    <section class={`cc-intro cc-${tone}`} aria-label="Crosscheck: how to read its marks">
      <h2>Crosscheck marks this article</h2>
      <ul>
        <li>{sample('figure', 'differs', '22')} another outlet reports a different figure.</li>
        <li>{quiet} a faint line: other findings (outlets agree, or only this article says it). They show in full under the pointer.</li>
      </ul>
      <p>Rest the pointer on a mark, or Tab to it and press Enter, to see who reported what. Options choose what stands out.</p>
      <button type="button" onClick={onClose}>
        Got it
      </button>
    </section>
  );
}
