/**
 * The highlights the popover works with, found in the page: the one an event happened in, and every
 * piece of one finding (a highlight split across elements is several pieces with the same id).
 */
import { FINDING_SELECTOR } from '../../lib/page/highlights';

/** The finding id a highlight piece carries. */
export const idOf = (el: HTMLElement): string => el.dataset.crosscheckId ?? '';

/** The highlight piece an event's target is in, if any. */
export const markOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(FINDING_SELECTOR) : null;

/** Every piece of one finding's highlight, in document order. */
export const piecesOf = (id: string): HTMLElement[] =>
  [...document.querySelectorAll<HTMLElement>(FINDING_SELECTOR)].filter((el) => el.dataset.crosscheckId === id);
