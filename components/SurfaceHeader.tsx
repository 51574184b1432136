/** The header of the popup and the side panel: Crosscheck's name, and the way to the options. */
import type { JSX } from 'preact';

export function SurfaceHeader({ onOpenOptions }: { onOpenOptions: () => void }): JSX.Element {
  return (
    <header class="surface-header">
      <h1 class="surface-title">Crosscheck</h1>
      <button type="button" class="cc-link-button" onClick={onOpenOptions}>
        Options
      </button>
    </header>
  );
}
