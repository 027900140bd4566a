// The highlights of a page: every mention and claim clause as a `StaticRange`, registered in the document's
// `CSS.highlights` under the contract's names. Nothing is inserted into the page: the ranges are drawn by the
// browser with the content stylesheet's `::highlight()` rules, and the page's own nodes stay exactly as they were.
import type { Category } from "../facts/types";
import { entityHighlight, FLASH_HIGHLIGHT, HIGHLIGHT_PREFIX } from "./contract";

const CLAIM_PREFIX = `${HIGHLIGHT_PREFIX}claim-`;

import { rangeHolds } from "./text-range";

/** One mention of an entity: a range inside one text node. */
export interface Mention {
  entity: string;
  category: Category;
  node: Text;
  /** Offsets in the node's data, [start, end). */
  start: number;
  end: number;
  range: StaticRange;
}

/** One claim clause: a range over one or more text nodes of a block. */
export interface ClaimMark<T = unknown> {
  /** Unique on the page ("s12"). */
  id: string;
  /** The highlight name it is registered under (`defence-lens-claim-…`). */
  name: string;
  range: StaticRange;
  /** The text nodes the range covers: a change to any of them drops the clause. */
  nodes: Text[];
  /** What the claim reader found: the sentence and its verdict. */
  detail: T;
}

interface Win {
  CSS: typeof CSS;
  Highlight: typeof Highlight;
}

/** Highlights painted above claims (a name's tint over a sentence's underline), the flash above all. */
const PRIORITY = { mention: 1, claim: 0, flash: 2 };

/**
 * Where each of these text nodes stands in reading order: one walk over the document's text. Sorting by
 * `compareDocumentPosition` instead costs a walk along the siblings for every comparison (a table of 6,000 rows took
 * 900 ms).
 */
export function readingOrder(doc: Document, wanted: (node: Text) => boolean): Map<Text, number> {
  const order = new Map<Text, number>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (wanted(n)) order.set(n, order.size);
  }
  return order;
}

export class Highlights<T = unknown> {
  private readonly win: Win;
  /** One `Highlight` per name, registered while its category (or claims) is shown. */
  private readonly byName = new Map<string, Highlight>();
  /** The entity highlights shown, by name. */
  private shownEntities = new Set<string>();
  private claimsShown = false;
  private readonly mentionsIn = new Map<Text, Mention[]>();
  private readonly claimsIn = new Map<Text, ClaimMark<T>[]>();
  private readonly claimList = new Set<ClaimMark<T>>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * On a very long page, only the mentions of elements within a screen of the viewport are registered: the browser
   * re-reads every registered range at each rendering after a change (tens of thousands of ranges take hundreds of
   * milliseconds a frame, measured in docs/benchmark.md), so a data page of 36,000 names is drawn where it is read.
   */
  private near: IntersectionObserver | null = null;
  /** Elements whose mentions are registered (near the viewport), while `near` is on. */
  private readonly painted = new WeakSet<Element>();
  /** Text nodes with mentions, by parent element: what an element coming near registers. */
  private readonly nodesOf = new WeakMap<Element, Set<Text>>();

  constructor(private readonly doc: Document) {
    this.win = (doc.defaultView ?? globalThis) as unknown as Win;
  }

  /** From now on, register only the mentions near the viewport (a very long page). */
  nearOnly(): void {
    if (this.near) return;
    const view = this.win as unknown as { IntersectionObserver: typeof IntersectionObserver };
    this.near = new view.IntersectionObserver((entries) => this.onNear(entries), { rootMargin: "100% 0px 100% 0px" });
    for (const node of this.mentionsIn.keys()) {
      const parent = node.parentElement;
      if (parent && !this.nodesOf.has(parent)) this.watchParent(parent);
      if (parent) this.nodesOf.get(parent)?.add(node);
      if (!parent || !this.painted.has(parent)) this.paint(node, false);
    }
  }

  /** Resolves at the observer's next report, after elements were given to it. */
  private report: Promise<void> | null = null;
  private reported: (() => void) | null = null;

  private watchParent(parent: Element): void {
    this.nodesOf.set(parent, new Set());
    this.near?.observe(parent);
    this.report ??= new Promise<void>((resolve) => {
      this.reported = resolve;
    });
  }

  /**
   * Waits until the mentions just found near the viewport are drawn (the observer's report on their elements): the
   * page is not marked ready before. A hidden page may never render, and is not waited for long.
   */
  async drawn(): Promise<void> {
    const report = this.report;
    if (!report) return;
    const visible = (this.win as unknown as Window).document?.visibilityState === "visible";
    await Promise.race([report, new Promise<void>((r) => setTimeout(r, visible ? 5000 : 200))]);
    if (this.report === report) {
      this.report = null;
      this.reported = null;
    }
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    const resolve = this.reported;
    this.report = null;
    this.reported = null;
    resolve?.();
    for (const e of entries) {
      const on = e.isIntersecting;
      if (on) this.painted.add(e.target);
      else this.painted.delete(e.target);
      for (const node of this.nodesOf.get(e.target) ?? []) this.paint(node, on);
    }
  }

  /** Adds (or removes) a text node's mentions to the registered highlights. */
  private paint(node: Text, on: boolean): void {
    for (const m of this.mentionsIn.get(node) ?? []) {
      if (on) this.highlight(entityHighlight(m.category), PRIORITY.mention).add(m.range);
      else this.byName.get(entityHighlight(m.category))?.delete(m.range);
    }
  }

  private highlight(name: string, priority: number): Highlight {
    let h = this.byName.get(name);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = priority;
      this.byName.set(name, h);
      if (this.isShown(name)) this.win.CSS.highlights.set(name, h);
    }
    return h;
  }

  /**
   * Which highlights are registered: those of these categories, and the claims' if `claims`. A highlight not shown
   * is not in `CSS.highlights` at all (the contract), but its ranges are kept, so showing it again costs nothing.
   */
  show(categories: Iterable<Category>, claims: boolean): void {
    this.shownEntities = new Set([...categories].map(entityHighlight));
    this.claimsShown = claims;
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.byName) {
      if (this.isShown(name)) registry.set(name, h);
      else if (registry.get(name) === h) registry.delete(name);
    }
  }

  private isShown(name: string): boolean {
    return name.startsWith(CLAIM_PREFIX) ? this.claimsShown : this.shownEntities.has(name);
  }

  /** Replaces the mentions of a text node (none: it names nothing now). */
  setMentions(node: Text, mentions: Mention[], from = 0): void {
    const old = this.mentionsIn.get(node);
    if (old) {
      const kept = old.filter((m) => m.start < from);
      for (const m of old) if (m.start >= from) this.byName.get(entityHighlight(m.category))?.delete(m.range);
      mentions.unshift(...kept);
    }
    if (mentions.length === 0) {
      this.mentionsIn.delete(node);
      return;
    }
    this.mentionsIn.set(node, mentions);
    const parent = node.parentElement;
    if (this.near && parent) {
      if (!this.nodesOf.has(parent)) this.watchParent(parent);
      this.nodesOf.get(parent)?.add(node);
      if (!this.painted.has(parent)) return;
    }
    for (const m of mentions) this.highlight(entityHighlight(m.category), PRIORITY.mention).add(m.range);
  }

  /** Where the last mention of a node starting before `from` ends (`from` if none runs past it). */
  mentionsEndingAfter(node: Text, from: number): number {
    let end = from;
    for (const m of this.mentionsIn.get(node) ?? []) if (m.start < from && m.end > end) end = m.end;
    return end;
  }

  addClaim(mark: ClaimMark<T>): void {
    this.claimList.add(mark);
    for (const node of mark.nodes) {
      const list = this.claimsIn.get(node);
      if (list) list.push(mark);
      else this.claimsIn.set(node, [mark]);
    }
    this.highlight(mark.name, PRIORITY.claim).add(mark.range);
  }

  private dropClaim(mark: ClaimMark<T>): void {
    if (!this.claimList.delete(mark)) return;
    this.byName.get(mark.name)?.delete(mark.range);
    for (const node of mark.nodes) {
      const list = this.claimsIn.get(node)?.filter((m) => m !== mark);
      if (list && list.length > 0) this.claimsIn.set(node, list);
      else this.claimsIn.delete(node);
    }
  }

  /** Drops the claim clauses over a text node. */
  dropClaimsOver(node: Text): void {
    for (const mark of [...(this.claimsIn.get(node) ?? [])]) this.dropClaim(mark);
  }

  /** A text node the page changed or removed: its mentions and the claim clauses over it go. */
  dropNode(node: Text): void {
    this.setMentions(node, []);
    this.dropClaimsOver(node);
  }

  /** Drops what lies in text nodes no longer in the document (the page removed them). */
  dropDisconnected(): void {
    for (const node of [...this.mentionsIn.keys()]) if (!node.isConnected) this.setMentions(node, []);
    for (const mark of [...this.claimList]) if (mark.nodes.some((n) => !n.isConnected)) this.dropClaim(mark);
  }

  /** Drops everything under a root (it became editable, or was removed). */
  dropWithin(root: Node): void {
    for (const node of [...this.mentionsIn.keys()]) if (root.contains(node)) this.setMentions(node, []);
    for (const mark of [...this.claimList]) if (mark.nodes.some((n) => root.contains(n))) this.dropClaim(mark);
  }

  clearClaims(): void {
    for (const mark of [...this.claimList]) this.dropClaim(mark);
  }

  /** Removes every range and unregisters every highlight of ours. */
  clear(): void {
    for (const node of [...this.mentionsIn.keys()]) this.setMentions(node, []);
    this.clearClaims();
    // Only our own: a newer content script (an extension update) may have registered its highlights already.
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.byName) if (registry.get(name) === h) registry.delete(name);
    this.byName.clear();
    this.near?.disconnect();
    this.near = null;
    clearTimeout(this.flashTimer);
    registry.delete(FLASH_HIGHLIGHT);
  }

  /** Every mention found, shown or not, in no particular order (counts, what the page is about). */
  *everyMention(): Iterable<Mention> {
    for (const list of this.mentionsIn.values()) yield* list;
  }

  /** The mention at a point of the text, if its category is shown. */
  mentionAt(node: Node, offset: number): Mention | undefined {
    if (!(node instanceof Text)) return undefined;
    return this.mentionsIn
      .get(node)
      ?.find((m) => m.start <= offset && offset <= m.end && this.isShown(entityHighlight(m.category)));
  }

  /** The claim clause at a point of the text, if shown. */
  claimAt(node: Node, offset: number): ClaimMark<T> | undefined {
    if (!(node instanceof Text)) return undefined;
    return this.claimsIn.get(node)?.find((m) => this.isShown(m.name) && rangeHolds(m.range, node, offset));
  }

  /** How many shown mentions each entity has, in no particular order (the badge, a card's count). */
  mentionCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of this.everyMention())
      if (this.isShown(entityHighlight(m.category))) out.set(m.entity, (out.get(m.entity) ?? 0) + 1);
    return out;
  }

  /** Every shown mention, in reading order. */
  mentions(): Mention[] {
    const order = readingOrder(this.doc, (n) => this.mentionsIn.has(n));
    return [...order.keys()].flatMap((n) =>
      (this.mentionsIn.get(n) ?? []).filter((m) => this.isShown(entityHighlight(m.category))),
    );
  }

  /** Every shown claim clause, in reading order. */
  claims(): ClaimMark<T>[] {
    const order = readingOrder(this.doc, (n) => this.claimsIn.has(n));
    const at = (m: ClaimMark<T>) => order.get(m.nodes[0] as Text) ?? -1;
    return [...this.claimList]
      .filter((m) => this.isShown(m.name) && at(m) >= 0)
      .sort((a, b) => at(a) - at(b) || a.range.startOffset - b.range.startOffset);
  }

  /** Briefly highlights a range on top of the others, so the reader sees where it is. */
  flash(range: AbstractRange, ms = 1600): void {
    clearTimeout(this.flashTimer);
    const h = new this.win.Highlight(range);
    h.priority = PRIORITY.flash;
    this.win.CSS.highlights.set(FLASH_HIGHLIGHT, h);
    this.flashTimer = setTimeout(() => this.win.CSS.highlights.delete(FLASH_HIGHLIGHT), ms);
  }
}
