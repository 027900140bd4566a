// Annotates a document: an initial pass over its text in slices, then incremental passes as the page changes.
// Every pass is idempotent (text already inside a highlight is never walked again), which is what makes the
// incremental passes, the settings changes and the context re-checks simple and safe.
import type { Category } from "../facts/types";
import { type Automaton, collectUnambiguous, resolveMatches, scan } from "../match";
import { edgesOf, insideSkipped, isSkippedElement, registerOwnTag, textWalker } from "./collect";
import { dropStalePieces, isOurs, MARK_TAG, unwrap, type Wrap, wrapRanges } from "./highlight";
import { updateTabStops } from "./keyboard";

registerOwnTag(MARK_TAG);

export const STATE_ATTRIBUTE = "data-defence-lens";

export interface AnnotatorOptions {
  automaton: Automaton;
  categoryOf: (entity: string) => Category | undefined;
  /** Longest stretch of work before giving the page its main thread back. */
  sliceMs?: number;
  /** How long page mutations are gathered before an incremental pass. */
  batchMs?: number;
  /** Called after every completed pass. */
  onPass?: () => void;
}

const WORD_START = /[\p{L}\p{N}]/u;

function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Annotator {
  private readonly doc: Document;
  private readonly opts: Required<Omit<AnnotatorOptions, "onPass">> & Pick<AnnotatorOptions, "onPass">;
  private enabled = new Set<Category>();
  private active = false;
  private readonly mentioned = new Set<string>();
  /** Elements holding a context-gated alias nothing vouched for yet. */
  private readonly gated = new Set<Element>();
  private queue: Node[] = [];
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly observer: MutationObserver;

  constructor(doc: Document, options: AnnotatorOptions) {
    this.doc = doc;
    this.opts = { sliceMs: 8, batchMs: 60, ...options };
    const view = doc.defaultView ?? globalThis;
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
  }

  /** Applies settings: on or off, and which categories show. Safe to call at any time, as often as wanted. */
  apply(active: boolean, categories: Iterable<Category>): Promise<void> {
    const next = new Set(categories);
    const added = [...next].some((c) => !this.enabled.has(c));
    const removed = [...this.enabled].filter((c) => !next.has(c));
    this.enabled = next;
    if (!active) {
      if (this.active || this.doc.documentElement.getAttribute(STATE_ATTRIBUTE) !== "off") this.switchOff();
      return Promise.resolve();
    }
    if (!this.active) {
      this.active = true;
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
      return this.enqueue([this.doc.body ?? this.doc.documentElement]);
    }
    if (removed.length > 0)
      this.mutate(() => this.removeMarks((el) => removed.includes(el.getAttribute("data-category") as Category)));
    if (added) return this.enqueue([this.doc.body ?? this.doc.documentElement]);
    return this.running ?? Promise.resolve();
  }

  /** The highlights in the page now, in document order. */
  marks(): Element[] {
    return [...this.doc.querySelectorAll(MARK_TAG)];
  }

  /** How many times the page mentions an entity (as highlighted now). */
  mentions(entity: string): number {
    return this.doc.querySelectorAll(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"]`).length;
  }

  private switchOff(): void {
    this.active = false;
    this.generation++;
    this.queue = [];
    this.gated.clear();
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.removeMarks(() => true);
    this.doc.documentElement.setAttribute(STATE_ATTRIBUTE, "off");
  }

  private removeMarks(which: (el: Element) => boolean): void {
    for (const el of this.marks()) if (which(el)) unwrap(el);
  }

  /** Runs our own DOM changes, keeping the page's pending mutations and dropping the ones we cause. */
  private mutate(change: () => void): void {
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.onMutations(pending, false);
    change();
    this.observer.takeRecords();
  }

  private onMutations(records: MutationRecord[], schedule = true): void {
    if (!this.active) return;
    const roots: Node[] = [];
    for (const r of records) {
      if (r.type === "characterData") {
        const text = r.target as Text;
        if (isOurs(text) || text.parentElement?.localName === MARK_TAG) continue;
        dropStalePieces(text);
        roots.push(text);
        continue;
      }
      for (const node of r.addedNodes) {
        if (isOurs(node) || (node instanceof Element && isSkippedElement(node))) continue;
        roots.push(node);
      }
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
    const overBudget = () => performance.now() > deadline;
    const pause = async () => {
      await yieldToPage();
      deadline = performance.now() + this.opts.sliceMs;
      return generation === this.generation;
    };
    while (this.queue.length > 0) {
      const root = this.queue.shift() as Node;
      if (!root.isConnected || insideSkipped(root, this.doc.documentElement)) continue;
      if (root instanceof Text) {
        this.mutate(() => this.annotateText(root));
        continue;
      }
      const walker = textWalker(root);
      for (;;) {
        let batch: Text[] = [];
        while (batch.length < 64) {
          const node = walker.nextNode();
          if (!node) break;
          batch.push(node as Text);
        }
        if (batch.length === 0) break;
        this.mutate(() => {
          for (const t of batch) this.annotateText(t);
        });
        batch = [];
        if (overBudget()) {
          if (!(await pause())) return;
          // The page may have removed the part we were in; what it added instead arrives as mutations.
          if (!walker.currentNode.isConnected) break;
        }
      }
      if (this.queue.length === 0 && this.gated.size > 0) this.recheckGated();
    }
    if (generation !== this.generation || !this.active) return;
    updateTabStops(this.doc, MARK_TAG, (el) => el.getAttribute("data-entity"));
    this.doc.documentElement.setAttribute(STATE_ATTRIBUTE, "ready");
    this.opts.onPass?.();
  }

  /** Gated aliases seen before the page named what vouches for them get a second look once the pass is done. */
  private recheckGated(): void {
    const elements = [...this.gated];
    this.gated.clear();
    for (const el of elements) {
      const walker = textWalker(el);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      this.mutate(() => {
        for (const t of texts) this.annotateText(t, false);
      });
    }
  }

  private annotateText(node: Text, remember = true): void {
    const data = node.data;
    if (data.length < 2 || !node.isConnected) return;
    const edges =
      WORD_START.test(data.charAt(0)) || WORD_START.test(data.charAt(data.length - 1)) ? edgesOf(node) : undefined;
    const found = scan(this.opts.automaton, data, edges);
    if (found.length === 0) return;
    collectUnambiguous(found, this.mentioned);
    const resolved = resolveMatches(found, this.mentioned);
    if (remember && resolved.length < found.length && node.parentElement) this.gated.add(node.parentElement);
    const wraps: Wrap[] = [];
    for (const m of resolved) {
      const category = this.opts.categoryOf(m.entity);
      if (!category || !this.enabled.has(category)) continue;
      wraps.push({ start: m.start, end: m.end, attributes: { "data-entity": m.entity, "data-category": category } });
    }
    if (wraps.length > 0) wrapRanges(node, wraps);
  }
}
