// Wrapping and unwrapping highlights in the page's text nodes: the only code that changes the page's DOM.
//
// Written here rather than with mark.js: mark.js re-concatenates its context's whole text for every range it wraps
// (quadratic on a long article), creates a NodeIterator per call (each one taxes every later DOM removal until it
// is collected), and its unmark() normalises the parent, merging text nodes the page itself kept apart. Here a text
// node's names are built off the document and inserted in one change, and undoing gives the text back to the
// page's own nodes, so that switching off restores the page's DOM exactly (measured in docs/benchmark.md).

export const MARK_TAG = "defence-lens-mark";

/** The text node a wrap split, with the nodes we created out of it (marks and the text between them). */
const splitFrom = new WeakMap<Text, Node[]>();
/** Text nodes we created by splitting: the only ones undo merges back. */
const created = new WeakSet<Text>();
/** A split text node's data as we left it: a change to it from then on is the page's, not a split of ours. */
const leftAs = new WeakMap<Text, string>();

function remember(origin: Text, pieces: Node[]): void {
  leftAs.set(origin, origin.data);
  const list = splitFrom.get(origin);
  if (list) list.push(...pieces);
  else splitFrom.set(origin, pieces);
}

/** Splits a text node; the part after the offset is a new node, remembered for undo. */
export function splitOff(node: Text, offset: number): Text {
  const after = node.splitText(offset);
  created.add(after);
  remember(node, [after]);
  return after;
}

function ourElement(doc: Document, tag: string, attributes: Record<string, string>): Element {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Wraps consecutive sibling nodes in one new element of ours. */
export function wrapNodes(nodes: readonly Node[], tag: string, attributes: Record<string, string>): Element | null {
  const [first] = nodes;
  if (!first?.parentNode || !first.ownerDocument) return null;
  const el = ourElement(first.ownerDocument, tag, attributes);
  first.parentNode.insertBefore(el, first);
  el.append(...nodes);
  return el;
}

export interface Wrap {
  start: number;
  end: number;
  attributes: Record<string, string>;
}

/**
 * Wraps ranges of one text node, given in increasing order and not overlapping. The node keeps the text before the
 * first range, so the page's reference to it stays valid; the rest is built in a fragment, off the document, and
 * inserted after it at once: two changes to the page per text node, however many names it holds.
 */
export function wrapRanges(node: Text, wraps: readonly Wrap[], tag = MARK_TAG): Element[] {
  const [first] = wraps;
  if (!first) return [];
  const doc = node.ownerDocument;
  const data = node.data;
  const fragment = doc.createDocumentFragment();
  const pieces: Node[] = [];
  const out: Element[] = [];
  const text = (from: number, to: number) => {
    const t = doc.createTextNode(data.slice(from, to));
    created.add(t);
    return t;
  };
  let pos = first.start;
  for (const { start, end, attributes } of wraps) {
    if (start > pos) pieces.push(text(pos, start));
    const mark = ourElement(doc, tag, attributes);
    mark.append(text(start, end));
    pieces.push(mark);
    out.push(mark);
    pos = end;
  }
  if (pos < data.length) pieces.push(text(pos, data.length));
  fragment.append(...pieces);
  node.data = data.slice(0, first.start);
  node.after(fragment);
  remember(node, pieces);
  return out;
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
  if (!pieces || leftAs.get(node) === node.data) return;
  splitFrom.delete(node);
  for (const p of pieces) {
    if (p instanceof Text) dropStalePieces(p);
    else if (p.firstChild instanceof Text) dropStalePieces(p.firstChild);
    const parent = p.parentNode;
    parent?.removeChild(p);
    // A highlight of ours left empty by it goes too.
    if (parent instanceof Element && parent.localName.startsWith("defence-lens-") && !parent.firstChild)
      parent.remove();
  }
}

export function isOurs(node: Node): boolean {
  return node instanceof Text && created.has(node);
}
