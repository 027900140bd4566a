// Which of the page's text may be annotated, and the text around a text node for word boundaries.
import type { Edges } from "../match/scan";

/** Elements whose text is code, input, hidden or not prose: never touched, nor anything inside them. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "TEXTAREA",
  "INPUT",
  "SELECT",
  "OPTION",
  "CODE",
  "PRE",
  "KBD",
  "SAMP",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "HEAD",
  "TITLE",
  "svg",
  "math",
]);

/** Tag names of the extension's own elements whose content is never walked (highlights, the card's host). */
const OWN = new Set<string>();
/** All of the extension's own tag names, including wrappers whose text is still annotated (claims). */
const OURS = new Set<string>();

export function registerOwnTag(tag: string, options: { walkInside?: boolean } = {}): void {
  OURS.add(tag.toUpperCase());
  if (!options.walkInside) OWN.add(tag.toUpperCase());
}

export function isOurElement(node: Node): boolean {
  return node instanceof Element && OURS.has(node.tagName);
}

/** The same, as one selector: `closest()` answers it natively, with no script per element walked. */
let skipSelector = "";
function skipped(): string {
  if (!skipSelector) {
    const tags = [...SKIP].map((t) => t.toLowerCase());
    skipSelector = [...tags, ...[...OWN].map((t) => t.toLowerCase()), "[contenteditable]"].join(", ");
  }
  return skipSelector;
}

export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName;
  if (SKIP.has(tag) || OWN.has(tag) || SKIP.has(el.localName)) return true;
  // Any contenteditable attribute, even "false" inside an editor: the editor owns that DOM.
  return el.hasAttribute("contenteditable");
}

/** Is this node inside something we never touch? */
export function insideSkipped(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return true;
  return el.closest(skipped()) !== null || node.ownerDocument?.designMode === "on";
}

/**
 * The annotatable text nodes under root, a batch at a time. The walker shows text nodes only, with no filter
 * callback (a script call on every node would cost more than the walk); whether a text's parent is skipped is
 * decided once per element, from its own tag and its parent's decision, remembered for the rest of the walk.
 * The caller has checked that root itself is not inside something skipped.
 */
export function textBatches(root: Node): () => Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const decided = new Map<Element, boolean>();
  const rootElement = root instanceof Element ? root : root.parentElement;
  const skip = (el: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = decided.get(e);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(e);
      if (e === rootElement) break;
    }
    // From the top down: an element is skipped if it is, or its parent is.
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i] as Element;
      result = result || (e !== rootElement && isSkippedElement(e));
      decided.set(e, result);
    }
    return result;
  };
  let lastParent: Element | null = null;
  let lastSkipped = false;
  return () => {
    const batch: Text[] = [];
    if (!walker.currentNode.isConnected) return batch;
    while (batch.length < 64) {
      const n = walker.nextNode() as Text | null;
      if (!n) break;
      const parent = n.parentElement;
      if (parent !== lastParent) {
        lastParent = parent;
        lastSkipped = parent === null || skip(parent);
      }
      if (!lastSkipped && n.length > 1) batch.push(n);
    }
    return batch;
  };
}

const INLINE = new Set([
  "A",
  "B",
  "I",
  "EM",
  "STRONG",
  "SPAN",
  "U",
  "S",
  "SMALL",
  "MARK",
  "ABBR",
  "CITE",
  "Q",
  "SUB",
  "SUP",
  "FONT",
  "TIME",
]);

function isInline(el: Element): boolean {
  return INLINE.has(el.tagName) || OURS.has(el.tagName);
}

/** Steps over the empty text nodes a split leaves behind (a name at the very start of a node): they hold nothing. */
function nonEmpty(node: Node | null, side: "before" | "after"): Node | null {
  let n = node;
  while (n instanceof Text && n.length === 0) n = side === "before" ? n.previousSibling : n.nextSibling;
  return n;
}

/** The node beside this one in the same run of inline text, climbing out of inline elements. */
function neighbour(node: Node, side: "before" | "after"): Node | null {
  for (let n: Node = node; ; ) {
    const sibling = nonEmpty(side === "before" ? n.previousSibling : n.nextSibling, side);
    if (sibling) return sibling;
    const parent = n.parentElement;
    if (!parent || !isInline(parent)) return null;
    n = parent;
  }
}

/**
 * Up to 24 characters of the inline text beside a node, across as many nodes as it takes, so that the words beside
 * a name read the same whether or not the text after it has been split into highlights already.
 */
function edgeText(node: Text, side: "before" | "after"): string | undefined {
  let text = "";
  let n: Node | null = neighbour(node, side);
  while (n && text.length < 24) {
    if (n.nodeType === 1) {
      if (!isInline(n as Element)) break;
      n = nonEmpty(side === "before" ? n.lastChild : n.firstChild, side) ?? neighbour(n, side);
      continue;
    }
    if (n instanceof Text) text = side === "before" ? n.data + text : text + n.data;
    n = neighbour(n, side);
  }
  if (!text) return undefined;
  return side === "before" ? text.slice(-24) : text.slice(0, 24);
}

/** The text just before and after a text node in the same run of inline text ("<b>Mali</b>an"). */
export function edgesOf(node: Text): Edges {
  const beforeText = edgeText(node, "before");
  const afterText = edgeText(node, "after");
  return {
    ...(beforeText ? { beforeText, before: beforeText.charCodeAt(beforeText.length - 1) } : {}),
    ...(afterText ? { afterText, after: afterText.charCodeAt(0) } : {}),
  };
}
