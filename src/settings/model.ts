// The settings and their rules, pure so that tests cover migration and recovery without a browser.
import { CATEGORIES, type Category } from "../facts/types";
import { LANGUAGES, type LanguageSetting } from "../i18n";

export const TOGGLES = [...CATEGORIES, "claims"] as const;
export type Toggle = (typeof TOGGLES)[number];

/** Which claim sentences are underlined: those that differ from the fact base only, or those that agree too. */
export const CLAIM_UNDERLINES = ["differences", "all"] as const;
export type ClaimUnderline = (typeof CLAIM_UNDERLINES)[number];

/** "Hide this name on this site", from a card: no mention of the entity is highlighted on the site. */
export interface HiddenName {
  /** The host name ("news.example"). */
  site: string;
  /** The entity's id in the fact base. */
  entity: string;
  /** The entity's name when it was hidden, for the options page's list ("Emmanuel Macron"). */
  name: string;
}

/**
 * "Not this entity here", from a card: on the site, the words of that mention (any case) are no longer taken as that
 * entity; its other names still are, and the words may still name another entity.
 */
export interface NotThisEntity {
  site: string;
  /** The mention's words as the page wrote them ("Paris"); compared by `aliasKey`. */
  alias: string;
  entity: string;
  /** The entity's name, for the options page ("Paris (France)"). */
  name: string;
}

export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Host names where the extension is off. */
  disabledSites: string[];
  /** Each highlight category (and claims) on or off. */
  show: Record<Toggle, boolean>;
  /** Which claim sentences are underlined (the panel and the popup list them all either way). */
  claimUnderline: ClaimUnderline;
  hiddenNames: HiddenName[];
  notThisEntity: NotThisEntity[];
  /** The interface's language: "auto" follows the browser's UI language (English when it is none of ours). */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  show: Object.fromEntries(TOGGLES.map((t) => [t, true])) as Record<Toggle, boolean>,
  claimUnderline: "all",
  hiddenNames: [],
  notThisEntity: [],
  language: "auto",
};

/** A mention's words as compared with a "not this entity" entry: case, spacing and Unicode forms left out. */
export function aliasKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;

/** The valid entries of a stored list, each once (by `key`); anything else in it is dropped. */
function entries<T>(raw: unknown, read: (o: Record<string, unknown>) => T | null, key: (t: T) => string): T[] {
  if (!Array.isArray(raw)) return [];
  const out = new Map<string, T>();
  for (const item of raw) {
    const t = item && typeof item === "object" ? read(item as Record<string, unknown>) : null;
    if (t && !out.has(key(t))) out.set(key(t), t);
  }
  return [...out.values()];
}

export const hiddenNameKey = (e: Pick<HiddenName, "site" | "entity">) => `${e.site}\u0000${e.entity}`;
export const notThisEntityKey = (e: Pick<NotThisEntity, "site" | "alias" | "entity">) =>
  `${e.site}\u0000${aliasKey(e.alias)}\u0000${e.entity}`;

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
    claimUnderline: CLAIM_UNDERLINES.includes(r.claimUnderline as ClaimUnderline)
      ? (r.claimUnderline as ClaimUnderline)
      : DEFAULT_SETTINGS.claimUnderline,
    hiddenNames: entries(
      r.hiddenNames,
      (o) =>
        nonEmpty(o.site) && nonEmpty(o.entity)
          ? { site: o.site, entity: o.entity, name: nonEmpty(o.name) ? o.name : o.entity }
          : null,
      hiddenNameKey,
    ),
    notThisEntity: entries(
      r.notThisEntity,
      (o) =>
        nonEmpty(o.site) && nonEmpty(o.alias) && nonEmpty(o.entity)
          ? { site: o.site, alias: o.alias.trim(), entity: o.entity, name: nonEmpty(o.name) ? o.name : o.entity }
          : null,
      notThisEntityKey,
    ),
    language: (LANGUAGES as readonly string[]).includes(r.language as string)
      ? (r.language as LanguageSetting)
      : DEFAULT_SETTINGS.language,
  };
}

/**
 * What the reader's feedback leaves out on a site: true for a mention of `entity` written `text` that was hidden there
 * ("hide this name") or whose words are not that entity there ("not this entity").
 */
export function feedbackFilter(settings: Settings, host: string): ((entity: string, text: string) => boolean) | null {
  const hidden = new Set(settings.hiddenNames.filter((e) => e.site === host).map((e) => e.entity));
  const notThis = new Set(
    settings.notThisEntity.filter((e) => e.site === host).map((e) => `${aliasKey(e.alias)}\u0000${e.entity}`),
  );
  if (hidden.size === 0 && notThis.size === 0) return null;
  return (entity, text) => hidden.has(entity) || notThis.has(`${aliasKey(text)}\u0000${entity}`);
}

/** A fingerprint of what `feedbackFilter` leaves out on a site: the page is read again only when it changes. */
export function feedbackKey(settings: Settings, host: string): string {
  return JSON.stringify([
    settings.hiddenNames.filter((e) => e.site === host).map(hiddenNameKey),
    settings.notThisEntity.filter((e) => e.site === host).map(notThisEntityKey),
  ]);
}

/** The settings with an entry hidden on a site (once), or taken back out when `on` is false. */
export function withHiddenName(settings: Settings, entry: HiddenName, on = true): Settings {
  const rest = settings.hiddenNames.filter((e) => hiddenNameKey(e) !== hiddenNameKey(entry));
  return { ...settings, hiddenNames: on ? [...rest, entry] : rest };
}

/** The settings with a "not this entity" entry added (once), or taken back out when `on` is false. */
export function withNotThisEntity(settings: Settings, entry: NotThisEntity, on = true): Settings {
  const rest = settings.notThisEntity.filter((e) => notThisEntityKey(e) !== notThisEntityKey(entry));
  return { ...settings, notThisEntity: on ? [...rest, entry] : rest };
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
