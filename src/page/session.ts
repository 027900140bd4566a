// One page session: the annotator, the card for hover and touch, the annotations panel and "show me", wired together
// for one document. The content script makes one when the page may name something, and drives it with settings and
// messages; everything that touches the page lives behind it.

import type { PageSummary, ToContent } from "../extension/messages";
import { entityCategories } from "../facts/data.generated";
import type { ClaimJudge } from "../match/claim-requests";
import type { PageLanguage } from "../match/language-codes";
import type { NameFinder } from "../match/name-requests";
import { Annotator, type Display } from "./annotator";
import { Card, type CardTarget } from "./card";
import type { ClaimSentence } from "./claims";
import { type ClaimMark, type Mention, readingOrder } from "./highlights";
import type { PageChanges } from "./page-changes";
import { pageDate } from "./page-date";
import { Panel, type PanelItem } from "./panel";
import { PointerCards } from "./pointer";
import { isRendered, reveal, summarise } from "./summary";
import type { Viewport } from "./viewport";

/** What the cards and the panel say: the views, given by the caller (src/ui). */
export interface SessionViews {
  /**
   * An entity's card: `mentions` counted where the card is shown; `step` says which of them this one is (0-based, in
   * reading order) and moves the card to the next one.
   */
  entityCard(entity: string, mentions: number, step?: { index: number; next(): void }): Node[];
  /** Controls at the foot of a mention's card (feedback on this mention); none if absent. */
  mentionActions?(mention: Mention): Node[];
  claimCard(found: ClaimSentence): Node[];
  /** A panel line for a mention or a claim. */
  mentionLabel(mention: Mention): string;
  claimLabel(found: ClaimSentence): string;
  panelTitle: string;
  panelEmpty: string;
}

export interface SessionOptions {
  /** Finds the names in the page's text (src/match/name-finder.ts): the background's name service, in the extension. */
  names: NameFinder;
  /** The page's language, if known (see src/extension/page-language.ts). */
  language?: PageLanguage;
  /** Reads claim units against the fact base (src/match/claim-units.ts): the background's match service, in the extension. */
  judgeClaims: ClaimJudge;
  views: SessionViews;
  /**
   * Makes the views ready (the fact base read, in the extension: see src/extension/session-module.ts), before a card
   * shows or the panel opens; none when they are ready from the start. Rejects if they cannot be: nothing is shown.
   */
  prepareViews?: () => Promise<void>;
  /** Called after every pass that may have changed what is drawn: the badge. */
  onPass?: (session: PageSession) => void;
  /** The page's changes, as the quiet start watched them (see page-changes.ts). */
  changes?: PageChanges;
  /** The viewport queue the quiet start used (see viewport.ts). */
  viewport?: Viewport;
  /**
   * Where a card counts its entity's mentions: the whole page unless given. The source viewer gives its document's
   * text, so that its heading, details and side column do not count.
   */
  countWithin?: () => Node | null;
}

export class PageSession {
  readonly annotator: Annotator;
  private readonly card: Card;
  private readonly pointer: PointerCards;
  private readonly panel: Panel;

  constructor(
    private readonly doc: Document,
    private readonly opts: SessionOptions,
  ) {
    this.annotator = new Annotator(doc, {
      names: opts.names,
      ...(opts.language ? { language: opts.language } : {}),
      categoryOf: (id) => entityCategories[id],
      claims: opts.judgeClaims,
      pageDate: () => pageDate(doc),
      onPass: () => opts.onPass?.(this),
      ...(opts.changes ? { changes: opts.changes } : {}),
      ...(opts.viewport ? { viewport: opts.viewport } : {}),
      // The text under the open card went or was rewritten (a re-render, a page swapping its body): the card goes
      // with it.
      onRemoved: () => {
        const shown = this.card.current;
        if (!shown) return;
        const { startContainer: node, startOffset: offset } = shown.range;
        if (!node.isConnected || this.targetAt(node, offset)?.key !== shown.key) this.pointer.close();
      },
    });
    this.card = new Card(doc);
    this.pointer = new PointerCards(doc, this.card, {
      ...(opts.prepareViews ? { beforeShow: opts.prepareViews } : {}),
      targetAt: (node, offset) => {
        const target = this.targetAt(node, offset);
        if (target?.key.startsWith("mention:")) this.readRestForCards();
        return target;
      },
    });
    this.panel = new Panel(doc, {
      // Read each time the panel opens: the views' language may have changed since.
      get title() {
        return opts.views.panelTitle;
      },
      get empty() {
        return opts.views.panelEmpty;
      },
      items: async () => {
        await Promise.all([this.annotator.complete(), opts.prepareViews?.()]);
        return this.items();
      },
      open: (item, panel, from) => {
        if (reveal(item.target.range, (r) => this.annotator.highlights.flash(r)))
          this.card.show(item.target, "dialog", panel, from);
      },
      closeCard: () => {
        if (!this.card.current) return false;
        this.card.hide();
        return true;
      },
    });
  }

  /** The highlight drawn at a text position, a mention before a claim clause, if any, as a card shows it. */
  private targetAt(node: Node, offset: number): CardTarget | undefined {
    const mention = this.annotator.highlights.mentionAt(node, offset);
    if (mention) return this.mentionTarget(mention);
    const claim = this.annotator.highlights.claimAt(node, offset);
    return claim ? this.claimTarget(claim) : undefined;
  }

  /** The rest of a long page is being read for the cards (see `readRestForCards`). */
  private readingRest = false;

  /**
   * On a long page, read only where the reader goes, the pointer's first rest on a name reads the rest, so that what a
   * card counts ("Mention 3 of 12 on this page") and its "Next mention" are the whole page's: started before the card
   * shows (the pointer's intent delay), the card drawn again if it showed before the page was read.
   */
  private readRestForCards(): void {
    if (!this.annotator.readsNearOnly || this.readingRest) return;
    this.readingRest = true;
    void this.annotator.complete().then(() => {
      this.readingRest = false;
      this.card.refresh();
    });
  }

  private mentionTarget(m: Mention, index?: number): CardTarget {
    return {
      key: `mention:${m.entity}:${m.start}:${m.end}`,
      range: m.range,
      render: () => {
        const at = index ?? this.mentionIndex(m);
        const count = this.count(m.entity);
        if (at < 0) return this.opts.views.entityCard(m.entity, count);
        return this.opts.views.entityCard(m.entity, count, { index: at, next: () => this.nextMention(m, at) });
      },
      // Asked of the views when the card is drawn, as everything else it shows (they may be read only then).
      actions: () => this.opts.views.mentionActions?.(m) ?? [],
    };
  }

  /** Where the card counts mentions: the `countWithin` node, else the page's body. */
  private countRoot(): Node | null {
    return this.opts.countWithin?.() ?? this.doc.body ?? this.doc.documentElement;
  }

  /**
   * A mention's place among its entity's mentions in reading order (0-based), where the card counts them; -1 if it is
   * not there. One walk over the text up to its node: opening a card on a page of 36,000 names must stay cheap.
   */
  private mentionIndex(m: Mention): number {
    const root = this.countRoot();
    if (!root?.contains(m.node)) return -1;
    const highlights = this.annotator.highlights;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let before = 0;
    for (let n = walker.nextNode(); n && n !== m.node; n = walker.nextNode())
      for (const x of highlights.mentionsInNode(n)) if (x.entity === m.entity) before++;
    return before + highlights.mentionsInNode(m.node).filter((x) => x.entity === m.entity && x.start < m.start).length;
  }

  /**
   * Moves the card from the mention `m` (the `index`-th) to the next of its entity in reading order (after the last,
   * the first), skipping those not rendered (a closed menu): scrolls to it, flashes it, and opens its card as a dialog
   * whose "Next mention" has the focus. The walk goes on from `m`'s node, as far as the next one.
   */
  private nextMention(m: Mention, index: number): void {
    const root = this.countRoot();
    if (!root) return;
    const highlights = this.annotator.highlights;
    const flash = (r: AbstractRange) => this.annotator.highlights.flash(r);
    const ofEntity = (n: Node) => highlights.mentionsInNode(n).filter((x) => x.entity === m.entity);
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    walker.currentNode = m.node;
    let at = index;
    // The rest of m's node, then the nodes after it, then from the start again (up to m itself).
    const candidates = function* (): Generator<{ mention: Mention; wrapped: boolean }> {
      for (const x of ofEntity(m.node)) if (x.start > m.start) yield { mention: x, wrapped: false };
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        for (const x of ofEntity(n)) yield { mention: x, wrapped: false };
      const again = m.node.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = again?.nextNode() ?? null; n; n = n === m.node ? null : (again?.nextNode() ?? null))
        for (const x of ofEntity(n)) if (n !== m.node || x.start <= m.start) yield { mention: x, wrapped: true };
    };
    let wrapped = false;
    for (const { mention, wrapped: w } of candidates()) {
      if (w && !wrapped) {
        wrapped = true;
        at = -1;
      }
      at++;
      if (reveal(mention.range, flash)) {
        this.card.follow(this.mentionTarget(mention, at), ".next-mention");
        return;
      }
    }
  }

  private claimTarget(mark: ClaimMark<ClaimSentence>): CardTarget {
    return { key: `claim:${mark.id}`, range: mark.range, render: () => this.opts.views.claimCard(mark.detail) };
  }

  private count(entity: string): number {
    const within = this.opts.countWithin?.();
    if (!within) return this.annotator.highlights.mentionCounts().get(entity) ?? 0;
    let n = 0;
    for (const m of this.annotator.mentions()) if (m.entity === entity && within.contains(m.node)) n++;
    return n;
  }

  /** Mentions and claims in reading order; those not rendered (a closed menu, a collapsed section) are left out. */
  private items(): PanelItem[] {
    const visible = new Map<Element, boolean>();
    const shown = (node: Node) => {
      const el = node.parentElement;
      if (!el) return false;
      let v = visible.get(el);
      if (v === undefined) {
        v = isRendered(el);
        visible.set(el, v);
      }
      return v;
    };
    const items: (PanelItem & { at: AbstractRange })[] = [];
    for (const m of this.annotator.mentions()) {
      if (shown(m.node))
        items.push({
          label: this.opts.views.mentionLabel(m),
          target: this.mentionTarget(m),
          category: m.category,
          at: m.range,
        });
    }
    for (const c of this.annotator.claims()) {
      if (shown(c.range.startContainer))
        items.push({ label: this.opts.views.claimLabel(c.detail), target: this.claimTarget(c), at: c.range });
    }
    const starts = new Set(items.map((i) => i.at.startContainer));
    const order = readingOrder(this.doc, (n) => starts.has(n));
    const at = (i: { at: AbstractRange }) => order.get(i.at.startContainer as Text) ?? -1;
    return items.sort((a, b) => at(a) - at(b) || a.at.startOffset - b.at.startOffset);
  }

  /** Applies settings (on or off, categories, claims); the card and the panel go when it is switched off. */
  apply(display: Display): Promise<void> {
    if (display.active) this.pointer.attach();
    else {
      this.pointer.detach();
      this.panel.close();
    }
    return this.annotator.apply(display);
  }

  /** Answers the popup or the background. */
  async answer(message: ToContent): Promise<PageSummary | boolean | null> {
    if (message.type === "panel") {
      await this.panel.toggle();
      return true;
    }
    const flash = (r: AbstractRange) => this.annotator.highlights.flash(r);
    if (message.type === "reveal") {
      // The asked mention, or the next one the reader can see: it may be in a closed menu or a collapsed section.
      const all = this.annotator.mentions().filter((m) => m.entity === message.entity);
      const from = message.index ?? 0;
      for (let k = 0; k < all.length; k++) {
        const m = all[(from + k) % all.length];
        if (m && reveal(m.range, flash)) return true;
      }
      return false;
    }
    if (message.type === "reveal-claim") {
      await this.annotator.complete();
      const mark = this.annotator.claims().find((c) => c.id === message.id);
      return mark !== undefined && reveal(mark.range, flash);
    }
    await this.annotator.complete();
    return summarise(this.doc, this.annotator);
  }

  /** Stops everything and takes the highlights away (a newer content script takes over). */
  detach(): void {
    this.pointer.detach();
    this.panel.close();
    this.annotator.detach();
  }
}
