// @vitest-environment happy-dom
// What every view says of a quote and of its document, the same everywhere: the card, the popup, the source viewer and
// the Markdown export quote without doubling a quotation mark, word a document's date alike (an undated text with a
// date from elsewhere included), and link each quote to an address of its own.
import { describe, expect, it } from "vitest";
import type { PageSummary } from "../../src/extension/messages";
import { factBase } from "../../src/facts";
import { describeDocumentDate, describeWhen } from "../../src/facts/dates";
import { claimCard } from "../../src/ui/claim-card";
import { claimEvidence, entityCard } from "../../src/ui/entity-card";
import { exportMarkdown } from "../../src/ui/export";
import { capitalised, quoted, quoteStart, readInSourceName } from "../../src/ui/labels";
import { sourceDetails } from "../../src/ui/popup/partnerships";
import { claimAside } from "../../src/ui/source/claim-view";
import { addressProblemView } from "../../src/ui/source/document-list";
import { documentHeader } from "../../src/ui/source/document-view";
import { quoteAddress, sourcePath } from "../../src/ui/source-address";

const text = (nodes: Node | Node[]) => (Array.isArray(nodes) ? nodes : [nodes]).map((n) => n.textContent).join(" ");

/** The whole page's export, every claim stated and every entity mentioned: all the export can say. */
function exportAll(): string {
  const page: PageSummary = {
    url: "https://news.example/a",
    title: "All",
    host: "news.example",
    entities: factBase.entities.map((e) => ({ id: e.id, category: e.category, count: 1 })),
    claims: factBase.claims.map((c, i) => ({
      id: `s${i}`,
      claim: c.id,
      status: "match",
      highlight: "defence-lens-claim-match",
      sentence: c.evidence[0]?.quote ?? c.statement,
      differences: [],
    })),
  };
  return exportMarkdown(factBase, page, "chrome-extension://abc/");
}

/** Every text the views make of the fact base's claims and documents. */
function everyView(): Record<string, string> {
  const open = () => {};
  const views: Record<string, string> = { export: exportAll() };
  for (const claim of factBase.claims) {
    views[`card ${claim.id}`] = text(claimEvidence(factBase, claim, open));
    views[`claim card ${claim.id}`] = text(
      claimCard(
        factBase,
        {
          claim,
          status: "match",
          score: 1,
          agreements: [],
          differences: [],
          denied: false,
          hedged: false,
          viaContext: false,
          unread: [],
          also: [],
        },
        claim.evidence[0]?.quote ?? "",
        open,
      ),
    );
    views[`popup ${claim.id}`] = text(sourceDetails(factBase, claim));
    for (const doc of factBase.documents)
      views[`viewer ${claim.id} ${doc.id}`] = text(claimAside(factBase, claim, doc.id, 0));
  }
  for (const entity of factBase.entities) views[`card ${entity.id}`] = text(entityCard(factBase, entity.id, 1, open));
  for (const doc of factBase.documents) views[`viewer ${doc.id}`] = text(documentHeader(doc, "t"));
  views["viewer's list"] = text(addressProblemView(factBase, { kind: "empty" }));
  return views;
}

describe("quotation marks", () => {
  it("are added around a quote that has none, never doubled on one that has its own", () => {
    expect(quoted("Additional 200 troops")).toBe("“Additional 200 troops”");
    expect(quoted("“in terms of security” said he")).toBe("“in terms of security” said he");
    expect(quoted("It is “urgent and necessary”")).toBe("It is “urgent and necessary”");
    expect(quoted("« la France »")).toBe("« la France »");
    expect(quoted("The two countries signed a “strategic partnership” to strengthen")).toBe(
      "“The two countries signed a “strategic partnership” to strengthen”",
    );
  });

  it("are never doubled in any view of any quote", () => {
    const doubled = Object.entries(everyView()).filter(([, t]) => /[“"«]\s?[“"«]|[”"»]\s?[”"»]/.test(t));
    expect(
      doubled.map(
        ([where, t]) => `${where}: ${/.{0,30}[“"«]\s?[“"«].{0,30}|.{0,30}[”"»]\s?[”"»].{0,30}/.exec(t)?.[0]}`,
      ),
    ).toEqual([]);
  });
});

describe("a document's date", () => {
  it("is worded alike for a dated, an undated and an undated text dated from elsewhere", () => {
    expect(describeDocumentDate({ date: "2020-10-28" })).toBe("28 October 2020");
    expect(describeDocumentDate({ date: "not stated" })).toBe("undated");
    expect(describeDocumentDate({ date: "2024-04-02", dateFrom: "the US Department of State release" })).toBe(
      "undated (2 April 2024, per the US Department of State release)",
    );
    // A claim dated from its document's date note says it the same way.
    expect(
      describeWhen({ value: "2024-04-02", precision: "day", source: "date-note", of: "visit", per: "the release" }),
    ).toBe("undated (visit: 2 April 2024, per the release)");
  });

  it("reads the same in the card, the popup, the source viewer and the export", () => {
    const views = everyView();
    for (const doc of factBase.documents) {
      const label = `${doc.title}, ${describeDocumentDate(doc)}`;
      const quoting = factBase.claims.filter((c) => c.evidence[0]?.document === doc.id);
      expect(quoting.length, doc.id).toBeGreaterThan(0);
      for (const c of quoting) {
        expect(views[`card ${c.id}`], c.id).toContain(label);
        expect(views[`popup ${c.id}`], c.id).toContain(label);
        const other = factBase.documents.find((d) => d.id !== doc.id)?.id as string;
        expect(views[`viewer ${c.id} ${other}`], c.id).toContain(label);
      }
      expect(views.export).toContain(`${label}.`);
      expect(views[`viewer ${doc.id}`]).toContain(capitalised(describeDocumentDate(doc)));
      expect(views["viewer's list"]).toContain(capitalised(describeDocumentDate(doc)));
    }
    // No view says it another way: no "not stated", no ISO date, no date of an undated text given as its own.
    for (const [where, t] of Object.entries(views)) {
      expect(t, where).not.toMatch(/not stated|\b\d{4}-\d{2}\b/);
      for (const doc of factBase.documents.filter((d) => d.dateFrom)) expect(t, where).not.toContain(`${doc.title}” (`);
    }
  });
});

describe("Read in the source", () => {
  it("is named by the quote's first words and its document", () => {
    const doc = factBase.documents[0] as (typeof factBase.documents)[number];
    const name = readInSourceName("Prime Minister Jüri Ratas met French President Emmanuel Macron to ensure", doc);
    expect(name).toBe(`Read in the source: “Prime Minister Jüri Ratas met French President…” in ${doc.title}`);
    expect(quoteStart("Short quote.")).toBe("Short quote.");
  });

  it("links each of a claim's quotes in one document to an address of its own, in the popup and the export", () => {
    const md = exportAll();
    let twice = 0;
    for (const claim of factBase.claims) {
      const paths = claim.evidence.map((_, i) => sourcePath(quoteAddress(claim, i)));
      expect(new Set(paths).size, claim.id).toBe(paths.length);
      const links = [...sourceDetails(factBase, claim).querySelectorAll("a.read-source")].map((a) =>
        a.getAttribute("href"),
      );
      expect(links).toEqual(paths);
      for (const path of paths) expect(md).toContain(`(<chrome-extension://abc/${path}>)`);
      if (claim.evidence.some((e, i) => claim.evidence.findIndex((x) => x.document === e.document) !== i)) twice++;
    }
    expect(twice).toBeGreaterThan(0);
  });
});
