/**
 * What the content script does for the reader after each pass that drew highlights (issue 12): the
 * marks styled for the display setting and the page's own background, and, on the first article
 * Crosscheck ever matches, the one-time explanation of the marks. Whether it was shown is kept in
 * extension storage (`seenIntro`), which no page can read.
 */
import { browser } from 'wxt/browser';
import { restyleHighlights } from '../../lib/page/highlights';
import { lookFor, sameLook } from '../../lib/page/mark-look';
import type { PassResult } from '../../lib/page/pass';
import type { Settings } from '../../lib/settings';
import type { PageContext } from '../../utils/page-context';
import type { PopoverController } from '../../utils/page-bridge';

/** The storage.local key that remembers the intro was shown. */
export const SEEN_INTRO_KEY = 'seenIntro';

/** True the first time it is asked in this profile, false ever after (it remembers at once). */
export async function firstIntro(): Promise<boolean> {
  if ((await browser.storage.local.get(SEEN_INTRO_KEY))[SEEN_INTRO_KEY] === true) return false;
  await browser.storage.local.set({ [SEEN_INTRO_KEY]: true });
  return true;
}

export function createReadingAids(ctx: PageContext, popovers: PopoverController) {
  let introAsked = false;
  return (result: PassResult, settings: Settings): void => {
    if (!result.findings?.event || result.drawn.size === 0) return;
    // Drawn with this look already, unless the display setting or the page's colours changed since.
    const look = lookFor(settings.display, result.root);
    if (!sameLook(result.look, look)) {
      restyleHighlights(document, look);
      result.look = look;
    }
    if (introAsked) return;
    introAsked = true;
    void firstIntro()
      .then((first) => first && !ctx.isInvalid && popovers.intro?.())
      .catch(() => {});
  };
}
