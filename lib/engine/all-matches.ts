/**
 * What `[...text.matchAll(re)]` gives for a global `re`, without matchAll's copy of the expression:
 * matchAll builds a new RegExp on every call, which cost more than the search itself when run once per
 * sentence or clause. Like matchAll, it starts at `re.lastIndex` and leaves it as it was.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  // As matchAll: without the flag, exec would find the same match for ever.
  if (!re.global) throw new TypeError('allMatches needs a global regular expression');
  const out: RegExpExecArray[] = [];
  const start = re.lastIndex;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match: step on by one character, as matchAll does (a whole surrogate pair under `u` or `v`).
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  re.lastIndex = start;
  return out;
}

function advance(text: string, at: number, fullUnicode: boolean): number {
  if (!fullUnicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
