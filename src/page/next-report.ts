// A promise for an IntersectionObserver's next report, for the code that must wait until the elements it just gave
// the observer have been reported on (the page is not marked ready before what is near it is read and drawn).

export class NextReport {
  private report: Promise<void> | null = null;
  private reported: (() => void) | null = null;

  constructor(private readonly doc: () => Document | undefined) {}

  /** Elements were given to the observer: a report is awaited. */
  expect(): void {
    this.report ??= new Promise<void>((resolve) => {
      this.reported = resolve;
    });
  }

  /** Is a report awaited? */
  get pending(): boolean {
    return this.report !== null;
  }

  /** The observer reported (or stopped): whoever waits goes on. */
  settle(): void {
    const resolve = this.reported;
    this.report = null;
    this.reported = null;
    resolve?.();
  }

  /**
   * Waits for the report awaited now, if any. A visible page renders, so the report comes, after a heavy page's first
   * layout (a 6,000-row table takes longer than any fixed wait); a hidden one may never render, and is not waited for
   * long: the report, when it comes, starts a pass of its own.
   */
  async settled(): Promise<void> {
    const report = this.report;
    if (!report) return;
    const visible = this.doc()?.visibilityState === "visible";
    await Promise.race([report, new Promise<void>((r) => setTimeout(r, visible ? 5000 : 200))]);
    // Given up on (the report never came), unless a newer one is awaited: elements the report's own callback gave the
    // observer (a container's children, watched as it comes near).
    if (this.report === report) {
      this.report = null;
      this.reported = null;
    }
  }
}
