import { describe, expect, it } from 'vitest';
import { isPiece, PieceBuffer, toPieces, type Piece } from '../lib/pieces';

const big = { type: 'annotate', article: { text: 'x'.repeat(200), blocks: [{ start: 0, end: 200, kind: 'paragraph' }], title: 'é “quoted”' } };

describe('a large message in pieces', () => {
  it('goes whole when small enough', () => {
    expect(toPieces({ type: 'annotate' }, 'a', 100)).toBeNull();
  });

  it('is cut into pieces that join back into the message, in any order', () => {
    const pieces = toPieces(big, 'a', 50)!;
    expect(pieces.every((p) => isPiece(p) && p.text.length <= 50)).toBe(true);
    // The article's text, longer than a piece, goes as raw slices of itself, not inside the JSON.
    expect(pieces.filter((p) => p.part === 0).map((p) => p.text).join('')).toBe(big.article.text);
    expect(pieces.filter((p) => p.part === 'json').map((p) => p.text).join('')).not.toContain('xxxxx');
    const buffer = new PieceBuffer();
    const shuffled = [...pieces.slice(1), pieces[0]!];
    const results = shuffled.map((p) => buffer.add('tab 1', p));
    expect(results.slice(0, -1).every((r) => r === undefined)).toBe(true);
    expect(results.at(-1)).toEqual(big);
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    // An emoji (two UTF-16 units) across every possible cut of 8-character pieces.
    for (let at = 0; at < 10; at++) {
      const text = `${'a'.repeat(at)}😀${'b'.repeat(30)}`;
      const pieces = toPieces({ text }, 'e', 8)!;
      for (const p of pieces) {
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p.text), `piece ${p.index} at ${at}`).toBe(false);
      }
      const buffer = new PieceBuffer();
      expect(pieces.map((p) => buffer.add('tab 1', p)).at(-1)).toEqual({ text });
    }
  });

  it('keeps two senders’ messages of the same id apart, and a repeated piece counts once', () => {
    const a = toPieces(big, 'same', 60)!;
    const other = { ...big, article: { ...big.article, title: 'other' } };
    const b = toPieces(other, 'same', 60)!;
    const buffer = new PieceBuffer();
    expect(buffer.add('tab 1', a[0]!)).toBeUndefined();
    expect(buffer.add('tab 1', a[0]!)).toBeUndefined();
    for (const p of b) buffer.add('tab 2', p);
    let whole: unknown;
    for (const p of a.slice(1)) whole = buffer.add('tab 1', p);
    expect(whole).toEqual(big);
  });

  it('forgets the oldest unfinished message beyond its bound', () => {
    const buffer = new PieceBuffer(2);
    const first = toPieces(big, 'first', 60)!;
    buffer.add('tab 1', first[0]!);
    for (const id of ['second', 'third']) buffer.add('tab 1', toPieces(big, id, 60)![0]!);
    let whole: unknown;
    for (const p of first.slice(1)) whole = buffer.add('tab 1', p);
    expect(whole).toBeUndefined();
  });

  it('takes nothing that is not a well-formed piece, and no broken JSON', () => {
    const good: Piece = { type: 'piece', id: 'a', index: 0, count: 1, part: 'json', text: '{}' };
    for (const bad of [null, 'piece', { ...good, type: 'annotate' }, { ...good, index: 1 }, { ...good, count: 0 }, { ...good, count: 100_000, index: 0 }, { ...good, index: -1 }, { ...good, text: 3 }, { ...good, id: 1 }, { ...good, part: 'other' }, { ...good, part: -1 }]) {
      expect(isPiece(bad)).toBe(false);
    }
    expect(isPiece(good)).toBe(true);
    expect(new PieceBuffer().add('tab 1', { ...good, text: '{"a":' })).toBeUndefined();
  });
});
