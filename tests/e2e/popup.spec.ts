import AxeBuilder from "@axe-core/playwright";
import type { Page, Worker } from "@playwright/test";
import { expect, openAnnotated, test } from "./harness";

/** Opens the popup in its own tab, pointed at the tab the reader is on. */
async function openPopup(page: Page, background: Worker, extensionId: string): Promise<{ popup: Page; tabId: number }> {
  await page.bringToFront();
  const tabId = await background.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    const [tab] = await ext.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  const popup = await page.context().newPage();
  await popup.addInitScript(() => {
    const w = window as unknown as { copied?: string };
    Object.defineProperty(navigator, "clipboard", {
      value: {
        writeText: async (text: string) => {
          w.copied = text;
        },
      },
    });
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator("main")).toHaveAttribute("aria-busy", "false");
  return { popup, tabId };
}

const tabCounts = (page: Page) =>
  page.$$eval("defence-lens-mark", (els) => {
    const counts: Record<string, number> = {};
    for (const e of els)
      counts[e.getAttribute("data-entity") ?? ""] = (counts[e.getAttribute("data-entity") ?? ""] ?? 0) + 1;
    return counts;
  });

const popupCounts = (popup: Page) =>
  popup.$$eval("button.entity", (els) =>
    Object.fromEntries(
      els.map((e) => [
        e.getAttribute("data-entity"),
        Number(e.querySelector(".count")?.textContent?.replace(/\D/g, "")),
      ]),
    ),
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

test.describe("popup", () => {
  test("lists what the tab mentions with its counts, and the badge agrees", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const { popup, tabId } = await openPopup(page, background, extensionId);
    const inTab = await tabCounts(page);
    expect(await popupCounts(popup)).toEqual(inTab);
    await expect(popup.getByRole("heading", { name: /^Person \(/ })).toBeVisible();
    expect(await badgeOf(background, tabId)).toBe(String(Object.keys(inTab).length));
    // The claims found on the page are listed with their status.
    const claims = await popup.$$eval(".claims > li", (els) => els.map((e) => e.getAttribute("data-claim-status")));
    expect(claims.length).toBe(
      await page.$$eval(
        "defence-lens-claim",
        (els) => new Set(els.map((e) => e.getAttribute("data-claim-sentence"))).size,
      ),
    );
    expect(claims.length).toBeGreaterThan(5);
  });

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
  });

  test("on a very long page, lists the names below the fold too", async ({ page, server, background, extensionId }) => {
    await openAnnotated(page, `${server.origin}/pages/very-long.html`);
    expect(await page.locator("#far defence-lens-mark").count()).toBe(0);
    const { popup } = await openPopup(page, background, extensionId);
    expect(await popupCounts(popup)).toEqual({
      "emmanuel-macron": 1,
      "juri-ratas": 1,
      "elysee-palace": 1,
      ...farNames,
    });
    expect(await tabCounts(page)).toEqual(await popupCounts(popup));
  });

  test("on a very long page that names nothing near the top, lists the names below the fold", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/very-long.html?quiet`);
    expect(await page.locator("defence-lens-mark").count()).toBe(0);
    const { popup } = await openPopup(page, background, extensionId);
    expect(await popupCounts(popup)).toEqual(farNames);
    expect(await tabCounts(page)).toEqual(await popupCounts(popup));
  });

  test("switching a category off removes it from the tab without a reload, and on brings it back", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    const countries = page.locator('defence-lens-mark[data-category="country"]');
    const before = await countries.count();
    expect(before).toBeGreaterThan(10);
    const { popup } = await openPopup(page, background, extensionId);
    const box = popup.getByRole("checkbox", { name: "Country" });
    await expect(box).toBeChecked();
    await box.uncheck();
    await expect(countries).toHaveCount(0);
    await expect(popup.locator('button.entity[data-entity="france"]')).toHaveCount(0);
    await popup.getByRole("checkbox", { name: "Country" }).check();
    await expect(countries).toHaveCount(before);
    await expect(popup.locator('button.entity[data-entity="france"]')).toHaveCount(1);
  });

  test("off on this site and off everywhere", async ({ page, server, background, extensionId }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    await popup.getByRole("checkbox", { name: "On for 127.0.0.1" }).uncheck();
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    await expect(page.locator("defence-lens-mark")).toHaveCount(0);
    await popup.getByRole("checkbox", { name: "On for 127.0.0.1" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    await popup.getByRole("checkbox", { name: "On everywhere" }).uncheck();
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
  });

  test("choosing an entity scrolls the tab to its first mention and flashes it", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 900, height: 400 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const target = page.locator('defence-lens-mark[data-entity="mbda"]').first();
    await expect(target).not.toBeInViewport();
    const { popup } = await openPopup(page, background, extensionId);
    await popup.locator('button.entity[data-entity="mbda"]').click();
    await expect(target).toHaveAttribute("data-flash", "");
    await expect(target).toBeInViewport();
  });

  test("copies the page's annotations as Markdown with citations", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    await popup.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(popup.getByRole("status")).toHaveText("Copied this page's annotations as Markdown.");
    const md = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    for (const name of ["Antony J. Blinken", "Sébastien Lecornu", "Nexter", "United States", "THX News"])
      expect(md).toContain(`**${name}**`);
    expect(md).toContain("US-France Defense Collaboration — Blinken and Lecornu at Nexter, 2 April 2024");
  });

  test("partnerships trace every line to a source, and the popup is keyboard-operable", async ({
    page,
    server,
    background,
    extensionId,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html`);
    const { popup } = await openPopup(page, background, extensionId);
    const fe = popup.getByRole("article", { name: "France–Estonia" });
    await expect(fe).toContainText("Parties: France and Estonia");
    await expect(fe.getByRole("listitem").filter({ hasText: "additional 200 troops" }).locator(".badge")).toHaveText(
      "Unverified",
    );
    await expect(fe.locator(".timeline time").first()).toHaveText("September 2020");
    const source = fe.locator("details.source").first();
    await source.locator("summary").focus();
    await popup.keyboard.press("Enter");
    await expect(source).toHaveAttribute("open", "");
    await expect(source.locator("blockquote").first()).toBeVisible();
    // A switch by keyboard.
    await popup.getByRole("checkbox", { name: "Company" }).focus();
    await popup.keyboard.press("Space");
    await expect(popup.getByRole("checkbox", { name: "Company" })).not.toBeChecked();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page, server, background, extensionId }) => {
      await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
      const { popup } = await openPopup(page, background, extensionId);
      await popup.emulateMedia({ colorScheme });
      for (const d of await popup.locator("details").all()) await d.evaluate((el) => el.setAttribute("open", ""));
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});
