// Claim sentences, in Chromium and in Firefox (each reads them in its extension's background, a service worker in one
// and an event page in the other): every evidence sentence of each source document agrees with the fact base, and the test page's
// conflicts, paraphrases and near misses get their verdicts.
import type { PageSummary } from "../../../src/extension/messages";
import { factBase } from "../../../src/facts";
import type { ClaimStatus } from "../../../src/page/contract";
import { expect, test } from "../browsers/lens";
import { claimsIn, expectEveryClaimSentence, nameFor } from "../claim-checks";
import { highlights, openAnnotated, textOf } from "../harness";

// Claims are read as they come near the viewport: a tall window holds each whole test page.
test.beforeEach(async ({ lens }) => {
  await lens.tab.setViewportSize({ width: 1280, height: 4000 });
});

for (const doc of factBase.documents) {
  test(`every claim sentence of ${doc.id}, as a news page, agrees with the fact base`, async ({ lens, server }) => {
    // On the news page each line of the document is a block of its own (a list item, a table row, a paragraph): a
    // sentence that names no participant itself ("It highlights the importance of interoperability…", "Military
    // Presence | Additional 200 troops stationed in Estonia") takes them from its table or list, or, opening on a
    // pronoun, from the block before.
    await openAnnotated(lens.tab, `${server.origin}/documents/${doc.id}.html`);
    await expectEveryClaimSentence(lens.tab, await lens.tellTab<PageSummary>({ type: "summary" }), doc.id);
  });
}

test("conflicts are found, paraphrases match, near misses are left alone", async ({ lens, server }) => {
  const page = lens.tab;
  await openAnnotated(page, `${server.origin}/pages/claims.html`);
  const summary = await lens.tellTab<PageSummary>({ type: "summary" });
  const expected: Record<string, [string, ClaimStatus][]> = {
    "troops-conflict": [["additional-200-troops", "conflict"]],
    "troops-match": [["additional-200-troops", "match"]],
    "date-conflict": [["ratas-macron-meeting-2020", "conflict"]],
    "summits-conflict": [["quarterly-summits", "conflict"]],
    "percent-conflict": [["rapid-response-18-percent", "conflict"]],
    "year-conflict": [["france-joins-tapa-2021", "conflict"]],
    // README, "What a claim verdict means": naming an extra entity is no difference. The declaration is the
    // Estonia–France one (its name is an alias of it) and its signatories are named: the extra country is not compared.
    "extra-party": [["strategic-partnership-signed-2020", "match"]],
    paraphrase: [["strategic-partnership-signed-2020", "match"]],
    french: [["additional-200-troops", "conflict"]],
    // A sentence states a claim only with one of the event's words: "put their names to" is none of the signing's.
    "no-event-word": [],
    "near-miss-1": [],
    "near-miss-2": [],
    "near-miss-3": [],
  };
  for (const [id, claims] of Object.entries(expected)) {
    expect(await claimsIn(page, summary, id), id).toEqual(
      claims.map(([claim, status]) => `${claim} ${nameFor(claim, status)}`),
    );
  }
  // The names inside a claim sentence are highlighted too, and the paragraph is as the page wrote it.
  expect(await highlights(page, "#troops-conflict")).toEqual([
    ["France", "country"],
    ["Estonia", "country"],
  ]);
  expect(await textOf(page, "#troops-conflict")).toBe("France has 300 troops stationed in Estonia, officials said.");
  expect(await page.evaluate(() => document.querySelector("#troops-conflict")?.childElementCount)).toBe(0);
});
