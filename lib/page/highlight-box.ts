/**
 * The box around every piece of a highlight: a highlight may wrap over lines and cross inline markup, and
 * a popover or editor placed beside it must never cover any piece. Shaped as Floating UI's ClientRectObject.
 */
export function unionRect(pieces: readonly Element[]) {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const piece of pieces) {
    for (const r of Array.from(piece.getClientRects())) {
      left = Math.min(left, r.left);
      top = Math.min(top, r.top);
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
  }
  if (left === Infinity) left = top = right = bottom = 0;
  return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
}
