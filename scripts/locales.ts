// The browser's own catalogues, `_locales/<language>/messages.json`, written by the build from the extension's
// (src/i18n/locales/*.json): the browser reads them for the manifest's name, description and command, in its own UI
// language; the views look the same catalogues up themselves (src/i18n/index.ts says why).
import { CATALOGUES, LANGUAGES } from "../src/i18n";

/** Each language's `_locales` file: its path in the build and its text (`{ key: { message } }`, Chrome's format). */
export function browserCatalogues(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: `${JSON.stringify(
      Object.fromEntries(Object.entries(CATALOGUES[lang]).map(([key, message]) => [key, { message }])),
      null,
      2,
    )}\n`,
  }));
}
