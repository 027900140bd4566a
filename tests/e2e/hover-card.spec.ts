import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, openAnnotated, test } from "./harness";

const card = (page: Page) => page.locator("defence-lens-card .card");
const mark = (page: Page, entity: string) => page.locator(`defence-lens-mark[data-entity="${entity}"]`).first();

async function hover(page: Page, target: Locator) {
  await target.hover();
  await expect(card(page)).toBeVisible();
}

test.describe("hover card", () => {
  test("shows a person: role, partnership, claims with support, source and quote, mentions", async ({
    page,
    server,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const mentions = await page.locator('defence-lens-mark[data-entity="juri-ratas"]').count();
    await hover(page, mark(page, "juri-ratas"));
    const c = card(page);
    await expect(c.locator("h2")).toHaveText("Jüri Ratas");
    await expect(c).toContainText("Person · France–Estonia partnership");
    await expect(c).toContainText("Prime Minister of Estonia (2016–2021)");
    await expect(c).toContainText(`Mentioned ${mentions} times on this page.`);
    await expect(c).toContainText("Jüri Ratas and Emmanuel Macron signed a declaration on strategic partnership");
    await expect(c.locator(".support").first()).toHaveText("Single source");
    await expect(c).toContainText(
      "France and Estonia, strengthening security and defense against cyber attacks (28 October 2020)",
    );
    await expect(c.locator("blockquote").first()).toContainText("Ratas");
    await expect(mark(page, "juri-ratas")).toHaveAttribute("aria-describedby", "defence-lens-card");
    await expect(page.locator("defence-lens-card")).toHaveAttribute("role", "tooltip");
  });

  test("shows a country with corroborated and unverified claims, and a company", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html`);
    await hover(page, mark(page, "estonia"));
    await expect(card(page).locator("h2")).toHaveText("Estonia");
    await expect(card(page)).toContainText("Country · France–Estonia partnership");
    await expect(card(page).locator(".support").first()).toHaveText("Corroborated");
    await expect(card(page)).toContainText("Stated in 2 documents");

    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    await hover(page, mark(page, "airbus"));
    await expect(card(page).locator("h2")).toHaveText("Airbus");
    await expect(card(page)).toContainText("Company");
    await expect(card(page)).toContainText("Guardtime, Magnetic MRO, Airbus, Eolane, MBDA");
    await expect(card(page)).toContainText("Mentioned 1 time on this page.");
  });

  test("an unverified claim says why", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html`);
    await hover(page, mark(page, "joint-rapid-response-exercise"));
    await expect(card(page).locator(".support").first()).toHaveText("Unverified");
    await expect(card(page)).toContainText("Only in low-reliability sources");
    await expect(card(page)).toContainText("no public reporting corroborates");
  });

  test("Escape dismisses it; the pointer can move onto it; leaving closes it", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const target = mark(page, "mbda");
    await hover(page, target);
    await page.keyboard.press("Escape");
    await expect(card(page)).toBeHidden();

    await page.mouse.move(0, 0);
    await hover(page, target);
    const box = await card(page).boundingBox();
    if (!box) throw new Error("card has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    // The grace period is a duration: the card must still be there after it has run out.
    await page.waitForTimeout(600);
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator("h2")).toHaveText("MBDA");

    await page.mouse.move(0, 0);
    await expect(card(page)).toBeHidden();
  });

  test("sweeping across names shows one card, for where the pointer rests", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const names = page.locator("defence-lens-mark");
    for (let i = 0; i < 8; i++) {
      const box = await names.nth(i).boundingBox();
      if (box) await page.mouse.move(box.x + 2, box.y + box.height / 2);
    }
    const last = names.nth(7);
    await expect(card(page)).toBeVisible();
    await expect(page.locator("defence-lens-card")).toHaveCount(1);
    await expect(last).toHaveAttribute("aria-describedby", "defence-lens-card");
    await expect(page.locator("[aria-describedby=defence-lens-card]")).toHaveCount(1);
  });

  test("follows a dark page", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html?dark`);
    await hover(page, mark(page, "nexter"));
    await expect(card(page)).toHaveAttribute("data-theme", "dark");
    const colors = await card(page).evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(el).color,
    ]);
    expect(colors).toEqual(["rgb(31, 35, 41)", "rgb(238, 240, 243)"]);
  });
});

test.describe("keyboard", () => {
  test("Tab moves from the first mention of one entity to the next and opens its card", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    const stops = page.locator("defence-lens-mark[tabindex='0']");
    const entities = await stops.evaluateAll((els) => els.map((e) => e.getAttribute("data-entity")));
    const distinct = await page.$$eval(
      "defence-lens-mark",
      (els) => new Set(els.map((e) => e.getAttribute("data-entity"))).size,
    );
    expect(entities).toEqual([...new Set(entities)]);
    expect(entities).toHaveLength(distinct);
    // Tab until the first two entity stops have had focus, each opening its card.
    const names = ["Antony J. Blinken", "Sébastien Lecornu"];
    for (const [i, name] of names.entries()) {
      for (let k = 0; k < 5 && !(await stops.nth(i).evaluate((el) => el === document.activeElement)); k++) {
        await page.keyboard.press("Tab");
      }
      await expect(stops.nth(i)).toBeFocused();
      await expect(card(page).locator("h2")).toHaveText(name);
    }
    await page.keyboard.press("Escape");
    await expect(card(page)).toBeHidden();
  });

  test("no tab stop inside a link", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/pages/hard-cases.html`);
    await expect(page.locator("a defence-lens-mark")).toHaveCount(1);
    await expect(page.locator("a defence-lens-mark")).not.toHaveAttribute("tabindex", /.*/);
  });
});

test("the card stays correct and readable on a page with hostile CSS", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/pages/hostile.html`);
  await hover(page, mark(page, "airbus"));
  const c = card(page);
  await expect(c.locator("h2")).toHaveText("Airbus");
  await expect(c).toContainText("European aerospace and defence manufacturer");
  const style = await c.evaluate((el) => {
    const s = getComputedStyle(el);
    const h2 = getComputedStyle(el.querySelector("h2") as Element);
    return {
      font: s.fontSize,
      h2: h2.fontSize,
      display: s.display,
      bg: s.backgroundColor,
      color: s.color,
      width: el.getBoundingClientRect().width,
    };
  });
  expect(style).toMatchObject({
    font: "14px",
    h2: "16px",
    display: "block",
    bg: "rgb(255, 255, 255)",
    color: "rgb(27, 30, 35)",
  });
  expect(style.width).toBeGreaterThan(150);
  expect(style.width).toBeLessThanOrEqual(420);
});

for (const dark of [false, true]) {
  test(`the entity and claim cards have no accessibility violations (${dark ? "dark" : "light"} page)`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1280, height: 4000 });
    await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html${dark ? "?dark" : ""}`);
    for (const target of [mark(page, "estonia"), page.locator("defence-lens-claim").first()]) {
      await target.hover({ position: { x: 3, y: 3 } });
      await expect(card(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).include("defence-lens-card").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
      await page.keyboard.press("Escape");
      await page.mouse.move(0, 0);
    }
  });
}
