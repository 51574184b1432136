/** Article texts for the anchoring tests, in lib/article's shape: blocks joined by blank lines. */

export const ARTICLE = [
  'Strike on depot near Bukamal kills at least 22, monitor says',
  'BEIRUT — An air strike on a weapons depot near the Syrian border town of Bukamal killed at least 22 people on Thursday, the Syrian Observatory for Human Rights said.',
  'The ministry said the strike hit the depot shortly after midnight. Residents reported several explosions that lasted for more than an hour.',
  'Officials in Damascus gave a lower toll. The ministry said 14 people had died and that rescue work was continuing. On March 22, a similar strike hit the same area.',
  'The ministry said it would publish a full list of the victims. Neither side has commented on who carried out the attack, which came days after a rocket attack on a base in the region.',
  'Analysts said the strike was the deadliest in the area this year.',
].join('\n\n');

/** The start offset of the `n`th (0-based) occurrence of `needle` in `text`. */
export function nth(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return at;
}

/** A long text of varied, deterministic filler paragraphs (a pseudo-random word salad). */
export function filler(paragraphs: number, seed = 1): string {
  const words = (
    'the a of in on at for with by from officials said people town border report ministry rescue teams ' +
    'council weather market prices river bridge school hospital police vote election minister talks ' +
    'agreement reporters statement morning evening week month year region city village road water power'
  ).split(' ');
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p += 1) {
    const n = 30 + Math.floor(next() * 40);
    const ws: string[] = [];
    for (let i = 0; i < n; i += 1) ws.push(words[Math.floor(next() * words.length)]!);
    out.push(`${ws.join(' ')}.`);
  }
  return out.join('\n\n');
}
