// The page's changes, from one MutationObserver for the content script's whole life. The quiet start (dormant.ts)
// listens until the page may name something and the annotator from then on: one observer, one cost per change of the
// page whoever listens, and one place that says which changes are watched.

/** What is watched: text and nodes anywhere, and the attributes that make a region editable or hidden. */
const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ["contenteditable", "hidden", "aria-hidden", "role"],
};

export type ChangeListener = (records: MutationRecord[]) => void;

export class PageChanges {
  private readonly observer: MutationObserver;
  private listener: ChangeListener | null = null;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView ?? globalThis;
    this.observer = new view.MutationObserver((records) => this.listener?.(records));
  }

  /** Sends the page's changes to `listener` from now on, in place of whoever listened before. */
  listen(listener: ChangeListener): void {
    if (!this.listener) this.observer.observe(this.doc.documentElement, WATCHED);
    this.listener = listener;
  }

  /** Stops watching the page, if `listener` is the one listening (one that took over since stays). */
  stop(listener: ChangeListener): void {
    if (this.listener !== listener) return;
    this.listener = null;
    this.observer.disconnect();
  }
}
