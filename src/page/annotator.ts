// Annotates a document: an initial pass over its text in slices, then incremental passes as the page changes.
// Every pass is idempotent (text already inside a highlight is never walked again), which is what makes the
// incremental passes, the settings changes and the context re-checks simple and safe.
import type { Category } from "../facts/types";
import { type Automaton, collectUnambiguous, mayName, resolveMatches, scan } from "../match";
import type { ClaimIndex } from "../match/claims";
import { CLAIM_TAG, ClaimFinder, type ClaimSentence, unitOf, unitsAround } from "./claims";
import { edgesOf, insideSkipped, isOurElement, registerOwnTag, textBatches } from "./collect";
import { dropStalePieces, isOurs, MARK_TAG, unwrap, type Wrap, wrapRanges } from "./highlight";
import { TabStops } from "./keyboard";
import { LongText } from "./long-text";
import { NearViewport } from "./near";

registerOwnTag(MARK_TAG);

export const STATE_ATTRIBUTE = "data-defence-lens";

/**
 * Beyond this many characters of text (a short book; no article is that long), a page's names are found as its
 * blocks come near the viewport rather than all at once: annotating every mention of a huge page costs hundreds of
 * milliseconds the reader may never scroll to.
 */
export const LONG_TEXT = 200_000;

export interface AnnotatorOptions {
  automaton: Automaton;
  categoryOf: (entity: string) => Category | undefined;
  /** The claim index, built on first use: a page that names nothing never pays for it. */
  claims: () => ClaimIndex;
  /** Longest stretch of work before giving the page its main thread back. */
  sliceMs?: number;
  /** How long page mutations are gathered before an incremental pass. */
  batchMs?: number;
  /** Text longer than this is annotated as it comes near the viewport (LONG_TEXT unless told). */
  longText?: number;
  /** Called after every completed pass. */
  onPass?: () => void;
}

export interface Display {
  active: boolean;
  categories: Iterable<Category>;
  claims: boolean;
}

/** A list handed out 64 at a time, as the text walk hands out its batches. */
function inBatches<T>(list: readonly T[]): () => T[] {
  let taken = 0;
  return () => {
    const batch = list.slice(taken, taken + 64);
    taken += batch.length;
    return batch;
  };
}

function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Annotator {
  private readonly doc: Document;
  private readonly opts: Required<Omit<AnnotatorOptions, "onPass">> & Pick<AnnotatorOptions, "onPass">;
  private enabled = new Set<Category>();
  private claimsOn = false;
  private active = false;
  private readonly mentioned = new Set<string>();
  /** How often each entity has been found on the page, highlighted or not. */
  private readonly counts = new Map<string, number>();
  /** Elements holding a context-gated alias nothing vouched for yet. */
  private readonly gated = new Set<Element>();
  /**
   * Blocks (or table rows) to read for claim sentences. Reading claims costs far more than finding names, so a unit is
   * read only when it comes into view: watched by `inView` until then, in `claimUnits` once it has.
   */
  private readonly claimUnits = new Set<Element>();
  private readonly inView: NearViewport;
  private watched = new WeakSet<Element>();
  /** The parts of a long text, handed out as they come near the viewport. */
  private readonly longText: LongText;
  /** Parts of long texts that came near the viewport (or are needed now): their names are next. */
  private nearParts: Element[] = [];
  /** Parents, tables and lists whose units have all been queued once. */
  private claimScopes = new WeakSet<Element>();
  private readonly finder: ClaimFinder;
  private queue: Node[] = [];
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly observer: MutationObserver;
  /** Highlights made since the last pass ended, for the tab stops. */
  private fresh: Element[] = [];
  private readonly stops = new TabStops((el) =>
    el.localName === MARK_TAG ? el.getAttribute("data-entity") : `claim ${el.getAttribute("data-claim-sentence")}`,
  );

  constructor(doc: Document, options: AnnotatorOptions) {
    this.doc = doc;
    this.opts = { sliceMs: 8, batchMs: 60, longText: LONG_TEXT, ...options };
    this.finder = new ClaimFinder(options.automaton, options.claims, this.mentioned, () => this.topics());
    const view = doc.defaultView ?? globalThis;
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
    this.longText = new LongText(view, {
      near: (parts) => {
        this.nearParts.push(...parts);
        this.resume();
      },
      text: (texts) => {
        this.queue.push(...texts);
        this.resume();
      },
    });
    // Claims as their sentences come into view: a claim's underline is quieter than a name's tint, and reading
    // sentences costs far more.
    this.inView = new NearViewport(view, "0%", (units) => {
      for (const unit of units) this.claimUnits.add(unit);
      this.resume();
    });
  }

  /** Applies settings: on or off, which categories show, claims or not. Safe to call at any time, as often as wanted. */
  apply(display: Display): Promise<void> {
    const next = new Set(display.categories);
    const addedCategory = [...next].some((c) => !this.enabled.has(c));
    const removed = [...this.enabled].filter((c) => !next.has(c));
    const claimsAdded = display.claims && !this.claimsOn;
    const claimsRemoved = !display.claims && this.claimsOn;
    this.enabled = next;
    this.claimsOn = display.claims;
    if (!display.active) {
      if (this.active || this.doc.documentElement.getAttribute(STATE_ATTRIBUTE) !== "off") this.switchOff();
      return Promise.resolve();
    }
    const body = this.doc.body ?? this.doc.documentElement;
    if (!this.active) {
      this.active = true;
      this.observe();
      return this.enqueue([body]);
    }
    if (removed.length > 0 || claimsRemoved) {
      this.mutate(() => {
        if (claimsRemoved) this.removeClaims();
        this.removeMarks((el) => removed.includes(el.getAttribute("data-category") as Category));
      });
    }
    if (claimsAdded) for (const mark of this.marks()) this.addClaimUnit(mark);
    if (addedCategory || claimsAdded) return this.enqueue([body]);
    if (removed.length > 0 || claimsRemoved) this.opts.onPass?.();
    return this.running ?? Promise.resolve();
  }

  /**
   * Stops watching the page and working, leaving the highlights where they are: for a content script replaced by
   * a newer one (an extension update), which takes over from this one.
   */
  detach(): void {
    this.active = false;
    this.generation++;
    this.queue = [];
    this.nearParts = [];
    clearTimeout(this.timer);
    this.timer = undefined;
    this.observer.disconnect();
    this.inView.clear();
    this.longText.clear();
  }

  /** The highlights in the page now, in document order. */
  marks(): Element[] {
    return [...this.doc.querySelectorAll(MARK_TAG)];
  }

  /** How many times the page mentions an entity (as highlighted now). */
  mentions(entity: string): number {
    return this.doc.querySelectorAll(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"]`).length;
  }

  private topicsCache: string[] | undefined;

  /** The three entities the page names most (at least three times each), worked out once per pass. */
  private topics(): string[] {
    this.topicsCache ??= [...this.counts]
      .filter(([, n]) => n >= 3)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id]) => id);
    return this.topicsCache;
  }

  /**
   * Reads the whole page now, near the viewport or not: the names of a long text and the claims (the popup's summary
   * and export need them all).
   */
  async complete(): Promise<void> {
    // A pass under way (the first, just woken by the popup) may not have found the text long yet: what it leaves
    // waiting for the viewport is taken once it is over.
    await this.running;
    if (!this.active) return;
    this.longText.takeAll();
    for (const unit of this.inView.takeAll()) this.claimUnits.add(unit);
    return this.enqueue([]);
  }

  /** Something came near the viewport: a pass for it, unless one is under way (it takes it up). */
  private resume(): void {
    if (this.active && !this.running) void this.enqueue([]);
  }

  /** The sentence and verdict behind a claim element. */
  claimOf(el: Element): ClaimSentence | undefined {
    return this.finder.sentenceOf(el);
  }

  private switchOff(): void {
    this.detach();
    this.stops.clear();
    this.fresh = [];
    this.gated.clear();
    this.removeClaims();
    this.removeMarks(() => true);
    this.doc.documentElement.setAttribute(STATE_ATTRIBUTE, "off");
  }

  private removeMarks(which: (el: Element) => boolean): void {
    for (const el of this.marks()) if (which(el)) unwrap(el);
  }

  private removeClaims(): void {
    this.claimScopes = new WeakSet();
    this.watched = new WeakSet();
    this.inView.clear();
    this.claimUnits.clear();
    for (const el of this.doc.querySelectorAll(CLAIM_TAG)) {
      this.finder.forget(el);
      unwrap(el);
    }
  }

  /** Runs our own DOM changes, keeping the page's pending mutations and dropping the ones we cause. */
  private mutate(change: () => void): void {
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.onMutations(pending, false);
    // Not observing while we change the page: no record is made of our own changes (cheaper than dropping them).
    this.observer.disconnect();
    try {
      change();
    } finally {
      if (this.active) this.observe();
    }
  }

  private observe(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[], schedule = true): void {
    if (!this.active) return;
    const roots: Node[] = [];
    for (const r of records) {
      if (r.type === "characterData") {
        const text = r.target as Text;
        if (isOurs(text) || isOurElement(text.parentElement as Node)) continue;
        dropStalePieces(text);
        roots.push(text);
        continue;
      }
      for (const node of r.addedNodes) if (!isOurs(node) && !isOurElement(node)) roots.push(node);
      for (const node of r.removedNodes) this.longText.removed(node, r.target);
    }
    if (roots.length === 0) return;
    this.queue.push(...roots);
    if (schedule && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.enqueue([]);
      }, this.opts.batchMs);
    }
  }

  private enqueue(roots: Node[]): Promise<void> {
    this.queue.push(...roots);
    if (!this.running) {
      this.doc.documentElement.setAttribute(STATE_ATTRIBUTE, "working");
      this.running = this.run().finally(() => {
        this.running = null;
        // Switched off and on again while a pass was pausing: that pass gave up, this one takes the queue.
        if (this.active && this.queue.length > 0) void this.enqueue([]);
      });
    }
    return this.running;
  }

  private async run(): Promise<void> {
    const generation = this.generation;
    let deadline = performance.now() + this.opts.sliceMs;
    /** Gives the page its main thread back when the slice is used up; false if the pass was cancelled meanwhile. */
    const breathe = async (): Promise<boolean> => {
      if (performance.now() <= deadline) return true;
      await yieldToPage();
      deadline = performance.now() + this.opts.sliceMs;
      return generation === this.generation;
    };
    const annotate = async (batches: () => Text[]): Promise<boolean> => {
      for (let batch = batches(); batch.length > 0; batch = batches()) {
        this.mutate(() => {
          for (const t of batch) this.annotateText(t);
        });
        if (!(await breathe())) return false;
      }
      return true;
    };
    const busy = () =>
      this.queue.length > 0 ||
      this.nearParts.length > 0 ||
      this.claimUnits.size > 0 ||
      this.longText.pending ||
      this.inView.pending;
    while (busy()) {
      while (this.queue.length > 0) {
        const root = this.queue.shift() as Node;
        if (!root.isConnected || insideSkipped(root)) continue;
        if (root instanceof Text) {
          this.mutate(() => this.annotateText(root));
          continue;
        }
        if (!(await this.annotateRoot(root, breathe, annotate))) return;
        if (generation !== this.generation) return;
      }
      // What the viewport observers say is near: parts of long texts (a container's children are watched in turn,
      // so this may take a few rounds) and claim units.
      await Promise.all([this.longText.settled(), this.inView.settled()]);
      if (generation !== this.generation) return;
      const near = this.nearParts;
      this.nearParts = [];
      for (const part of near) if (part.isConnected && !(await annotate(textBatches(part)))) return;
      if (this.gated.size > 0) this.recheckGated();
      this.topicsCache = undefined;
      if (this.claimsOn) {
        for (const unit of [...this.claimUnits]) {
          this.claimUnits.delete(unit);
          this.mutate(() => this.fresh.push(...this.finder.process(unit)));
          if (!(await breathe())) return;
        }
      }
      this.claimUnits.clear();
    }
    if (generation !== this.generation || !this.active) return;
    this.stops.add(this.fresh);
    this.fresh = [];
    this.doc.documentElement.setAttribute(STATE_ATTRIBUTE, "ready");
    this.opts.onPass?.();
  }

  /** Gated aliases seen before the page named what vouches for them get a second look once the pass is done. */
  private recheckGated(): void {
    const elements = [...this.gated];
    this.gated.clear();
    for (const el of elements) {
      const next = textBatches(el);
      this.mutate(() => {
        for (let batch = next(); batch.length > 0; batch = next()) for (const t of batch) this.annotateText(t, false);
      });
    }
  }

  /** Could any of these text nodes hold an alias? Their texts scanned together, loosely. */
  private batchMayName(texts: readonly Text[]): boolean {
    return mayName(this.opts.automaton, texts.map((t) => t.data).join("\n"));
  }

  /**
   * Walks the text under a root once, unless a quick test says it names nothing, and annotates it. Past `longText`
   * characters the walk stops: the root's children are watched, and each is read as it comes near the viewport (a
   * container of blocks has its own children watched in turn), so that the far parts of a huge page cost nothing
   * until the reader gets there.
   */
  private async annotateRoot(
    root: Node,
    breathe: () => Promise<boolean>,
    annotate: (batches: () => Text[]) => Promise<boolean>,
  ): Promise<boolean> {
    const next = textBatches(root);
    let batch = next();
    // A text whose first nodes name nothing most likely names nothing at all (most of the web knows nothing of the
    // fact base): one native read of the whole text and one loose scan tell, with no walk over its nodes.
    if (!this.batchMayName(batch) && !mayName(this.opts.automaton, root.textContent ?? "")) return true;
    const held: Text[] = [];
    let length = 0;
    for (; batch.length > 0; batch = next()) {
      for (const t of batch) length += t.length;
      if (length > this.opts.longText && root instanceof Element) {
        this.longText.watchChildren(root);
        return true;
      }
      held.push(...batch);
      if (!(await breathe())) return false;
    }
    return annotate(inBatches(held));
  }

  private addClaimUnit(node: Node): void {
    const unit = unitOf(node);
    if (!unit || this.watched.has(unit)) return;
    const { units, scope } = unitsAround(unit);
    if (this.claimScopes.has(scope)) {
      this.watch(unit);
      return;
    }
    this.claimScopes.add(scope);
    for (const u of units) this.watch(u);
  }

  private watch(unit: Element): void {
    if (this.watched.has(unit)) return;
    this.watched.add(unit);
    this.inView.watch(unit);
  }

  private annotateText(node: Text, remember = true): void {
    const data = node.data;
    if (data.length < 2 || !node.isConnected) return;
    const found = scan(this.opts.automaton, data, () => edgesOf(node));
    if (found.length === 0) return;
    if (this.claimsOn) this.addClaimUnit(node);
    collectUnambiguous(found, this.mentioned);
    const resolved = resolveMatches(found, this.mentioned);
    if (remember && resolved.length < found.length && node.parentElement) this.gated.add(node.parentElement);
    const wraps: Wrap[] = [];
    for (const m of resolved) {
      if (remember) this.counts.set(m.entity, (this.counts.get(m.entity) ?? 0) + 1);
      const category = this.opts.categoryOf(m.entity);
      if (!category || !this.enabled.has(category)) continue;
      wraps.push({ start: m.start, end: m.end, attributes: { "data-entity": m.entity, "data-category": category } });
    }
    if (wraps.length > 0) this.fresh.push(...wrapRanges(node, wraps));
  }
}
