// The settings as a content script reads them: the one stored value, taken in whichever shape it is, straight from
// the extension's storage area. The versioned item (storage.ts) starts a migration check (a lock and two reads) in
// every context that defines it, and WXT's storage layer costs ~2.5 ms more to start than this one read: on every
// page, before anything else. The background runs the migration once, when the extension starts.
import { browser } from "wxt/browser";
import { type Settings, settingsFrom } from "../settings/model";

/** The item's name in the storage area, and its key for WXT's storage (area and name). */
const NAME = "settings";
export const SETTINGS_KEY = `local:${NAME}` as const;

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(NAME);
    return settingsFrom(stored[NAME]);
  } catch {
    return settingsFrom(null);
  }
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[NAME];
    if (area === "local" && change) onChange(settingsFrom(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
