/**
 * A flat word/number/punctuation tokenizer for the count recognizer.
 * Tokens never span whitespace; any gap between two tokens is whitespace.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** `text` lower-cased. */
  lower: string;
  start: number;
  end: number;
}

// Each repetition starts with a fixed separator, so matching is linear.
const TOKEN_RE = /[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*|\S/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : /[A-Za-z]/.test(t[0] ?? '') ? 'word' : 'punct';
    out.push({ kind, text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

/** True when `b` directly follows `a` with no whitespace in between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
