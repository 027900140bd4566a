// Elements waiting until they come near the viewport, each reported once: the bookkeeping the annotator needs around
// the page session's viewport queue (viewport.ts), which are still waiting. The wait for the queue's next report is the
// queue's own (Viewport.pending, Viewport.settled).
import type { Reach, Viewport, ViewportListener } from "./viewport";

export class NearViewport {
  private readonly waiting = new Set<Element>();
  private readonly listener: ViewportListener;

  /** `reach`: how near counts (see Reach); `onNear`: the elements that came there, at each report. */
  constructor(
    private readonly viewport: Viewport,
    private readonly reach: Reach,
    onNear: (elements: Element[]) => void,
  ) {
    this.listener = (changes) => {
      const near: Element[] = [];
      for (const [el, there] of changes) {
        if (!there || !this.waiting.delete(el)) continue;
        this.viewport.unwatch(el, this.reach, this.listener);
        near.push(el);
      }
      if (near.length > 0) onNear(near);
    };
  }

  watch(el: Element): void {
    if (this.waiting.has(el)) return;
    this.waiting.add(el);
    this.viewport.watch(el, this.reach, this.listener);
  }

  /** Is this element still waiting to come near? */
  isWaiting(el: Element): boolean {
    return this.waiting.has(el);
  }

  /** Stops watching a node if it was waiting: true then. */
  forget(node: Node): boolean {
    if (!(node instanceof Element) || !this.waiting.delete(node)) return false;
    this.viewport.unwatch(node, this.reach, this.listener);
    return true;
  }

  /** Every element still waiting, near or not, no longer watched. */
  takeAll(): Element[] {
    const all = [...this.waiting];
    for (const el of all) this.viewport.unwatch(el, this.reach, this.listener);
    this.waiting.clear();
    return all;
  }

  clear(): void {
    this.takeAll();
  }
}
