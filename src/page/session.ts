// One page session: the annotator, the card for hover and touch, the annotations panel and "show me", wired together
// for one document. The content script makes one when the page may name something, and drives it with settings and
// messages; everything that touches the page lives behind it.

import type { PageSummary, ToContent } from "../extension/messages";
import type { Category, FactBase } from "../facts/types";
import type { Automaton, PageLanguage } from "../match";
import type { ClaimReader } from "../match/claim-reader";
import { Annotator, type Display } from "./annotator";
import { Card, type CardTarget } from "./card";
import type { ClaimSentence } from "./claims";
import { type ClaimMark, type Mention, readingOrder } from "./highlights";
import type { PageChanges } from "./page-changes";
import { pageDate } from "./page-date";
import { Panel, type PanelItem } from "./panel";
import { PointerCards } from "./pointer";
import { isRendered, reveal, summarise } from "./summary";

/** What the cards and the panel say: the views, given by the caller (src/ui). */
export interface SessionViews {
  /** `words`: the mention's text as the page wrote it ("Macron"). */
  entityCard(entity: string, mentions: number, words: string): Node[];
  claimCard(found: ClaimSentence): Node[];
  /** A panel line for a mention or a claim. */
  mentionLabel(mention: Mention): string;
  claimLabel(found: ClaimSentence): string;
  panelTitle: string;
  panelEmpty: string;
}

export interface SessionOptions {
  automaton: Automaton;
  /** The page's language, if known (see src/extension/page-language.ts). */
  language?: PageLanguage;
  factBase: FactBase;
  /** Loads the claim reader (src/match/claim-reader.ts), on the first block read for claims. */
  claimReader: (fb: FactBase) => Promise<ClaimReader>;
  views: SessionViews;
  /** Called after every pass: the badge. */
  onPass?: (session: PageSession) => void;
  /** The page's changes, as the quiet start watched them (see page-changes.ts). */
  changes?: PageChanges;
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
    const categoryOf = new Map<string, Category>(opts.factBase.entities.map((e) => [e.id, e.category]));
    this.annotator = new Annotator(doc, {
      automaton: opts.automaton,
      ...(opts.language ? { language: opts.language } : {}),
      categoryOf: (id) => categoryOf.get(id),
      claims: () => opts.claimReader(opts.factBase),
      pageDate: () => pageDate(doc),
      onPass: () => opts.onPass?.(this),
      ...(opts.changes ? { changes: opts.changes } : {}),
      // The text under the open card went (a re-render, a page swapping its body): the card goes with it.
      onRemoved: () => {
        if (this.card.current && !this.card.current.range.startContainer.isConnected) this.pointer.close();
      },
    });
    this.card = new Card(doc);
    this.pointer = new PointerCards(doc, this.card, {
      targetAt: (node, offset) => {
        const mention = this.annotator.highlights.mentionAt(node, offset);
        if (mention) return this.mentionTarget(mention);
        const claim = this.annotator.highlights.claimAt(node, offset);
        return claim ? this.claimTarget(claim) : undefined;
      },
    });
    this.panel = new Panel(doc, {
      title: opts.views.panelTitle,
      empty: opts.views.panelEmpty,
      items: async () => {
        await this.annotator.complete();
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

  private mentionTarget(m: Mention): CardTarget {
    return {
      key: `mention:${m.entity}:${m.start}:${m.end}`,
      range: m.range,
      render: () => this.opts.views.entityCard(m.entity, this.count(m.entity), m.node.data.slice(m.start, m.end)),
    };
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
    if (message.type === "reveal") {
      // The first mention the reader can see: the first may be in a closed menu or a collapsed section.
      const flash = (r: AbstractRange) => this.annotator.highlights.flash(r);
      return this.annotator.mentions().some((m) => m.entity === message.entity && reveal(m.range, flash));
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
