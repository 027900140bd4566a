// The tests in tests/e2e/cross-browser run in Chromium and in Firefox with the same bodies: each browser's driver gives
// a `Lens`, the built extension loaded into a fresh browser with the reader's tab, and the harness's reads
// (`highlights`, `drawn`, `hoverText`…) work on either browser's tabs. playwright.config.ts runs these files in a
// "chromium" and a "firefox" project.
import type { ToContent } from "../../../src/extension/messages";
import type { Settings } from "../../../src/settings/model";
import { test as harness } from "../harness";
import { launchChromium } from "./chromium";
import { launchFirefox } from "./firefox";
import type { Tab } from "./tab";

export type BrowserName = "chromium" | "firefox";

/** An extension command as the browser has it: its name, the shortcut bound to it ("Alt+Shift+L"), its description. */
export interface Command {
  name: string;
  shortcut?: string;
  description?: string;
}

/** A browser with the built extension installed, and the tab the reader uses. */
export interface Lens {
  readonly browser: BrowserName;
  /** The reader's tab: the one the popup, the badge and the commands are about. */
  readonly tab: Tab;
  /** Writes the extension's settings to its storage, as the popup does; open tabs apply them at once. */
  setSettings(settings: Settings): Promise<void>;
  /** Sends a message to the content script of the reader's tab, as the popup does, and returns its reply. */
  tellTab<T = unknown>(message: ToContent): Promise<T>;
  /** The extension's commands as the browser registered them from the manifest. */
  commands(): Promise<Command[]>;
  /**
   * Runs an extension command on the reader's tab as its keyboard shortcut does. Firefox: the shortcut is pressed in
   * the browser window (key events through Firefox's own shortcut handling, to the background's listener). Chromium:
   * headless Chromium delivers no extension shortcut from synthetic input, so the message the background's listener
   * sends for the command is sent from the background.
   */
  command(name: string): Promise<void>;
  /** The toolbar badge's text on the reader's tab. */
  badge(): Promise<string>;
  /** Opens the popup about the reader's tab, in a window of its own (the reader's tab stays visible), once rendered. */
  openPopup(): Promise<Tab>;
  /**
   * Every network request the browser made since it started, by URL, the browser's own services left out (Chromium
   * runs with them off; Firefox's are pointed at a placeholder host). The extension's own packaged files are not
   * network requests and are not listed.
   */
  requests(): string[];
  close(): Promise<void>;
}

interface LensFixtures {
  lens: Lens;
}

/** Which browser the project runs the cross-browser tests in (playwright.config.ts). */
export interface LensOptions {
  lensBrowser: BrowserName;
}

/** Playwright's `test` with a fresh `lens` for each test, in the project's browser, and the local page server. */
export const test = harness.extend<LensFixtures, LensOptions>({
  lensBrowser: ["chromium", { option: true, scope: "worker" }],
  lens: async ({ lensBrowser, server }, use) => {
    const lens = lensBrowser === "firefox" ? await launchFirefox(server) : await launchChromium();
    await use(lens);
    await lens.close();
  },
});

export { expect } from "../harness";
