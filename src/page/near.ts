// Elements waiting until they come near the viewport: an IntersectionObserver with the bookkeeping the annotator
// needs around it (which are still waiting, and a promise for the observer's next report).
import { NextReport } from "./next-report";

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private readonly waiting = new Set<Element>();
  private readonly next: NextReport;

  /**
   * `margin`: how far above and below the viewport counts as near, in CSS terms ("100%": one viewport). `orAbove`:
   * an element anywhere above counts too (it is reported when the reader nears it or has gone past it, however: by
   * scrolling, by a jump to the end, or opening the page scrolled down).
   */
  constructor(
    view: { IntersectionObserver: typeof IntersectionObserver; document?: Document },
    margin: string,
    private readonly onNear: (elements: Element[]) => void,
    orAbove = false,
  ) {
    this.next = new NextReport(() => view.document);
    this.observer = new view.IntersectionObserver((entries) => this.onEntries(entries), {
      rootMargin: `${orAbove ? "1000000%" : margin} 0px ${margin} 0px`,
    });
  }

  watch(el: Element): void {
    if (this.waiting.has(el)) return;
    this.waiting.add(el);
    this.observer.observe(el);
    this.next.expect();
  }

  /** Is this element still waiting to come near? */
  isWaiting(el: Element): boolean {
    return this.waiting.has(el);
  }

  /** Stops watching a node if it was waiting: true then. */
  forget(node: Node): boolean {
    if (!(node instanceof Element) || !this.waiting.delete(node)) return false;
    this.observer.unobserve(node);
    return true;
  }

  /** Every element still waiting, near or not, no longer watched. */
  takeAll(): Element[] {
    const all = [...this.waiting];
    for (const el of all) this.observer.unobserve(el);
    this.waiting.clear();
    return all;
  }

  clear(): void {
    this.observer.disconnect();
    this.waiting.clear();
    this.next.settle();
  }

  /** Is a report awaited on elements given to the observer? */
  get pending(): boolean {
    return this.next.pending;
  }

  /** Waits for the observer to say which of the elements just given to it are near (see NextReport.settled). */
  settled(): Promise<void> {
    return this.next.settled();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    const near: Element[] = [];
    for (const e of entries) {
      if (!e.isIntersecting || !this.waiting.delete(e.target)) continue;
      this.observer.unobserve(e.target);
      near.push(e.target);
    }
    this.next.settle();
    if (near.length > 0) this.onNear(near);
  }
}
