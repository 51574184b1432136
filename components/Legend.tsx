/**
 * What each mark in an article means, each sample drawn with the article's own style for that mark
 * (markStyle for findings, noteStyle for the reader's highlights), so the legend always matches the page.
 * Samples show the full mark; with the reader's display setting some rest quiet, and the legend says which.
 */
import type { JSX } from 'preact';
import type { MarkKind, Status } from '../lib/engine/findings';
import type { Rgba } from '../lib/page/colours';
import { markStyle, standsOut } from '../lib/page/mark-look';
import type { Display } from '../lib/settings';
import { noteStyle } from '../entrypoints/notes-ui/draw';
import { DISPLAY_LABELS } from './DisplayChoice';

interface LegendRow {
  kind: MarkKind;
  status: Status;
  sample: string;
  meaning: string;
}

export const LEGEND_ROWS: readonly LegendRow[] = [
  { kind: 'figure', status: 'differs', sample: '22', meaning: 'A figure another outlet reports differently' },
  { kind: 'figure', status: 'agrees', sample: '22', meaning: 'A figure the other outlets report the same way' },
  { kind: 'figure', status: 'unique', sample: '22', meaning: 'A figure no other outlet reports' },
  { kind: 'name', status: 'differs', sample: 'Name', meaning: 'A name other outlets give differently' },
  { kind: 'name', status: 'agrees', sample: 'Name', meaning: 'A name other outlets also give' },
  { kind: 'name', status: 'unique', sample: 'Name', meaning: 'A name no other outlet gives' },
];

export interface LegendProps {
  /** The reader's display setting: the legend says what stands out with it. */
  display: Display;
  /** The opaque colour behind the legend: marks pick their colours against it, as in an article. */
  background: Rgba;
  /** Heading level: 2 on its own page section, 3 inside another section. */
  level?: 2 | 3;
}

export function Legend({ display, background, level = 2 }: LegendProps): JSX.Element {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="legend" aria-labelledby="legend-title">
      <Heading id="legend-title" class="section-title">
        What the marks mean
      </Heading>
      <ul class="cc-stack-list legend-list">
        {LEGEND_ROWS.map((row) => (
          <li key={`${row.kind}-${row.status}`} class="legend-row" data-kind={row.kind} data-status={row.status}>
            <span class="legend-sample">
              <span class="legend-mark" style={markStyle(row.kind, row.status, { display, background }, true)} aria-hidden="true">
                {row.sample}
              </span>
            </span>
            <span class="legend-meaning">
              {row.meaning}
              <span class="legend-rest">{standsOut(row.kind, row.status, display) ? ' (stands out)' : ' (quiet)'}</span>
            </span>
          </li>
        ))}
        <li class="legend-row" data-look="quiet">
          <span class="legend-sample">
            <span class="legend-mark" style={markStyle('name', 'unique', { display: 'differences', background })} aria-hidden="true">
              22
            </span>
          </span>
          <span class="legend-meaning">A quiet mark: the full mark shows when you point at it or focus it</span>
        </li>
        <li class="legend-row" data-kind="note">
          <span class="legend-sample">
            <span class="legend-mark" style={noteStyle('yellow', true)} aria-hidden="true">
              {/* The corner mark sits over the last letter: a space keeps the word readable. */}
              {'words\u00a0'}
            </span>
          </span>
          <span class="legend-meaning">Your own highlight; a corner mark means it has a note</span>
        </li>
      </ul>
      <p class="hint legend-display">
        {`Your setting, “${DISPLAY_LABELS[display].label}”: ${DISPLAY_LABELS[display].help} Point at or focus any mark to see who reported what.`}
      </p>
    </section>
  );
}
