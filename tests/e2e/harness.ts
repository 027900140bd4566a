// Playwright fixtures: a real Chromium with the built extension loaded, and the local page server.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, test as base, chromium, expect, type Page, type Worker } from "@playwright/test";
import { type Served, serve } from "../../scripts/serve";
import type { Evaluates, Tab } from "./browsers/tab";

export const extensionDir = join(import.meta.dirname, "../../.output/chrome-mv3");

/** Debian's Chromium where it is installed (Playwright cannot download its own here); Playwright's own elsewhere. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** The first-run page the extension opens in a tab of its own when it is installed (entrypoints/welcome). */
export const FIRST_RUN_PAGE = "welcome.html";

/**
 * Launches Chromium with the extension installed. The first-run tab it opens on install is waited for and closed
 * (unless `firstRun: "keep"`): it would otherwise come to the front over the reader's tab at a moment of its own, and
 * a test's or the benchmark's pointer would act on a tab in the background.
 */
export async function launchWithExtension(
  dir = extensionDir,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    firstRun?: "close" | "keep";
    /** The browser's UI language ("fr", "et"): Chromium's `--lang` and the pages' locale. English by default. */
    locale?: string;
  } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  const context = await launchBrowser(dir, options);
  if (options.firstRun !== "keep" && existsSync(join(dir, FIRST_RUN_PAGE))) await (await firstRunTab(context)).close();
  return context;
}

/** The tab the extension opened its first-run page in, once it is there (it opens on install). */
export async function firstRunTab(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((p) => p.url().endsWith(`/${FIRST_RUN_PAGE}`));
  await expect.poll(() => find() !== undefined, { message: "the first-run tab", intervals: [25, 50, 100] }).toBe(true);
  return find() as Page;
}

function launchBrowser(
  dir: string,
  options: { headless?: boolean; viewport?: { width: number; height: number }; locale?: string },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext("", {
    headless: options.headless ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    executablePath: chromiumPath(),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
}

interface Fixtures {
  /** The browser's UI language for the test (`test.use({ uiLocale: "fr" })`); the browser's default when absent. */
  uiLocale: string | undefined;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  page: Page;
}

export const test = base.extend<Fixtures, { server: Served }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
    async ({}, use) => {
      const served = await serve();
      await use(served);
      await served.close();
    },
    { scope: "worker" },
  ],
  uiLocale: [undefined, { option: true }],
  context: async ({ uiLocale }, use) => {
    const context = await launchWithExtension(extensionDir, uiLocale ? { locale: uiLocale } : {});
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    await use(await serviceWorker(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** The page contract's state attribute on `<html>` ("working", "ready", "off"), or null before the extension ran. */
export function lensState(page: Evaluates): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute("data-defence-lens"));
}

/** Opens a page and waits until the extension has finished its pass over it. */
export async function openAnnotated(page: Tab, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => lensState(page), { message: `data-defence-lens of ${url}` }).toBe("ready");
}

/** Writes the extension's settings as the popup would (tests can write storage directly). */
export async function setSettings(background: Worker, settings: unknown): Promise<void> {
  await background.evaluate(async (value) => {
    const ext = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await ext.chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
  }, settings);
}

/** One range of a highlight as the page sees it in `CSS.highlights`: the highlight's name and the range's text. */
export interface Drawn {
  name: string;
  text: string;
}

/**
 * Every range registered under a `defence-lens-*` highlight whose text lies within the selector, in document order,
 * as the page's own scripts see them (the main world's `CSS.highlights`).
 */
export function drawn(page: Evaluates, within = "body"): Promise<Drawn[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    const out: { name: string; text: string; range: AbstractRange }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("defence-lens-")) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        if (!root?.contains(range.startContainer)) continue;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        out.push({ name, text: live.toString(), range });
      }
    }
    out.sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
      return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1;
    });
    return out.map(({ name, text }) => ({ name, text }));
  }, within);
}

/** Every entity highlight within the selector, in document order, as [text, category]. */
export async function highlights(page: Evaluates, within = "body"): Promise<[string, string][]> {
  const prefix = "defence-lens-";
  return (await drawn(page, within))
    .filter((d) => !d.name.startsWith(`${prefix}claim-`) && d.name !== `${prefix}flash`)
    .map((d) => [d.text, d.name.slice(prefix.length)]);
}

/** Every claim highlight within the selector, in document order, as [text, highlight name]. */
export async function claimHighlights(page: Evaluates, within = "body"): Promise<[string, string][]> {
  return (await drawn(page, within)).filter((d) => d.name.includes("-claim-")).map((d) => [d.text, d.name]);
}

/** A box in viewport coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The first line box of the n-th occurrence of a text in the page's text nodes (read in the main world, as a `Range`
 * over it), scrolled into the middle of the viewport first if it is not in view.
 */
export function textBox(page: Evaluates, text: string, n = 0): Promise<Box> {
  return page.evaluate(
    ({ text, n }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = node.data.indexOf(text); i >= 0; i = node.data.indexOf(text, i + 1)) {
          if (seen++ < n) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + text.length);
          let rect = range.getClientRects()[0];
          if (!rect) throw new Error(`“${text}” (${n}) is not rendered`);
          if (rect.top < 0 || rect.bottom > innerHeight) {
            window.scrollBy({ top: rect.top - innerHeight / 2, behavior: "instant" });
            rect = range.getClientRects()[0] as DOMRect;
          }
          return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
        }
      }
      throw new Error(`no occurrence ${n} of “${text}” in the page`);
    },
    { text, n },
  );
}

/** Moves the mouse to the centre of the n-th occurrence of a text (see `textBox`), as a reader hovering it. */
export async function hoverText(page: Pick<Tab, "evaluate" | "mouse">, text: string, n = 0): Promise<Box> {
  const box = await textBox(page, text, n);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return box;
}

/**
 * Sends a message to the content script of the page's tab from the service worker, as the popup or the keyboard
 * command does, and returns its answer.
 */
export async function tellTab<T = unknown>(page: Page, background: Worker, message: unknown): Promise<T> {
  await page.bringToFront();
  return background.evaluate(async (m) => {
    const ext = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<T> };
      };
    };
    const [tab] = await ext.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab === undefined) throw new Error("no active tab");
    return ext.chrome.tabs.sendMessage(tab.id, m);
  }, message);
}

/** The id of the page's tab, as the extension knows it (the page is brought to the front: the active tab). */
export async function tabIdOf(page: Page, background: Worker): Promise<number> {
  await page.bringToFront();
  return background.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    const [tab] = await ext.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab === undefined) throw new Error("no active tab");
    return tab.id;
  });
}

/**
 * Opens the popup in a page of its own, pointed at the page's tab (the popup reads `?tab=`), once it has rendered.
 * `init` runs in the popup before its scripts (a stand-in for an API the test watches).
 */
export async function openPopup(
  page: Page,
  background: Worker,
  extensionId: string,
  init?: () => void,
): Promise<{ popup: Page; tabId: number }> {
  const tabId = await tabIdOf(page, background);
  const popup = await page.context().newPage();
  if (init) await popup.addInitScript(init);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator("main")).toHaveAttribute("aria-busy", "false");
  return { popup, tabId };
}

/** A `defence-lens-*` highlight registered in the page: its name, how many ranges, how many over removed nodes. */
export interface Registered {
  name: string;
  ranges: number;
  detached: number;
}

/** Every `defence-lens-*` highlight registered in the page's `CSS.highlights`, wherever its ranges lie. */
export function registered(page: Evaluates): Promise<Registered[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith("defence-lens-"))
      .map(([name, h]) => {
        const ranges = [...(h as unknown as Iterable<AbstractRange>)];
        return { name, ranges: ranges.length, detached: ranges.filter((r) => !r.startContainer.isConnected).length };
      }),
  );
}

/** Ranges still registered over text the page has removed: a reader would see nothing, but they must not linger. */
export async function detachedRanges(page: Evaluates): Promise<number> {
  return (await registered(page)).reduce((n, r) => n + r.detached, 0);
}

/** The text content of the first element a selector finds in the page (null if none), whitespace as it is. */
export function textOf(page: Evaluates, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/**
 * The page's highlights in reading order (a mention before a claim that starts where it does), as the page sees them:
 * each one's name and text, whether it is in the viewport, and whether the flash is over it.
 */
export function readingOrder(page: Evaluates) {
  return page.evaluate(() => {
    const all: { name: string; range: AbstractRange }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("defence-lens-") || name === "defence-lens-flash") continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) all.push({ name, range });
    }
    const isClaim = (name: string) => name.startsWith("defence-lens-claim-");
    all.sort((a, b) => {
      const x = a.range;
      const y = b.range;
      if (x.startContainer !== y.startContainer)
        return x.startContainer.compareDocumentPosition(y.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      return x.startOffset - y.startOffset || Number(isClaim(a.name)) - Number(isClaim(b.name));
    });
    const flash = [...((CSS.highlights.get("defence-lens-flash") as unknown as Iterable<AbstractRange>) ?? [])];
    return all.map(({ name, range }) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      const same = (r: AbstractRange) =>
        r.startContainer === range.startContainer &&
        r.startOffset === range.startOffset &&
        r.endContainer === range.endContainer &&
        r.endOffset === range.endOffset;
      return {
        name,
        text: live.toString(),
        inViewport: rect.bottom > 0 && rect.top < innerHeight,
        flashed: flash.some(same),
      };
    });
  });
}

/** Presses one of the open card's corrections ("Hide this name on this site"), folded under "Wrong here?". */
export async function pressCorrection(page: Page, button: string | RegExp): Promise<void> {
  const card = page.locator("defence-lens-card .card");
  const fold = card.locator("details.feedback");
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator("summary").click();
  const b = card.getByRole("button", { name: button });
  await b.scrollIntoViewIfNeeded();
  await b.click();
}

/** Stands in for the clipboard in the popup (run in the popup, before its scripts): what it is given to write is kept
 * in `window.copied`. */
export function stubClipboard() {
  const w = window as unknown as { copied?: string };
  Object.defineProperty(navigator, "clipboard", {
    value: {
      writeText: async (text: string) => {
        w.copied = text;
      },
    },
  });
}

/** The text under the tab's flash (the "show me" tint), and whether it is wholly in the viewport; null when none. */
export const flashed = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get("defence-lens-flash") as unknown as Iterable<AbstractRange> | undefined;
    const r = h ? [...h][0] : undefined;
    if (!r) return null;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const rect = range.getBoundingClientRect();
    return {
      text: range.toString(),
      top: Math.round(rect.top + scrollY),
      inViewport: rect.top >= 0 && rect.bottom <= innerHeight,
    };
  });
