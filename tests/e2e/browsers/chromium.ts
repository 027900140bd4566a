// The cross-browser tests' driver for Chromium: Playwright, as the rest of the suite (harness.ts). Its pages are
// `Tab`s as they are; the extension's side is reached through its service worker.
import type { ToContent } from "../../../src/extension/messages";
import { launchWithExtension, openPopup, serviceWorker, setSettings, tabIdOf, tellTab } from "../harness";
import type { Command, Lens } from "./lens";

/**
 * The message the background sends the active tab for each command (entrypoints/background.ts): what a shortcut
 * does, for a browser the test cannot press it in.
 */
const COMMAND_MESSAGE: Record<string, ToContent> = { "open-panel": { type: "panel" } };

/** Launches headless Chromium with the Chrome build (.output/chrome-mv3) loaded, and its first tab as the reader's. */
export async function launchChromium(): Promise<Lens> {
  const context = await launchWithExtension();
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const background = await serviceWorker(context);
  const extensionId = new URL(background.url()).host;
  const tab = context.pages()[0] ?? (await context.newPage());
  return {
    browser: "chromium",
    tab,
    setSettings: (settings) => setSettings(background, settings),
    tellTab: (message) => tellTab(tab, background, message),
    commands: () =>
      background.evaluate(() =>
        (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }).chrome.commands.getAll(),
      ),
    async command(name) {
      const message = COMMAND_MESSAGE[name];
      if (!message) throw new Error(`no such command: ${name}`);
      await tellTab(tab, background, message);
    },
    async badge() {
      const tabId = await tabIdOf(tab, background);
      return background.evaluate(
        (id) =>
          (
            globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    },
    openPopup: async () => (await openPopup(tab, background, extensionId)).popup,
    requests: () => requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`)),
    close: () => context.close(),
  };
}
