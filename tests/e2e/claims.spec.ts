import type { Page } from "@playwright/test";
import { factBase } from "../../src/facts";
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import { expect, openAnnotated, setSettings, test } from "./harness";

/** Each claim sentence on the page: its text (cells joined by " | "), claim id and status. */
function claimSentences(page: Page) {
  return page.$$eval("defence-lens-claim", (els) => {
    const bySentence = new Map<string, { text: string; claim: string; status: string }>();
    for (const el of els) {
      const key = el.getAttribute("data-claim-sentence") ?? "";
      const entry = bySentence.get(key);
      if (entry) entry.text += ` | ${el.textContent}`;
      else
        bySentence.set(key, {
          text: el.textContent ?? "",
          claim: el.getAttribute("data-claim") ?? "",
          status: el.getAttribute("data-claim-status") ?? "",
        });
    }
    return [...bySentence.values()];
  });
}

// Claims are read as they come near the viewport: a tall window holds each whole test page.
test.use({ viewport: { width: 1280, height: 4000 } });

const squash = (s: string) =>
  s
    .replace(/\s*\|\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();

for (const doc of factBase.documents) {
  test(`every claim sentence of ${doc.id} is recognised as agreeing with the fact base`, async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/${doc.id}.html`);
    const sentences = await claimSentences(page);
    const quotes = factBase.claims.flatMap((c) =>
      c.evidence.filter((e) => e.document === doc.id).map((e) => ({ claim: c.id, quote: squash(e.quote) })),
    );
    expect(quotes.length).toBeGreaterThan(3);
    for (const { claim, quote } of quotes) {
      const sentence = sentences.find((s) => squash(s.text).includes(quote));
      expect(sentence, `the sentence holding the evidence of ${claim}`).toBeDefined();
      expect(sentence?.status).toBe("match");
      // The claim found is one this very sentence is evidence for.
      const found = factBase.claims.find((c) => c.id === sentence?.claim);
      expect(
        found?.evidence.some((e) => e.document === doc.id && squash(sentence?.text ?? "").includes(squash(e.quote))),
      ).toBe(true);
    }
    expect(sentences.every((s) => s.status === "match")).toBe(true);
  });
}

test("conflicts are found, paraphrases match, near misses are left alone", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/pages/claims.html`);
  const claimIn = async (id: string) =>
    page.$$eval(`#${id} defence-lens-claim`, (els) => [
      ...new Set(els.map((e) => `${e.getAttribute("data-claim")} ${e.getAttribute("data-claim-status")}`)),
    ]);
  expect(await claimIn("troops-conflict")).toEqual(["additional-200-troops conflict"]);
  expect(await claimIn("troops-match")).toEqual(["additional-200-troops match"]);
  expect(await claimIn("date-conflict")).toEqual(["ratas-macron-meeting-2020 conflict"]);
  expect(await claimIn("summits-conflict")).toEqual(["quarterly-summits conflict"]);
  expect(await claimIn("percent-conflict")).toEqual(["rapid-response-18-percent conflict"]);
  expect(await claimIn("party-conflict")).toEqual(["strategic-partnership-signed-2020 conflict"]);
  expect(await claimIn("year-conflict")).toEqual(["france-joins-tapa-2021 conflict"]);
  expect(await claimIn("paraphrase")).toEqual(["strategic-partnership-signed-2020 match"]);
  expect(await claimIn("french")).toEqual(["additional-200-troops conflict"]);
  for (const id of ["near-miss-1", "near-miss-2", "near-miss-3"]) expect(await claimIn(id)).toEqual([]);
  // Entity highlights stay inside the claim, and the text is unchanged.
  await expect(page.locator("#troops-conflict defence-lens-claim defence-lens-mark")).toHaveCount(2);
  await expect(page.locator("#troops-conflict")).toHaveText(
    "France has 300 troops stationed in Estonia, officials said.",
  );
});

test("a claim card says what the page says, what the fact base says, and how well supported it is", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/claims.html`);
  await page
    .locator("#troops-conflict defence-lens-claim")
    .first()
    .hover({ position: { x: 60, y: 5 } });
  const card = page.locator("defence-lens-card .card");
  await expect(card).toBeVisible();
  await expect(card.locator("h2")).toHaveText("The page differs from the fact base");
  await expect(card).toContainText("Conflict: the page says 300 troops; the fact base says 200 troops.");
  await expect(card).toContainText("France has 300 troops stationed in Estonia, officials said.");
  await expect(card).toContainText("France stationed an additional 200 troops in Estonia.");
  await expect(card.locator(".support")).toHaveText("Unverified");
  await expect(card).toContainText("Only in low-reliability sources");
  await expect(card.locator("blockquote")).toHaveText("“Additional 200 troops stationed in Estonia”");
});

test("claims switch off and on like a category", async ({ page, server, background }) => {
  await openAnnotated(page, `${server.origin}/pages/claims.html`);
  const claims = page.locator("defence-lens-claim");
  const count = await claims.count();
  expect(count).toBeGreaterThan(8);
  const text = await page.locator("article").textContent();
  await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, claims: false } });
  await expect(claims).toHaveCount(0);
  expect(await page.locator("defence-lens-mark").count()).toBeGreaterThan(10);
  await setSettings(background, DEFAULT_SETTINGS);
  await expect(claims).toHaveCount(count);
  expect(await page.locator("article").textContent()).toBe(text);
});

test("claims far below the viewport are read when the reader scrolls to them", async ({ page, server }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openAnnotated(page, `${server.origin}/pages/long.html`);
  const far = page.locator("#far defence-lens-claim");
  await expect(page.locator("#near defence-lens-claim")).toHaveCount(1);
  expect(await far.count()).toBe(0);
  // Names are highlighted everywhere at once; only claims wait.
  await expect(page.locator("#far defence-lens-mark")).toHaveCount(2);
  await page.locator("#far").scrollIntoViewIfNeeded();
  await expect(far).toHaveCount(1);
  await expect(far).toHaveAttribute("data-claim", "additional-200-troops");
});
