// The options page: its settings apply at once to the open tabs, the per-site list and the names corrected from a card
// are listed and undone there, it shows the keyboard command's key, and it has no accessibility violation.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { PageSummary } from "../../src/extension/messages";
import {
  claimHighlights,
  expect,
  highlights,
  hoverText,
  lensState,
  openAnnotated,
  pressCorrection,
  setSettings,
  tellTab,
  test,
} from "./harness";

async function openOptions(page: Page, extensionId: string): Promise<Page> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator("main")).toHaveAttribute("aria-busy", "false");
  return options;
}

const kinds = (list: [string, string][]) => [...new Set(list.map(([, name]) => name))].sort();
/** The claim underlines drawn, as "match" (agreements) and "conflict" (differences), whatever their support. */
const verdicts = async (page: Page) =>
  [...new Set((await claimHighlights(page)).map(([, name]) => name.split("-")[3] as string))].sort();

test("categories and claim underlines set on the options page apply to an open tab at once", async ({
  page,
  server,
  background,
  extensionId,
}) => {
  await openAnnotated(page, `${server.origin}/pages/claim-verdicts.html`);
  // Every claim of the page read (as the popup asks), agreements and differences alike.
  await tellTab<PageSummary>(page, background, { type: "summary" });
  expect(await verdicts(page)).toEqual(["conflict", "match"]);
  expect(kinds(await highlights(page))).toContain("country");

  const options = await openOptions(page, extensionId);
  await options.getByLabel("Differences only").check();
  await options.locator("#show-country").uncheck();

  await expect.poll(() => verdicts(page)).toEqual(["conflict"]);
  await expect.poll(async () => kinds(await highlights(page))).not.toContain("country");
  // The panel and the popup still list the agreements: only the underline went.
  const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
  expect(JSON.stringify(summary)).toContain('"match"');

  // And back, from the page that stays open.
  await options.getByLabel("Differences and agreements").check();
  await options.locator("#show-country").check();
  await expect.poll(() => verdicts(page)).toEqual(["conflict", "match"]);
  await expect.poll(async () => kinds(await highlights(page))).toContain("country");
});

test("a site switched off is listed and turned on again from the options page", async ({
  page,
  server,
  background,
  extensionId,
}) => {
  const host = new URL(server.origin).hostname;
  await setSettings(background, { enabled: true, disabledSites: [host, "other.example"], show: {} });
  await page.goto(`${server.origin}/pages/paris-france.html`);
  await expect.poll(() => lensState(page)).toBe("off");

  const options = await openOptions(page, extensionId);
  await expect(options.locator("#sites li")).toHaveText([new RegExp(host.replaceAll(".", "\\.")), /other\.example/]);
  await options.getByRole("button", { name: `Turn on again on ${host}` }).click();
  await expect(options.locator("#sites li")).toHaveText([/other\.example/]);
  // The focus stays in the list, on the entry before the one that went.
  await expect(options.locator("#sites-0")).toBeFocused();
  await expect.poll(() => lensState(page)).toBe("ready");
  expect(await highlights(page)).toContainEqual(["France", "country"]);
});

test("a name hidden from a card is listed on the options page, and shown again from there", async ({
  page,
  server,
  extensionId,
}) => {
  await openAnnotated(page, `${server.origin}/pages/paris-france.html`);
  await hoverText(page, "Macron");
  await pressCorrection(page, "Hide this name on this site");
  await expect.poll(async () => (await highlights(page)).map(([t]) => t)).not.toContain("President Emmanuel Macron");

  const options = await openOptions(page, extensionId);
  const host = new URL(server.origin).hostname;
  await expect(options.locator("#hidden-names li")).toHaveText([new RegExp(`Emmanuel Macron on ${host}`)]);
  await options.getByRole("button", { name: /^Show again: Emmanuel Macron/ }).click();
  await expect(options.locator("#hidden-names")).toHaveText("None.");
  await expect.poll(async () => (await highlights(page)).map(([t]) => t)).toContain("President Emmanuel Macron");
});

test("follows a correction made in a tab while it is open", async ({ page, server, extensionId }) => {
  const options = await openOptions(page, extensionId);
  await expect(options.locator("#not-this-entity")).toHaveText("None.");
  await page.bringToFront();
  await openAnnotated(page, `${server.origin}/pages/paris-france.html`);
  await hoverText(page, "Paris");
  await pressCorrection(page, "Not Paris here");
  await expect(options.locator("#not-this-entity li")).toHaveText([/^“Paris” is not Paris on 127\.0\.0\.1/]);
});

test("shows the keyboard command's current key, and opens the browser's page to change it", async ({
  page,
  extensionId,
}) => {
  const options = await openOptions(page, extensionId);
  await expect(options.locator("#shortcut")).toHaveText("Alt+Shift+L");
  // Its button opens the browser's page for changing it.
  const [shortcuts] = await Promise.all([
    options.context().waitForEvent("page", { predicate: (p) => p.url().startsWith("chrome://extensions") }),
    options.getByRole("button", { name: "Change the key…" }).click(),
  ]);
  expect(shortcuts.url()).toBe("chrome://extensions/shortcuts");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the options page has no accessibility violations (${colorScheme})`, async ({
    page,
    background,
    extensionId,
  }) => {
    await setSettings(background, {
      enabled: true,
      disabledSites: ["news.example"],
      show: {},
      hiddenNames: [{ site: "news.example", entity: "macron", name: "Emmanuel Macron" }],
      notThisEntity: [{ site: "news.example", alias: "Paris", entity: "paris", name: "Paris" }],
    });
    await page.emulateMedia({ colorScheme });
    const options = await openOptions(page, extensionId);
    await options.emulateMedia({ colorScheme });
    await expect(options.locator("#hidden-names li")).toHaveCount(1);
    const results = await new AxeBuilder({ page: options }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
