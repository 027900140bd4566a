// The settings and their rules, pure so that tests cover migration and recovery without a browser.
import { CATEGORIES, type Category } from "../facts/types";

export const TOGGLES = [...CATEGORIES, "claims"] as const;
export type Toggle = (typeof TOGGLES)[number];

export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Host names where the extension is off. */
  disabledSites: string[];
  /** Each highlight category (and claims) on or off. */
  show: Record<Toggle, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  show: Object.fromEntries(TOGGLES.map((t) => [t, true])) as Record<Toggle, boolean>,
};

/**
 * Whatever is in storage, a valid Settings: unknown or broken fields fall back to their default one by one, so a
 * corrupted entry never costs the user the rest of their choices.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const show = (r.show && typeof r.show === "object" ? r.show : {}) as Record<string, unknown>;
  return {
    enabled: typeof r.enabled === "boolean" ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(r.disabledSites)
      ? [...new Set(r.disabledSites.filter((s): s is string => typeof s === "string" && s.length > 0))]
      : [],
    show: Object.fromEntries(
      TOGGLES.map((t) => [t, typeof show[t] === "boolean" ? show[t] : DEFAULT_SETTINGS.show[t]]),
    ) as Record<Toggle, boolean>,
  };
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function shownCategories(settings: Settings): Category[] {
  return CATEGORIES.filter((c) => settings.show[c]);
}

/** Settings from whatever storage holds: today's shape, version 1's (not migrated yet), nothing or garbage. */
export function settingsFrom(raw: unknown): Settings {
  return migrateV1(raw);
}

/**
 * Version 1 of the stored settings (the first draft) kept a list of hidden categories and of sites where it was
 * off. Version 2 keeps one switch per category. Whatever the old entry holds, the result is valid.
 */
export function migrateV1(old: unknown): Settings {
  const o = (old && typeof old === "object" ? old : {}) as { off?: unknown; hidden?: unknown; sites?: unknown };
  // Already in today's shape (its version mark was lost): kept as it is.
  if ("show" in o || "enabled" in o) return sanitizeSettings(o);
  const hidden = Array.isArray(o.hidden) ? o.hidden : [];
  return sanitizeSettings({
    enabled: o.off !== true,
    disabledSites: o.sites,
    show: Object.fromEntries(TOGGLES.map((t) => [t, !hidden.includes(t)])),
  });
}
