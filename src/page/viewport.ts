// The viewport as one queue for the page session: every part of it that waits for the reader (the blocks of a long
// page, the frontier of a container's children, the claim units to read, the blocks whose names are drawn only near the
// reader) asks here. One IntersectionObserver per reach serves them all, and one wait tells when what was just given
// has been reported on: a page is not marked ready before what is near the reader is read and drawn.
import { NextReport } from "./next-report";

/**
 * How near an element must be to be reported as there: within a screen of the viewport above or below (`near`), in the
 * viewport itself (`in`), or near it or anywhere above it (`reached`: the reader has gone past it, by scrolling, by a
 * jump, or by opening the page scrolled down).
 */
export type Reach = "near" | "in" | "reached";

const MARGINS: Record<Reach, string> = {
  near: "100% 0px 100% 0px",
  in: "0% 0px 0% 0px",
  reached: "1000000% 0px 100% 0px",
};

/**
 * Told, at each report of an observer, whether each of the elements it listens to that the report is about is there
 * (true) or has left (false), in one call per report.
 */
export type ViewportListener = (changes: readonly (readonly [Element, boolean])[]) => void;

/** One observer of one reach, with its listeners by element, what it last said of each, and its awaited report. */
class Lane {
  readonly observer: IntersectionObserver;
  readonly listeners = new Map<Element, Set<ViewportListener>>();
  readonly last = new WeakMap<Element, boolean>();
  /** Elements given to the observer and not reported on yet: the report awaited is theirs. */
  readonly unreported = new Set<Element>();
  readonly next: NextReport;

  constructor(view: { IntersectionObserver: typeof IntersectionObserver; document?: Document }, reach: Reach) {
    this.next = new NextReport(() => view.document);
    this.observer = new view.IntersectionObserver((entries) => this.report(entries), { rootMargin: MARGINS[reach] });
  }

  private report(entries: IntersectionObserverEntry[]): void {
    // First: whoever waits for this report goes on only after this callback, when the listeners have taken in what it
    // brought; and what they watch in turn (a container's children) is awaited as a report of its own.
    this.next.settle();
    this.unreported.clear();
    const told = new Map<ViewportListener, [Element, boolean][]>();
    for (const e of entries) {
      this.last.set(e.target, e.isIntersecting);
      for (const listener of this.listeners.get(e.target) ?? []) {
        const changes = told.get(listener);
        if (changes) changes.push([e.target, e.isIntersecting]);
        else told.set(listener, [[e.target, e.isIntersecting]]);
      }
    }
    for (const [listener, changes] of told) listener(changes);
  }
}

export class Viewport {
  private readonly lanes = new Map<Reach, Lane>();

  constructor(private readonly view: { IntersectionObserver: typeof IntersectionObserver; document?: Document }) {}

  private lane(reach: Reach): Lane {
    let lane = this.lanes.get(reach);
    if (!lane) {
      lane = new Lane(this.view, reach);
      this.lanes.set(reach, lane);
    }
    return lane;
  }

  /**
   * Tells `listener` whether `el` is within `reach`: once soon after this call, then each time that changes, until
   * `unwatch`. An element may have several listeners, of several reaches. Watching an element one listens to already
   * does nothing.
   */
  watch(el: Element, reach: Reach, listener: ViewportListener): void {
    const lane = this.lane(reach);
    const listeners = lane.listeners.get(el);
    if (!listeners) {
      lane.listeners.set(el, new Set([listener]));
      lane.observer.observe(el);
      lane.unreported.add(el);
      lane.next.expect();
      return;
    }
    if (listeners.has(listener)) return;
    listeners.add(listener);
    // Observed already: its observer reports it again only when that changes, so this listener is told what it said.
    const there = lane.last.get(el);
    if (there !== undefined) queueMicrotask(() => lane.listeners.get(el)?.has(listener) && listener([[el, there]]));
  }

  /** Stops telling `listener` about `el` (and observing it, once no one listens). */
  unwatch(el: Element, reach: Reach, listener: ViewportListener): void {
    const lane = this.lanes.get(reach);
    const listeners = lane?.listeners.get(el);
    if (!lane || !listeners?.delete(listener) || listeners.size > 0) return;
    lane.listeners.delete(el);
    lane.observer.unobserve(el);
    // Taken back before the observer reported on it: if the report awaited was for it alone, it will never come, and
    // whoever waits for it (a pass, after switching off and on, or the popup's whole page) goes on now.
    if (lane.unreported.delete(el) && lane.unreported.size === 0) lane.next.settle();
  }

  /** Is a report awaited on elements just given? */
  get pending(): boolean {
    for (const lane of this.lanes.values()) if (lane.next.pending) return true;
    return false;
  }

  /** Waits for the reports on the elements just given (briefly on a hidden page: see NextReport.settled). */
  async settled(): Promise<void> {
    await Promise.all([...this.lanes.values()].map((lane) => lane.next.settled()));
  }

  /** Stops observing everything. */
  disconnect(): void {
    for (const lane of this.lanes.values()) {
      lane.observer.disconnect();
      lane.listeners.clear();
      lane.unreported.clear();
      lane.next.settle();
    }
    this.lanes.clear();
  }
}
