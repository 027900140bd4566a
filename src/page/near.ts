// Elements waiting until they come near the viewport: an IntersectionObserver with the bookkeeping the annotator
// needs around it (which are still waiting, and a promise for the observer's next report).

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private readonly waiting = new Set<Element>();
  /** Resolves at the observer's next report, after elements were given to it. */
  private report: Promise<void> | null = null;
  private reported: (() => void) | null = null;

  /**
   * `margin`: how far above and below the viewport counts as near, in CSS terms ("100%": one viewport). `orAbove`:
   * an element anywhere above counts too (it is reported when the reader nears it or has gone past it, however: by
   * scrolling, by a jump to the end, or opening the page scrolled down).
   */
  private readonly view: { IntersectionObserver: typeof IntersectionObserver; document?: Document };

  constructor(
    view: { IntersectionObserver: typeof IntersectionObserver; document?: Document },
    margin: string,
    private readonly onNear: (elements: Element[]) => void,
    orAbove = false,
  ) {
    this.view = view;
    this.observer = new view.IntersectionObserver((entries) => this.onEntries(entries), {
      rootMargin: `${orAbove ? "1000000%" : margin} 0px ${margin} 0px`,
    });
  }

  watch(el: Element): void {
    if (this.waiting.has(el)) return;
    this.waiting.add(el);
    this.observer.observe(el);
    this.report ??= new Promise<void>((resolve) => {
      this.reported = resolve;
    });
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
    this.settle();
  }

  /** Is a report awaited on elements given to the observer? */
  get pending(): boolean {
    return this.report !== null;
  }

  /**
   * Waits for the observer to say which of the elements just given to it are near. An observer reports within a frame;
   * a hidden tab may never render one, so this does not wait long: the report, when it comes, starts a pass of its own.
   */
  async settled(): Promise<void> {
    const report = this.report;
    if (!report) return;
    // A visible page renders, so the report comes, after a heavy page's first layout (a 6,000-row table takes longer
    // than any fixed wait); a hidden one may never render, and is not waited for long.
    const visible = this.view.document?.visibilityState === "visible";
    await Promise.race([report, new Promise<void>((r) => setTimeout(r, visible ? 5000 : 200))]);
    // Given up on (the report never came), unless a newer one is awaited: elements the report's own callback gave the
    // observer (a container's children, watched as it comes near).
    if (this.report === report) {
      this.report = null;
      this.reported = null;
    }
  }

  private settle(): void {
    const resolve = this.reported;
    this.report = null;
    this.reported = null;
    resolve?.();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    const near: Element[] = [];
    for (const e of entries) {
      if (!e.isIntersecting || !this.waiting.delete(e.target)) continue;
      this.observer.unobserve(e.target);
      near.push(e.target);
    }
    this.settle();
    if (near.length > 0) this.onNear(near);
  }
}
