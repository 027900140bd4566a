// The interface's catalogues (src/i18n/locales): every language has every message, with the same placeholders, and
// every message is used by the code; plurals, numbers and dates follow each language's rules.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUES, formatIsoDate, LANGUAGES, type Language, pickLanguage, setLanguage, t, tn } from "../../src/i18n";

const root = join(import.meta.dirname, "../..");
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every file of the code that may name a message: sources, pages, the build's configuration. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "locales" ? [] : codeFiles(path);
    return /\.(ts|html)$/.test(name) ? [path] : [];
  });
}
const code = [...codeFiles(join(root, "src")), ...codeFiles(join(root, "entrypoints")), join(root, "wxt.config.ts")]
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

/** A message's name as the code names it: the key, or a plural message's base ("summary_claims" for its forms). */
const baseOf = (key: string) => key.replace(PLURAL, "");

/** The problems of `catalogue` against the English one: keys missing or unknown, placeholders that differ. */
function problems(lang: Language, catalogue: Record<string, string>, english: Record<string, string>): string[] {
  const out: string[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const placeholders = (m: string) => [...new Set(m.match(/\{\w+\}/g) ?? [])].sort().join(" ");
  for (const key of Object.keys(english)) {
    if (PLURAL.test(key)) {
      if (!key.endsWith("_other")) continue;
      const base = baseOf(key);
      // Every form the language's rules give (English "one"/"other"; French also "many", which falls back to
      // "other" when it is missing), and the English placeholders in each.
      for (const c of categories) {
        const form = catalogue[`${base}_${c}`];
        if (form === undefined) {
          if (c !== "many") out.push(`${lang}: ${base}_${c} missing`);
        } else if (placeholders(form) !== placeholders(english[key] ?? ""))
          out.push(`${lang}: ${base}_${c} has ${placeholders(form)}, English ${placeholders(english[key] ?? "")}`);
      }
    } else if (catalogue[key] === undefined) out.push(`${lang}: ${key} missing`);
    else if (placeholders(catalogue[key]) !== placeholders(english[key] ?? ""))
      out.push(`${lang}: ${key} has ${placeholders(catalogue[key])}, English ${placeholders(english[key] ?? "")}`);
  }
  for (const key of Object.keys(catalogue)) {
    const known = PLURAL.test(key) ? english[`${baseOf(key)}_other`] !== undefined : english[key] !== undefined;
    if (!known) out.push(`${lang}: ${key} is not in the English catalogue`);
    // Chrome reads `$…$` as a placeholder of its own in _locales.
    if (catalogue[key]?.includes("$")) out.push(`${lang}: ${key} holds a $`);
  }
  return out;
}

/** The English messages no code names: a key as a string ("card_nextMention") or as `__MSG_key__` in the manifest. */
function unused(english: Record<string, string>, source: string): string[] {
  const bases = [...new Set(Object.keys(english).map(baseOf))];
  return bases.filter((b) => !source.includes(`"${b}"`) && !source.includes(`__MSG_${b}__`));
}

afterEach(() => setLanguage("en"));

describe("the catalogues", () => {
  const english = CATALOGUES.en as Record<string, string>;

  for (const lang of LANGUAGES)
    it(`${lang}: every message, with the English placeholders, and nothing else`, () => {
      expect(problems(lang, CATALOGUES[lang] as Record<string, string>, english)).toEqual([]);
    });

  it("every message is used by the code", () => {
    expect(unused(english, code)).toEqual([]);
  });

  it("the checks catch a missing key, a missing plural form, another placeholder and an unused message", () => {
    const fr = { ...(CATALOGUES.fr as Record<string, string>) };
    delete fr.card_nextMention;
    delete fr.summary_claims_one;
    fr.popup_onForSite = "Activé pour {site}";
    fr.stray = "?";
    expect(problems("fr", fr, english)).toEqual(
      expect.arrayContaining([
        "fr: card_nextMention missing",
        "fr: summary_claims_one missing",
        "fr: popup_onForSite has {site}, English {host}",
        "fr: stray is not in the English catalogue",
      ]),
    );
    expect(unused({ ...english, never_used: "x" }, code)).toEqual(["never_used"]);
  });

  it("French and Estonian say more than English words: no message left untranslated where it reads as English", () => {
    // Words a message in French or Estonian would not hold unless it were left in English.
    const englishWords = /\b(the|and|this|with|from|which|would|not)\b/i;
    for (const lang of ["fr", "et"] as const) {
      const left = Object.entries(CATALOGUES[lang]).filter(
        ([key, m]) =>
          englishWords.test(m.replace(/\{\w+\}|“[^”]*”|\([^)]*“[^)]*\)|chrome:\/\/\S+|about:\S+/g, "")) &&
          key !== "extName",
      );
      expect(left.map(([k]) => `${lang}: ${k}`)).toEqual([]);
    }
  });
});

describe("words by each language's rules", () => {
  it("follows the browser's UI language, and the setting over it", () => {
    expect(pickLanguage("auto", "fr-CA")).toBe("fr");
    expect(pickLanguage("auto", "et")).toBe("et");
    expect(pickLanguage("auto", "de-DE")).toBe("en");
    expect(pickLanguage("auto", "")).toBe("en");
    expect(pickLanguage("et", "fr")).toBe("et");
  });

  it("writes dates as each language does", () => {
    const dates = LANGUAGES.map((l) => {
      setLanguage(l);
      return [formatIsoDate("2020-10-28"), formatIsoDate("2021-03"), formatIsoDate("2024")];
    });
    expect(dates).toEqual([
      ["28 October 2020", "March 2021", "2024"],
      ["28 octobre 2020", "mars 2021", "2024"],
      ["28. oktoober 2020", "märts 2021", "2024"],
    ]);
  });

  it("chooses plural forms and writes numbers by the language's rules", () => {
    const summary = (l: Language) => {
      setLanguage(l);
      return [0, 1, 2, 1500].map((n) => tn("summary_claims", n));
    };
    expect(summary("en")).toEqual(["0 claims", "1 claim", "2 claims", "1,500 claims"]);
    // French: 0 and 1 are singular; thousands set apart by a narrow no-break space.
    expect(summary("fr")).toEqual(["0 affirmation", "1 affirmation", "2 affirmations", "1\u202f500 affirmations"]);
    expect(summary("et")).toEqual(["0 väidet", "1 väide", "2 väidet", "1500 väidet"]);
  });

  it("fills placeholders in the chosen language", () => {
    setLanguage("fr");
    expect(t("popup_onForSite", { host: "news.example" })).toContain("news.example");
    expect(t("popup_onForSite", { host: "news.example" })).not.toBe("On for news.example");
  });
});
