// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cycleTab } from '../../entrypoints/note-editor/frame-hooks';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('cycleTab', () => {
  it('Tab past the last control goes to the first, Shift+Tab before the first to the last; elsewhere the browser moves', () => {
    document.body.innerHTML = '<div><textarea></textarea><button>Cancel</button><button disabled>Save</button><button>Delete</button></div>';
    const root = document.querySelector('div')!;
    const [area, , , last] = [...root.querySelectorAll<HTMLElement>('textarea, button')];
    const tab = (shiftKey = false) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
      cycleTab(event, root);
      return event.defaultPrevented;
    };
    area!.focus();
    expect(tab()).toBe(false);
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(last);
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(area);
  });
});
