// The claim reader's lines on what was compared, said in French and Estonian (src/ui/verdict-items.ts): every line it
// writes for the test pages' sentences and the issue's is of a known shape, and none keeps its English frame.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { setLanguage } from "../../src/i18n";
import { entityAutomaton, findNames } from "../../src/match";
import { buildClaimIndex, judgeSentence } from "../../src/match/claims";
import { splitSentences } from "../../src/match/sentences";
import { knownVerdictItem, verdictItem, verdictNote } from "../../src/ui/verdict-items";

const automaton = entityAutomaton(factBase);
const index = buildClaimIndex(factBase);

/** The text of a fixture page's paragraphs and list items. */
function paragraphs(page: string): string[] {
  const html = readFileSync(join(import.meta.dirname, "../fixtures/pages", page), "utf8");
  return [...html.matchAll(/<(p|li|h1)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    (m[2] ?? "")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

/** Sentences that give the claim reader's other shapes: denials, relative dates, figures, several dates. */
const MORE = [
  "France did not join NATO's battle group at Tapa, Estonia, in 2021.",
  "On Wednesday, Jüri Ratas met Emmanuel Macron at the Élysée Palace in Paris.",
  "France will station 500 troops in Estonia.",
  "France will station 300 troops in Estonia.",
  "Jüri Ratas met Emmanuel Macron at the Élysée Palace in Paris in 2017 and 2019.",
  "Jüri Ratas met Emmanuel Macron at the Élysée Palace in Paris on 12 March 2021.",
];

function lines(): string[] {
  const out: string[] = [];
  for (const paragraph of [...paragraphs("claims.html"), ...paragraphs("claim-verdicts.html"), ...MORE]) {
    for (const { start, end } of splitSentences(paragraph)) {
      const text = paragraph.slice(start, end).trim();
      const names = findNames(automaton, text, new Set(), { reach: () => paragraph });
      const v = judgeSentence(index, text, new Set(names.entities.map((m) => m.entity)), new Set(), {
        otherNames: names.others.map((m) => [m.start, m.end] as const),
      });
      if (v) out.push(...v.agreements, ...v.differences, ...v.unread);
    }
  }
  return [...new Set(out)];
}

afterEach(() => setLanguage("en"));

describe("the claim reader's lines in the reader's language", () => {
  const found = lines();

  it("are read from the test pages, in every kind: dates, figures, denials, what was not read", () => {
    expect(found.length).toBeGreaterThan(5);
    for (const start of ["date: “", "date: the page says", "the page denies it"])
      expect(found.some((l) => l.startsWith(start))).toBe(true);
  });

  it("are each of a known shape", () => {
    expect(found.filter((l) => !knownVerdictItem(l))).toEqual([]);
  });

  it("keep their English in English, and lose their English frame in French and Estonian", () => {
    for (const l of found) expect(verdictItem(l)).toBe(l);
    const frame = /\b(the page says|the fact base says|read as|was not read|denies it|date:)/;
    for (const lang of ["fr", "et"] as const) {
      setLanguage(lang);
      const said = found.map(verdictItem);
      expect(said.filter((l) => frame.test(l.replace(/“[^”]*”/g, "")))).toEqual([]);
    }
  });

  it("write dates, frequencies and durations as the language does, the page's words as they are", () => {
    setLanguage("fr");
    expect(verdictItem("date: the page says “Mar 28, 2024”; the fact base says 28 October 2020")).toBe(
      "date\u00a0: la page dit “Mar 28, 2024”\u202f; la base de faits dit 28 octobre 2020",
    );
    expect(verdictItem("frequency: the page says twice a year; the fact base says quarterly")).toBe(
      "fréquence\u00a0: la page dit deux fois par an\u202f; la base de faits dit trimestriel",
    );
    setLanguage("et");
    expect(verdictItem("date: “on Wednesday”, read as 28 October 2020")).toBe(
      "kuupäev: “on Wednesday”, loetud kui 28. oktoober 2020",
    );
    expect(verdictItem("time allowed: the page says 2 hours; the fact base says 1 hour")).toBe(
      "antud aeg: leht ütleb 2 tundi; faktibaas ütleb 1 tund",
    );
    expect(verdictNote("Public reporting gives about 300. The page's figure is close to it.")).toBe(
      "Public reporting gives about 300. Lehe arv on sellele lähedal.",
    );
  });
});
