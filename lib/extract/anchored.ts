/**
 * A global pattern's matches, found without trying it at every position of a long text. Every match of
 * the pattern holds an anchor (a month name, a weekday, "days"…) that a plain scan finds quickly, and
 * starts at most a few words before it; so the pattern is tried, sticky, only at the positions a few
 * words before each anchor. The matches are those of the pattern's own global scan, in the same order.
 */

/** The separators the recognisers' patterns write between words: spaces, tabs, no-break spaces. */
function isSep(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Where a match can start, for an anchor at `at`: `at` itself, and, when the anchor follows a separator,
 * every letter or digit not preceded by a word character or "-" (the patterns' `(?<![\w-])`) in the
 * `words` runs of non-separators before it.
 */
export function startsBefore(text: string, at: number, words: number): number[] {
  const out: number[] = [];
  const canStart = (p: number) => {
    const c = text.charCodeAt(p);
    const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
    return isWordChar(c) && c !== 95 && !isWordChar(prev) && prev !== 45;
  };
  let end = at;
  for (let run = 0; run < words && end > 0 && isSep(text.charCodeAt(end - 1)); run++) {
    while (end > 0 && isSep(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSep(text.charCodeAt(start - 1))) start--;
    for (let p = end - 1; p >= start; p--) if (canStart(p)) out.push(p);
    end = start;
  }
  out.reverse();
  out.push(at);
  return out;
}

/**
 * The matches `pattern` (any flags; tried sticky) finds in a global scan of `text`, provided each of them
 * holds a match of `anchor` whose position `starts` lists the match's start for.
 */
export function anchoredMatches(
  text: string,
  pattern: RegExp,
  anchor: RegExp,
  starts: (text: string, at: number) => number[],
): RegExpExecArray[] {
  const candidates: number[] = [];
  const find = new RegExp(anchor.source, anchor.flags.replace(/[gy]/g, '') + 'g');
  // Every occurrence, overlapping ones too: each may be the one a match holds.
  for (let m = find.exec(text); m !== null; m = find.exec(text)) {
    candidates.push(...starts(text, m.index));
    find.lastIndex = m.index + 1;
  }
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of Int32Array.from(candidates).sort()) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return out;
}
