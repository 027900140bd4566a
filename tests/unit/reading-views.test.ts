// The pure parts of the reading views: the one line of support, the popup's summary line, the order of the
// partnerships, and timeline lines that do not repeat their own date.

import { describe, expect, it } from "vitest";
import type { PageSummary } from "../../src/extension/messages";
import { factBase } from "../../src/facts";
import { claimById, partnershipSummary } from "../../src/facts/query";
import type { Claim, FactBase } from "../../src/facts/types";
import { setLanguage } from "../../src/i18n";
import { summaryLine } from "../../src/ui/popup/page";
import { pageWeight, withoutOwnDate } from "../../src/ui/popup/partnerships";
import { supportLine } from "../../src/ui/support";

const claim = (id: string) => claimById(factBase, id) as Claim;

describe("the one line of support", () => {
  it("names the only document by its kind and rating, for each claim from its own documents", () => {
    expect(supportLine(factBase, claim("additional-200-troops"))).toBe(
      "Only source: an unattributed web article, rated low",
    );
    expect(supportLine(factBase, claim("ratas-macron-meeting-2020"))).toBe(
      "One source: a report that follows the Estonian government's release, rated good",
    );
    // A low-reliability document beside a good one is counted apart, not as corroboration.
    expect(supportLine(factBase, claim("cyber-cooperation"))).toBe(
      "One source: a report that follows the Estonian government's release, rated good; also 1 low-reliability source",
    );
    for (const c of factBase.claims) expect(supportLine(factBase, c).length).toBeLessThan(120);
  });

  it("counts independent sources when there are several", () => {
    const base = claim("ratas-macron-meeting-2020");
    const fb: FactBase = {
      ...factBase,
      documents: [
        ...factBase.documents,
        { ...(factBase.documents[2] as FactBase["documents"][number]), id: "x.txt", reliability: "medium" },
      ],
    };
    const two: Claim = { ...base, evidence: [...base.evidence, { document: "x.txt", quote: "q" }] };
    expect(supportLine(fb, two)).toBe("2 independent sources, rated good and medium");
  });
});

const page = (entities: [string, number][], claims: [string, "match" | "conflict"][] = []): PageSummary => ({
  url: "https://news.example/a",
  title: "A",
  host: "news.example",
  entities: entities.map(([id, count]) => ({
    id,
    count,
    category: factBase.entities.find((e) => e.id === id)?.category ?? "country",
  })),
  claims: claims.map(([c, status], i) => ({
    id: `s${i}`,
    claim: c,
    status,
    highlight: `defence-lens-claim-${status}`,
    sentence: "…",
    differences: [],
  })),
});

describe("the popup's summary line", () => {
  it("gives the claims, how many differ, and the names", () => {
    expect(
      summaryLine(
        page(
          [
            ["france", 3],
            ["estonia", 1],
          ],
          [
            ["additional-200-troops", "conflict"],
            ["ratas-macron-meeting-2020", "match"],
          ],
        ),
      ),
    ).toBe("2 claims: 1 differs · 2 names");
    expect(summaryLine(page([["france", 1]]))).toBe("No claims · 1 name");
    expect(summaryLine(page([["france", 1]], [["ratas-macron-meeting-2020", "match"]]))).toBe(
      "1 claim: none differ · 1 name",
    );
    expect(summaryLine(null)).toBe("Not running on this page");
  });
});

describe("partnerships by what the page names", () => {
  const weight = (id: string, p: PageSummary) =>
    pageWeight(factBase, partnershipSummary(factBase, id) as NonNullable<ReturnType<typeof partnershipSummary>>, p);

  it("puts first the pair whose parties the page names, however often it names one of them", () => {
    const usFrance = page([
      ["france", 40],
      ["united-states", 2],
    ]);
    expect(weight("us-france", usFrance)).toBeGreaterThan(weight("france-estonia", usFrance));
    const feOnly = page([
      ["france", 2],
      ["estonia", 1],
    ]);
    expect(weight("france-estonia", feOnly)).toBeGreaterThan(weight("us-france", feOnly));
  });
});

describe("a timeline line without its own date", () => {
  it("drops the date the line shows, and only that one", () => {
    const joins = claim("france-joins-tapa-2021").statement;
    expect(withoutOwnDate(joins, "2020-09")).toBe(
      "France announced that it would join NATO's battle group at Tapa, Estonia, in 2021.",
    );
    expect(withoutOwnDate(joins, "2021")).toBe(
      "France announced in September 2020 that it would join NATO's battle group at Tapa, Estonia.",
    );
    expect(withoutOwnDate(claim("ratas-macron-meeting-2020").statement, "2020-10-28")).toBe(
      "Estonian Prime Minister Jüri Ratas met French President Emmanuel Macron at the Élysée Palace in Paris.",
    );
    // A statement that does not give the date in those words stays as it is.
    expect(withoutOwnDate("The Baltic Cyber Summit 2024 took place.", "2024")).toBe(
      "The Baltic Cyber Summit 2024 took place.",
    );
  });

  it("drops it from a French translation too, as French writes dates", () => {
    setLanguage("fr");
    try {
      const joins = claim("france-joins-tapa-2021").translations?.fr ?? "";
      expect(withoutOwnDate(joins, "2020-09", "fr")).toBe(
        "La France a annoncé qu'elle rejoindrait en 2021 le groupement tactique de l'OTAN à Tapa, en Estonie.",
      );
      const met = claim("ratas-macron-meeting-2020").translations?.fr ?? "";
      expect(withoutOwnDate(met, "2020-10-28", "fr")).toBe(
        "Le Premier ministre estonien Jüri Ratas a rencontré le président français Emmanuel Macron au palais de l'Élysée, à Paris.",
      );
    } finally {
      setLanguage("en");
    }
  });
});
