/** "Crosscheck on this site": off adds the page's site to the never-run list, on removes it. */
import type { JSX } from 'preact';
import { Switch } from '../../../components/Switch';
import { normaliseSite } from '../../../lib/settings';

export interface SiteSwitchProps {
  hostname: string;
  /** The list entry that turns Crosscheck off here, or null when it runs. */
  coveredBy: string | null;
  onChange: (enabled: boolean) => void;
}

export function SiteSwitch({ hostname, coveredBy, onChange }: SiteSwitchProps): JSX.Element {
  const site = normaliseSite(hostname);
  const description = coveredBy && coveredBy !== site ? `${site} (off for all of ${coveredBy})` : site;
  return (
    <div class="site-switch">
      <Switch id="site-switch" label="Crosscheck on this site" description={description} checked={coveredBy === null} onChange={onChange} />
    </div>
  );
}
