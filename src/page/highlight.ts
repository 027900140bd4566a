// Wrapping and unwrapping highlights in the page's text nodes: the only code that changes the page's DOM.
//
// Written here rather than with mark.js: mark.js re-concatenates its context's whole text for every range it wraps
// (quadratic on a long article), creates a NodeIterator per call (each one taxes every later DOM removal until it
// is collected), and its unmark() normalises the parent, merging text nodes the page itself kept apart. Splitting a
// text node at two offsets is three DOM calls; what matters is that undoing restores the page's own nodes exactly.

export const MARK_TAG = "defence-lens-mark";

/** The text node a wrap split, with the nodes we created out of it (marks and the text between them). */
const splitFrom = new WeakMap<Text, Node[]>();
/** Text nodes we created by splitting: the only ones undo merges back. */
const created = new WeakSet<Text>();

export interface Wrap {
  start: number;
  end: number;
  attributes: Record<string, string>;
}

/**
 * Wraps ranges of one text node, given in increasing order and not overlapping. The node keeps the text before the
 * first range, so the page's reference to it stays valid; the rest are new nodes remembered for undo.
 */
export function wrapRanges(node: Text, wraps: readonly Wrap[], tag = MARK_TAG): Element[] {
  const out: Element[] = [];
  const doc = node.ownerDocument;
  const pieces: Node[] = [];
  for (const { start, end, attributes } of [...wraps].reverse()) {
    if (end < node.length) {
      const after = node.splitText(end);
      created.add(after);
      pieces.push(after);
    }
    const inner = node.splitText(start);
    created.add(inner);
    const mark = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
    inner.replaceWith(mark);
    mark.appendChild(inner);
    pieces.push(mark);
    out.push(mark);
  }
  const list = splitFrom.get(node);
  if (list) list.push(...pieces);
  else splitFrom.set(node, pieces);
  return out.reverse();
}

function mergeIntoPrevious(node: Node | null): void {
  if (!(node instanceof Text) || !created.has(node)) return;
  const prev = node.previousSibling;
  if (prev instanceof Text) {
    prev.appendData(node.data);
    node.remove();
  }
}

/** Removes one highlight, giving its text back to the page's text node it came from. */
export function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const next = mark.nextSibling;
  const first = mark.firstChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
  mergeIntoPrevious(first);
  mergeIntoPrevious(next);
}

/**
 * The page changed a text node we had split (a framework updating its text): the pieces we made from its old
 * text would now show stale words after it, so they go.
 */
export function dropStalePieces(node: Text): void {
  const pieces = splitFrom.get(node);
  if (!pieces) return;
  splitFrom.delete(node);
  for (const p of pieces) {
    if (p instanceof Text) dropStalePieces(p);
    else if (p.firstChild instanceof Text) dropStalePieces(p.firstChild);
    p.parentNode?.removeChild(p);
  }
}

export function isOurs(node: Node): boolean {
  return node instanceof Text && created.has(node);
}
