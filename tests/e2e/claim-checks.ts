// What the claim tests expect of a page, shared by the Chromium-only claim tests (claims.spec.ts) and those that run
// in Firefox too (cross-browser/claims.spec.ts): the claims a paragraph states, and every evidence sentence of a
// source document found as agreeing.
import { expect } from "@playwright/test";
import type { PageSummary } from "../../src/extension/messages";
import { factBase } from "../../src/facts";
import { claimById } from "../../src/facts/query";
import { type ClaimStatus, claimHighlight } from "../../src/page/contract";
import type { Evaluates } from "./browsers/tab";
import { claimHighlights, textOf } from "./harness";

/** Text with table cell bars and runs of white space made single spaces, for comparing sentences. */
export const squash = (s: string) =>
  s
    .replace(/\s*\|\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The highlight name a claim's verdict is drawn with: by its status and the claim's support level. */
export function nameFor(claim: string, status: ClaimStatus): string {
  const found = claimById(factBase, claim);
  if (!found) throw new Error(`no claim ${claim}`);
  return claimHighlight(status, found.support);
}

/**
 * The claims a paragraph states, as "<claim id> <highlight name>": the ids from the content script's summary (the
 * contract's source of ids), each checked against what the page draws over that paragraph.
 */
export async function claimsIn(page: Evaluates, summary: PageSummary, id: string): Promise<string[]> {
  const text = squash((await textOf(page, `#${id}`)) ?? "");
  const stated = summary.claims.filter((c) => text.includes(squash(c.sentence)));
  const drawnHere = await claimHighlights(page, `#${id}`);
  expect(drawnHere.map(([, name]) => name)).toEqual(stated.map((c) => c.highlight));
  return stated.map((c) => `${c.claim} ${c.highlight}`);
}

/**
 * Every evidence sentence of the document is highlighted as agreeing, with a claim it is evidence for, and nothing on
 * the page differs from the fact base; what the summary lists is what the page draws, in reading order.
 */
export async function expectEveryClaimSentence(page: Evaluates, summary: PageSummary, document: string) {
  expect((await claimHighlights(page)).map(([, name]) => name)).toEqual(summary.claims.map((c) => c.highlight));
  const quotes = factBase.claims.flatMap((c) =>
    c.evidence.filter((e) => e.document === document).map((e) => ({ claim: c.id, quote: squash(e.quote) })),
  );
  expect(quotes.length).toBeGreaterThan(3);
  const missing = quotes.filter(
    ({ quote }) => !summary.claims.some((c) => squash(c.sentence).includes(quote.slice(0, 40))),
  );
  expect(missing.map((q) => `${q.claim}: “${q.quote}”`)).toEqual([]);
  for (const { claim, quote } of quotes) {
    for (const sentence of summary.claims.filter((c) => squash(c.sentence).includes(quote.slice(0, 40)))) {
      // The claim found is one this very sentence is evidence for (a sentence may be evidence for several).
      const stated = factBase.claims.find((c) => c.id === sentence.claim);
      expect(
        stated?.evidence.some((e) => e.document === document && squash(sentence.sentence).includes(squash(e.quote))),
        `${claim}: “${sentence.sentence}” read as ${sentence.claim}`,
      ).toBe(true);
      expect(sentence.highlight).toBe(nameFor(sentence.claim, "match"));
    }
  }
  expect(summary.claims.filter((c) => c.status !== "match")).toEqual([]);
}
