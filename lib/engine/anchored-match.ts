/**
 * All matches of a regular expression, as `text.matchAll(pattern)` gives them, tried only where an
 * anchor says one could start. Unicode-aware patterns (flag u) that open on a word alternation cost
 * several milliseconds a pass over a long article; a one-character anchor without the u flag finds
 * the few places worth trying in a fraction of that (once, for every pattern that shares it), and the
 * pattern itself decides at each.
 */

/**
 * Where `anchor` matches in `text`. `anchor` must be global, without the u flag, and match exactly one
 * UTF-16 unit each time.
 */
export function anchorsIn(text: string, anchor: RegExp): number[] {
  const out: number[] = [];
  anchor.lastIndex = 0;
  // test() rather than exec(): no match object for each anchor.
  while (anchor.test(text)) out.push(anchor.lastIndex - 1);
  return out;
}

/**
 * A reader of `pattern`'s matches in a text, left to right and never overlapping, exactly as
 * `text.matchAll(pattern)` gives them, given `starts` (ascending) that include every offset where a
 * match can start; others are tried and fail. `pattern` must never match the empty string.
 */
export function anchoredMatcher(pattern: RegExp): (text: string, starts: readonly number[]) => RegExpExecArray[] {
  const at = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  return (text, starts) => {
    const out: RegExpExecArray[] = [];
    // As matchAll, the next match starts after the last one.
    let next = 0;
    for (const start of starts) {
      if (start < next) continue;
      at.lastIndex = start;
      const m = at.exec(text);
      if (!m) continue;
      out.push(m);
      next = m.index + m[0].length;
    }
    return out;
  };
}
