/**
 * A short quote for the popover: at most `max` characters of the source's sentence, cut at word
 * boundaries around the value it reports, with "…" where text was left out.
 */
export function shortQuote(quote: string, around = '', max = 140): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const at = around ? text.toLowerCase().indexOf(around.toLowerCase()) : -1;
  const valueStart = at < 0 ? 0 : at;
  const valueEnd = at < 0 ? 0 : at + around.length;
  // A window of `max` characters centred on the value, kept inside the text.
  let start = Math.max(0, Math.min(Math.round((valueStart + valueEnd - max) / 2), text.length - max));
  let end = start + max;
  // Cut at spaces, never into the value.
  if (start > 0 && text[start - 1] !== ' ') {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < valueStart) start = space + 1;
  }
  if (end < text.length && text[end] !== ' ') {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= valueEnd) end = space;
  }
  const kept = text.slice(start, end).trim().replace(/[,;:]$/, '');
  return `${start > 0 ? '…' : ''}${kept}${end < text.length ? '…' : ''}`;
}
