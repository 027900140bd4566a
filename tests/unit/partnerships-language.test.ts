// @vitest-environment happy-dom
// The popup's partnership timeline in the reader's language: what a date is of ("announcement") is an interface word.
import { afterEach, describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { type Language, setLanguage } from "../../src/i18n";
import { partnershipsView } from "../../src/ui/popup/partnerships";

afterEach(() => setLanguage("en"));

const whats = (lang: Language) => {
  setLanguage(lang);
  const view = partnershipsView(factBase, null);
  return [...view.querySelectorAll(".timeline .when")].map((w) => /\(([^)]+)\)$/.exec(w.textContent ?? "")?.[1] ?? "");
};

describe("the partnership timeline", () => {
  it("says what each date is of in the reader's language", () => {
    const en = whats("en").filter(Boolean);
    expect(en).toContain("announcement");
    for (const lang of ["fr", "et"] as const) {
      const said = whats(lang).filter(Boolean);
      expect(said.length, lang).toBe(en.length);
      for (const word of said) expect(en, `${lang}: ${word}`).not.toContain(word);
    }
  });
});
