/** Key presses, typing and labelled fields for the notes components' tests (NoteToolbar, NoteEditor). */
import { act } from 'preact/test-utils';

export function key(target: Element, init: KeyboardEventInit) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const labelled = (container: HTMLElement, name: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)!;
  return container.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[id="${label.htmlFor}"]`)!;
};
