import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { isToBackground } from "~/src/messages";
import { settingsItem } from "~/src/settings/storage";

// The toolbar badge: how many entities are highlighted on each tab, as its content script reports after each pass.
export default defineBackground(() => {
  // Settings stored by an older version are migrated once, here, rather than by every content script.
  void settingsItem.migrate();
  // Manifest V3 calls it action; Firefox's MV2 build, browserAction.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: "#1d4ed8" });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isToBackground(message) || tabId === undefined) return;
    void action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : "" });
  });
});
