// The first-run page: opened on install, it shows the colours and underlines on a sample article (highlighted by the
// extension itself), says what the extension does and that nothing leaves the machine, and passes axe.
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, test as base, type Page } from "@playwright/test";
import { claimHighlights, expect, firstRunTab, highlights, launchWithExtension, lensState } from "./harness";

// A browser of its own, with the first-run tab left open (the harness's closes it).
const test = base.extend<{ context: BrowserContext }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  context: async ({}, use) => {
    const context = await launchWithExtension(undefined, { firstRun: "keep" });
    await use(context);
    await context.close();
  },
});

/** The first-run tab the extension opened on install, once its sample is highlighted. */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const page = await firstRunTab(context);
  await expect.poll(() => lensState(page)).toBe("ready");
  return page;
}

test("opens on install and highlights its sample as on a page: every category, an agreement and a difference", async ({
  context,
}) => {
  const page = await welcomeTab(context);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Defence Lens");
  await expect(page.locator("header")).toContainText("Nothing leaves your machine");
  const categories = new Set((await highlights(page)).map(([, c]) => c));
  expect([...categories].sort()).toEqual(
    ["company", "country", "event", "military", "organization", "person", "place"].sort(),
  );
  await expect
    .poll(async () => [...new Set((await claimHighlights(page, "#sample")).map(([, n]) => n.split("-")[3]))].sort())
    .toEqual(["conflict", "match"]);
  // Its key shows each category's letter (drawn by the stylesheet).
  const letters = await page
    .locator("#legend .category-mark")
    .evaluateAll((marks) => marks.map((m) => getComputedStyle(m, "::before").content));
  expect(letters).toEqual(['"P"', '"C"', '"O"', '"M"', '"B"', '"L"', '"E"']);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the first-run page has no accessibility violations (${colorScheme})`, async ({ context }) => {
    const page = await welcomeTab(context);
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
