/** The four highlight colours as a row of toggle buttons (one pressed at a time), named "Yellow", "Green"… */
import type { JSX } from 'preact';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../lib/annotations/model';

export const COLOUR_NAMES: Record<HighlightColour, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

export interface NoteColoursProps {
  colour: HighlightColour;
  onChange(colour: HighlightColour): void;
}

export function NoteColours({ colour, onChange }: NoteColoursProps): JSX.Element {
  return (
    <div class="cc-colours" role="group" aria-label="Colour">
      {HIGHLIGHT_COLOURS.map((c) => (
        <button
          key={c}
          type="button"
          class={`cc-swatch cc-swatch-${c}`}
          aria-label={COLOUR_NAMES[c]}
          title={COLOUR_NAMES[c]}
          aria-pressed={c === colour ? 'true' : 'false'}
          onClick={() => onChange(c)}
        />
      ))}
    </div>
  );
}
