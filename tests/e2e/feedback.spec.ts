// The reader's word on a mention, from its card: "hide this name on this site" and "not this entity here". Both take
// the highlights away at once, hold after a reload, and are undone from the card.
import type { Page } from "@playwright/test";
import { expect, highlights, hoverText, openAnnotated, pressCorrection, test } from "./harness";

const card = (page: Page) => page.locator("defence-lens-card .card");

async function cardButton(page: Page, text: string, n: number, button: string | RegExp) {
  await hoverText(page, text, n);
  await expect(card(page)).toBeVisible();
  await pressCorrection(page, button);
}

const names = (page: Page) => highlights(page).then((list) => list.map(([text]) => text));

test("hiding a name from its card takes it off the page at once and after a reload, and Undo brings it back", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/paris-france.html`);
  expect(await names(page)).toContain("President Emmanuel Macron");

  await cardButton(page, "Macron", 0, "Hide this name on this site");
  await expect(card(page).getByRole("status")).toContainText("no longer highlighted on this site");
  await expect.poll(() => names(page)).toEqual(["Paris", "Paris", "France", "Paris"]);

  await openAnnotated(page, page.url());
  expect(await names(page)).toEqual(["Paris", "Paris", "France", "Paris"]);
  // On this site only: the same page from another host name still has him.
  await openAnnotated(page, page.url().replace("127.0.0.1", "localhost"));
  expect(await names(page)).toContain("President Emmanuel Macron");
  await openAnnotated(page, `${server.origin}/pages/paris-france.html`);

  // Undo, from a card of another name (the hidden one has no highlight left to hover).
  await cardButton(page, "Paris", 0, "Hide this name on this site");
  await expect.poll(() => names(page)).toEqual(["France"]);
  await card(page).getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => names(page)).toEqual(["Paris", "Paris", "France", "Paris"]);
});

test("“not this entity here” leaves those words alone on the site, but not the entity's other names", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/paris-france.html`);
  await cardButton(page, "Macron", 0, /^Not Emmanuel Macron here$/);
  await expect(card(page).getByRole("status")).toContainText("“President Emmanuel Macron” is no longer taken as");
  await expect.poll(() => names(page)).toEqual(["Paris", "Paris", "France", "Paris"]);

  // The same entity under other words is still found on the site ("Macron" alone, on a page that names him so).
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.id = "later";
    p.textContent = "Macron later toured the stands with Estonian officials.";
    document.querySelector("article")?.append(p);
  });
  await expect.poll(() => highlights(page, "#later")).toContainEqual(["Macron", "person"]);

  await openAnnotated(page, page.url());
  expect(await names(page)).toEqual(["Paris", "Paris", "France", "Paris"]);
});
