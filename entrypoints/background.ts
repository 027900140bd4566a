import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { keepFactBaseStored } from "~/src/extension/fact-base-storage";
import { isPortRequest, MATCH_PORT, type PortReply } from "~/src/extension/match-port";
import { matchService } from "~/src/extension/match-service";
import { type FactsReply, isToBackground, type ToContent } from "~/src/extension/messages";
import { settingsItem } from "~/src/extension/settings-storage";
import { FACT_BASE_VERSION, factBaseJson } from "~/src/facts/data.generated";
import { detectLanguage } from "~/src/match/language";
import { sourceQuery } from "~/src/ui/source-address";

// The toolbar badge: how many entities are highlighted on each tab, as its content script reports after each pass.
export default defineBackground(() => {
  // Settings stored by an older version are migrated once, here, rather than by every content script.
  void settingsItem.migrate();
  // The content scripts read the fact base from storage (they would otherwise each compile it, on every page).
  const facts: FactsReply = { version: FACT_BASE_VERSION, json: factBaseJson };
  void keepFactBaseStored(facts);
  const match = matchService(factBaseJson);
  // Manifest V3 calls it action; Firefox's MV2 build, browserAction.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: "#1d4ed8" });
  // On install (not on an update or a browser update), the first-run page: what it does, what the colours mean.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("/welcome.html") });
  });
  // The keyboard command opens the annotations panel in the active tab (its content script answers; a page it does not
  // run on, such as the browser's own, has no listener, and nothing happens).
  browser.commands?.onCommand.addListener((command) => {
    if (command !== "open-panel") return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      const message: ToContent = { type: "panel" };
      if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => {});
    });
  });
  // Each page's names and claims, over its port (src/extension/match-port.ts); a malformed request is answered null.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== MATCH_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (!isPortRequest(message)) {
        const id = (message as { id?: unknown } | null)?.id;
        if (Number.isInteger(id)) port.postMessage({ id: id as number, reply: null } satisfies PortReply);
        return;
      }
      const { id, ask } = message;
      const reply =
        ask.type === "names"
          ? match.names(ask.request)
          : ask.type === "may-name"
            ? match.mayName(ask)
            : match.claims(ask.request);
      port.postMessage({ id, reply } satisfies PortReply);
    });
  });
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isToBackground(message)) return;
    if (message.type === "language") {
      // Here rather than in the content script: the detector's tables cost milliseconds to build when it loads, which
      // every page would pay; the background builds them once.
      sendResponse(detectLanguage(message.text.slice(0, 4096)) ?? null);
      return;
    }
    if (message.type === "facts") {
      // Storage did not have this version yet: the content script asks, and the copy is written again.
      sendResponse(facts);
      void keepFactBaseStored(facts);
      return;
    }
    if (message.type === "source") {
      // The source viewer, in a new tab beside the page the card was on (the viewer checks the address itself).
      const tab = sender.tab;
      void browser.tabs.create({
        url: `${browser.runtime.getURL("/source.html")}?${sourceQuery(message)}`,
        ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId } : {}),
      });
      return;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : "" });
  });
});
