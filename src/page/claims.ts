// Claim sentences on the page: finds the blocks worth reading, splits them into sentences, asks the pure claim
// matcher about each, and registers a highlight over the ones that state a recorded claim (DESIGN.md, the page
// contract: `defence-lens-claim-<status>[-<support>]`).
import { languageOfTag } from "../match";
import type { SentenceRead, UnitToRead } from "../match/claim-requests";
import type { ClaimVerdict } from "../match/claims";
import { splitSentences } from "../match/sentences";
import { isBlock, isSkippedElement } from "./collect";
import { claimHighlight } from "./contract";
import type { ClaimMark, Highlights } from "./highlights";
import { liveRange, TextSpan } from "./text-range";

/** Tables and lists: their rows and items are read with each other. */
export const CLAIM_CONTAINERS = "table, ul, ol, dl";
/** A table row whose cells are this short is read as one statement: "Military Presence | Additional 200 troops". */
const ROW_CELL_LIMIT = 200;

/** What the card needs about a claim sentence. */
export interface ClaimSentence {
  verdict: ClaimVerdict;
  text: string;
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

/** A table's or list's rows and items, listed once while its last part stays the same (every row of a table asks). */
const rowsOf = new WeakMap<Element, { last: Element | null; rows: Element[]; at: Map<Element, number> }>();

/** The rows of a table (or items of a list), in order, with the index of each. */
export function containerRows(container: Element): { rows: Element[]; at: Map<Element, number> } {
  const last = container.lastElementChild?.lastElementChild ?? container.lastElementChild;
  const known = rowsOf.get(container);
  if (known && known.last === last) return known;
  const rows = [...container.querySelectorAll("tr, li, dt, dd")];
  const listed = { last, rows, at: new Map(rows.map((r, i) => [r, i])) };
  rowsOf.set(container, listed);
  return listed;
}

/** The claim unit of a row: the row itself, or its first cell when the row is too long to read whole. */
function rowUnit(row: Element): Element {
  return row.localName === "tr" ? (unitOf(row.firstElementChild ?? row) ?? row) : row;
}

/** Past this many sibling blocks (a very long page), only those this close to a unit that names someone are read. */
const SIBLING_WINDOW = 16;

/**
 * The units read along with one that names an entity: the rest of its table or list, or, for a block, its sibling
 * blocks and the tables and lists among them (the nearest ones only, among thousands). A sentence often names no one
 * ("A pivotal theme of the meeting was…") and still states a claim of the article around it.
 */
export function unitsAround(unit: Element): { units: Element[]; scope: Element } {
  const container = unit.closest(CLAIM_CONTAINERS);
  if (container && container !== unit) {
    const { rows, at } = containerRows(container);
    if (rows.length <= 2 * SIBLING_WINDOW + 1) return { units: rows.map(rowUnit), scope: container };
    // A table of thousands of rows: the rows near this one, as for a block's siblings.
    const row = unit.localName === "tr" ? unit : (unit.closest("tr") ?? unit);
    const i = at.get(row) ?? 0;
    const near = rows.slice(Math.max(0, i - SIBLING_WINDOW), i + SIBLING_WINDOW + 1).map(rowUnit);
    return { units: [unit, ...near], scope: unit };
  }
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
    if (sibling.matches(CLAIM_CONTAINERS))
      units.push(
        ...containerRows(sibling)
          .rows.slice(0, 2 * SIBLING_WINDOW)
          .map(rowUnit),
      );
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
  // Code, form fields and the like are no context: their names must not vouch for a name elsewhere.
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 3
        ? NodeFilter.FILTER_ACCEPT
        : isSkippedElement(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < CONTEXT_TEXT; n = walker.nextNode()) {
    parts.push((n as Text).data);
    length += (n as Text).length + 1;
  }
  return parts.join("\n").slice(0, CONTEXT_TEXT);
}

/** How much of a unit's text is read for claims at a time (its names found, its key terms looked up), in characters. */
const STRETCH = 16_384;

/**
 * A unit's text in stretches of whole paragraphs of up to STRETCH characters; a longer paragraph is cut at sentence
 * ends into stretches of its own (its later stretches going on with the same paragraph).
 */
interface Stretch {
  start: number;
  end: number;
  /** Its paragraphs; `goesOn` for the later pieces of a paragraph cut in several. */
  paragraphs: { start: number; end: number; goesOn?: boolean }[];
}

function stretches(text: string, split: (text: string) => { start: number; end: number }[]): Stretch[] {
  const out: Stretch[] = [];
  let current: Stretch | null = null;
  for (const p of paragraphs(text)) {
    if (p.end - p.start > STRETCH) {
      current = null;
      let from = p.start;
      for (const sentence of split(text.slice(p.start, p.end))) {
        const end = p.start + sentence.end;
        if (end - from > STRETCH || end === p.end) {
          out.push({ start: from, end, paragraphs: [{ start: from, end, goesOn: from > p.start }] });
          from = end;
        }
      }
      if (from < p.end) out.push({ start: from, end: p.end, paragraphs: [{ start: from, end: p.end, goesOn: true }] });
      continue;
    }
    if (!current || p.end - current.start > STRETCH) {
      current = { start: p.start, end: p.end, paragraphs: [] };
      out.push(current);
    }
    current.end = p.end;
    current.paragraphs.push(p);
  }
  return out;
}

/** Is a range of text within a screen of the viewport? */
function nearViewport(range: StaticRange | null): boolean {
  const live = range && liveRange(range);
  const view = live?.startContainer.ownerDocument?.defaultView;
  if (!live || !view) return false;
  const rect = live.getBoundingClientRect();
  return rect.bottom >= -view.innerHeight && rect.top <= 2 * view.innerHeight;
}

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
  /** The text of what introduces a table, a list or a block, read once however many of its units are asked about. */
  private aroundCache = new WeakMap<Element, string>();
  /** Units read only where the reader was (see `prepare`): read whole when the whole page is asked for. */
  readonly partlyRead = new Set<Element>();
  /** Units read, with the text they had: a unit whose text changed is read again. */
  private read = new WeakMap<Element, string>();
  private nextId = 0;

  constructor(private readonly highlights: Highlights<ClaimSentence>) {}

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
   * The text of what introduces a unit: for a table row or a list item, its table or list (its opening) and the two
   * blocks before it; for a block, the block before it. Its names count for less than the sentence's own.
   */
  private around(unit: Element): string {
    const container = unit.closest(CLAIM_CONTAINERS);
    const around = container ?? unit.previousElementSibling;
    let text = around ? this.aroundCache.get(around) : undefined;
    if (text === undefined) {
      const blocks = container ? [container, container.previousElementSibling] : [unit.previousElementSibling];
      const before = blocks[blocks.length - 1]?.previousElementSibling ?? null;
      text = [...blocks.map(spacedText), container ? spacedText(before) : ""].join("\n");
      if (around) this.aroundCache.set(around, text);
    }
    return text;
  }

  /** Forgets what was read of one unit (the page changed it): it is read afresh next time, whatever its text. */
  forget(unit: Element): void {
    this.read.delete(unit);
  }

  /** Forgets what was read (claims switched off): every unit is read afresh next time. */
  reset(): void {
    this.read = new WeakMap();
    this.partlyRead.clear();
    this.aroundCache = new WeakMap();
  }

  /**
   * What to ask the claim reader about one unit (see src/match/claim-units.ts), or null when there is nothing to ask: a
   * unit read before with the same text, or too short to state anything. Its claim highlights are dropped: the answer
   * draws them again (`draw`). A unit of more than one stretch (a plain-text page in one node) is asked about where the
   * reader is, unless `whole`: it is asked about again then.
   */
  prepare(unit: Element, whole: boolean): PreparedUnit | null {
    if (!unit.isConnected) return null;
    const span = this.unitText(unit);
    const { text } = span;
    if (this.read.get(unit) === text) return null;
    const all = stretches(text, splitSentences);
    const near = whole || all.length === 1 ? all : all.filter((st) => nearViewport(span.range(st.start, st.end)));
    if (near.length === all.length) {
      this.read.set(unit, text);
      this.partlyRead.delete(unit);
    } else this.partlyRead.add(unit);
    for (const node of span.nodes) this.highlights.dropClaimsOver(node);
    if (text.trim().length < 12) return null;
    const container = unit.closest(CLAIM_CONTAINERS);
    // A unit marked with its own language (a quotation in Estonian on an English page) is read in it.
    const language = languageOfTag(unit.closest("[lang]")?.getAttribute("lang"));
    return {
      span,
      data: span.nodes.map((n) => n.data),
      offsets: near.map((st) => st.start),
      around: this.around(unit),
      unit: {
        stretches: near.map((st) => ({
          text: text.slice(st.start, st.end),
          paragraphs: st.paragraphs.map((p) => ({ ...p, start: p.start - st.start, end: p.end - st.start })),
        })),
        row: container !== null && container !== unit,
        ...(language ? { language } : {}),
      },
    };
  }

  /**
   * Registers the claim sentences the reader found in a prepared unit (by stretch, offsets in each), returning the
   * clauses made; none if the unit's text changed while the reader read it (the change has it read again).
   */
  draw(prepared: PreparedUnit, found: readonly (readonly SentenceRead[])[]): ClaimMark<ClaimSentence>[] {
    const { span, data, offsets } = prepared;
    if (span.nodes.some((node, i) => !node.isConnected || node.data !== data[i])) return [];
    const made: ClaimMark<ClaimSentence>[] = [];
    found.forEach((sentences, i) => {
      const offset = offsets[i] ?? 0;
      for (const { start, end, verdict } of sentences) {
        const range = span.range(offset + start, offset + end);
        if (!range) continue;
        const mark: ClaimMark<ClaimSentence> = {
          id: `s${++this.nextId}`,
          name: claimHighlight(verdict.status, verdict.claim.support),
          range,
          nodes: span.nodesBetween(offset + start, offset + end),
          detail: { verdict, text: span.text.slice(offset + start, offset + end) },
        };
        this.highlights.addClaim(mark);
        made.push(mark);
      }
    });
    return made;
  }
}

/** A unit as asked about: what to ask (its `around` text apart, shared in a request), and what drawing the answer needs. */
export interface PreparedUnit {
  span: TextSpan;
  /** Its text nodes' data when read: a node whose data changed since makes the answer stale. */
  data: string[];
  /** Where each stretch asked about starts in the unit's text. */
  offsets: number[];
  around: string;
  unit: Omit<UnitToRead, "around">;
}
