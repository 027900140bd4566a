// The highlights of a page: every mention and claim clause as a `StaticRange`, registered in the document's
// `CSS.highlights` under the contract's names. Nothing is inserted into the page: the ranges are drawn by the
// browser with the content stylesheet's `::highlight()` rules, and the page's own nodes stay exactly as they were.
import type { Category } from "../facts/types";
import { CLAIM_CONTAINERS, containerRows, unitOf } from "./claims";
import { entityHighlight, FLASH_HIGHLIGHT, HIGHLIGHT_PREFIX } from "./contract";

const CLAIM_PREFIX = `${HIGHLIGHT_PREFIX}claim-`;
const MATCH_PREFIX = `${HIGHLIGHT_PREFIX}claim-match`;

import { DRAWN_REACH, firstAtOrAfter, nearOffsets, nearRows, REDRAW_WITHIN } from "./near-window";
import { rangeBetween, rangeHolds } from "./text-range";
import type { Viewport, ViewportListener } from "./viewport";

/** One mention of an entity: a range inside one text node. */
export class Mention {
  private made: StaticRange | undefined;

  constructor(
    readonly entity: string,
    readonly category: Category,
    readonly node: Text,
    /** Offsets in the node's data, [start, end). */
    readonly start: number,
    readonly end: number,
  ) {}

  /**
   * The mention's range, made when first drawn or asked for: a long page's mentions far from the reader are never
   * drawn, and tens of thousands of ranges the page holds on to weigh on every garbage collection.
   */
  get range(): StaticRange {
    this.made ??= rangeBetween({ node: this.node, offset: this.start }, { node: this.node, offset: this.end });
    return this.made;
  }

  /** Has the range been made (it may be in a highlight then)? */
  get drawn(): boolean {
    return this.made !== undefined;
  }
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

/** A text node longer than this (in characters) has only its mentions near the viewport drawn, on a long page. */
const BIG_NODE = 32_768;
/** A table or list of more rows than this has its rows drawn by position, not each watched (see `paintRows`). */
const BIG_CONTAINER = 256;

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
  /** Are the sentences that agree with the fact base underlined too, or only those that differ? */
  private agreementsShown = true;
  private readonly mentionsIn = new Map<Text, Mention[]>();
  private readonly claimsIn = new Map<Text, ClaimMark<T>[]>();
  private readonly claimList = new Set<ClaimMark<T>>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * On a very long page, only the mentions of elements within a screen of the viewport are registered: the browser
   * re-reads every registered range at each rendering after a change (tens of thousands of ranges take hundreds of
   * milliseconds a frame, measured in docs/benchmark.md), so a data page of 36,000 names is drawn where it is read.
   */
  private near = false;
  /** Blocks (and big tables) watched for coming near, while `near` is on. */
  private readonly watchedNear = new Set<Element>();
  /** Elements whose mentions are registered (near the viewport), while `near` is on. */
  private readonly painted = new WeakSet<Element>();
  /** Text nodes with mentions, by the block they are read in (a short row: the row): what a block coming near draws. */
  private readonly nodesOf = new WeakMap<Element, Set<Text>>();

  /** Is this block drawn now, within a screen of the viewport (on a long page)? */
  isNear(block: Element): boolean {
    return this.painted.has(block);
  }

  /** Whether only the mentions near the viewport are drawn (a very long page: see `nearOnly`). */
  get drawsNearOnly(): boolean {
    return this.near;
  }

  /**
   * `viewport`: the page session's viewport queue, which tells when a block comes near (see `nearOnly`); `onNear`: told
   * of the blocks with mentions that come within a screen of the viewport.
   */
  constructor(
    private readonly doc: Document,
    private readonly viewport: Viewport,
    private readonly onNearBlocks?: (blocks: Element[]) => void,
  ) {
    this.win = (doc.defaultView ?? globalThis) as unknown as Win;
  }

  private readonly nearListener: ViewportListener = (changes) => this.onNear(changes);

  /** From now on, register only the mentions near the viewport (a very long page). */
  nearOnly(): void {
    if (this.near) return;
    this.near = true;
    for (const node of this.mentionsIn.keys()) {
      const block = unitOf(node);
      if (block && !this.nodesOf.has(block)) this.watchBlock(block);
      if (block) this.nodesOf.get(block)?.add(node);
      if (!block || !this.painted.has(block)) this.paint(node, false);
    }
  }

  private watchBlock(block: Element): void {
    this.nodesOf.set(block, new Set());
    // A row of a table of thousands is drawn as its table's rows near the viewport are (see `paintRows`): an observer
    // of every row costs the browser milliseconds a frame.
    const container = block.parentElement?.closest(CLAIM_CONTAINERS);
    const big = container && containerRows(container).rows.length > BIG_CONTAINER ? container : null;
    if (big && this.rowWindows.has(big)) return;
    if (big) this.rowWindows.set(big, [0, 0]);
    this.watchedNear.add(big ?? block);
    this.viewport.watch(big ?? block, "near", this.nearListener);
  }

  /**
   * Waits until the mentions just found near the viewport are drawn (the observer's report on their elements): the
   * page is not marked ready before. A hidden page may never render, and is not waited for long.
   */
  drawn(): Promise<void> {
    return this.viewport.settled();
  }

  private onNear(changes: readonly (readonly [Element, boolean])[]): void {
    const near: Element[] = [];
    for (const [target, on] of changes) {
      if (this.rowWindows.has(target)) {
        if (on) this.nearContainers.add(target);
        else this.nearContainers.delete(target);
        near.push(...this.paintRows(target, on));
        continue;
      }
      if (on) {
        this.painted.add(target);
        near.push(target);
      } else this.painted.delete(target);
      for (const node of this.nodesOf.get(target) ?? []) this.paint(node, on);
    }
    if (near.length > 0) this.onNearBlocks?.(near);
  }

  /** Adds (or removes) a text node's mentions to the registered highlights. */
  private paint(node: Text, on: boolean): void {
    if (on && node.length > BIG_NODE) {
      this.paintNear(node);
      return;
    }
    this.windows.delete(node);
    for (const m of this.mentionsIn.get(node) ?? []) {
      if (on) this.draw(m);
      else this.undraw(m);
    }
  }

  /** The stretch of each very long text node whose mentions are drawn now, as offsets [start, end). */
  private readonly windows = new Map<Text, [number, number]>();
  private frame = 0;

  /**
   * Draws the mentions of a very long text node (a plain-text page in one node) within a screen of the viewport, and
   * only those: its block is near as a whole, and its tens of thousands of ranges would cost the browser seconds a
   * frame. Followed as the reader scrolls.
   */
  private paintNear(node: Text): void {
    const list = this.mentionsIn.get(node) ?? [];
    const [oa, ob] = this.windows.get(node) ?? [0, 0];
    const [va, vb] = nearOffsets(node, REDRAW_WITHIN);
    // Still well inside what is drawn: nothing to change (see near-window.ts).
    if (this.windows.has(node) && oa <= va && vb <= ob && vb > va) return;
    const [a, b] = nearOffsets(node, DRAWN_REACH);
    const from = firstAtOrAfter(list, Math.min(a, oa));
    const to = Math.max(b, ob);
    for (let i = from; i < list.length && (list[i] as Mention).start < to; i++) {
      const m = list[i] as Mention;
      const inside = m.start >= a && m.start < b;
      const was = m.start >= oa && m.start < ob;
      if (inside && !was) this.draw(m);
      else if (!inside && was) this.undraw(m);
    }
    this.followScroll();
    this.windows.set(node, [a, b]);
  }

  /** Tables and lists of thousands of rows, with the rows [start, end) drawn now (by index in the container). */
  private readonly rowWindows = new Map<Element, [number, number]>();
  /** Those of them within a screen of the viewport. */
  private readonly nearContainers = new Set<Element>();

  /**
   * Draws the rows of a big table or list within a screen of the viewport (found by binary search over the rows'
   * positions), and undraws those that left it; returns the rows that came near.
   */
  private paintRows(container: Element, on: boolean): Element[] {
    const rows = containerRows(container).rows;
    const [oa, ob] = this.rowWindows.get(container) ?? [0, 0];
    if (on && ob > oa) {
      // Still well inside what is drawn: nothing to change (see near-window.ts).
      const [va, vb] = nearRows(rows, REDRAW_WITHIN);
      if (oa <= va && vb <= ob) return [];
    }
    const [a, b] = on ? nearRows(rows, DRAWN_REACH) : [0, 0];
    const came: Element[] = [];
    for (let i = Math.min(a, oa); i < Math.max(b, ob); i++) {
      const row = rows[i] as Element;
      const inside = i >= a && i < b;
      if (inside === (i >= oa && i < ob)) continue;
      // The row, or its cells where a long row is read cell by cell.
      for (const block of this.nodesOf.has(row) ? [row] : [...row.children]) {
        if (inside) {
          this.painted.add(block);
          if (this.nodesOf.has(block)) came.push(block);
        } else this.painted.delete(block);
        for (const node of this.nodesOf.get(block) ?? []) this.paint(node, inside);
      }
    }
    this.rowWindows.set(container, [a, b]);
    if (on) this.followScroll();
    return came;
  }

  private followScroll(): void {
    if (this.following) return;
    this.following = true;
    const view = this.win as unknown as Window;
    view.addEventListener("scroll", this.onScroll, { capture: true, passive: true });
    view.addEventListener("resize", this.onScroll, { passive: true });
  }
  private following = false;

  private readonly onScroll = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const node of [...this.windows.keys()]) {
        if (node.isConnected) this.paintNear(node);
        else this.windows.delete(node);
      }
      const came = [...this.nearContainers].flatMap((c) => (c.isConnected ? this.paintRows(c, true) : []));
      if (came.length > 0) this.onNearBlocks?.(came);
    });
  };

  /** Adds a mention's range to its category's highlight. */
  private draw(m: Mention): void {
    this.highlight(entityHighlight(m.category), PRIORITY.mention).add(m.range);
  }

  /** Takes a mention's range out of its highlight (a range never made was never in it). */
  private undraw(m: Mention): void {
    if (m.drawn) this.byName.get(entityHighlight(m.category))?.delete(m.range);
  }

  private highlight(name: string, priority: number): Highlight {
    let h = this.byName.get(name);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = priority;
      this.byName.set(name, h);
      if (this.isDrawn(name)) this.win.CSS.highlights.set(name, h);
    }
    return h;
  }

  /**
   * Which highlights are registered: those of these categories, and the claims' if `claims`. A highlight not shown
   * is not in `CSS.highlights` at all (the contract), but its ranges are kept, so showing it again costs nothing.
   * `agreements` false: the claims that agree are listed (panel, popup) but not underlined, only the differences are.
   */
  show(categories: Iterable<Category>, claims: boolean, agreements = true): void {
    this.shownEntities = new Set([...categories].map(entityHighlight));
    this.claimsShown = claims;
    this.agreementsShown = agreements;
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.byName) {
      if (this.isDrawn(name)) registry.set(name, h);
      else if (registry.get(name) === h) registry.delete(name);
    }
  }

  private isShown(name: string): boolean {
    return name.startsWith(CLAIM_PREFIX) ? this.claimsShown : this.shownEntities.has(name);
  }

  /** Is a highlight registered, drawn on the page: shown, and not an agreement when only differences are underlined. */
  private isDrawn(name: string): boolean {
    return this.isShown(name) && (this.agreementsShown || !name.startsWith(MATCH_PREFIX));
  }

  /** Replaces the mentions of a text node (none: it names nothing now). */
  setMentions(node: Text, mentions: Mention[], from = 0): void {
    const old = this.mentionsIn.get(node);
    if (old) {
      const kept = old.filter((m) => m.start < from);
      for (const m of old) if (m.start >= from) this.undraw(m);
      mentions.unshift(...kept);
    }
    if (mentions.length === 0) {
      this.mentionsIn.delete(node);
      return;
    }
    this.mentionsIn.set(node, mentions);
    const block = unitOf(node);
    if (this.near && block) {
      if (!this.nodesOf.has(block)) this.watchBlock(block);
      this.nodesOf.get(block)?.add(node);
      if (!this.painted.has(block)) return;
      if (node.length > BIG_NODE) {
        this.paintNear(node);
        return;
      }
    }
    for (const m of mentions) this.draw(m);
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
  dropNode(node: Text): boolean {
    const had = this.mentionsIn.has(node) || this.claimsIn.has(node);
    this.setMentions(node, []);
    this.dropClaimsOver(node);
    return had;
  }

  /** Drops what lies in text nodes no longer in the document (the page removed them); true if anything was there. */
  dropDisconnected(): boolean {
    return this.dropWhere((n) => !n.isConnected);
  }

  /** Drops everything under a root (it became editable, or was removed); true if anything was there. */
  dropWithin(root: Node): boolean {
    return this.dropWhere((n) => root.contains(n));
  }

  private dropWhere(gone: (node: Text) => boolean): boolean {
    let dropped = false;
    for (const node of [...this.mentionsIn.keys()]) {
      if (!gone(node)) continue;
      this.setMentions(node, []);
      dropped = true;
    }
    for (const mark of [...this.claimList]) {
      if (!mark.nodes.some(gone)) continue;
      this.dropClaim(mark);
      dropped = true;
    }
    return dropped;
  }

  clearClaims(): void {
    for (const mark of [...this.claimList]) this.dropClaim(mark);
  }

  /** Registers again every shown highlight the registry lost (a page script cleared it, or deleted one of ours). */
  register(): void {
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.byName) if (this.isDrawn(name) && registry.get(name) !== h) registry.set(name, h);
  }

  /** Removes every range and unregisters every highlight of ours. */
  clear(): void {
    for (const node of [...this.mentionsIn.keys()]) this.setMentions(node, []);
    this.clearClaims();
    // Only our own: a newer content script (an extension update) may have registered its highlights already.
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.byName) if (registry.get(name) === h) registry.delete(name);
    this.byName.clear();
    for (const el of this.watchedNear) this.viewport.unwatch(el, "near", this.nearListener);
    this.watchedNear.clear();
    this.near = false;
    this.windows.clear();
    this.rowWindows.clear();
    this.nearContainers.clear();
    this.following = false;
    const view = this.win as unknown as Window;
    view.removeEventListener("scroll", this.onScroll, { capture: true });
    view.removeEventListener("resize", this.onScroll);
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

  /** The shown mentions in a text node, in the node's order (none if it holds none). */
  mentionsInNode(node: Node): Mention[] {
    if (!(node instanceof Text)) return [];
    return (this.mentionsIn.get(node) ?? []).filter((m) => this.isShown(entityHighlight(m.category)));
  }

  /** The claim clause at a point of the text, if underlined. */
  claimAt(node: Node, offset: number): ClaimMark<T> | undefined {
    if (!(node instanceof Text)) return undefined;
    return this.claimsIn.get(node)?.find((m) => this.isDrawn(m.name) && rangeHolds(m.range, node, offset));
  }

  /**
   * How many mentions each entity has, in no particular order: the shown ones (the badge, a card's count), or `all`,
   * shown or not (what the page is about).
   */
  mentionCounts(all = false): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of this.everyMention())
      if (all || this.isShown(entityHighlight(m.category))) out.set(m.entity, (out.get(m.entity) ?? 0) + 1);
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
