/**
 * Findings as buttons that show them on the page. A button's accessible name is its visible text (the value,
 * what it is, its status), so speech input can say what the eye reads; hidden commas only pace the reading.
 */
import type { JSX } from 'preact';
import type { SummaryMark } from '../lib/messages';
import { HintedList } from './HintedList';
import { kindWord, othersLine, statusWord, STATUS_ORDER } from './finding-words';

/** Differs, then agrees, then unique; page order within each. */
export function orderFindings(marks: SummaryMark[]): SummaryMark[] {
  return marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.mark.status) - STATUS_ORDER.indexOf(b.mark.status) || a.index - b.index)
    .map(({ mark }) => mark);
}

/** "Figure: people killed in the strike", "Name: John Kirby", or just the kind. */
export function describeFinding(mark: SummaryMark): string {
  const kind = kindWord(mark.kind);
  const label = mark.label?.trim();
  if (!label || label.toLowerCase() === mark.text.trim().toLowerCase()) return kind;
  return `${kind}: ${label}`;
}

const Pause = () => <span class="cc-visually-hidden">, </span>;

export interface FindingButtonProps {
  mark: SummaryMark;
  onReveal: (id: string) => void;
  /** Show the status chip (the side panel's groups say it in their heading instead). */
  withStatus?: boolean;
  /** Show the other outlets' values on a line of their own. */
  withOthers?: boolean;
}

export function FindingButton({ mark, onReveal, withStatus = true, withOthers = false }: FindingButtonProps): JSX.Element {
  return (
    <button type="button" class="cc-row finding" data-id={mark.id} data-status={mark.status} onClick={() => onReveal(mark.id)}>
      <span class="finding-main">
        <span class="finding-text">{mark.text}</span>
        <Pause />
        <span class="finding-what">{describeFinding(mark)}</span>
        {withOthers && (
          <>
            <Pause />
            <span class="finding-others">
              <span class="finding-others-lead">Others: </span>
              {othersLine(mark.others)}
            </span>
          </>
        )}
      </span>
      {withStatus && (
        <>
          <Pause />
          <span class={`cc-status cc-status-${mark.status}`}>{statusWord(mark.status)}</span>
        </>
      )}
    </button>
  );
}

export interface FindingsListProps {
  marks: SummaryMark[];
  onReveal: (id: string) => void;
  /** The heading; the list's purpose in a word or two. */
  title?: string;
}

/** A titled list of findings, in the order given. */
export function FindingsList({ marks, onReveal, title = 'Findings' }: FindingsListProps): JSX.Element {
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" class="section-title">
        {title}
      </h2>
      <HintedList hintId="findings-hint" hint="Choose one to show it on the page." class="cc-stack-list findings-list">
        {marks.map((mark) => (
          <li key={mark.id}>
            <FindingButton mark={mark} onReveal={onReveal} />
          </li>
        ))}
      </HintedList>
    </section>
  );
}
