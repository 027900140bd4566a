// The popup built for reading: a summary line with the counts, the switch within a few Tab presses, differences first,
// each claim a button that shows its sentence in the tab, chips that step through every mention, partnerships in the
// order of what the page names with a support marker on every line, and an export that starts with its header and
// its differences, to copy or to download.
import { readFile } from "node:fs/promises";
import type { PageSummary } from "../../src/extension/messages";
import { FACT_BASE_VERSION, factBase } from "../../src/facts";
import { formatDate } from "../../src/facts/dates";
import { claimHighlights, expect, flashed, openAnnotated, openPopup, stubClipboard, tellTab, test } from "./harness";

test.describe("reading popup", () => {
  test("its summary line gives the counts, and its switch is reached within 5 Tab presses", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/claims.html`);
    const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
    const differ = summary.claims.filter((c) => c.status === "conflict").length;
    expect(differ).toBeGreaterThan(1);
    const { popup } = await openPopup(page, background, extensionId);
    await expect(popup.locator("#summary")).toHaveText(
      `${summary.claims.length} claims: ${differ} differ · ${summary.entities.length} names`,
    );
    let presses = 0;
    while (presses < 5) {
      await popup.keyboard.press("Tab");
      presses++;
      if (await popup.evaluate(() => document.activeElement?.id === "site")) break;
    }
    await expect(popup.getByRole("checkbox", { name: "On for 127.0.0.1" })).toBeFocused();
    // Copy and Download follow within a few more.
    for (const name of ["On everywhere", "Copy as Markdown", "Download .md"]) {
      await popup.keyboard.press("Tab");
      await expect(popup.getByRole(name === "On everywhere" ? "checkbox" : "button", { name })).toBeFocused();
    }
  });

  test("lists differences first, and a claim's button scrolls the tab to its sentence", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 900, height: 240 });
    await openAnnotated(page, `${server.origin}/pages/claims.html`);
    const { popup } = await openPopup(page, background, extensionId);
    const statuses = await popup
      .locator(".claims > li")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-claim-status")));
    const firstMatch = statuses.indexOf("match");
    expect(firstMatch).toBeGreaterThan(0);
    expect(statuses.slice(firstMatch)).not.toContain("conflict");
    // The page's sentence and the fact base's statement, side by side, each its own line of the same weight.
    const first = popup.locator(".claims > li").first();
    await expect(first.locator(".side")).toHaveCount(2);
    const weights = await first
      .locator(".said")
      .evaluateAll((els) => els.map((e) => [getComputedStyle(e).fontWeight, getComputedStyle(e).fontSize]));
    expect(weights[0]).toEqual(weights[1]);
    // The French sentence is last on the page, below the tab's short viewport.
    const french = "La France a déployé 300 soldats supplémentaires";
    expect((await flashed(page))?.inViewport ?? false).toBe(false);
    const button = popup.locator("button.claim").filter({ hasText: french });
    await button.click();
    await expect.poll(async () => (await flashed(page))?.inViewport).toBe(true);
    expect((await flashed(page))?.text).toContain("300 soldats");
    const inView = await page.evaluate(() => {
      const r = (document.getElementById("french") as HTMLElement).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
  });

  test("arrow keys move through the claims, Enter shows the sentence", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 900, height: 240 });
    await openAnnotated(page, `${server.origin}/pages/claims.html`);
    const { popup } = await openPopup(page, background, extensionId);
    const buttons = popup.locator("button.claim");
    const n = await buttons.count();
    expect(n).toBeGreaterThan(3);
    // One Tab stop for the list: only the first is in the tab order.
    expect(await buttons.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).tabIndex))).toEqual([
      0,
      ...Array(n - 1).fill(-1),
    ]);
    await buttons.first().focus();
    await popup.keyboard.press("ArrowDown");
    await popup.keyboard.press("ArrowDown");
    await expect(buttons.nth(2)).toBeFocused();
    await popup.keyboard.press("End");
    await expect(buttons.nth(n - 1)).toBeFocused();
    const last =
      (await buttons
        .nth(n - 1)
        .locator(".page-sentence")
        .textContent()) ?? "";
    await popup.keyboard.press("Enter");
    await expect.poll(async () => (await flashed(page))?.inViewport).toBe(true);
    const words = last.replace(/^“|”$/g, "").split(" ").slice(0, 3).join(" ");
    const sentence = await page.evaluate(
      (w) => [...document.querySelectorAll("p")].find((p) => p.textContent?.includes(w))?.textContent ?? "",
      words,
    );
    expect(sentence).toContain((await flashed(page))?.text ?? "none");
  });

  test("a name's chip steps through every mention, one after another", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 900, height: 300 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    const chip = popup.locator('button.entity[data-entity="juri-ratas"]');
    const count = Number(((await chip.locator(".count").textContent()) ?? "").replace(/\D/g, ""));
    expect(count).toBeGreaterThan(2);
    const tops: number[] = [];
    for (let i = 1; i <= count; i++) {
      await chip.click();
      await expect(popup.locator("#reveal-status")).toHaveText(`Jüri Ratas: mention ${i} of ${count}.`);
      await expect.poll(async () => (await flashed(page))?.top ?? -1).not.toBe(tops.at(-1) ?? -1);
      await expect.poll(async () => (await flashed(page))?.inViewport).toBe(true);
      tops.push((await flashed(page))?.top ?? -1);
    }
    // Each a different mention, down the page.
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(new Set(tops).size).toBe(count);
    await chip.click();
    await expect(popup.locator("#reveal-status")).toHaveText(`Jüri Ratas: mention 1 of ${count}.`);
  });

  for (const [doc, first] of [
    ["003_22c2670c1b089195.txt", "US–France"],
    ["001_2efd3b04a8c7435c.txt", "France–Estonia"],
  ] as const) {
    test(`partnerships: ${first} first on ${doc}, a support marker on every line and tag`, async ({
      page,
      server,
      background,
      extensionId,
    }) => {
      await openAnnotated(page, `${server.origin}/documents/${doc}.html`);
      const { popup } = await openPopup(page, background, extensionId);
      await popup.getByRole("tab", { name: "Partnerships" }).click();
      await expect(popup.locator("article.partnership h3").first()).toHaveText(first);
      const lines = popup.locator("article.partnership ul.lines > li[data-claim], article.partnership ol > li");
      expect(await lines.count()).toBeGreaterThan(5);
      for (const li of await lines.all()) await expect(li.locator(":scope > p .badge")).toHaveCount(1);
      const tags = popup.locator("article.partnership .tags > li");
      expect(await tags.count()).toBeGreaterThan(5);
      for (const tag of await tags.all()) await expect(tag.locator(".badge")).toHaveCount(1);
      // Outside the low-reliability group, nothing is unverified; inside it, everything is.
      expect(await popup.locator("article.partnership > :not(.low) .badge[data-level='unverified']").count()).toBe(0);
      const lowBadges = popup.locator(".low .badge");
      for (const b of await lowBadges.all()) await expect(b).toHaveText("Unverified");
      // Commitments are split: what was agreed, what was stated.
      await expect(popup.getByRole("heading", { name: "What was stated" }).first()).toBeVisible();
    });
  }

  test("a timeline line does not repeat its own date", async ({ page, server, background, extensionId }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    await popup.getByRole("tab", { name: "Partnerships" }).click();
    const items = await popup
      .locator(".timeline > li > p")
      .evaluateAll((ps) =>
        ps.map((p) => ({ date: p.querySelector("time")?.textContent ?? "", text: p.textContent ?? "" })),
      );
    expect(items.length).toBeGreaterThan(2);
    for (const { date, text } of items) expect(text.split(date).length - 1, text).toBe(1);
  });

  test("the export starts with its header and its differences; Download .md saves the same", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/claims.html`);
    const differing = (await claimHighlights(page)).filter(([, name]) => name.includes("conflict")).length;
    expect(differing).toBeGreaterThan(1);
    const { popup } = await openPopup(page, background, extensionId, stubClipboard);
    await popup.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(popup.locator("#copy-status")).toHaveText("Copied this page's annotations as Markdown.");
    const md = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    const lines = md.split("\n");
    const today = formatDate(new Date().toISOString().slice(0, 10));
    expect(lines.slice(0, 4)).toEqual([
      "# Defence Lens: Claims: agreement and conflict",
      "",
      `- Page: <${server.origin}/pages/claims.html>`,
      `- Generated by Defence Lens on ${today}, fact base version ${FACT_BASE_VERSION}`,
    ]);
    expect(lines[4]).toMatch(/^- \d+ claims: \d+ differ · \d+ names$/);
    // The first section is the differences, each one a line that says how it differs.
    const sections = lines.filter((l) => l.startsWith("## "));
    expect(sections[0]).toBe("## Differences");
    const body = md.slice(md.indexOf("## Differences"), md.indexOf("## Agreements"));
    expect(body.match(/^- Differs/gm)?.length).toBeGreaterThan(1);
    // The editors' descriptions are not cited to a document.
    expect(md).not.toMatch(/Fact base note: .*\[\d+\]$/m);
    expect(factBase.entities.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      popup.waitForEvent("download"),
      popup.getByRole("button", { name: "Download .md" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^defence-lens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/);
    const saved = await readFile((await download.path()) as string, "utf8");
    expect(saved).toBe(md);
  });
});
