/**
 * A large message sent as pieces. An extension message is serialized in one task on the sender's main
 * thread, about 45 ms for 600 KB in Chromium: a 100k-word article on its way to the engine, or its summary
 * on its way back to the badge, held the page that long. Cut into pieces of 64 KB, each sent once the
 * previous one is taken, the same work runs as short tasks the page can answer between.
 *
 * The receiver joins a message's pieces (by sender and id) and handles the whole as if it had come in one.
 */

export interface Piece {
  type: 'piece';
  /** The message's id, unique to its sender. */
  id: string;
  index: number;
  count: number;
  /** What `text` is a slice of: the message's JSON (its long strings left out), or the long string at this index. */
  part: 'json' | number;
  text: string;
}

export const PIECE_CHARS = 64 * 1024;
const MAX_PIECES = 256;
/** Stands in the JSON for a long string sent as raw slices (the JSON of 600 KB of text alone is 20–30 ms). */
const LONG_STRING = '\u0000crosscheck-piece:';

/**
 * The message in pieces, each cut when it is asked for (the sender sends one per task), or null when
 * the message is small enough to go whole. Strings longer than a piece go as raw slices, not as JSON.
 */
export function toPieces(message: unknown, id: string, size = PIECE_CHARS): Piece[] | null {
  const long: string[] = [];
  const json = JSON.stringify(message, (_key, value: unknown) => (typeof value === 'string' && value.length > size ? LONG_STRING + (long.push(value) - 1) : value));
  if (long.length === 0 && json.length <= size) return null;
  const parts: Array<[Piece['part'], string]> = [['json', json], ...long.map((text, i): [number, string] => [i, text])];
  const slices = parts.flatMap(([part, text]) => cuts(text, size).map(([from, to]) => ({ part, text, from, to })));
  return slices.map(({ part, text, from, to }, index) => ({
    type: 'piece' as const,
    id,
    index,
    count: slices.length,
    part,
    get text() {
      return text.slice(from, to);
    },
  }));
}

/**
 * Where to cut `text` into slices of at most `size`, never between the two halves of a surrogate pair: a
 * lone half does not survive Chromium's messaging (it becomes U+FFFD).
 */
function cuts(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  do {
    let to = Math.min(from + size, text.length);
    const high = text.charCodeAt(to - 1);
    if (to < text.length && to - 1 > from && high >= 0xd800 && high <= 0xdbff) to--;
    out.push([from, to]);
    from = to;
  } while (from < text.length);
  return out;
}

export function isPiece(value: unknown): value is Piece {
  const p = value as Partial<Piece> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.type === 'piece' &&
    typeof p.id === 'string' &&
    typeof p.text === 'string' &&
    (p.part === 'json' || (Number.isInteger(p.part) && (p.part as number) >= 0 && (p.part as number) < MAX_PIECES)) &&
    Number.isInteger(p.count) &&
    Number.isInteger(p.index) &&
    p.count! > 0 &&
    p.count! <= MAX_PIECES &&
    p.index! >= 0 &&
    p.index! < p.count!
  );
}

interface Pending {
  pieces: Piece[];
  received: number;
}

/** The message from its pieces, in order: the JSON's slices, then each long string's. */
function join(pieces: readonly Piece[]): unknown {
  const json = pieces.filter((p) => p.part === 'json').map((p) => p.text).join('');
  const long = new Map<number, string[]>();
  for (const p of pieces) if (p.part !== 'json') long.set(p.part, [...(long.get(p.part) ?? []), p.text]);
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value !== 'string' || !value.startsWith(LONG_STRING)) return value;
    const slices = long.get(Number(value.slice(LONG_STRING.length)));
    return slices ? slices.join('') : value;
  }) as unknown;
}

/**
 * Pieces waiting for the rest of their message. Bounded: a sender that never finishes costs at most
 * `maxPending` messages, the oldest dropped first.
 */
export class PieceBuffer {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly maxPending = 8) {}

  /** The whole message once its last piece is in; undefined before, and for a message that is not JSON. */
  add(from: string, piece: Piece): unknown {
    const key = `${from} ${piece.id}`;
    let entry = this.pending.get(key);
    if (!entry || entry.pieces.length !== piece.count) {
      entry = { pieces: new Array<Piece>(piece.count), received: 0 };
      this.pending.set(key, entry);
      this.dropOldest();
    }
    if (entry.pieces[piece.index] === undefined) entry.received++;
    entry.pieces[piece.index] = piece;
    if (entry.received < piece.count) return undefined;
    this.pending.delete(key);
    try {
      return join(entry.pieces);
    } catch {
      return undefined;
    }
  }

  private dropOldest(): void {
    while (this.pending.size > this.maxPending) {
      const oldest = this.pending.keys().next().value as string;
      this.pending.delete(oldest);
    }
  }
}
