/** An on/off switch: a real checkbox (keyboard, forms, screen readers) drawn as a switch, with its label. */
import type { JSX } from 'preact';

export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A line under the label that says what the switch does. */
  description?: string;
  disabled?: boolean;
}

export function Switch({ id, label, checked, onChange, description, disabled }: SwitchProps): JSX.Element {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div class="cc-switch-row">
      <div class="cc-switch-text">
        <label for={id} class="cc-switch-label">
          {label}
        </label>
        {description && (
          <p id={descriptionId} class="cc-switch-description">
            {description}
          </p>
        )}
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="cc-switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
