/**
 * The small hint under a highlight that has keyboard focus ("Enter: who else reports this"). It is for
 * the eye only: the highlight's own description says the same to a screen reader.
 */
import { toneAt } from './tone';

export interface FocusHint {
  show(el: HTMLElement): void;
  hide(): void;
}

export function createFocusHint(shadow: ShadowRoot): FocusHint {
  const hint = document.createElement('div');
  hint.className = 'cc-hint';
  hint.hidden = true;
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = 'Enter: who else reports this';
  shadow.append(hint);
  return {
    show(el) {
      const rect = el.getBoundingClientRect();
      hint.className = `cc-hint cc-${toneAt(el.parentElement)}`;
      hint.style.left = `${Math.max(4, Math.min(rect.left, window.innerWidth - 200))}px`;
      hint.style.top = `${rect.bottom + 4}px`;
      hint.hidden = false;
    },
    hide() {
      hint.hidden = true;
    },
  };
}
