// The cross-browser tests' driver for Firefox: puppeteer-core over WebDriver BiDi, with no geckodriver and no browser
// download (Playwright drives only its own patched Firefox, which cannot load an extension). Debian's firefox-esr,
// headless, a fresh profile each time, the Firefox build (.output/firefox-mv2) installed as a temporary add-on.
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import puppeteer, { type Browser, type KeyInput, type Page } from "puppeteer-core";
import { root, type Served } from "../../../scripts/serve";
import type { Settings } from "../../../src/settings/model";
import { expect } from "../harness";
import type { Command, Lens } from "./lens";
import type { Tab } from "./tab";

export const firefoxDir = `${root}/.output/firefox-mv2`;

/** Firefox's binary: `FIREFOX_PATH`, or Debian's firefox-esr. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
}

/** The extension's internal UUID, fixed by a pref so that its pages have a known address. */
const EXTENSION_UUID = "0d1e7a3c-5f2b-4c8e-9a61-d3f4b5c6e7a8";
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Where Firefox's own services (remote settings, blocklists) are pointed: puppeteer's profile names this host. */
const FIREFOX_SERVICES_HOST = "dummy.test";

/** WebDriver BiDi as puppeteer's connection carries it, for what puppeteer has no call of its own. */
interface Bidi {
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
function tabOf(page: Page, bidi: Bidi): Tab {
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

/** The `browser` global of an extension page. */
interface ExtensionApi {
  tabs: {
    getCurrent(): Promise<{ id: number }>;
    query(q: object): Promise<{ id: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<Command[]> };
}

/**
 * Presses a shortcut ("Alt+Shift+L") in the most recently focused browser window, as a keyboard does: trusted key
 * events from a text input processor in the window's chrome, where Firefox matches extension shortcuts, then on to
 * the page. Needs `--remote-allow-system-access` (BiDi's chrome contexts). Returns the address of the window's tab.
 */
async function pressInBrowserWindow(bidi: Bidi, shortcut: string): Promise<string> {
  const parts = shortcut.split("+");
  const main = parts.pop() ?? "";
  const modifier: Record<string, [string, string, number]> = {
    Alt: ["Alt", "AltLeft", 18],
    Shift: ["Shift", "ShiftLeft", 16],
    Ctrl: ["Control", "ControlLeft", 17],
    Command: ["Meta", "MetaLeft", 91],
  };
  const keys = parts.map((p) => {
    const k = modifier[p];
    if (!k) throw new Error(`modifier ${p} of ${shortcut} not supported`);
    return k;
  });
  if (!/^[A-Z0-9]$/.test(main)) throw new Error(`key ${main} of ${shortcut} not supported`);
  const shift = parts.includes("Shift");
  keys.push([shift ? main : main.toLowerCase(), /\d/.test(main) ? `Digit${main}` : `Key${main}`, main.charCodeAt(0)]);
  const { result: tree } = (await bidi.send("browsingContext.getTree", { "moz:scope": "chrome" })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const context = tree.contexts.find((c) => c.url.startsWith("chrome://browser/"))?.context;
  // Firefox 140 lists its pages instead: its WebDriver BiDi has no chrome scope (153 has).
  if (!context) throw new Error(`this Firefox gives WebDriver BiDi no browser window to press ${shortcut} in`);
  // Runs in the browser's chrome, not in a page: Services, Cc and Ci are its globals.
  const script = `(async (keys) => {
    const win = Services.wm.getMostRecentWindow("navigator:browser");
    win.gBrowser.selectedBrowser.focus();
    const tip = Cc["@mozilla.org/text-input-processor;1"].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(win)) throw new Error("no input transaction");
    const event = ([key, code, keyCode]) => new win.KeyboardEvent("", { key, code, keyCode });
    for (const k of keys) tip.keydown(event(k));
    for (const k of [...keys].reverse()) tip.keyup(event(k));
    return win.gBrowser.selectedBrowser.currentURI.spec;
  })(${JSON.stringify(keys)})`;
  const { result } = (await bidi.send("script.evaluate", {
    expression: script,
    target: { context },
    awaitPromise: true,
    resultOwnership: "none",
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } } };
  if (result.type !== "success") throw new Error(`pressing ${shortcut}: ${result.exceptionDetails?.text}`);
  return result.result?.value ?? "";
}

/**
 * Launches headless Firefox with the Firefox build installed and a fresh reader's tab. Every request it makes goes
 * through the local page server as its proxy (which serves the test pages to it and refuses anything else), so
 * nothing leaves the machine and every request is seen.
 */
export async function launchFirefox(served: Served): Promise<Lens> {
  const executablePath = firefoxPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Firefox at ${executablePath}: install Debian's firefox-esr (apt-get install firefox-esr), set FIREFOX_PATH, ` +
        "or run the Chromium tests alone with `npm run test:e2e:chromium`.",
    );
  }
  if (!existsSync(`${firefoxDir}/manifest.json`)) {
    throw new Error(`No Firefox build in ${firefoxDir}: run \`npm run build:firefox\` first.`);
  }
  const geckoId: string = JSON.parse(readFileSync(`${firefoxDir}/manifest.json`, "utf8")).browser_specific_settings
    .gecko.id;
  const requests: string[] = [];
  const onRequest = (req: IncomingMessage) => requests.push(new URL(req.url ?? "/", served.origin).href);
  // An https:// or ws(s):// address asks the proxy for a tunnel: noted, and refused.
  const onConnect = (req: IncomingMessage, socket: Duplex) => {
    requests.push(`https://${req.url}/`);
    socket.destroy();
  };
  served.server.prependListener("request", onRequest);
  served.server.on("connect", onConnect);
  const proxy = new URL(served.origin);

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath,
      headless: true,
      // Without it, Firefox opens no moz-extension:// page for WebDriver BiDi, and has no chrome context to press
      // shortcuts in.
      args: ["--remote-allow-system-access"],
      defaultViewport: { width: 1280, height: 720 },
      // Firefox's remote settings take the profile's placeholder server only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
      extraPrefsFirefox: {
        "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        "network.proxy.type": 1,
        "network.proxy.http": proxy.hostname,
        "network.proxy.http_port": Number(proxy.port),
        "network.proxy.ssl": proxy.hostname,
        "network.proxy.ssl_port": Number(proxy.port),
        "network.proxy.no_proxies_on": "",
        "network.proxy.allow_hijacking_localhost": true,
        "network.dns.disablePrefetch": true,
        // The browser's own request for a page's /favicon.ico, which no page here has.
        "browser.chrome.site_icons": false,
      },
    });
  } catch (error) {
    served.server.off("request", onRequest);
    served.server.off("connect", onConnect);
    throw error;
  }
  const close = async () => {
    await browser.close();
    served.server.off("request", onRequest);
    served.server.off("connect", onConnect);
  };
  try {
    await browser.installExtension(firefoxDir);
    const bidi = (browser as unknown as { connection: Bidi }).connection;
    const reader = (await browser.pages())[0] ?? (await browser.newPage());
    const tab = tabOf(reader, bidi);
    // An extension page in a background tab, for the extension's APIs (storage, tabs, the badge): the popup's page,
    // pointed at no tab. The reader's tab is the one other tab.
    const control = await browser.newPage({ background: true });
    await tabOf(control, bidi).goto(`${EXTENSION_ORIGIN}/popup.html?tab=-1`);
    /** Runs a function in the extension page, given its `browser` global and a serialisable argument. */
    const inExtension = <R, A = null>(fn: (api: ExtensionApi, arg: A) => Promise<R>, arg?: A): Promise<R> =>
      control.evaluate(`(${fn})(browser, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
    const others = await inExtension(async (api) => {
      const self = await api.tabs.getCurrent();
      return (await api.tabs.query({})).map((t) => t.id).filter((id) => id !== self.id);
    });
    if (others.length !== 1) throw new Error(`expected the reader's tab alone beside the extension's: ${others}`);
    const readerId = others[0] as number;
    // The background is up (it stores the fact base when it starts) before the first page opens.
    await expect
      .poll(() => inExtension(async (api) => "factBase" in (await api.storage.local.get("factBase"))))
      .toBe(true);

    const lens: Lens = {
      browser: "firefox",
      tab,
      setSettings: (settings: Settings) =>
        inExtension((api, value) => api.storage.local.set({ settings: value, settings$: { v: 2 } }), settings),
      tellTab: <T>(message: unknown) =>
        inExtension((api, { id, m }) => api.tabs.sendMessage(id, m), { id: readerId, m: message }) as Promise<T>,
      commands: () => inExtension((api) => api.commands.getAll()),
      async command(name) {
        const shortcut = (await lens.commands()).find((c) => c.name === name)?.shortcut;
        if (!shortcut) throw new Error(`no shortcut for the command ${name}`);
        await reader.bringToFront();
        const on = await pressInBrowserWindow(bidi, shortcut);
        if (on !== reader.url()) throw new Error(`${shortcut} went to ${on}, not to the reader's tab ${reader.url()}`);
      },
      badge: () => inExtension((api, id) => api.browserAction.getBadgeText({ tabId: id }), readerId),
      async openPopup() {
        const popup = tabOf(await browser.newPage({ type: "window" }), bidi);
        await popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${readerId}`);
        await expect
          .poll(() => popup.evaluate(() => document.querySelector("main")?.getAttribute("aria-busy")))
          .toBe("false");
        return popup;
      },
      requests: () => requests.filter((url) => new URL(url).hostname !== FIREFOX_SERVICES_HOST),
      close,
    };
    return lens;
  } catch (error) {
    await close();
    throw error;
  }
}
