/**
 * Writing the reader's text (and article text) into Markdown so that it stays text: opened in a
 * Markdown viewer or imported into a notes app (Obsidian, Bear, Joplin…), nothing in it becomes a
 * tag, a link, an image, a heading, a list, emphasis, code, a table, HTML or maths.
 *
 * - Markdown punctuation is backslash-escaped: \ ` * _ [ ] < > | ~ $ & and # at the start of a word;
 *   every % and = in a run of two or more (Obsidian's %% comments and ==highlights==).
 * - At the start of a line: - + = and "1." / "1)" list markers are escaped, leading spaces dropped
 *   (four of them would start a code block).
 * - Addresses (anything with a scheme, www., e-mail addresses) go into code spans, where no viewer
 *   makes a link of them; a backslash would not stop GitHub's autolinking, which runs after escapes.
 */

const INLINE_SPECIALS = /[\\`*_[\]<>|~$&]/g;
/** A % or = next to another of its kind: "%%" opens an Obsidian comment, "==" a highlight. */
const DOUBLED = /%(?=%)|(?<=%)%|=(?==)|(?<==)=/g;
/** `#` where a notes app would start a tag or a heading: not preceded by a letter or digit. */
const HASH_AT_WORD_START = /(?<![\p{L}\p{N}])#/gu;
const ADDRESS =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|(?:javascript|vbscript|data|mailto|tel|file|blob):(?=\S)|www\.)[^\s<>"'`]*|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** One line (or a title): escaped, addresses in code spans, newlines turned into spaces. */
export function escapeInline(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  let out = '';
  let last = 0;
  for (const m of flat.matchAll(ADDRESS)) {
    const index = m.index ?? 0;
    out += escapePlain(flat.slice(last, index)) + codeSpan(m[0]);
    last = index + m[0].length;
  }
  return out + escapePlain(flat.slice(last));
}

/** A line that begins a block (a line of a note, of a blockquote, a heading's text). */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line.replace(/^[ \t\u00a0]+/, ''));
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Multi-line text as Markdown lines: each line escaped; lines of one paragraph kept apart by a hard
 * break (a trailing backslash); blank lines kept as paragraph breaks.
 */
export function escapeBlock(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      return;
    }
    const next = lines[i + 1];
    const continues = next !== undefined && next.trim() !== '';
    out.push(escapeLine(line) + (continues ? '\\' : ''));
  });
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A page address as a Markdown autolink, only when it is http(s); anything else is not shown as a link. */
export function autolink(url: string): string | null {
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) return null;
  return `<${url}>`;
}

function escapePlain(text: string): string {
  // A # at the start of a piece (after an address's code span) counts as a word start too.
  return text.replace(INLINE_SPECIALS, '\\$&').replace(DOUBLED, '\\$&').replace(HASH_AT_WORD_START, '\\#');
}

function codeSpan(text: string): string {
  return `\`${text}\``;
}
