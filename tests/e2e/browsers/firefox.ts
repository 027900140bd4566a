// The cross-browser tests' driver for Firefox: puppeteer-core over WebDriver BiDi, with no geckodriver and no browser
// download (Playwright drives only its own patched Firefox, which cannot load an extension). Debian's firefox-esr,
// headless, a fresh profile each time, the Firefox build (.output/firefox-mv2) installed as a temporary add-on.
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import puppeteer, { type Browser } from "puppeteer-core";
import { root, type Served } from "../../../scripts/serve";
import type { Settings } from "../../../src/settings/model";
import { expect } from "../harness";
import { pressInBrowserWindow } from "./firefox-shortcut";
import { type Bidi, tabOf } from "./firefox-tab";
import type { Command, Lens } from "./lens";

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

/** The `browser` global of an extension page. */
interface ExtensionApi {
  tabs: {
    getCurrent(): Promise<{ id: number }>;
    query(q: object): Promise<{ id: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
    remove(id: number): Promise<void>;
    update(id: number, properties: { active: boolean }): Promise<unknown>;
  };
  runtime: { getURL(path: string): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<Command[]> };
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
    // The first-run tab the extension opens on install is closed once it is there: the reader's tab is the one used.
    const closeFirstRun = () =>
      inExtension(async (api) => {
        const [first] = await api.tabs.query({ url: api.runtime.getURL("/welcome.html") });
        if (first?.id !== undefined) await api.tabs.remove(first.id);
        return first !== undefined;
      });
    await expect.poll(closeFirstRun, { message: "the first-run tab" }).toBe(true);
    const others = await inExtension(async (api) => {
      const self = await api.tabs.getCurrent();
      return (await api.tabs.query({})).map((t) => t.id).filter((id) => id !== self.id);
    });
    if (others.length !== 1) throw new Error(`expected the reader's tab alone beside the extension's: ${others}`);
    const readerId = others[0] as number;
    // Closing the first-run tab selected another: the reader's tab is brought back to the front, as it was.
    await inExtension(async (api, id) => void (await api.tabs.update(id, { active: true })), readerId);
    await reader.bringToFront();
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
