// The first-run page: opened on install, it shows the colours and underlines on a sample article (highlighted by the
// extension itself), says what the extension does and that nothing leaves the machine, and passes axe.
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { claimHighlights, expect, highlights, lensState, test } from "./harness";

/** The first-run tab the extension opened on install. */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const open = () => context.pages().find((p) => p.url() === url);
  await expect.poll(() => open()?.url(), { message: "the first-run tab" }).toBe(url);
  const page = open() as Page;
  await expect.poll(() => lensState(page)).toBe("ready");
  return page;
}

test("opens on install and highlights its sample as on a page: every category, an agreement and a difference", async ({
  context,
  extensionId,
}) => {
  const page = await welcomeTab(context, extensionId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Defence Lens");
  await expect(page.locator("header")).toContainText("Nothing leaves your machine");
  const categories = new Set((await highlights(page)).map(([, c]) => c));
  expect([...categories].sort()).toEqual(
    ["company", "country", "event", "military", "organization", "person", "place"].sort(),
  );
  await expect
    .poll(async () => [...new Set((await claimHighlights(page, "#sample")).map(([, n]) => n.split("-")[3]))].sort())
    .toEqual(["conflict", "match"]);
  // Its key shows each category's letter.
  await expect(page.locator("#legend .category-mark")).toHaveText(["P", "C", "O", "M", "B", "L", "E"]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the first-run page has no accessibility violations (${colorScheme})`, async ({ context, extensionId }) => {
    const page = await welcomeTab(context, extensionId);
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
