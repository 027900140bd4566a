// Annotates a document: an initial pass over its text in slices, then incremental passes as the page changes.
// Every pass is idempotent (text already inside a highlight is never walked again), which is what makes the
// incremental passes, the settings changes and the context re-checks simple and safe.
import type { Category } from "../facts/types";
import { type Automaton, collectUnambiguous, resolveMatches, scan } from "../match";
import type { ClaimIndex } from "../match/claims";
import { CLAIM_TAG, ClaimFinder, type ClaimSentence, unitOf, unitsAround } from "./claims";
import { edgesOf, insideSkipped, isOurElement, registerOwnTag, textBatches } from "./collect";
import { dropStalePieces, isOurs, MARK_TAG, unwrap, type Wrap, wrapRanges } from "./highlight";
import { TabStops } from "./keyboard";

registerOwnTag(MARK_TAG);

export const STATE_ATTRIBUTE = "data-defence-lens";

export interface AnnotatorOptions {
  automaton: Automaton;
  categoryOf: (entity: string) => Category | undefined;
  /** The claim index, built on first use: a page that names nothing never pays for it. */
  claims: () => ClaimIndex;
  /** Longest stretch of work before giving the page its main thread back. */
  sliceMs?: number;
  /** How long page mutations are gathered before an incremental pass. */
  batchMs?: number;
  /** Called after every completed pass. */
  onPass?: () => void;
}

export interface Display {
  active: boolean;
  categories: Iterable<Category>;
  claims: boolean;
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
   * read only when it comes near the viewport: `waiting` until then, `claimUnits` once it has.
   */
  private readonly claimUnits = new Set<Element>();
  private readonly waiting = new Set<Element>();
  private watched = new WeakSet<Element>();
  private readonly nearView: IntersectionObserver;
  /** Resolves at the intersection observer's next report, after units were given to it. */
  private nextReport: Promise<void> | null = null;
  private reported: (() => void) | null = null;
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
    this.opts = { sliceMs: 8, batchMs: 60, ...options };
    this.finder = new ClaimFinder(options.automaton, options.claims, this.mentioned, () => this.topics());
    const view = doc.defaultView ?? globalThis;
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
    this.nearView = new view.IntersectionObserver((entries) => this.onVisible(entries), {
      rootMargin: "100% 0px 100% 0px",
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
    clearTimeout(this.timer);
    this.timer = undefined;
    this.observer.disconnect();
    this.nearView.disconnect();
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

  /** Reads the claims of the whole page now, near the viewport or not (the popup's summary and export need them). */
  completeClaims(): Promise<void> {
    if (!this.active || !this.claimsOn || this.waiting.size === 0) return this.running ?? Promise.resolve();
    for (const unit of this.waiting) {
      this.nearView.unobserve(unit);
      this.claimUnits.add(unit);
    }
    this.waiting.clear();
    return this.enqueue([]);
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    let more = false;
    for (const e of entries) {
      if (!e.isIntersecting || !this.waiting.delete(e.target)) continue;
      this.nearView.unobserve(e.target);
      this.claimUnits.add(e.target);
      more = true;
    }
    this.reported?.();
    if (more && this.active && !this.running) void this.enqueue([]);
  }

  /** Waits for the intersection observer to say which of the units just given to it are near the viewport. */
  private visibility(): Promise<void> {
    if (!this.nextReport) return Promise.resolve();
    const report = this.nextReport;
    this.nextReport = null;
    // An observer reports within a frame; a hidden tab may never render one, so do not wait for it long.
    return Promise.race([report, new Promise<void>((r) => setTimeout(r, 200))]);
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
    this.nearView.disconnect();
    this.waiting.clear();
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
    while (this.queue.length > 0 || this.claimUnits.size > 0) {
      while (this.queue.length > 0) {
        const root = this.queue.shift() as Node;
        if (!root.isConnected || insideSkipped(root)) continue;
        if (root instanceof Text) {
          this.mutate(() => this.annotateText(root));
          continue;
        }
        // Most of the web names nothing the fact base knows: one native read of the text and one loose scan say
        // so, and the walk over the text nodes is not needed.
        if (!this.mayName(root)) continue;
        // The page may remove the part a batch stopped in; then the walk ends, and what it added instead
        // arrives as mutations.
        const next = textBatches(root);
        for (let batch = next(); batch.length > 0; batch = next()) {
          this.mutate(() => {
            for (const t of batch) this.annotateText(t);
          });
          if (!(await breathe())) return;
        }
        if (this.queue.length === 0 && this.gated.size > 0) this.recheckGated();
      }
      this.topicsCache = undefined;
      if (this.claimsOn) {
        await this.visibility();
        if (generation !== this.generation) return;
        const lang = this.doc.documentElement.lang || navigator.language || "en";
        for (const unit of [...this.claimUnits]) {
          this.claimUnits.delete(unit);
          this.mutate(() => this.fresh.push(...this.finder.process(unit, lang)));
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

  /** Could anything under root be an alias? A superset test, ignoring word boundaries. */
  private mayName(root: Node): boolean {
    const text = root.textContent ?? "";
    return scan(this.opts.automaton, text, {}, { loose: true, first: true }).length > 0;
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
    this.waiting.add(unit);
    this.nearView.observe(unit);
    this.nextReport ??= new Promise<void>((resolve) => {
      this.reported = resolve;
    });
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
