// The reader's feedback from a card (src/ui/card-feedback.ts), stored with the settings by the content script: one
// read and one write of the same item the options page and the popup keep (src/extension/settings-storage.ts).
import { browser } from "wxt/browser";
import { type Settings, sanitizeSettings, settingsFrom, withHiddenName, withNotThisEntity } from "../settings/model";
import type { CardFeedback } from "../ui/card-feedback";

/** The item's name in storage.local (see settings-read.ts). */
const NAME = "settings";

/** The changes from this page, one after another: each reads what the one before it wrote. */
let queue: Promise<unknown> = Promise.resolve();

function change(update: (s: Settings) => Settings): Promise<void> {
  const next = queue.then(async () => {
    const stored = await browser.storage.local.get(NAME);
    await browser.storage.local.set({ [NAME]: sanitizeSettings(update(settingsFrom(stored[NAME]))) });
  });
  queue = next.catch(() => {});
  return next;
}

/** The card's feedback on `site` (the page's host name), stored in the settings: every open tab of the site applies it. */
export function feedbackStorage(site: string): CardFeedback {
  return {
    hideName: (m, on) => change((s) => withHiddenName(s, { site, entity: m.entity, name: m.name }, on)),
    notThisEntity: (m, on) =>
      change((s) => withNotThisEntity(s, { site, alias: m.words, entity: m.entity, name: m.name }, on)),
  };
}
