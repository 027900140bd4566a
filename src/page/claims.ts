// Claim sentences on the page: finds the blocks worth reading, splits them into sentences, asks the pure claim
// matcher about each, and wraps the ones that state a recorded claim (DOM contract: data-claim, data-claim-status).
import { type Automaton, findEntities } from "../match";
import { type ClaimIndex, type ClaimVerdict, judgeSentence, textWords, usesTermsOf, wordKeys } from "../match/claims";
import { splitSentences } from "../match/sentences";
import { isSkippedElement, registerOwnTag } from "./collect";
import { MARK_TAG, splitOff, wrapNodes } from "./highlight";

export const CLAIM_TAG = "defence-lens-claim";

const BLOCK_TAGS = new Set([
  "P",
  "LI",
  "TD",
  "TH",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "FIGCAPTION",
  "DD",
  "DT",
  "CAPTION",
  "SUMMARY",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "ASIDE",
  "HEADER",
  "FOOTER",
  "BODY",
  "TR",
  "TABLE",
  "UL",
  "OL",
  "DL",
  "FIGURE",
  "NAV",
  "FORM",
  "FIELDSET",
  "DETAILS",
]);
const CONTAINERS = "table, ul, ol, dl";
/** A table row whose cells are this short is read as one statement: "Military Presence | Additional 200 troops". */
const ROW_CELL_LIMIT = 200;

export interface ClaimSentence {
  verdict: ClaimVerdict;
  text: string;
}

interface Piece {
  node: Text;
  start: number;
}

interface UnitText {
  text: string;
  pieces: Piece[];
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** The text of one block, its own text nodes only (nested blocks are units of their own). */
function collect(block: Element, into: UnitText): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.localName === MARK_TAG || el.localName === CLAIM_TAG) return NodeFilter.FILTER_SKIP;
      if (isSkippedElement(el) || isBlock(el)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    into.pieces.push({ node: n as Text, start: into.text.length });
    into.text += (n as Text).data;
  }
}

/** Does this element hold blocks of its own (an article of paragraphs), rather than text? */
export function isContainer(el: Element): boolean {
  for (const child of el.children) if (isBlock(child)) return true;
  return false;
}

function rowCells(row: Element): Element[] {
  return [...row.children].filter((c) => c.tagName === "TD" || c.tagName === "TH");
}

/** The unit a text node's claims are read in: a short table row as a whole, else its block. */
export function unitOf(node: Node): Element | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  if (!el) return null;
  if (el.tagName === "TD" || el.tagName === "TH") {
    const row = el.parentElement;
    if (row?.tagName === "TR" && rowCells(row).every((c) => (c.textContent ?? "").length <= ROW_CELL_LIMIT)) return row;
  }
  return el;
}

function containerUnits(container: Element): Element[] {
  const parts = container.querySelectorAll("tr, li, dt, dd");
  return [...parts].map((p) => (p.tagName === "TR" ? (unitOf(p.firstElementChild ?? p) ?? p) : p));
}

/** Past this many sibling blocks (a very long page), only those this close to a unit that names someone are read. */
const SIBLING_WINDOW = 16;

/**
 * The units read along with one that names an entity: the rest of its table or list, or, for a block, its sibling
 * blocks and the tables and lists among them (the nearest ones only, among thousands). A sentence often names no one
 * ("A pivotal theme of the meeting was…") and still states a claim of the article around it.
 */
export function unitsAround(unit: Element): { units: Element[]; scope: Element } {
  const container = unit.closest(CONTAINERS);
  if (container && container !== unit) return { units: containerUnits(container), scope: container };
  const parent = unit.parentElement;
  if (!parent) return { units: [unit], scope: unit };
  let siblings = [...parent.children];
  let scope: Element = parent;
  if (siblings.length > 2 * SIBLING_WINDOW + 1) {
    const at = siblings.indexOf(unit);
    siblings = siblings.slice(Math.max(0, at - SIBLING_WINDOW), at + SIBLING_WINDOW + 1);
    scope = unit;
  }
  const units: Element[] = [];
  for (const sibling of siblings) {
    if (sibling.matches(CONTAINERS)) units.push(...containerUnits(sibling));
    else if (isBlock(sibling) && !isSkippedElement(sibling)) units.push(sibling);
  }
  return { units, scope };
}

/** Text of an element with its text nodes kept apart, so cells and items do not run into each other. */
function spacedText(el: Element | null): string {
  if (!el) return "";
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  return parts.join("\n");
}

export class ClaimFinder {
  private readonly sentences = new Map<string, ClaimSentence>();
  private indexCache: ClaimIndex | undefined;
  /** Entities around a table, a list or a block, read once however many of its units are processed. */
  private aroundCache = new WeakMap<Element, Set<string>>();
  private nextId = 0;

  constructor(
    private readonly automaton: Automaton,
    private readonly getIndex: () => ClaimIndex,
    private readonly mentioned: Set<string>,
    /** The entities the page is mostly about: the weakest context of all, for sentences that name nothing. */
    private readonly topics: () => Iterable<string>,
  ) {}

  private get index(): ClaimIndex {
    this.indexCache ??= this.getIndex();
    return this.indexCache;
  }

  /** What was found for a claim element: the sentence and the verdict. */
  sentenceOf(el: Element): ClaimSentence | undefined {
    return this.sentences.get(el.getAttribute("data-claim-sentence") ?? "");
  }

  forget(el: Element): void {
    this.sentences.delete(el.getAttribute("data-claim-sentence") ?? "");
  }

  private entitiesIn(text: string): Set<string> {
    return new Set(findEntities(this.automaton, text, this.mentioned).map((m) => m.entity));
  }

  private unitText(unit: Element): UnitText {
    const out: UnitText = { text: "", pieces: [] };
    if (unit.tagName === "TR") {
      for (const cell of rowCells(unit)) {
        if (out.text.length > 0) out.text += " | ";
        collect(cell, out);
      }
    } else collect(unit, out);
    return out;
  }

  /**
   * The entities around a unit, which count for less than the sentence's own: the rest of the unit, the block before
   * it, for a table row or a list item the rest of its table or list and the two blocks that introduce it, and what
   * the page is mostly about.
   */
  private contextOf(unit: Element, named: Iterable<string>): Set<string> {
    const container = unit.closest(CONTAINERS);
    const context = new Set(named);
    const around = container ?? unit.previousElementSibling;
    let shared = around ? this.aroundCache.get(around) : undefined;
    if (!shared) {
      const blocks = container ? [container, container.previousElementSibling] : [unit.previousElementSibling];
      const before = blocks[blocks.length - 1]?.previousElementSibling ?? null;
      shared = this.entitiesIn([...blocks.map(spacedText), container ? spacedText(before) : ""].join("\n"));
      if (around) this.aroundCache.set(around, shared);
    }
    for (const e of shared) context.add(e);
    for (const topic of this.topics()) context.add(topic);
    return context;
  }

  /** Reads one unit and wraps its claim sentences, returning the claim elements made. A unit read before is left. */
  process(unit: Element): Element[] {
    if (!unit.isConnected || unit.querySelector(CLAIM_TAG)) return [];
    const { text, pieces } = this.unitText(unit);
    if (text.trim().length < 12) return [];
    // The unit's names, found once: each sentence's are those within it.
    const names = findEntities(this.automaton, text, this.mentioned);
    const context = this.contextOf(
      unit,
      names.map((m) => m.entity),
    );
    // Most blocks use none of the key terms of the claims they could state: they are not split into sentences.
    const keys = wordKeys(this.index, textWords(text));
    const candidates = [...context].flatMap((e) => this.index.byEntity.get(e) ?? []);
    if (!candidates.some((c) => usesTermsOf(this.index, c, keys))) return [];
    const found: { start: number; end: number; verdict: ClaimVerdict }[] = [];
    for (const span of splitSentences(text)) {
      let { start, end } = span;
      while (start < end && /\s/.test(text.charAt(start))) start++;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
      if (end - start < 12) continue;
      const sentence = text.slice(start, end);
      const named = new Set(names.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity));
      const verdict = judgeSentence(this.index, sentence, named, context);
      if (verdict) found.push({ start, end, verdict });
    }
    // Last sentence first: a split keeps the earlier text in the node the pieces list, so their offsets hold.
    const made: Element[] = [];
    for (const { start, end, verdict } of found.reverse()) {
      const id = `s${++this.nextId}`;
      this.sentences.set(id, { verdict, text: text.slice(start, end) });
      made.unshift(
        ...this.wrap(pieces, start, end, {
          "data-claim": verdict.claim.id,
          "data-claim-status": verdict.status,
          "data-claim-sentence": id,
        }),
      );
    }
    return made;
  }

  /** Wraps [start, end) of the unit's text: each run of sibling nodes in it becomes one claim element. */
  private wrap(pieces: Piece[], start: number, end: number, attributes: Record<string, string>): Element[] {
    const inside: Node[] = [];
    for (const piece of pieces) {
      const pieceEnd = piece.start + piece.node.length;
      if (pieceEnd <= start || piece.start >= end) continue;
      let node = piece.node;
      const from = Math.max(start - piece.start, 0);
      const to = Math.min(end - piece.start, node.length);
      if (to < node.length) splitOff(node, to);
      if (from > 0) node = splitOff(node, from);
      // Entity highlights are kept whole, inside the claim.
      const parent = node.parentElement;
      const lifted = parent?.localName === MARK_TAG && parent.textContent === node.data ? parent : node;
      inside.push(lifted);
    }
    const made: Element[] = [];
    const close = (run: Node[]) => {
      const el = wrapNodes(run, CLAIM_TAG, attributes);
      if (el) made.push(el);
    };
    let run: Node[] = [];
    for (const node of inside) {
      if (run.length > 0 && run[run.length - 1]?.nextSibling !== node) {
        close(run);
        run = [];
      }
      run.push(node);
    }
    if (run.length > 0) close(run);
    return made;
  }
}

registerOwnTag(CLAIM_TAG, { walkInside: true });
