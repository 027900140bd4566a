// The pure pipeline over the three source documents, as the page reads them: paragraphs split at blank lines,
// sentences by `splitSentences`, names by `findEntities`, each sentence judged with the names earlier in its
// paragraph. Every claim's quoted sentence is found, and none differs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factBase } from "../../src/facts";
import { entityAutomaton, findEntities } from "../../src/match";
import { buildClaimIndex, type ClaimVerdict, judgeSentence } from "../../src/match/claims";
import { splitSentences } from "../../src/match/sentences";

const automaton = entityAutomaton(factBase);
const index = buildClaimIndex(factBase);

interface Judged {
  document: string;
  sentence: string;
  verdict: ClaimVerdict | null;
}

function readDocument(id: string): Judged[] {
  const text = readFileSync(join(import.meta.dirname, "../../corpus/documents", id), "utf8");
  const doc = factBase.documents.find((d) => d.id === id);
  const pageDate = doc && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? doc.date : undefined;
  // What the page names anywhere: gated aliases ("Ratas", "Tapa") count once something vouches for them.
  const mentioned = new Set<string>();
  findEntities(automaton, text, mentioned);
  const out: Judged[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const earlier = new Set<string>();
    for (const span of splitSentences(paragraph)) {
      const sentence = paragraph.slice(span.start, span.end).trim();
      if (sentence.length < 8) continue;
      // The paragraph is in reach of each of its sentences, as a page's block is.
      const named = new Set(
        findEntities(automaton, sentence, mentioned, { reach: () => paragraph }).map((m) => m.entity),
      );
      const verdict = judgeSentence(index, sentence, named, mentioned, { earlier: new Set(earlier), pageDate });
      out.push({ document: id, sentence, verdict });
      for (const e of named) earlier.add(e);
    }
  }
  return out;
}

const judged = factBase.documents.flatMap((d) => readDocument(d.id));
const claimsOf = (j: Judged) => (j.verdict ? [j.verdict, ...j.verdict.also] : []);

describe("the source documents, read as a page", () => {
  it("finds every quoted sentence as a claim that quotes it, and every claim in one of its sentences", () => {
    const missing: string[] = [];
    for (const claim of factBase.claims) {
      let found = false;
      for (const ev of claim.evidence) {
        const sentences = judged.filter(
          (j) => j.document === ev.document && j.sentence.includes(ev.quote.slice(0, 40)),
        );
        expect(sentences.length, `${claim.id}: no sentence holds “${ev.quote}”`).toBeGreaterThan(0);
        const quoting = factBase.claims.filter((c) =>
          c.evidence.some((e) => sentences[0]?.sentence.includes(e.quote.slice(0, 40))),
        );
        for (const j of sentences) {
          // A sentence may state more than one claim ("signing of today's declaration" in a quote about friendship):
          // one of those it states is one that quotes it.
          const stated = claimsOf(j).map((v) => v.claim.id);
          expect(
            stated.some((id) => quoting.some((c) => c.id === id)),
            `${claim.id}: “${j.sentence}” read as ${stated.join(", ") || "nothing"}`,
          ).toBe(true);
          if (claimsOf(j).some((v) => v.claim.id === claim.id)) found = true;
        }
      }
      if (!found) missing.push(claim.id);
    }
    expect(missing).toEqual([]);
  });

  it("finds no difference in them", () => {
    const differing = judged.filter((j) => claimsOf(j).some((v) => v.status === "conflict"));
    expect(differing.map((j) => `${j.verdict?.claim.id}: ${j.sentence}`)).toEqual([]);
  });
});
