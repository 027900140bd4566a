// The extension's stored settings: one versioned item, migrated by the background when the extension starts, read and
// written by the popup. Content scripts read the same key through `read.ts`.
import { storage } from "wxt/utils/storage";
import { DEFAULT_SETTINGS, migrateV1, type Settings, sanitizeSettings } from "../settings/model";
import { SETTINGS_KEY } from "./settings-read";

export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1 },
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The updates under way, one after another: each reads what the one before it wrote. */
let updates: Promise<unknown> = Promise.resolve();

export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = updates.then(async () => {
    const value = sanitizeSettings(change(await loadSettings()));
    await settingsItem.setValue(value);
    return value;
  });
  updates = next.catch(() => {});
  return next;
}
