// The interface's words in the reader's language: English, French and Estonian, from the catalogues in
// src/i18n/locales/<language>.json (one flat object, key → message; the build writes them as the browser's own
// `_locales/<language>/messages.json` too, for the manifest's name, description and command).
//
// Why not `browser.i18n.getMessage` (or @wxt-dev/i18n, a typed wrapper around it): the browser fixes the language to its
// own UI language when the extension starts, and the options page lets the reader choose another, applied at once in
// every open view; the page session is also a module built apart by esbuild (wxt.config.ts) and the views are unit
// tested in Node, where neither `browser.i18n` nor WXT's `#i18n` alias exists. So the catalogues are bundled as data
// and looked up here, with the keys typed from the English catalogue, plurals by `Intl.PluralRules` and numbers, lists
// and dates by `Intl` in the chosen language.
import en from "./locales/en.json" with { type: "json" };
import et from "./locales/et.json" with { type: "json" };
import fr from "./locales/fr.json" with { type: "json" };

/** The interface's languages, English first (the default and the fallback). */
export const LANGUAGES = ["en", "fr", "et"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The reader's choice on the options page: the browser's UI language, or one of ours. */
export type LanguageSetting = "auto" | Language;

type Catalogue = typeof en;
/** Every key of the catalogues, plural forms included ("claims_one", "claims_other"). */
export type MessageKey = keyof Catalogue;
/** A message with plural forms: the keys `<base>_one`, `<base>_other` (and any other CLDR category a language uses). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
/** A message without plural forms. */
export type PlainKey = Exclude<MessageKey, `${PluralKey}_${"zero" | "one" | "two" | "few" | "many" | "other"}`>;

/** The catalogues, each a flat key → message map; placeholders are `{name}`. */
export const CATALOGUES: Record<Language, Readonly<Record<string, string>>> = { en, fr, et };

/** BCP 47 tags for `Intl`: British English writes "28 October 2020", as the documents do. */
const INTL_TAG: Record<Language, string> = { en: "en-GB", fr: "fr-FR", et: "et-EE" };

let current: Language = "en";

/** The language the views speak now. */
export function language(): Language {
  return current;
}

/** Sets the language of every view built from now on (a view already shown keeps its words until rebuilt). */
export function setLanguage(lang: Language): void {
  current = lang;
}

/**
 * The interface language for a setting and the browser's UI language (`browser.i18n.getUILanguage()`, "fr-CA",
 * "et", "en-US"): the setting unless "auto", else the UI language's primary subtag when it is one of ours, else English.
 */
export function pickLanguage(setting: LanguageSetting | undefined, uiLanguage: string | undefined): Language {
  if (setting && setting !== "auto") return setting;
  const primary = (uiLanguage ?? "").toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(primary) ? primary : "en";
}

/** The `Intl` tag of the current language ("fr-FR"), for `lang` attributes and formatting. */
export function intlTag(lang: Language = current): string {
  return INTL_TAG[lang];
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
/** A number as the language writes it: 1,500 / 1 500 / 1 500. */
export function formatNumber(n: number): string {
  let f = numberFormats.get(current);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[current]);
    numberFormats.set(current, f);
  }
  return f.format(n);
}

function fill(message: string, vars: Readonly<Record<string, string | number>> | undefined): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : typeof v === "number" ? formatNumber(v) : v;
  });
}

function lookup(key: string): string {
  return CATALOGUES[current][key] ?? CATALOGUES.en[key] ?? key;
}

/**
 * A message in the current language, its `{name}` placeholders filled from `vars` (numbers formatted in the
 * language). A key a catalogue lacks falls back to English (the unit test keeps every catalogue complete).
 */
export function t(key: PlainKey, vars?: Readonly<Record<string, string | number>>): string {
  return fill(lookup(key), vars);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
/**
 * A message with plural forms for `count` (`{count}` in it, formatted): the form `Intl.PluralRules` picks in the
 * current language ("1 claim", "2 claims"; French "0 affirmation", "1 500 affirmations"), `<key>_other` when the
 * language's catalogue has no form of its own for that category.
 */
export function tn(key: PluralKey, count: number, vars?: Readonly<Record<string, string | number>>): string {
  let rules = pluralRules.get(current);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_TAG[current]);
    pluralRules.set(current, rules);
  }
  const forms = CATALOGUES[current];
  const form = forms[`${key}_${rules.select(count)}`] ?? forms[`${key}_other`] ?? lookup(`${key}_other`);
  return fill(form, { count, ...vars });
}

/** "a, b and c", "a, b et c", "a, b ja c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(INTL_TAG[current], { style: "long", type: "conjunction" }).format(items);
}

/**
 * An ISO date, month or year ("2020-10-28", "2020-10", "2020") written out in the language: "28 October 2020",
 * "28 octobre 2020", "28. oktoober 2020"; "October 2020", "octobre 2020"; any other text as it is.
 */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return String(Number(year));
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  return new Intl.DateTimeFormat(INTL_TAG[current], {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    ...(day ? { day: "numeric" } : {}),
  }).format(date);
}

/**
 * The fact base's own text in the current language: its `fr` or `et` translation from corpus/facts.yaml when it has
 * one, else the English it was written in.
 */
export function factText(english: string, translations?: Partial<Record<Exclude<Language, "en">, string>>): string {
  return (current !== "en" && translations?.[current]) || english;
}
