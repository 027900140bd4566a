// The languages the matcher tells apart, and how a page names its own (`<html lang>`, `Content-Language`).
// Kept apart from the detector (language.ts), which only the background loads.

/**
 * The language of a page as far as the matcher cares: English, French or Estonian, the languages the fact base's
 * aliases are written in, or "other" for any other language a page declares or is read as.
 */
export type PageLanguage = "en" | "fr" | "et" | "other";

/** The languages an alias may be marked with in the fact base. */
export const ALIAS_LANGUAGES = ["en", "fr", "et"] as const;

/**
 * The ISO 639-3 codes the text detector chooses among (franc's codes): the three of the fact base, and the languages
 * of the region a page in them could be mistaken for (Finnish for Estonian above all), so that such a page is read as
 * "other" rather than as the nearest of the three.
 */
export const DETECTED = ["eng", "fra", "ekk", "fin", "deu", "nld", "spa", "ita", "por", "lvs", "lit", "pol", "swe"];

/**
 * A language tag as a page declares it ("et-EE", "fr", "en-GB", "EST"), as a page language; undefined when it says
 * nothing usable (empty, "und", "mul", "zxx").
 */
export function languageOfTag(tag: string | null | undefined): PageLanguage | undefined {
  const primary =
    (tag ?? "")
      .trim()
      .split(/[-_,;\s]/)[0]
      ?.toLowerCase() ?? "";
  if (primary === "" || primary === "und" || primary === "mul" || primary === "zxx" || primary === "x")
    return undefined;
  if (primary === "en" || primary === "eng") return "en";
  if (primary === "fr" || primary === "fra" || primary === "fre") return "fr";
  if (primary === "et" || primary === "est" || primary === "ekk") return "et";
  return /^[a-z]{2,3}$/.test(primary) ? "other" : undefined;
}
