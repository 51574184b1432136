/**
 * The popover UI (Preact, Floating UI), injected by the background into a page's isolated world the
 * first time the reader hovers or focuses a highlight there. Keeping it out of the content script
 * keeps what loads on every page small.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestFactsPage } from '../../components/open-facts';
import { getBridge } from '../../utils/page-bridge';
import { PageContext } from '../../utils/page-context';
import { attachPopovers } from './popovers';

export default defineUnlistedScript(async () => {
  const bridge = getBridge();
  if (!bridge) return;
  const ctx = new PageContext('popover-ui');
  // "All facts" shows only when the page matched an event (the content script's last findings say which).
  const openFacts = () => {
    const findings = bridge.getFindings?.();
    if (findings?.event) requestFactsPage(findings.event, findings.source);
  };
  bridge.ready(await attachPopovers(ctx, { getMark: (id) => bridge.getMark(id), openFacts }));
});
