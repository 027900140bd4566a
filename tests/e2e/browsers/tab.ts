// What the tests that run in both browsers do with a tab: the part of Playwright's `Page` they use. A Playwright page
// is one as it is (Chromium); the Firefox driver (firefox.ts) gives the same over puppeteer-core.

/** Runs a function in a page's main world, as the page's own scripts do, and returns its (serialisable) result. */
export interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** A browser tab driven as a reader would: its address, the mouse, the keyboard and clicks, in CSS pixels. */
export interface Tab extends Evaluates {
  /** Loads an address; resolves once its document has loaded. */
  goto(url: string): Promise<unknown>;
  /** Clicks the element a CSS selector finds, once it is visible and still, retried if the page re-renders it. */
  click(selector: string): Promise<void>;
  mouse: {
    /** Moves the pointer to a point of the viewport, in `steps` moves from where it was (1 by default). */
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  };
  keyboard: {
    /** Presses and releases a key by its `KeyboardEvent.key` name: "Escape", "ArrowDown", "Enter", "End". */
    press(key: string): Promise<void>;
  };
  /** Resizes the viewport, in CSS pixels. */
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Makes the tab the active one of its window. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}
