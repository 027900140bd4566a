// The interface's language in the extension's own contexts: the options page's choice, else the browser's UI language
// (src/i18n says why the catalogues are looked up by the extension itself rather than by `browser.i18n`).
import { browser } from "wxt/browser";
import { type Language, pickLanguage, setLanguage } from "../i18n";
import type { Settings } from "../settings/model";

/** The browser's UI language ("fr", "et-EE", "en-US"); empty where the API is missing. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return "";
  }
}

/** The language the settings choose, in this browser. */
export function uiLanguageFor(settings: Pick<Settings, "language">): Language {
  return pickLanguage(settings.language, browserUiLanguage());
}

/**
 * Sets the language of the views built from now on in this context, and of `doc`'s root (`lang`, read by screen
 * readers and for hyphenation). Returns the language.
 */
export function applyUiLanguage(settings: Pick<Settings, "language">, doc?: Document): Language {
  const lang = uiLanguageFor(settings);
  setLanguage(lang);
  if (doc) doc.documentElement.lang = lang;
  return lang;
}
