import AxeBuilder from "@axe-core/playwright";
import type { Page, Worker } from "@playwright/test";
import { factBase } from "../../src/facts";
import type { Category } from "../../src/facts/types";
import { quoted } from "../../src/ui/labels";
import { popupEntityCounts as popupCounts } from "./browsers/views";
import { drawn, expect, highlights, openAnnotated, openPopup, stubClipboard, test } from "./harness";

/** The names of every `defence-lens-*` highlight registered in the tab. */
const registered = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith("defence-lens-")));

/**
 * The flash as the page sees it: whether it lies over the first mention of a text drawn as a category, and whether
 * that mention is in the viewport.
 */
const flashOver = (page: Page, text: string, category: Category) =>
  page.evaluate(
    ({ text, name }) => {
      const live = (r: AbstractRange) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      };
      const ranges = [...((CSS.highlights.get(name) as unknown as Iterable<AbstractRange>) ?? [])]
        .filter((r) => live(r).toString() === text)
        .sort((a, b) =>
          a.startContainer === b.startContainer
            ? a.startOffset - b.startOffset
            : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
              ? -1
              : 1,
        );
      const first = ranges[0];
      if (!first) return null;
      const rect = live(first).getBoundingClientRect();
      const flash = [...((CSS.highlights.get("defence-lens-flash") as unknown as Iterable<AbstractRange>) ?? [])];
      return {
        inViewport: rect.top >= 0 && rect.bottom <= innerHeight,
        flashed: flash.some(
          (r) =>
            r.startContainer === first.startContainer &&
            r.startOffset === first.startOffset &&
            r.endOffset === first.endOffset,
        ),
      };
    },
    { text, name: `defence-lens-${category}` },
  );

/** The toolbar badge's text on a tab, as the background reads it. */
const badgeOf = (background: Worker, tabId: number) =>
  background.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );

/** The names of the very long page below its first screen (tests/fixtures/pages/very-long.html). */
const farNames = { airbus: 1, mbda: 1, guardtime: 1, tallinn: 1, nexter: 1 };

// The popup's list, switches and panel button against a tab run in Firefox too: tests/e2e/cross-browser/popup.spec.ts.
test.describe("popup", () => {
  test("on a page that names nothing, says so, and the badge left by the tab's previous page is gone", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const { popup: first, tabId } = await openPopup(page, background, extensionId);
    await first.close();
    await expect.poll(() => badgeOf(background, tabId)).not.toBe("");
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await expect.poll(() => badgeOf(background, tabId)).toBe("");
    const { popup } = await openPopup(page, background, extensionId);
    await expect(popup.getByText("Nothing the fact base knows is highlighted here.")).toBeVisible();
    expect(await popup.locator("button.entity").count()).toBe(0);
    expect(await drawn(page)).toEqual([]);
  });

  test("on a very long page, lists the names below the fold, and shows one when chosen", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/very-long.html`);
    // A page this long has only the names near the viewport drawn (the browser re-reads every registered range).
    expect(await highlights(page, "#top")).toEqual([
      ["Emmanuel Macron", "person"],
      ["Jüri Ratas", "person"],
      ["Élysée Palace", "place"],
    ]);
    expect(await highlights(page, "#far")).toEqual([]);
    const { popup } = await openPopup(page, background, extensionId);
    expect(await popupCounts(popup)).toEqual({
      "emmanuel-macron": 1,
      "juri-ratas": 1,
      "elysee-palace": 1,
      ...farNames,
    });
    await popup.locator('button.entity[data-entity="airbus"]').click();
    await expect.poll(() => flashOver(page, "Airbus", "company")).toEqual({ inViewport: true, flashed: true });
    expect(await highlights(page, "#far")).toEqual([
      ["Airbus", "company"],
      ["MBDA", "company"],
      ["Guardtime", "company"],
      ["Tallinn", "place"],
    ]);
  });

  test("on a very long page that names nothing near the top, lists the names below the fold", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/very-long.html?quiet`);
    expect(await highlights(page, "#top")).toEqual([]);
    const { popup } = await openPopup(page, background, extensionId);
    expect(await popupCounts(popup)).toEqual(farNames);
  });

  test("choosing an entity scrolls the tab to its first mention and flashes it, briefly", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 900, height: 400 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    expect(await flashOver(page, "MBDA", "company")).toEqual({ inViewport: false, flashed: false });
    const { popup } = await openPopup(page, background, extensionId);
    await popup.locator('button.entity[data-entity="mbda"]').click();
    await expect.poll(() => flashOver(page, "MBDA", "company")).toEqual({ inViewport: true, flashed: true });
    // Short-lived: the flash goes by itself, the mention's own highlight stays.
    await expect.poll(() => registered(page)).not.toContain("defence-lens-flash");
    expect(await registered(page)).toContain("defence-lens-company");
  });

  test("copies the page's annotations as Markdown with citations", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    const { popup } = await openPopup(page, background, extensionId, stubClipboard);
    await popup.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(popup.locator("#copy-status")).toHaveText("Copied this page's annotations as Markdown.");
    const md = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    for (const name of ["Antony J. Blinken", "Sébastien Lecornu", "Nexter", "United States", "THX News"])
      expect(md).toContain(`**${name}**`);
    // Its text states no date: said so, with the date from elsewhere, in the words of every view.
    expect(md).toContain(
      "US-France Defense Collaboration, undated (2 April 2024, per the US Department of State release).",
    );
  });

  test("partnerships trace every line to a source, and the popup is keyboard-operable", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    await popup.getByRole("tab", { name: "Partnerships" }).click();
    const fe = popup.getByRole("article", { name: "France–Estonia" });
    await expect(fe).toContainText("Parties: France and Estonia");
    // An item that rests only on a low-reliability source is grouped apart, and says so.
    const low = fe.getByRole("region", { name: "Reported only by low-reliability sources" });
    await expect(low.getByRole("listitem").filter({ hasText: "additional 200 troops" }).locator(".badge")).toHaveText(
      "Unverified",
    );
    await expect(fe.locator(".timeline time").first()).toHaveText("September 2020");
    const source = fe.locator("details.source").first();
    await source.locator("summary").focus();
    await popup.keyboard.press("Enter");
    await expect(source).toHaveAttribute("open", "");
    await expect(source.locator("blockquote").first()).toBeVisible();
    // A switch by keyboard (the categories are one Tab stop: arrow keys between them).
    await popup.getByRole("checkbox", { name: "Company" }).focus();
    await popup.keyboard.press("Space");
    await expect(popup.getByRole("checkbox", { name: "Company" })).not.toBeChecked();
  });

  test("each Read in the source link is named by its quote and document, and opens that quote", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    for (const d of await popup.locator("details").all()) await d.evaluate((el) => el.setAttribute("open", ""));
    const links = popup.locator("a.read-source");
    const found = await links.evaluateAll((as) =>
      as.map((a) => ({
        text: a.textContent ?? "",
        name: a.getAttribute("aria-label") ?? "",
        href: a.getAttribute("href") ?? "",
        quote: a.closest(".evidence")?.querySelector("blockquote")?.textContent ?? "",
        line: a.closest("li")?.textContent ?? "",
      })),
    );
    expect(found.length).toBeGreaterThan(10);
    for (const f of found) {
      expect(f.text).toBe("Read in the source");
      // The visible words first, then the quote's own first words and its document.
      expect(f.name.startsWith("Read in the source: ")).toBe(true);
      const url = new URL(f.href, "chrome-extension://x/");
      const claim = factBase.claims.find((c) => c.id === url.searchParams.get("claim"));
      const doc = factBase.documents.find((d) => d.id === url.searchParams.get("doc"));
      expect(f.name).toContain(` in ${doc?.title}`);
      const words = f.name.slice("Read in the source: ".length).replace(/^“/, "").split(" ").slice(0, 3).join(" ");
      expect(f.quote).toContain(words);
      // The address says which quote: the one shown beside the link, also a claim's second in the same document.
      const quote = Number(url.searchParams.get("quote") ?? 0);
      const evidence = claim?.evidence.filter((e) => e.document === doc?.id) ?? [];
      const opens = evidence.length > 1 ? claim?.evidence[quote - 1] : evidence[0];
      expect(quoted(opens?.quote ?? "")).toBe(f.quote);
    }
    // Within one line (one claim), no two links share a name or an address.
    const byLine = new Map<string, typeof found>();
    for (const f of found) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
    for (const group of byLine.values()) {
      expect(new Set(group.map((f) => f.name)).size).toBe(group.length);
      expect(new Set(group.map((f) => f.href)).size).toBe(group.length);
    }
    expect(found.some((f) => new URL(f.href, "chrome-extension://x/").searchParams.has("quote"))).toBe(true);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page, server, background, extensionId }) => {
      // Two tabs, every disclosure open, axe over each: more than the default time on a loaded machine.
      test.slow();
      await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
      const { popup } = await openPopup(page, background, extensionId);
      await popup.emulateMedia({ colorScheme });
      // Each tab in turn: axe reads only what is shown.
      for (const tab of ["This page", "Partnerships"]) {
        await popup.getByRole("tab", { name: tab }).click();
        for (const d of await popup.locator("details").all()) await d.evaluate((el) => el.setAttribute("open", ""));
        const results = await new AxeBuilder({ page: popup }).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          tab,
        ).toEqual([]);
      }
    });
  }
});
