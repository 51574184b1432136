/** What stands out on pages (Settings.display): a labelled group of three radio buttons. */
import type { JSX } from 'preact';
import { DISPLAYS, type Display } from '../lib/settings';

export const DISPLAY_LABELS: Record<Display, { label: string; help: string }> = {
  differences: { label: 'Differences only', help: 'Figures another outlet reports differently stand out; the rest stay quiet.' },
  figures: { label: 'Differences and figures', help: 'Every figure stands out; names stay quiet.' },
  everything: { label: 'Everything', help: 'Every figure and name stands out.' },
};

export interface DisplayChoiceProps {
  value: Display;
  onChange: (display: Display) => void;
  /** Tells this group's ids from another's on the same page. */
  idPrefix?: string;
  /** Show each choice's explanation under it. */
  withHelp?: boolean;
}

export function DisplayChoice({ value, onChange, idPrefix = 'display', withHelp = false }: DisplayChoiceProps): JSX.Element {
  return (
    <fieldset class="display-choice">
      <legend class="display-legend">What stands out on pages</legend>
      {DISPLAYS.map((display) => {
        const id = `${idPrefix}-${display}`;
        const { label, help } = DISPLAY_LABELS[display];
        return (
          <div key={display} class="display-option">
            <input
              id={id}
              type="radio"
              name={`${idPrefix}-choice`}
              value={display}
              checked={value === display}
              aria-describedby={withHelp ? `${id}-help` : undefined}
              onChange={() => onChange(display)}
            />
            <label for={id}>{label}</label>
            {withHelp && (
              <p id={`${id}-help`} class="display-help">
                {help}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
