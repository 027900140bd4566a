// @vitest-environment happy-dom
// The source viewer's pure parts: where each quote stands in its document, the pieces overlapping quotes are cut
// into, the viewer's address, which addresses it refuses and why, the document's text kept character for character,
// and the verdict rules read off each claim's frame.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { documentTexts } from "../../src/facts/documents.generated";
import { claimsQuoting, quotePieces, quotesIn, spansOf } from "../../src/facts/quotes";
import { verdictRules } from "../../src/ui/source/claim-rules";
import { documentText } from "../../src/ui/source/document-view";
import { readPlace, sameView } from "../../src/ui/source/history";
import { checkAddress } from "../../src/ui/source/viewer";
import { quoteAddress, readSourceAddress, sourcePath, sourceQuery } from "../../src/ui/source-address";

const fileText = (id: string) => readFileSync(join(import.meta.dirname, "../../corpus/documents", id), "utf8");

describe("quotes in their documents", () => {
  it("finds every quote of every claim at offsets that hold exactly the quote", () => {
    let quotes = 0;
    for (const claim of factBase.claims) {
      for (const e of claim.evidence) {
        const text = fileText(e.document);
        const spans = quotesIn(factBase, e.document, text).filter((s) => s.claim === claim.id);
        expect(spans.map((s) => text.slice(s.start, s.end))).toContain(e.quote);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(factBase.claims.length);
  });

  it("cuts overlapping quotes into pieces that never overlap, the innermost claim first", () => {
    const spans = [
      { claim: "long", start: 10, end: 40, evidence: 0 },
      { claim: "short", start: 10, end: 20, evidence: 2 },
      { claim: "apart", start: 50, end: 60, evidence: 0 },
    ];
    expect(quotePieces(spans)).toEqual([
      { start: 10, end: 20, claims: ["short", "long"], evidence: [2, 0] },
      { start: 20, end: 40, claims: ["long"], evidence: [0] },
      { start: 50, end: 60, claims: ["apart"], evidence: [0] },
    ]);
    expect(spansOf([...spans, { claim: "long", start: 35, end: 45, evidence: 1 }], "long")).toEqual([
      { claim: "long", start: 10, end: 45, evidence: [0, 1] },
    ]);
  });

  it("covers each document's quoted text once, with every claim that quotes it", () => {
    for (const doc of factBase.documents) {
      const text = fileText(doc.id);
      const spans = quotesIn(factBase, doc.id, text);
      const pieces = quotePieces(spans);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.start).toBeGreaterThanOrEqual(pieces[i - 1]?.end ?? 0);
      for (const s of spans) {
        const covering = pieces.filter((p) => p.start >= s.start && p.end <= s.end);
        expect(covering.map((p) => text.slice(p.start, p.end)).join("")).toBe(text.slice(s.start, s.end));
        expect(covering.every((p) => p.claims.includes(s.claim))).toBe(true);
      }
      expect(new Set(claimsQuoting(spans))).toEqual(
        new Set(factBase.claims.filter((c) => c.evidence.some((e) => e.document === doc.id)).map((c) => c.id)),
      );
    }
  });
});

describe("the viewer's address", () => {
  it("round-trips a document and a claim, encoded", () => {
    expect(sourcePath({ doc: "a b&c.txt", claim: "x/y" })).toBe("source.html?doc=a+b%26c.txt&claim=x%2Fy");
    expect(readSourceAddress(`?${sourceQuery({ doc: "a b&c.txt", claim: "x/y" })}`)).toEqual({
      doc: "a b&c.txt",
      claim: "x/y",
    });
    expect(readSourceAddress("doc=&claim=")).toEqual({});
  });

  it("says which of a claim's quotes, and reads only a whole number from 1 with a claim", () => {
    expect(sourcePath({ doc: "d.txt", claim: "c", quote: 2 })).toBe("source.html?doc=d.txt&claim=c&quote=2");
    expect(readSourceAddress("?doc=d.txt&claim=c&quote=2")).toEqual({ doc: "d.txt", claim: "c", quote: 2 });
    for (const bad of ["0", "-1", "2.5", "x", "", "99999"])
      expect(readSourceAddress(`?doc=d.txt&claim=c&quote=${bad}`)).toEqual({ doc: "d.txt", claim: "c" });
    expect(readSourceAddress("?doc=d.txt&quote=2")).toEqual({ doc: "d.txt" });
    // Old addresses, without a quote, still read as before.
    expect(readSourceAddress("?doc=d.txt&claim=c")).toEqual({ doc: "d.txt", claim: "c" });
    // A quote number only where the claim has more than one quote in that document.
    const claim = {
      id: "c",
      evidence: [
        { document: "a.txt", quote: "one" },
        { document: "b.txt", quote: "two" },
        { document: "a.txt", quote: "three" },
      ],
    };
    expect([0, 1, 2].map((i) => quoteAddress(claim, i))).toEqual([
      { doc: "a.txt", claim: "c", quote: 1 },
      { doc: "b.txt", claim: "c" },
      { doc: "a.txt", claim: "c", quote: 3 },
    ]);
  });

  it("keeps a quote of the claim in that document, and drops any other", () => {
    const claim = factBase.claims.find((c) => {
      const docs = c.evidence.map((e) => e.document);
      return docs.some((d, i) => docs.indexOf(d) !== i);
    }) as (typeof factBase.claims)[number];
    const doc = claim.evidence[1]?.document as string;
    const shown = (quote: number) => {
      const r = checkAddress(factBase, documentTexts, { doc, claim: claim.id, quote });
      return "address" in r ? r.address : r.problem;
    };
    expect(shown(2)).toEqual({ doc, claim: claim.id, quote: 2 });
    expect(shown(claim.evidence.length + 1)).toEqual({ doc, claim: claim.id });
  });

  it("adds no history entry for the view already shown, and reads back only a place it wrote", () => {
    expect(sameView({ doc: "d", claim: "c" }, { doc: "d", claim: "c" })).toBe(true);
    expect(sameView({ doc: "d", claim: "c", quote: 2 }, { doc: "d", claim: "c" })).toBe(true);
    expect(sameView({ doc: "d", claim: "c" }, { doc: "d", claim: "c", quote: 2 })).toBe(false);
    expect(sameView({ doc: "d", claim: "c" }, { doc: "d" })).toBe(false);
    expect(sameView({ doc: "d" }, { doc: "e" })).toBe(false);
    expect(readPlace({ scrollY: 120, key: "58" })).toEqual({ scrollY: 120, key: "58" });
    expect(readPlace(null)).toBeUndefined();
    expect(readPlace({ key: "58" })).toBeUndefined();
  });

  it("refuses what it cannot show, and says why", () => {
    const [doc, other] = factBase.documents.map((d) => d.id) as [string, string];
    const quotedOnlyElsewhere = factBase.claims.find((c) => c.evidence.every((e) => e.document !== doc));
    expect(quotedOnlyElsewhere).toBeDefined();
    const kind = (address: { doc?: string; claim?: string }) => {
      const r = checkAddress(factBase, documentTexts, address);
      return "problem" in r ? r.problem.kind : "shown";
    };
    expect(kind({})).toBe("empty");
    expect(kind({ doc: "nope.txt" })).toBe("unknown-document");
    expect(kind({ doc, claim: "no-such-claim" })).toBe("unknown-claim");
    expect(kind({ doc, claim: quotedOnlyElsewhere?.id as string })).toBe("claim-not-in-document");
    expect(kind({ doc })).toBe("shown");
    expect(kind({ doc: other })).toBe("shown");
    // A claim alone is shown in the first document it quotes.
    const claim = factBase.claims[0];
    const r = checkAddress(factBase, documentTexts, { claim: claim?.id as string });
    expect("address" in r && r.address).toEqual({ doc: claim?.evidence[0]?.document, claim: claim?.id });
  });
});

describe("the document's text", () => {
  it("is the file's text, character for character, one paragraph per line", () => {
    for (const doc of factBase.documents) {
      const text = fileText(doc.id);
      expect(documentTexts[doc.id]).toBe(text);
      const el = documentText(text);
      expect(el.textContent).toBe(text);
      expect(el.querySelectorAll("p").length).toBe(text.split("\n").filter((l) => l.trim() !== "").length);
    }
  });
});

describe("verdict rules", () => {
  it("name each claim's core participants and the values it is compared on", () => {
    for (const claim of factBase.claims) {
      const rules = verdictRules(factBase, claim).join(" ");
      for (const p of claim.participants.filter((x) => x.core && x.role !== "topic")) {
        const name = factBase.entities.find((e) => e.id === p.entity)?.name as string;
        expect(rules).toContain(name);
      }
      if (claim.quantity) expect(rules).toContain(`${claim.quantity.value} ${claim.quantity.unit}`);
      if (claim.counter) expect(rules).toContain(claim.counter.note);
      if (claim.support === "unverified") expect(rules).toContain("low-reliability");
    }
  });
});
