import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { factBase } from "../../src/facts";
import { claimsOf } from "../../src/facts/query";
import { categoryLabel, supportLabel } from "../../src/ui/labels";
import { expect, highlights, hoverText, openAnnotated, readingOrder, tellTab, test, textBox } from "./harness";

const card = (page: Page) => page.locator("defence-lens-card .card");
const host = (page: Page) => page.locator("defence-lens-card");

/** Rests the pointer on the n-th occurrence of a text and waits for the card. */
async function hover(page: Page, text: string, n = 0) {
  await hoverText(page, text, n);
  await expect(card(page)).toBeVisible();
}

/** Counts the card hosts the extension adds to the page from now on, as the page's own script would see them. */
async function countCardsAdded(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { cardsAdded: number };
    w.cardsAdded = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n.nodeName.toLowerCase() === "defence-lens-card") w.cardsAdded++;
    }).observe(document.documentElement, { childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { cardsAdded: number }).cardsAdded);
}

/** The open card lists the first claims the fact base records about the entity, each with its support level. */
async function expectClaimsOf(page: Page, entity: string) {
  const claims = claimsOf(factBase, entity);
  expect(claims.length).toBeGreaterThan(2);
  const c = card(page);
  await expect(c).toContainText(`What the fact base records (${claims.length})`);
  await expect(c.locator(".statement")).toHaveText(claims.slice(0, 2).map((claim) => claim.statement));
  await expect(c.locator(".support")).toHaveText(claims.slice(0, 2).map((claim) => supportLabel(claim.support)));
  await expect(c).toContainText(`${claims.length - 2} more in the Defence Lens popup.`);
}

const axeViolations = async (page: Page, selector: string) => {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};

test.describe("hover card", () => {
  test("shows a country and a company", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html`);
    await hover(page, "Estonia");
    await expect(card(page).locator("h2")).toHaveText("Estonia");
    await expect(card(page)).toContainText("Country · France–Estonia partnership");
    await expectClaimsOf(page, "estonia");

    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    await hover(page, "Airbus");
    await expect(card(page).locator("h2")).toHaveText("Airbus");
    await expect(card(page)).toContainText("Company");
    await expect(card(page)).toContainText("Guardtime, Magnetic MRO, Airbus, Eolane, MBDA");
    await expect(card(page)).toContainText("Mentioned 1 time on this page.");
  });

  test("an unverified claim says why", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html`);
    await hover(page, "Joint Rapid Response Exercise");
    await expect(card(page).locator("h2")).toHaveText("Joint Rapid Response Exercise");
    await expect(card(page).locator(".support").first()).toHaveText("Unverified");
    await expect(card(page)).toContainText("Only in low-reliability sources");
    await expect(card(page)).toContainText("no public reporting corroborates");
  });

  test("a point beside the text, past the end of its line, opens no card", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/pages/hover.html`);
    expect(await highlights(page, "#line-end")).toEqual([
      ["Paris", "place"],
      ["Emmanuel Macron", "person"],
    ]);
    const name = await textBox(page, "Emmanuel Macron");
    const added = await countCardsAdded(page);
    // Same line, to the right of its last letter: the caret there is at the name's end, but the point is not on it.
    await page.mouse.move(name.x + name.width + 60, name.y + name.height / 2);
    await page.mouse.move(name.x + name.width + 62, name.y + name.height / 2);
    await page.waitForTimeout(700);
    expect(await added()).toBe(0);
    // On the name itself, the card opens.
    await hover(page, "Emmanuel Macron");
    await expect(card(page).locator("h2")).toHaveText("Emmanuel Macron");
  });

  test("sweeping across names shows one card, for where the pointer rests", async ({ page, server }) => {
    await page.setViewportSize({ width: 1280, height: 2400 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const names = ["Jüri Ratas", "Emmanuel Macron", "Estonia", "European Union", "NATO", "Mali", "Airbus", "MBDA"];
    const boxes = [];
    for (const name of names) boxes.push(await textBox(page, name));
    const added = await countCardsAdded(page);
    for (const b of boxes) await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await expect(card(page).locator("h2")).toHaveText("MBDA");
    expect(await added()).toBe(1);
    await expect(host(page)).toHaveCount(1);
  });

  test("follows a dark page", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html?dark`);
    await hover(page, "Nexter");
    await expect(card(page)).toHaveAttribute("data-theme", "dark");
    const colors = await card(page).evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(el).color,
    ]);
    expect(colors).toEqual(["rgb(31, 35, 41)", "rgb(238, 240, 243)"]);
  });

  test("a card for a name in the middle of a small window fits inside it, its name in sight", async ({
    page,
    server,
  }) => {
    const viewport = { width: 800, height: 500 };
    await page.setViewportSize(viewport);
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const first = await textBox(page, "Jüri Ratas");
    await page.evaluate(
      (dy) => window.scrollBy({ top: dy, behavior: "instant" }),
      first.y + first.height / 2 - viewport.height / 2,
    );
    const name = await hoverText(page, "Jüri Ratas");
    expect(Math.abs(name.y + name.height / 2 - viewport.height / 2)).toBeLessThan(30);
    await expect(card(page)).toBeVisible();
    // Placed (Floating UI sets its position once it has measured it).
    await expect(card(page)).toHaveCSS("top", /^(?!0px)/);
    const box = await card(page).boundingBox();
    if (!box) throw new Error("card has no box");
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // It does not cover the name it is about.
    expect(box.y >= name.y + name.height || box.y + box.height <= name.y).toBe(true);
    await expect(card(page).locator("h2")).toBeInViewport({ ratio: 1 });
  });
});

test("the card stays correct and readable on a page with hostile CSS", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/pages/hostile-card.html`);
  await hover(page, "Airbus");
  const c = card(page);
  await expect(c.locator("h2")).toHaveText("Airbus");
  await expect(c).toContainText("European aerospace and defence manufacturer");
  const style = await c.evaluate((el) => {
    const s = getComputedStyle(el);
    const h2 = getComputedStyle(el.querySelector("h2") as Element);
    const hostStyle = getComputedStyle((el.getRootNode() as ShadowRoot).host);
    return {
      font: s.fontSize,
      h2: h2.fontSize,
      display: s.display,
      visibility: s.visibility,
      hostVisibility: hostStyle.visibility,
      hostDisplay: hostStyle.display,
      bg: s.backgroundColor,
      color: s.color,
      width: el.getBoundingClientRect().width,
    };
  });
  expect(style).toMatchObject({
    font: "14px",
    h2: "16px",
    display: "flex",
    visibility: "visible",
    hostVisibility: "visible",
    hostDisplay: "block",
    bg: "rgb(255, 255, 255)",
    color: "rgb(27, 30, 35)",
  });
  expect(style.width).toBeGreaterThan(150);
  expect(style.width).toBeLessThanOrEqual(420);
  // What is drawn at the card's centre is the card (not hidden, not covered by the page).
  const box = await c.boundingBox();
  if (!box) throw new Error("card has no box");
  const atCentre = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  expect(atCentre).toBe("defence-lens-card");
});

for (const dark of [false, true]) {
  test(`the entity and claim cards have no accessibility violations (${dark ? "dark" : "light"} page)`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1280, height: 4000 });
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html${dark ? "?dark" : ""}`);
    // A name, then a word of a claim sentence that is no name ("In a significant display of … solidarity, France …").
    for (const [text, heading] of [
      ["Estonia", "Estonia"],
      ["significant display", "The page repeats an unverified report"],
    ] as const) {
      await hover(page, text);
      await expect(card(page).locator("h2")).toHaveText(heading);
      await expect(card(page)).toHaveAttribute("data-theme", dark ? "dark" : "light");
      expect(await axeViolations(page, "defence-lens-card")).toEqual([]);
      await page.keyboard.press("Escape");
      await page.mouse.move(0, 0);
      await expect(host(page)).toHaveCount(0);
    }
  });
}

const whereIs = async (page: Page, index: number) => (await readingOrder(page))[index];

const _squash = (s: string) => s.replace(/\s+/g, " ").trim();
const _fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

test.describe("annotations panel", () => {
  // The host is a zero-size anchor in the top layer: what the reader sees is the panel inside it.
  const panel = (page: Page) => page.locator("defence-lens-panel .panel");
  const panelHost = (page: Page) => page.locator("defence-lens-panel");
  const items = (page: Page) => page.locator("defence-lens-panel li[role=option]");

  test("arrows move through the list; Enter shows the item, flashes it and opens its card; Escape closes one by one", async ({
    page,
    server,
    background,
  }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    await tellTab(page, background, { type: "panel" });
    await expect(items(page).first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items(page).nth(1)).toBeFocused();
    await expect(items(page).nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(items(page).first()).toHaveAttribute("tabindex", "-1");
    await page.keyboard.press("ArrowUp");
    await expect(items(page).first()).toBeFocused();

    // The last item is far below the first screen.
    const count = await items(page).count();
    const order = await readingOrder(page);
    expect(order).toHaveLength(count);
    expect((await whereIs(page, count - 1))?.inViewport).toBe(false);
    await page.keyboard.press("End");
    const last = items(page).nth(count - 1);
    await expect(last).toBeFocused();
    const label = (await last.textContent()) ?? "";
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await whereIs(page, count - 1))?.inViewport).toBe(true);
    await expect.poll(async () => (await whereIs(page, count - 1))?.flashed).toBe(true);
    await expect(host(page)).toHaveAttribute("role", "dialog");
    await expect(card(page)).toBeVisible();
    const heading = label.startsWith("Claim ") ? /^The page / : label.replace(/ · [^·]*$/, "");
    await expect(card(page).locator("h2")).toHaveText(heading);
    // The flash is short-lived.
    await expect.poll(() => page.evaluate(() => CSS.highlights.has("defence-lens-flash"))).toBe(false);

    await page.keyboard.press("Escape");
    await expect(host(page)).toHaveCount(0);
    await expect(panel(page)).toBeVisible();
    await expect(last).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panelHost(page)).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("Enter opens the item's card as a dialog that takes the focus; Tab goes round it; Escape gives it back", async ({
    page,
    server,
    background,
  }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    await tellTab(page, background, { type: "panel" });
    await expect(items(page).first()).toBeFocused();
    // The first mention of a person with claims: its card holds a "Read in the source" for each claim shown.
    const labels = await items(page).allTextContents();
    const index = labels.indexOf(`Jüri Ratas · ${categoryLabel("person").toLowerCase()}`);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    const item = items(page).nth(index);
    await expect(item).toBeFocused();
    await page.keyboard.press("Enter");

    const dialog = page.getByRole("dialog", { name: "Defence Lens: Jüri Ratas" });
    await expect(dialog).toHaveCount(1);
    await expect(card(page)).toBeVisible();
    // The focus is in the card (on the card itself, which its name announces), not left in the panel.
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        const inner = active?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        return {
          host: active?.localName ?? "",
          what: inner ? inner.getAttribute("aria-label") || inner.className || inner.localName : "",
        };
      });
    expect(await focused()).toEqual({ host: "defence-lens-card", what: "card" });
    // Tab goes through the card's controls and round again, never out to the page or the panel behind it.
    const buttons = await card(page)
      .getByRole("button", { name: /^Read in the source: / })
      .count();
    expect(buttons).toBeGreaterThan(0);
    // Round the card twice (however many controls it has), never more than 60 presses.
    const seen: string[] = [];
    let stops = -1;
    for (let i = 0; i < 60 && (stops < 0 || seen.length < 2 * stops); i++) {
      await page.keyboard.press("Tab");
      const f = await focused();
      expect(f.host, `Tab ${i + 1}`).toBe("defence-lens-card");
      seen.push(f.what);
      if (stops < 0 && seen.length > 1 && f.what === seen[0]) stops = seen.length - 1;
    }
    expect(stops).toBeGreaterThan(buttons);
    expect(seen.slice(stops, 2 * stops)).toEqual(seen.slice(0, stops));
    expect(seen.filter((w) => w.startsWith("Read in the source: ")).length).toBeGreaterThanOrEqual(buttons);
    // Shift+Tab from the first goes round to the last.
    while ((await focused()).what !== seen[0]) await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    expect((await focused()).what).toBe(seen[stops - 1]);
    // Enter on one of its buttons opens that quote in the source viewer.
    while (!(await focused()).what.startsWith("Read in the source: ")) await page.keyboard.press("Tab");
    const opened = page.context().waitForEvent("page");
    await page.keyboard.press("Enter");
    const tab = await opened;
    await expect(tab.locator("#app")).toHaveAttribute("aria-busy", "false");
    expect(new URL(tab.url()).pathname).toBe("/source.html");
    await tab.close();
    await page.bringToFront();

    // Escape closes the card and gives the focus back to the panel's item; the next Escape closes the panel.
    await page.keyboard.press("Escape");
    await expect(host(page)).toHaveCount(0);
    await expect(item).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panelHost(page)).toHaveCount(0);
  });

  test("focus returns where it was, and the page's own tab order gains nothing", async ({
    page,
    server,
    background,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/hover.html`);
    expect((await highlights(page, "article")).length).toBeGreaterThan(4);
    await page.locator("#before").focus();
    await page.keyboard.press("Tab");
    await expect(page.locator("#after")).toBeFocused();

    await page.locator("#before").focus();
    await tellTab(page, background, { type: "panel" });
    await expect(items(page).first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panelHost(page)).toHaveCount(0);
    await expect(page.locator("#before")).toBeFocused();
  });

  for (const dark of [false, true]) {
    test(`the open panel has no accessibility violations (${dark ? "dark" : "light"} page)`, async ({
      page,
      server,
      background,
    }) => {
      await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html${dark ? "?dark" : ""}`);
      await tellTab(page, background, { type: "panel" });
      await expect(items(page).first()).toBeFocused();
      expect(await axeViolations(page, "defence-lens-panel")).toEqual([]);
      // An item's card, a dialog beside the panel with the focus in it.
      await page.keyboard.press("Enter");
      await expect(host(page)).toHaveAttribute("role", "dialog");
      await expect(card(page)).toBeVisible();
      expect(await axeViolations(page, "defence-lens-card")).toEqual([]);
    });
  }
});
