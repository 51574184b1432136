/** JSON as a person would write it: one field a line, but short arrays and objects kept on one line. */
const INLINE_MAX = 100;

export function formatJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // Only whitespace between tokens is touched: a string's own line breaks are escaped in JSON.
  const flat = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  if (flat.length + indent.length <= INLINE_MAX) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

export function formatJsonFile(value: unknown): string {
  return `${formatJson(value)}\n`;
}
