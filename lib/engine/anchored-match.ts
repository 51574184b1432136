/**
 * All matches of a regular expression, as `text.matchAll(pattern)` gives them, tried only where an
 * anchor says one could start. Unicode-aware patterns (flag u) that open on a word alternation cost
 * several milliseconds a pass over a long article; a one-character anchor without the u flag finds
 * the few places worth trying in a fraction of that, and the pattern itself decides at each.
 */

/**
 * A reader of `pattern`'s matches in a text, left to right and never overlapping, exactly as
 * `text.matchAll(pattern)` gives them. `pattern` must never match the empty string. `anchor` must be
 * global, without the u flag, and match one UTF-16 unit wherever a match of `pattern` could start;
 * it may match in more places, which are tried and fail.
 */
export function anchoredMatcher(pattern: RegExp, anchor: RegExp): (text: string) => RegExpExecArray[] {
  const at = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const starts = new RegExp(anchor.source, anchor.flags);
  return (text) => {
    const out: RegExpExecArray[] = [];
    starts.lastIndex = 0;
    // test() rather than exec(): no match object for the many anchors that lead nowhere.
    while (starts.test(text)) {
      at.lastIndex = starts.lastIndex - 1;
      const m = at.exec(text);
      if (!m) continue;
      out.push(m);
      // As matchAll, the next match starts after this one.
      starts.lastIndex = m.index + m[0].length;
    }
    return out;
  };
}
