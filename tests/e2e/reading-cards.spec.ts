// Cards built for reading: never taller than the window, the name or the verdict always in sight, one line of support
// with its reasons behind "Why?", a sheet on a phone, and "next mention" through an entity's mentions on the page.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { factBase } from "../../src/facts";
import { claimsOf } from "../../src/facts/query";
import { supportLine } from "../../src/ui/support";
import { type Box, expect, flashed, hoverText, openAnnotated, test } from "./harness";

const card = (page: Page) => page.locator("defence-lens-card .card");

/** Scrolls the page so that the n-th occurrence of a text stands at a share of the viewport's height (0.5: middle). */
async function placeText(page: Page, text: string, at: number, n = 0): Promise<void> {
  await page.evaluate(
    ({ text, at, n }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const i = node.data.indexOf(text);
        if (i < 0 || seen++ < n) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + text.length);
        const rect = range.getBoundingClientRect();
        window.scrollBy({ top: rect.top + rect.height / 2 - innerHeight * at, behavior: "instant" });
        return;
      }
      throw new Error(`no “${text}”`);
    },
    { text, at, n },
  );
}

/** Is a box wholly inside a viewport? */
const inside = (b: Box, v: { width: number; height: number }) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;

/** Do two boxes overlap? */
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The largest cards of the fact base's pages: the entities with the most claims, and a claim card with a note. */
const largest = [
  { url: "/documents/000_242c52d79b6009e6.txt.html", text: "Estonia", heading: "Estonia", pinned: ".sub" },
  { url: "/documents/000_242c52d79b6009e6.txt.html", text: "France", heading: "France", pinned: ".sub" },
  {
    url: "/pages/claims.html",
    text: "300 troops",
    heading: "The page differs from an unverified report",
    pinned: ".verdict",
  },
];

test.describe("reading cards", () => {
  test("the entities on the largest cards are the ones with the most claims", () => {
    const most = Math.max(...factBase.entities.map((e) => claimsOf(factBase, e.id).length));
    expect(Math.max(claimsOf(factBase, "estonia").length, claimsOf(factBase, "france").length)).toBe(most);
  });

  for (const viewport of [
    { width: 800, height: 600 },
    { width: 390, height: 700 },
  ]) {
    for (const at of [0.3, 0.5, 0.8]) {
      test(`the largest cards fit a ${viewport.width} × ${viewport.height} window, text at ${at * 100}% of its height, name and verdict in sight`, async ({
        page,
        server,
      }) => {
        await page.setViewportSize(viewport);
        for (const c of largest) {
          await openAnnotated(page, `${server.origin}${c.url}`);
          await placeText(page, c.text, at);
          const text = await hoverText(page, c.text);
          await expect(card(page).locator("h2")).toHaveText(c.heading);
          // Placed: a sheet has its side, a card beside the text its position (Floating UI sets it once measured).
          if (viewport.width < 480) await expect(card(page)).toHaveAttribute("data-sheet", /^(top|bottom)$/);
          else await expect(card(page)).toHaveCSS("top", /^(?!0px)/);
          const box = (await card(page).boundingBox()) as Box;
          expect(inside(box, viewport), `${c.text}: ${JSON.stringify(box)}`).toBe(true);
          // It does not cover the text it is about.
          expect(overlap(box, text), `${c.text} covered`).toBe(false);
          await expect(card(page).locator("h2")).toBeInViewport({ ratio: 1 });
          await expect(card(page).locator(c.pinned)).toBeInViewport({ ratio: 1 });
          // What does not fit scrolls inside the card (its body), not past the window.
          const body = card(page).locator(".body");
          const { scrolls, overflow } = await body.evaluate((el) => ({
            scrolls: getComputedStyle(el).overflowY,
            overflow: el.scrollHeight > el.clientHeight + 1,
          }));
          expect(scrolls).toBe("auto");
          if (overflow) {
            await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: "instant" }));
            await expect(card(page).locator("h2")).toBeInViewport({ ratio: 1 });
          }
          await page.mouse.move(0, 0);
          await expect(card(page)).toHaveCount(0);
        }
      });
    }
  }

  test("says its support in one line, the reasons behind Why?", async ({ page, server }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await openAnnotated(page, `${server.origin}/pages/claims.html`);
    await hoverText(page, "300 troops");
    const claim = factBase.claims.find((c) => c.id === "additional-200-troops");
    if (!claim) throw new Error("no claim additional-200-troops");
    const line = card(page).locator(".support-line p").first();
    await expect(line).toHaveText(`Unverified ${supportLine(factBase, claim)}.`);
    await expect(line).toContainText("Only source: an unattributed web article, rated low");
    const why = card(page).locator("details.why");
    await expect(why.locator("p")).toBeHidden();
    await why.locator("summary").click();
    await expect(why.locator("p")).toBeVisible();
    await expect(why).toContainText("no public reporting corroborates");
  });

  test("Next mention steps through the entity's mentions on the page, in order, and back to the first", async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const count = await page.evaluate(() => {
      const h = CSS.highlights.get("defence-lens-person") as unknown as Iterable<AbstractRange> | undefined;
      return h ? [...h].length : 0;
    });
    expect(count).toBeGreaterThan(0);
    await hoverText(page, "Jüri Ratas");
    const position = card(page).locator(".mentions .position");
    const text = (await position.textContent()) ?? "";
    const [, first, total] = /^Mention (\d+) of (\d+) on this page\.$/.exec(text) ?? [];
    expect(Number(first)).toBe(1);
    const n = Number(total);
    expect(n).toBeGreaterThan(2);

    const tops: number[] = [];
    for (let i = 2; i <= n + 1; i++) {
      await card(page).getByRole("button", { name: "Next mention" }).click();
      const expected = i > n ? 1 : i;
      await expect(position).toHaveText(`Mention ${expected} of ${n} on this page.`);
      // The tab scrolled to it and flashed it; the card went with it and the button kept the focus.
      await expect.poll(async () => (await flashed(page))?.inViewport).toBe(true);
      tops.push((await flashed(page))?.top ?? -1);
      await expect(card(page).getByRole("button", { name: "Next mention" })).toBeFocused();
    }
    // In reading order, down the page, then the first again.
    const down = tops.slice(0, -1);
    expect([...down].sort((a, b) => a - b)).toEqual(down);
    expect(tops.at(-1)).toBeLessThan(down[0] as number);
    // Escape closes it, as any dialog.
    await page.keyboard.press("Escape");
    await expect(card(page)).toHaveCount(0);
  });

  test("on a phone, the card moved by Next mention closes at a tap elsewhere", async ({ page, server }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    await hoverText(page, "Jüri Ratas");
    await card(page).getByRole("button", { name: "Next mention" }).click();
    await expect(card(page).locator(".mentions .position")).toHaveText(/^Mention 2 of \d+ on this page\.$/);
    await expect(page.locator("defence-lens-card")).toHaveAttribute("role", "dialog");
    // A tap (a touch pointer's up) on the page's text away from any name and from the card.
    await page.evaluate(() => {
      const heading = document.querySelector("h1, h2, p") as HTMLElement;
      const r = heading.getBoundingClientRect();
      document.dispatchEvent(
        new PointerEvent("pointerup", {
          pointerType: "touch",
          clientX: r.right - 2,
          clientY: r.top + 2,
          bubbles: true,
        }),
      );
    });
    await expect(card(page)).toHaveCount(0);
  });

  for (const dark of [false, true]) {
    test(`a card with its reasons open has no accessibility violations (${dark ? "dark" : "light"})`, async ({
      page,
      server,
    }) => {
      await page.setViewportSize({ width: 1000, height: 900 });
      await openAnnotated(page, `${server.origin}/documents/000_242c52d79b6009e6.txt.html${dark ? "?dark" : ""}`);
      await hoverText(page, "Estonia");
      await expect(card(page)).toBeVisible();
      for (const d of await card(page).locator("details").all()) await d.evaluate((el) => el.setAttribute("open", ""));
      const results = await new AxeBuilder({ page }).include("defence-lens-card").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});
