// Which of the page's text may be annotated, and the text around a text node for word boundaries.
import { LANGUAGE_SAMPLE, REACH_TEXT } from "../match/candidates";
import { languageOfTag, type PageLanguage } from "../match/language-codes";
import type { NamePiece, NamesRequest } from "../match/name-requests";
import { CARD_TAG, PANEL_TAG } from "./contract";

const HTML_NS = "http://www.w3.org/1999/xhtml";

/**
 * HTML elements whose text is code, input, hidden or not prose: never read, nor anything inside them. Told apart by
 * `localName` in the HTML namespace, never by `tagName`, whose case differs between HTML and XHTML documents.
 */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "textarea",
  "input",
  "select",
  "option",
  "code",
  "pre",
  "kbd",
  "samp",
  "var",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "head",
  "title",
  "nav",
  "menu",
  "button",
  CARD_TAG,
  PANEL_TAG,
]);

/** The site's furniture, by role: navigation, masthead, footer, menus. */
const FURNITURE_ROLES = new Set(["navigation", "banner", "contentinfo", "menu", "menubar", "search", "toolbar"]);

/**
 * A plain-text document (`text/plain`, which the browser shows in one `<pre>`) is read as prose: that `<pre>` is the
 * document, not code quoted in one.
 */
function isPlainTextBody(el: Element): boolean {
  return el.localName === "pre" && el.ownerDocument.contentType === "text/plain";
}

/**
 * Is this element one whose text is never annotated (with all it holds)? Code, form fields, editable regions, SVG and
 * MathML (any element outside the HTML namespace), the extension's own hosts, and the site's furniture: navigation,
 * menus, a page-level header or footer (one inside an article or the main content is the article's own).
 */
export function isSkippedElement(el: Element): boolean {
  if (el.namespaceURI !== HTML_NS) return true;
  const name = el.localName;
  if (SKIP.has(name)) return !isPlainTextBody(el);
  // Any contenteditable attribute, even "false" inside an editor: the editor owns that DOM.
  if (el.hasAttribute("contenteditable")) return true;
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role)) return true;
  if ((name === "header" || name === "footer") && !el.parentElement?.closest("article, main, [role=main]")) return true;
  return el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true";
}

/** Is this node inside something never annotated, or in a document being edited? */
export function insideSkipped(node: Node): boolean {
  const doc = node.ownerDocument;
  if (!doc || doc.designMode === "on") return true;
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return !node.isConnected;
}

/**
 * The annotatable text nodes under root, a batch at a time. The walker shows text nodes only, with no filter
 * callback (a script call on every node would cost more than the walk); whether a text's parent is skipped is
 * decided once per element, from its own tag and its parent's decision, remembered for the rest of the walk.
 * The caller has checked that root itself is not inside something skipped.
 */
export function textBatches(root: Node, size = 64): () => Text[] {
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
    while (batch.length < size) {
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

/** Inline elements: their text runs on with the text around them (a name split by `<b>` is still one word). */
const INLINE = new Set([
  "a",
  "b",
  "i",
  "em",
  "strong",
  "span",
  "u",
  "s",
  "small",
  "mark",
  "abbr",
  "cite",
  "q",
  "sub",
  "sup",
  "font",
  "time",
  "data",
  "bdi",
  "bdo",
  "dfn",
  "ins",
  "del",
]);

function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** The node beside this one in the same run of inline text, climbing out of inline elements. */
function neighbour(node: Node, side: "before" | "after"): Node | null {
  for (let n: Node = node; ; ) {
    const sibling = side === "before" ? n.previousSibling : n.nextSibling;
    if (sibling) return sibling;
    const parent = n.parentElement;
    if (!parent || !isInline(parent)) return null;
    n = parent;
  }
}

/** Up to 24 characters of the inline text beside a node, across as many nodes as it takes. */
function edgeText(node: Text, side: "before" | "after"): string | undefined {
  let text = "";
  let n: Node | null = neighbour(node, side);
  while (n && text.length < 24) {
    if (n.nodeType === 1) {
      if (!isInline(n as Element)) break;
      n = (side === "before" ? n.lastChild : n.firstChild) ?? neighbour(n, side);
      continue;
    }
    if (n instanceof Text) text = side === "before" ? n.data + text : text + n.data;
    n = neighbour(n, side);
  }
  if (!text) return undefined;
  return side === "before" ? text.slice(-24) : text.slice(0, 24);
}

/** Blocks that are parts of a larger whole: a name in one is in reach of the rest of its table or list. */
const PARTS = new Set(["td", "th", "tr", "li", "dt", "dd", "caption"]);
/**
 * A table or list of more rows or items than this is no whole in reach: a cell is in reach of its row, an item of
 * itself. Read before its text, which on a data table of thousands of rows every cell would otherwise copy whole.
 */
const PARTS_IN_REACH = 100;

/** How many rows or items a table or list has, without reading its text. */
function partsOf(whole: Element): number {
  const rows = (whole as HTMLTableElement).rows;
  return rows ? rows.length : whole.childElementCount;
}

/**
 * The element whose text is in reach of a text node: its block (paragraph, heading, a block of its own), or for a
 * cell or an item the whole table or list, if not too long (else the cell's row, the item).
 */
function reachElement(node: Text): Element | null {
  // A text longer than any reach is its own: its block's text, copied for each of its chunks, would tell no more.
  if (node.data.length >= REACH_TEXT) return null;
  let el: Element | null = node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  if (el && PARTS.has(el.localName)) {
    const whole = el.parentElement?.closest("table, ul, ol, dl");
    if (whole && partsOf(whole) <= PARTS_IN_REACH) el = whole;
    else if (el.localName === "td" || el.localName === "th") el = el.closest("tr") ?? el;
  }
  return el;
}

/** How many characters of the element's text come before each of its text nodes: where their text starts in it. */
function offsetsIn(el: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    offsets.set(n as Text, offset);
    offset += (n as Text).data.length;
  }
  return offsets;
}

/** A stretch of a text node's data: from `from`, to its end if `last` (else a chunk of a long node). */
export interface TextStretch {
  node: Text;
  from: number;
  last: boolean;
  text: string;
}

/**
 * A names request (src/match/name-finder.ts) made from text nodes' stretches, each with the text around it as the
 * scanner would ask for it, read from the page now: the text beside it in the same run of inline text
 * ("<b>Mali</b>an"), the text in reach (each block's sent once), its declared language.
 */
export class NamesRequestBuilder {
  /** The stretches added, in order: the reply's i-th list of names is the i-th's. */
  readonly stretches: TextStretch[] = [];
  private readonly pieces: NamePiece[] = [];
  private readonly reaches: string[] = [];
  private readonly reachOf = new Map<Element, number | string>();
  private readonly offsets = new Map<Element, Map<Text, number>>();
  private readonly languages = new Map<Element, PageLanguage | undefined>();
  /** Characters in the request so far, stretches and texts in reach. */
  size = 0;

  /** Adds a stretch, with what is around it read from the page now. */
  add(stretch: TextStretch): void {
    const { node, from, last, text } = stretch;
    const piece: NamePiece = { text };
    const data = node.data;
    const before = from === 0 ? edgeText(node, "before") : data.slice(Math.max(0, from - 24), from);
    if (before) {
      piece.beforeText = before;
      piece.before = before.charCodeAt(before.length - 1);
    }
    const after = last ? edgeText(node, "after") : undefined;
    if (after) {
      piece.afterText = after;
      piece.after = after.charCodeAt(0);
    }
    const el = reachElement(node);
    const at = el ? this.reachIndex(el) : undefined;
    // A block longer than any text in reach: the scanner reads only its language, from its start.
    if (typeof at === "string") piece.sample = at;
    else if (el && at !== undefined) {
      const reach = this.reaches[at] as string;
      if (from === 0 && last && reach === text) piece.reach = -1;
      else {
        piece.reach = at;
        const offsets = this.offsets.get(el) ?? offsetsIn(el);
        this.offsets.set(el, offsets);
        const offset = offsets.get(node);
        if (offset !== undefined) piece.reachOffset = offset + from;
      }
    }
    // A quotation marked with its own language (`<p lang="et">` on an English page) is read in it.
    const parent = node.parentElement;
    if (parent) {
      let language = this.languages.get(parent);
      if (!this.languages.has(parent)) {
        language = languageOfTag(parent.closest("[lang]")?.getAttribute("lang"));
        this.languages.set(parent, language);
      }
      if (language) piece.language = language;
    }
    this.pieces.push(piece);
    this.stretches.push(stretch);
    this.size += text.length;
  }

  /** The index of `el`'s text in `reaches`, added once; or, for a text longer than REACH_TEXT, its sample. */
  private reachIndex(el: Element): number | string {
    const known = this.reachOf.get(el);
    if (known !== undefined) return known;
    const text = el.textContent ?? "";
    const at = text.length > REACH_TEXT ? text.slice(0, LANGUAGE_SAMPLE) : this.reaches.push(text) - 1;
    this.reachOf.set(el, at);
    this.size += typeof at === "string" ? at.length : text.length;
    return at;
  }

  /** The request, in the page's language. */
  request(language: PageLanguage | undefined): NamesRequest {
    return { pieces: this.pieces, reaches: this.reaches, ...(language ? { language } : {}) };
  }
}

/** Elements that hold a block of text: a sentence never runs across the boundary of one (DESIGN.md). */
const BLOCKS = new Set([
  "p",
  "li",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "figcaption",
  "dd",
  "dt",
  "caption",
  "summary",
  "div",
  "section",
  "article",
  "main",
  "aside",
  "header",
  "footer",
  "body",
  "tr",
  "table",
  "ul",
  "ol",
  "dl",
  "figure",
  "nav",
  "form",
  "fieldset",
  "details",
  "pre",
  "address",
  "hgroup",
]);
export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName) || (!isInline(el) && el.localName.includes("-"));
}

/** Does this element hold blocks of its own (an article of paragraphs), rather than text? */
export function isContainer(el: Element): boolean {
  for (const child of el.children) if (isBlock(child)) return true;
  return false;
}
