// The settings as a content script reads them: the stored value, taken in whichever shape it is, without the
// versioned item. Defining that item starts its migration check (a lock and two reads) in every context that
// defines it, about 3 ms on every page; the background runs the migration once, when the extension starts.
import { storage } from "wxt/utils/storage";
import { type Settings, settingsFrom } from "./model";

export const SETTINGS_KEY = "local:settings";

export async function readSettings(): Promise<Settings> {
  try {
    return settingsFrom(await storage.getItem<unknown>(SETTINGS_KEY));
  } catch {
    return settingsFrom(null);
  }
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_KEY, (value) => onChange(settingsFrom(value)));
}
