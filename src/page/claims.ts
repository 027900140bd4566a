// Claim sentences on the page: finds the blocks worth reading, splits them into sentences, asks the pure claim
// matcher about each, and registers a highlight over the ones that state a recorded claim (DESIGN.md, the page
// contract: `defence-lens-claim-<status>[-<support>]`).
import { type Automaton, findEntities } from "../match";
import type { ClaimReader, ClaimVerdict } from "../match/claim-reader";
import { isInline, isSkippedElement } from "./collect";
import { claimHighlight } from "./contract";
import type { ClaimMark, Highlights } from "./highlights";
import { TextSpan } from "./text-range";

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
const CONTAINERS = "table, ul, ol, dl";
/** A table row whose cells are this short is read as one statement: "Military Presence | Additional 200 troops". */
const ROW_CELL_LIMIT = 200;

/** What the card needs about a claim sentence. */
export interface ClaimSentence {
  verdict: ClaimVerdict;
  text: string;
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName) || (!isInline(el) && el.localName.includes("-"));
}

/**
 * The text of one block, its own text nodes only: a nested block is a unit of its own, and stands as a line break
 * here, as a `<br>` does, so that the text on either side of it is never glued together ("2024Macron").
 */
function collect(block: Element, into: TextSpan): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.localName === "br") {
        into.separate("\n");
        return NodeFilter.FILTER_SKIP;
      }
      if (isSkippedElement(el) || isBlock(el)) {
        into.separate("\n\n");
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) into.add(n as Text);
}

/** Does this element hold blocks of its own (an article of paragraphs), rather than text? */
export function isContainer(el: Element): boolean {
  for (const child of el.children) if (isBlock(child)) return true;
  return false;
}

function rowCells(row: Element): Element[] {
  return [...row.children].filter((c) => c.localName === "td" || c.localName === "th");
}

/** Rows found short enough to be read whole, remembered: every cell of a row asks. */
const shortRows = new WeakMap<Element, boolean>();

function isShortRow(row: Element): boolean {
  let short = shortRows.get(row);
  if (short === undefined) {
    short = rowCells(row).every((c) => (c.textContent ?? "").length <= ROW_CELL_LIMIT);
    shortRows.set(row, short);
  }
  return short;
}

/** The unit a text node's claims are read in: a short table row as a whole, else its block. */
export function unitOf(node: Node): Element | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  if (!el) return null;
  if (el.localName === "td" || el.localName === "th") {
    const row = el.parentElement;
    if (row?.localName === "tr" && isShortRow(row)) return row;
  }
  return el;
}

function containerUnits(container: Element): Element[] {
  const parts = container.querySelectorAll("tr, li, dt, dd");
  return [...parts].map((p) => (p.localName === "tr" ? (unitOf(p.firstElementChild ?? p) ?? p) : p));
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
  // The siblings within the window, walked from the unit (a parent may hold thousands: never listed whole).
  const before: Element[] = [];
  for (let el = unit.previousElementSibling; el && before.length < SIBLING_WINDOW; el = el.previousElementSibling)
    before.unshift(el);
  const after: Element[] = [];
  for (let el = unit.nextElementSibling; el && after.length < SIBLING_WINDOW; el = el.nextElementSibling)
    after.push(el);
  const whole = !before[0]?.previousElementSibling && !after[after.length - 1]?.nextElementSibling;
  const scope: Element = whole ? parent : unit;
  const units: Element[] = [];
  for (const sibling of [...before, unit, ...after]) {
    if (sibling.matches(CONTAINERS)) units.push(...containerUnits(sibling));
    else if (isBlock(sibling) && !isSkippedElement(sibling)) units.push(sibling);
  }
  return { units, scope };
}

/** How much of a table, a list or a block is read for the context of its units: its opening, where its subject is. */
const CONTEXT_TEXT = 4000;

/**
 * The opening text of an element (up to CONTEXT_TEXT characters), its text nodes kept apart so that cells and items do
 * not run into each other: a table of thousands of rows is not read whole for the context of one of them.
 */
function spacedText(el: Element | null): string {
  if (!el) return "";
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < CONTEXT_TEXT; n = walker.nextNode()) {
    parts.push((n as Text).data);
    length += (n as Text).length + 1;
  }
  return parts.join("\n").slice(0, CONTEXT_TEXT);
}

/** Words that open a sentence going on from the one before (English, French, Estonian). */
const ANAPHORS = new Set([
  "it",
  "its",
  "they",
  "their",
  "this",
  "these",
  "those",
  "he",
  "she",
  "both",
  "il",
  "elle",
  "ils",
  "elles",
  "cela",
  "ceci",
  "leur",
  "see",
  "need",
  "nad",
  "ta",
  "mõlemad",
]);

/** Paragraphs of a unit's text: a blank line (a nested block, or a plain-text document's paragraphs) ends one. */
const PARAGRAPH_END = /\n[ \t\u00a0]*\n\s*/g;

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  PARAGRAPH_END.lastIndex = 0;
  for (let m = PARAGRAPH_END.exec(text); m; m = PARAGRAPH_END.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

export class ClaimFinder {
  /** Entities around a table, a list or a block, read once however many of its units are processed. */
  private aroundCache = new WeakMap<Element, Set<string>>();
  /** Units read, with the text they had: a unit whose text changed is read again. */
  private read = new WeakMap<Element, string>();
  private nextId = 0;

  constructor(
    private readonly automaton: Automaton,
    private readonly mentioned: Set<string>,
    /** The entities the page is mostly about: the weakest context of all, for sentences that name nothing. */
    private readonly topics: () => Iterable<string>,
    private readonly highlights: Highlights<ClaimSentence>,
  ) {}

  private entitiesIn(text: string): Set<string> {
    return new Set(findEntities(this.automaton, text, this.mentioned).map((m) => m.entity));
  }

  private unitText(unit: Element): TextSpan {
    const out = new TextSpan();
    if (unit.localName === "tr") {
      for (const cell of rowCells(unit)) {
        if (out.text.length > 0) out.separate(" | ");
        collect(cell, out);
      }
    } else collect(unit, out);
    return out;
  }

  /**
   * The entities around a unit, which count for less than the sentence's own: the block before it, for a table row
   * or a list item the rest of its table or list and the two blocks that introduce it, and what the page is mostly
   * about.
   */
  /**
   * The entities of what introduces a unit: for a table row or a list item, its table or list (its opening) and the
   * two blocks before it; for a block, the block before it. Read once for all the units that share it.
   */
  private around(unit: Element): ReadonlySet<string> {
    const container = unit.closest(CONTAINERS);
    const around = container ?? unit.previousElementSibling;
    let shared = around ? this.aroundCache.get(around) : undefined;
    if (!shared) {
      const blocks = container ? [container, container.previousElementSibling] : [unit.previousElementSibling];
      const before = blocks[blocks.length - 1]?.previousElementSibling ?? null;
      shared = this.entitiesIn([...blocks.map(spacedText), container ? spacedText(before) : ""].join("\n"));
      if (around) this.aroundCache.set(around, shared);
    }
    return shared;
  }

  /**
   * The entities around a unit, which count for less than the sentence's own (see `around`), and what the page is
   * mostly about.
   */
  private contextOf(unit: Element): Set<string> {
    const context = new Set(this.around(unit));
    for (const topic of this.topics()) context.add(topic);
    return context;
  }

  /**
   * The participants a unit's first sentence may take from before it, as from earlier in its paragraph: a table's
   * rows and a list's items go on from the table or list and what introduces it ("France's recent commitments: |
   * Military Presence | Additional 200 troops"), and a block that opens on a pronoun ("It highlights…", "Ils ont…")
   * goes on from the block before.
   */
  private carriedInto(unit: Element, text: string): ReadonlySet<string> {
    if (unit.closest(CONTAINERS) && unit.closest(CONTAINERS) !== unit) return this.around(unit);
    const first = /^\s*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase();
    return first && ANAPHORS.has(first) ? this.around(unit) : new Set();
  }

  /** Forgets what was read (claims switched off): every unit is read afresh next time. */
  reset(): void {
    this.read = new WeakMap();
    this.aroundCache = new WeakMap();
  }

  /**
   * Reads one unit and registers its claim sentences, returning the clauses made. A unit read before with the same
   * text is left as it is.
   */
  process(unit: Element, reader: ClaimReader, pageDate?: string): ClaimMark<ClaimSentence>[] {
    const { index, judgeSentence, textWords, wordKeys, usesTermsOf, splitSentences } = reader;
    if (!unit.isConnected) return [];
    const span = this.unitText(unit);
    const { text } = span;
    if (this.read.get(unit) === text) return [];
    this.read.set(unit, text);
    for (const node of span.nodes) this.highlights.dropClaimsOver(node);
    if (text.trim().length < 12) return [];
    const names = findEntities(this.automaton, text, this.mentioned);
    // Most blocks use none of the key terms of the claims they could state: they are not split into sentences.
    const keys = wordKeys(index, textWords(text));
    // A sentence that calls a participant by title ("the Prime Minister") or refers back to the event is read
    // against everything the page names, and what surrounds it.
    const context = this.contextOf(unit);
    for (const m of names) context.add(m.entity);
    for (const e of this.mentioned) context.add(e);
    const candidates = [...context].flatMap((e) => index.byEntity.get(e) ?? []);
    if (!candidates.some((c) => usesTermsOf(index, c, keys))) return [];
    const made: ClaimMark<ClaimSentence>[] = [];
    // The names in order, with a cursor that only moves forward, as the sentences do: filtering every name for every
    // sentence was quadratic (a megabyte of text holds tens of thousands of each).
    const ordered = [...names].sort((a, b) => a.start - b.start);
    let cursor = 0;
    for (const [p, paragraph] of paragraphs(text).entries()) {
      const earlier = new Set<string>(p === 0 ? this.carriedInto(unit, text) : []);
      const body = text.slice(paragraph.start, paragraph.end);
      for (const sentenceSpan of splitSentences(body)) {
        let start = paragraph.start + sentenceSpan.start;
        let end = paragraph.start + sentenceSpan.end;
        while (start < end && /\s/.test(text.charAt(start))) start++;
        while (end > start && /\s/.test(text.charAt(end - 1))) end--;
        while (cursor < ordered.length && (ordered[cursor] as (typeof ordered)[number]).start < start) cursor++;
        const inSentence: typeof names = [];
        for (let k = cursor; k < ordered.length && (ordered[k] as (typeof ordered)[number]).start < end; k++) {
          const m = ordered[k] as (typeof ordered)[number];
          if (m.end <= end) inSentence.push(m);
        }
        const named = new Set(inSentence.map((m) => m.entity));
        if (end - start >= 12) {
          const sentence = text.slice(start, end);
          const verdict = judgeSentence(index, sentence, named, context, { earlier, pageDate });
          const range = verdict ? span.range(start, end) : null;
          if (verdict && range) {
            const nodes = span.nodes.filter((_, i) => {
              const s = span.starts[i] as number;
              return s < end && s + (span.nodes[i] as Text).length > start;
            });
            const mark: ClaimMark<ClaimSentence> = {
              id: `s${++this.nextId}`,
              name: claimHighlight(verdict.status, verdict.claim.support),
              range,
              nodes,
              detail: { verdict, text: sentence },
            };
            this.highlights.addClaim(mark);
            made.push(mark);
          }
        }
        for (const e of named) earlier.add(e);
      }
    }
    return made;
  }
}
