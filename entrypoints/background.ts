import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { isToBackground } from "~/src/messages";

// The toolbar badge: how many entities are highlighted on each tab, as its content script reports after each pass.
export default defineBackground(() => {
  // Manifest V3 calls it action; Firefox's MV2 build, browserAction.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: "#1d4ed8" });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isToBackground(message) || tabId === undefined) return;
    void action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : "" });
  });
});
