/**
 * `word.toLowerCase()`, without the case conversion when the word is ASCII with no capital, as most
 * words are: a slice of a text holding any character beyond Latin-1 (curly quotes, dashes) is a
 * two-byte string, and converting one always made a new string.
 */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}
