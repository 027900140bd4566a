// Which part of something long lies within a screen of the viewport, found by binary search over positions: for the
// very long text nodes and the tables of thousands of rows whose highlights are drawn only near the reader
// (highlights.ts). A few layout queries, however long the node or the table.
//
// What is drawn reaches two screens beyond the viewport and is drawn again only once the reader is within half a
// screen of its edge: every change to the registered highlights makes the browser re-read all of them, so a window
// moved at every scroll step made scrolling a long table or text janky.

/** How far beyond the viewport the drawn window reaches, and how near its edge the reader may come, in screens. */
export const DRAWN_REACH = 2;
export const REDRAW_WITHIN = 0.5;

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

/**
 * The offsets [start, end) of a very long text node within `screens` viewport heights above and below the viewport.
 */
export function nearOffsets(node: Text, screens = 1): [number, number] {
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
  const first = Math.max(0, lowerBound(0, steps, (k) => top(k) < -screens * height) - 1);
  const last = lowerBound(first, steps, (k) => top(k) <= (1 + screens) * height);
  return [first * NEAR_STEP, Math.min(node.length, (last + 1) * NEAR_STEP)];
}

/** The rows [start, end) of a table or list (in order) within `screens` viewport heights of the viewport. */
export function nearRows(rows: readonly Element[], screens = 1): [number, number] {
  const height = rows[0]?.ownerDocument.defaultView?.innerHeight ?? 0;
  const above = (i: number) => (rows[i] as Element).getBoundingClientRect().bottom < -screens * height;
  const first = lowerBound(0, rows.length, above);
  const end = lowerBound(
    first,
    rows.length,
    (i) => (rows[i] as Element).getBoundingClientRect().top <= (1 + screens) * height,
  );
  return [first, end];
}

/** The index of the first of a list of mentions (in text order) starting at or after an offset. */
export function firstAtOrAfter(list: readonly { start: number }[], offset: number): number {
  return lowerBound(0, list.length, (i) => (list[i] as { start: number }).start < offset);
}
