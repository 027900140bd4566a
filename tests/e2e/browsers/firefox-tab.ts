// A Firefox tab for the cross-browser tests: the `Tab` of tab.ts over a puppeteer-core page, and WebDriver BiDi
// where puppeteer has no call of its own.
import type { KeyInput, Page } from "puppeteer-core";
import { expect } from "../harness";
import type { Tab } from "./tab";

/** WebDriver BiDi as puppeteer's connection carries it, for what puppeteer has no call of its own. */
export interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * In the page: scrolls the element a selector finds into view and returns its centre, if a click there reaches it,
 * with a one-time guard on the click that cancels it if, by then, it no longer reaches the element the selector finds
 * (the page re-rendered it elsewhere): `window.clickReached` says whether it did. Null when there is none to click.
 */
function aimAt(selector: string): { x: number; y: number } | null {
  const reaches = (target: EventTarget | null) => {
    const el = document.querySelector(selector);
    return target instanceof Element && el !== null && (el.contains(target) || target.closest("label")?.control === el);
  };
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: "center", behavior: "instant" });
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (r.width === 0 || r.height === 0 || !reaches(document.elementFromPoint(x, y))) return null;
  const w = window as unknown as { clickReached?: boolean };
  w.clickReached = false;
  const guard = (event: Event) => {
    w.clickReached = reaches(event.target);
    if (!w.clickReached) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  window.addEventListener("click", guard, { capture: true, once: true });
  return { x, y };
}

/**
 * A tab over a puppeteer page. Firefox sends no load event over BiDi for an extension's page, so that navigation is
 * not awaited: the tab waits for its address and `document.readyState` instead. A click is the mouse's, at the
 * element's centre, retried until it reaches the element (Firefox 140 never finds a control below the fold with
 * puppeteer's locators, and a popup re-renders its controls).
 */
export function tabOf(page: Page, bidi: Bidi): Tab {
  return {
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as Tab["evaluate"],
    async goto(url) {
      if (!url.startsWith("moz-extension:")) return page.goto(url);
      page.goto(url).catch(() => {});
      const loaded = () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => "navigating");
      await expect.poll(loaded, { message: `loading ${url}`, intervals: [50] }).toBe(`${url} complete`);
    },
    async click(selector) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const point = await page.evaluate(aimAt, selector).catch(() => null);
        if (point) {
          await page.mouse.click(point.x, point.y);
          const reached = await page
            .evaluate(() => (window as unknown as { clickReached?: boolean }).clickReached)
            // The page is going away after the click: it closed it (the popup does, once it has asked for the panel).
            .catch(() => true);
          if (reached) return;
        }
        if (Date.now() > deadline) throw new Error(`no click reached ${selector}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    mouse: { move: (x, y, options) => page.mouse.move(x, y, options) },
    keyboard: { press: (key) => page.keyboard.press(key as KeyInput) },
    // BiDi's own call: puppeteer's also overrides the screen's orientation, which Firefox 140 has no command for.
    setViewportSize: async (viewport) => {
      // A frame's BiDi browsing context id (puppeteer's internal `_id`).
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await bidi.send("browsingContext.setViewport", { context, viewport });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
