// Which part of something long lies within a screen of the viewport, found by binary search over positions: for the
// very long text nodes and the tables of thousands of rows whose highlights are drawn only near the reader
// (highlights.ts). A few layout queries, however long the node or the table.

/** The first index in [lo, hi) for which `before` is false (`before` true for a prefix of the indices, then false). */
function lowerBound(lo: number, hi: number, before: (i: number) => boolean): number {
  let [l, h] = [lo, hi];
  while (l < h) {
    const mid = (l + h) >> 1;
    if (before(mid)) l = mid + 1;
    else h = mid;
  }
  return l;
}

/** The step, in characters, at which the near stretch of a very long text node is looked for. */
const NEAR_STEP = 4096;

/** The offsets [start, end) of a very long text node within a screen of the viewport (above, in, or below it). */
export function nearOffsets(node: Text): [number, number] {
  const doc = node.ownerDocument;
  const height = doc.defaultView?.innerHeight ?? 0;
  const steps = Math.ceil(node.length / NEAR_STEP);
  const live = doc.createRange();
  const top = (k: number) => {
    const at = Math.min(k * NEAR_STEP, node.length - 1);
    live.setStart(node, at);
    live.setEnd(node, at + 1);
    return live.getBoundingClientRect().top;
  };
  const first = Math.max(0, lowerBound(0, steps, (k) => top(k) < -height) - 1);
  const last = lowerBound(first, steps, (k) => top(k) <= 2 * height);
  return [first * NEAR_STEP, Math.min(node.length, (last + 1) * NEAR_STEP)];
}

/** The rows [start, end) of a table or list (in order) within a screen of the viewport. */
export function nearRows(rows: readonly Element[]): [number, number] {
  const height = rows[0]?.ownerDocument.defaultView?.innerHeight ?? 0;
  const first = lowerBound(0, rows.length, (i) => (rows[i] as Element).getBoundingClientRect().bottom < -height);
  const end = lowerBound(first, rows.length, (i) => (rows[i] as Element).getBoundingClientRect().top <= 2 * height);
  return [first, end];
}

/** The index of the first of a list of mentions (in text order) starting at or after an offset. */
export function firstAtOrAfter(list: readonly { start: number }[], offset: number): number {
  return lowerBound(0, list.length, (i) => (list[i] as { start: number }).start < offset);
}
