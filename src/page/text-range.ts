// Character offsets in a stretch of the page's text mapped to DOM positions, as Hypothesis's anchoring does
// (`TextPosition`, `TextRange`): a block's text is read once, from its text nodes, and any span of it becomes a
// `StaticRange` over those nodes. The one place where text offsets meet nodes.

/** A point in the page's text: a text node and an offset in its data (UTF-16 code units). */
export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * The text of several text nodes read as one string, in document order, with where each node starts in it. A
 * separator may stand between nodes (a table's cells), so that their texts are not glued together.
 */
export class TextSpan {
  text = "";
  readonly nodes: Text[] = [];
  /** Offset in `text` where each node's data starts. */
  readonly starts: number[] = [];

  /** Appends a node's data, or the part of it from `from` to `to`. */
  add(node: Text, from = 0, to = node.length): void {
    this.nodes.push(node);
    this.starts.push(this.text.length - from);
    this.text += node.data.slice(from, to);
  }

  /** Appends text that belongs to no node (a separator): no position maps into it. */
  separate(text: string): void {
    this.text += text;
  }

  /**
   * The node and offset of a character offset in `text`. `side` says which node a boundary between two nodes
   * belongs to: a range's start is the next node's start, its end the previous node's end. Null past the text.
   */
  position(offset: number, side: "start" | "end"): TextPosition | null {
    const found = this.indexAt(offset, side);
    if (found < 0) return null;
    const node = this.nodes[found] as Text;
    const at = Math.min(offset - (this.starts[found] as number), node.length);
    return { node, offset: Math.max(at, 0) };
  }

  /** The index of the last node starting at or before the offset (before it, for an end); -1 if none. */
  private indexAt(offset: number, side: "start" | "end"): number {
    let lo = 0;
    let hi = this.nodes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.starts[mid] as number;
      if (side === "start" ? start <= offset : start < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The nodes whose text overlaps [start, end) of `text`, in order. */
  nodesBetween(start: number, end: number): Text[] {
    const out: Text[] = [];
    for (let i = Math.max(this.indexAt(start, "start"), 0); i < this.nodes.length; i++) {
      const s = this.starts[i] as number;
      if (s >= end) break;
      const node = this.nodes[i] as Text;
      if (s + node.length > start) out.push(node);
    }
    return out;
  }

  /** A range over [start, end) of `text`; null if it maps to no node. */
  range(start: number, end: number): StaticRange | null {
    const from = this.position(start, "start");
    const to = this.position(end, "end");
    if (!from || !to) return null;
    return rangeBetween(from, to);
  }
}

/** A `StaticRange` between two text positions (made in the positions' own window, for a document in a frame). */
export function rangeBetween(from: TextPosition, to: TextPosition): StaticRange {
  const view = from.node.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Ctor = view?.StaticRange ?? StaticRange;
  return new Ctor({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** A live `Range` over a static one, for what only a live range can do: its client rects, scrolling to it. */
export function liveRange(range: AbstractRange): Range | null {
  const doc = range.startContainer.ownerDocument;
  if (!doc || !range.startContainer.isConnected || !range.endContainer.isConnected) return null;
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    // The page changed the text since: offsets past its end.
    return null;
  }
  return live;
}

/** Is a point (node, offset) inside a range, ends included? */
export function rangeHolds(range: AbstractRange, node: Node, offset: number): boolean {
  const before = (a: Node, ao: number, b: Node, bo: number): boolean => {
    if (a === b) return ao <= bo;
    return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  };
  return (
    before(range.startContainer, range.startOffset, node, offset) &&
    before(node, offset, range.endContainer, range.endOffset)
  );
}
