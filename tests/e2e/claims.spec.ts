import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { documentsDir } from "../../scripts/serve";
import type { PageSummary } from "../../src/extension/messages";
import { factBase } from "../../src/facts";
import { claimById } from "../../src/facts/query";
import type { ClaimStatus } from "../../src/page/contract";
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import { claimsIn, expectEveryClaimSentence, nameFor } from "./claim-checks";
import { claimHighlights, expect, highlights, hoverText, openAnnotated, setSettings, tellTab, test } from "./harness";

// Claims are read as they come near the viewport: a tall window holds each whole test page.
test.use({ viewport: { width: 1280, height: 4000 } });

/** The card of a claim sentence, opened by resting the pointer on a word of it that is no name. */
async function claimCard(page: Page, word: string) {
  await hoverText(page, word);
  const card = page.locator("defence-lens-card .card");
  await expect(card).toBeVisible();
  return card;
}

for (const doc of factBase.documents) {
  test(`every claim sentence of ${doc.id}, served as the plain text it is, agrees with the fact base`, async ({
    page,
    server,
    background,
  }) => {
    // The document as a browser shows a .txt file: one <pre>, its paragraphs separated by blank lines.
    const url = `${server.origin}/plain/${doc.id}`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: "text/plain; charset=utf-8",
        body: readFileSync(join(documentsDir, doc.id), "utf8"),
      }),
    );
    await openAnnotated(page, url);
    await expectEveryClaimSentence(page, await tellTab<PageSummary>(page, background, { type: "summary" }), doc.id);
  });

  test(`nothing in ${doc.id}, as a news page, differs from the fact base`, async ({ page, server, background }) => {
    await openAnnotated(page, `${server.origin}/documents/${doc.id}.html`);
    const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
    expect(summary.claims.length).toBeGreaterThan(4);
    expect(summary.claims.filter((c) => c.status !== "match")).toEqual([]);
    expect((await claimHighlights(page)).filter(([, name]) => !name.startsWith("defence-lens-claim-match"))).toEqual(
      [],
    );
  });
}

test("a claim card says what the page says, what the fact base says, and how well supported it is", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/claims.html`);
  const card = await claimCard(page, "300 troops");
  await expect(card.locator("h2")).toHaveText("The page differs from an unverified report");
  await expect(card).toContainText("French troops in Estonia: the page says “300”; the fact base says 200 troops.");
  await expect(card).toContainText("France has 300 troops stationed in Estonia, officials said.");
  await expect(card).toContainText("France stationed an additional 200 troops in Estonia.");
  await expect(card).toContainText("Public reporting gives about 300 French soldiers");
  await expect(card.locator(".support")).toHaveText("Unverified");
  await expect(card).toContainText("Only in low-reliability sources");
  await expect(card.locator("blockquote")).toHaveText(
    `“${claimById(factBase, "additional-200-troops")?.evidence[0]?.quote}”`,
  );
});

test("a claim card's Read in the source sits in its head, in sight, however short the window", async ({
  page,
  server,
}) => {
  for (const height of [800, 360]) {
    await page.setViewportSize({ width: 900, height });
    await openAnnotated(page, `${server.origin}/pages/claims.html`);
    const card = await claimCard(page, "300 troops");
    const button = card.getByRole("button", { name: /^Read in the source: / });
    await expect(button).toHaveCount(1);
    // In the head (which never scrolls), right after the verdict line, and wholly inside the card as drawn.
    await expect(card.locator(".head .read-source")).toHaveCount(1);
    const [b, c] = [await button.boundingBox(), await card.boundingBox()];
    expect(b && c && b.y >= c.y && b.y + b.height <= c.y + c.height, `height ${height}`).toBe(true);
    const quote = claimById(factBase, "additional-200-troops")?.evidence[0]?.quote as string;
    await expect(button).toHaveAttribute("aria-label", new RegExp(`^Read in the source: “${quote.slice(0, 20)}`));
    await page.mouse.move(0, 0);
    await expect(card).toHaveCount(0);
  }
});

test("claims switch off and on like a category", async ({ page, server, background }) => {
  await openAnnotated(page, `${server.origin}/pages/claims.html`);
  const claims = async () => (await claimHighlights(page)).length;
  const count = await claims();
  expect(count).toBeGreaterThan(8);
  const names = await highlights(page);
  const text = await page.locator("article").innerHTML();
  await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, claims: false } });
  // No claim highlight is left registered; the names stay.
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith("defence-lens-claim-"))))
    .toEqual([]);
  expect(await highlights(page)).toEqual(names);
  await setSettings(background, DEFAULT_SETTINGS);
  await expect.poll(claims).toBe(count);
  expect(await page.locator("article").innerHTML()).toBe(text);
});

test("claims far below the viewport are read when the reader scrolls to them", async ({ page, server, background }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openAnnotated(page, `${server.origin}/pages/long.html`);
  const troops = nameFor("additional-200-troops", "conflict");
  expect(await claimHighlights(page, "#near")).toEqual([
    [
      "France stationed an additional 200 troops in Estonia, the ministry said.",
      nameFor("additional-200-troops", "match"),
    ],
  ]);
  expect(await claimHighlights(page, "#far")).toEqual([]);
  // Names are highlighted everywhere at once; only claims wait.
  expect(await highlights(page, "#far")).toEqual([
    ["France", "country"],
    ["Estonia", "country"],
  ]);
  await page.locator("#far").scrollIntoViewIfNeeded();
  await expect
    .poll(() => claimHighlights(page, "#far"))
    .toEqual([["France has 300 troops stationed in Estonia, officials said.", troops]]);
  expect(await claimsIn(page, await tellTab<PageSummary>(page, background, { type: "summary" }), "far")).toEqual([
    `additional-200-troops ${troops}`,
  ]);
});

test("claims switched off while the reader scrolls are read where the reader is once switched on", async ({
  page,
  server,
  background,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openAnnotated(page, `${server.origin}/pages/long.html`);
  await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, claims: false } });
  await expect.poll(() => claimHighlights(page, "#near")).toEqual([]);
  await page.locator("#far").scrollIntoViewIfNeeded();
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  await setSettings(background, DEFAULT_SETTINGS);
  await expect
    .poll(() => claimHighlights(page, "#far"))
    .toEqual([
      ["France has 300 troops stationed in Estonia, officials said.", nameFor("additional-200-troops", "conflict")],
    ]);
});

test("a claim sentence the page writes again, as it was or changed and changed back, keeps its underline", async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openAnnotated(page, `${server.origin}/pages/long.html`);
  const near = await claimHighlights(page, "#near");
  expect(near).toHaveLength(1);
  // The same text written again (a framework re-rendering), then a figure changed and changed back in one go.
  await page.evaluate(() => {
    const text = document.querySelector("#near")?.firstChild as Text;
    const same = text.data;
    text.data = same;
  });
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  await expect.poll(() => claimHighlights(page, "#near")).toEqual(near);
  await page.evaluate(() => {
    const text = document.querySelector("#near")?.firstChild as Text;
    const was = text.data;
    text.data = was.replace("200", "201");
    text.data = was;
  });
  await expect.poll(() => claimHighlights(page, "#near")).toEqual(near);
});

test.describe("claim verdicts of the issue's sentences, in a page with a date", () => {
  test("each sentence gets the verdict the claim matcher gives it", async ({ page, server, background }) => {
    await openAnnotated(page, `${server.origin}/pages/claim-verdicts.html`);
    const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
    const expected: Record<string, [string, ClaimStatus][]> = {
      // The page's date (29 October 2020, a Thursday) places "on Wednesday"; the dateline dates the page.
      weekday: [["strategic-partnership-signed-2020", "match"]],
      // A denial differs, never agrees.
      denial: [["additional-200-troops", "conflict"]],
      date: [["blinken-lecornu-nexter-2024", "conflict"]],
      // Another person in Ratas's role: another event, no claim.
      "other-person": [],
      // Differs from an unverified report: drawn in the neutral style of an unverified claim.
      unverified: [["additional-200-troops", "conflict"]],
      french: [["france-joins-tapa-2021", "match"]],
      estonian: [["france-joins-tapa-2021", "match"]],
      // "soldats français": France's soldiers, counted.
      demonym: [["additional-200-troops", "conflict"]],
    };
    for (const [id, claims] of Object.entries(expected)) {
      expect(await claimsIn(page, summary, id), id).toEqual(
        claims.map(([claim, status]) => `${claim} ${nameFor(claim, status)}`),
      );
    }
    expect(nameFor("additional-200-troops", "conflict")).toBe("defence-lens-claim-conflict-unverified");
  });

  test("the cards say how the weekday was read and that a denial differs", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/pages/claim-verdicts.html`);
    let card = await claimCard(page, "Wire");
    await expect(card.locator("h2")).toHaveText("The page agrees with the fact base");
    await expect(card).toContainText("“on Wednesday”, read as 28 October 2020");
    await page.keyboard.press("Escape");
    await page.mouse.move(0, 0);
    card = await claimCard(page, "did not station");
    await expect(card.locator("h2")).toHaveText("The page denies an unverified report");
  });
});
