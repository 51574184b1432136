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
  /** A slice of the message's JSON. */
  text: string;
}

export const PIECE_CHARS = 64 * 1024;
const MAX_PIECES = 256;

/**
 * The message's JSON in pieces, each cut when it is asked for (the sender sends one per task), or null
 * when the message is small enough to go whole.
 */
export function toPieces(message: unknown, id: string, size = PIECE_CHARS): Piece[] | null {
  const json = JSON.stringify(message);
  if (json.length <= size) return null;
  const count = Math.ceil(json.length / size);
  return Array.from({ length: count }, (_, index) => ({
    type: 'piece' as const,
    id,
    index,
    count,
    get text() {
      return json.slice(index * size, (index + 1) * size);
    },
  }));
}

export function isPiece(value: unknown): value is Piece {
  const p = value as Partial<Piece> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.type === 'piece' &&
    typeof p.id === 'string' &&
    typeof p.text === 'string' &&
    Number.isInteger(p.count) &&
    Number.isInteger(p.index) &&
    p.count! > 0 &&
    p.count! <= MAX_PIECES &&
    p.index! >= 0 &&
    p.index! < p.count!
  );
}

interface Pending {
  parts: string[];
  received: number;
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
    if (!entry || entry.parts.length !== piece.count) {
      entry = { parts: new Array<string>(piece.count), received: 0 };
      this.pending.set(key, entry);
      this.dropOldest();
    }
    if (entry.parts[piece.index] === undefined) entry.received++;
    entry.parts[piece.index] = piece.text;
    if (entry.received < piece.count) return undefined;
    this.pending.delete(key);
    try {
      return JSON.parse(entry.parts.join('')) as unknown;
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
