// The hover card, in Chromium and in Firefox: what it says about a name, and how it opens and closes under the pointer
// and the keyboard.
import type { PageSummary } from "../../../src/extension/messages";
import { factBase } from "../../../src/facts";
import { claimsOf } from "../../../src/facts/query";
import { supportLabel } from "../../../src/ui/labels";
import { expect, test } from "../browsers/lens";
import type { Tab } from "../browsers/tab";
import { cardView, withRole } from "../browsers/views";
import { hoverText, openAnnotated } from "../harness";

/** Rests the pointer on the n-th occurrence of a text and waits for its card. */
async function hover(page: Tab, text: string, n = 0) {
  await hoverText(page, text, n);
  await expect.poll(async () => (await cardView(page))?.visible).toBe(true);
}

test.describe("hover card", () => {
  test("shows a person: role, partnership, claims with support, source and quote, mentions", async ({
    lens,
    server,
  }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const summary = await lens.tellTab<PageSummary>({ type: "summary" });
    const mentions = summary.entities.find((e) => e.id === "juri-ratas")?.count;
    expect(mentions).toBeGreaterThan(1);
    await hover(page, "Jüri Ratas");
    const card = await cardView(page);
    expect(card?.heading).toBe("Jüri Ratas");
    expect(card?.text).toContain("Person · France–Estonia partnership");
    expect(card?.text).toContain("Prime Minister of Estonia (2016–2021)");
    // The first mention, of how many: "Next mention" steps through them (tests/e2e/reading-cards.spec.ts).
    expect(card?.text).toContain(`Mention 1 of ${mentions} on this page.`);
    // The first claims the fact base records about him, each with its support level.
    const claims = claimsOf(factBase, "juri-ratas");
    expect(claims.length).toBeGreaterThan(2);
    expect(card?.text).toContain(`What the fact base records (${claims.length})`);
    expect(card?.statements).toEqual(claims.slice(0, 2).map((claim) => claim.statement));
    expect(card?.supports).toEqual(claims.slice(0, 2).map((claim) => supportLabel(claim.support)));
    expect(card?.text).toContain(`${claims.length - 2} more in the Defence Lens popup.`);
    expect(card?.text).toContain(
      "France and Estonia, strengthening security and defense against cyber attacks, 28 October 2020",
    );
    expect(card?.quotes[0]).toContain("Ratas");
    expect(card?.role).toBe("tooltip");
    expect(await withRole(page, "tooltip")).toHaveLength(1);
    // A card under the pointer takes no focus: the reader's keyboard stays where it was.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test("a reader moving slowly from a name onto its card keeps that card, whatever text lies between", async ({
    lens,
    server,
  }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    for (const name of ["Macron", "Jüri Ratas"]) {
      await page.mouse.move(0, 0);
      await expect.poll(() => cardView(page)).toBeNull();
      const nameBox = await hoverText(page, name);
      await expect.poll(async () => (await cardView(page))?.visible).toBe(true);
      const card = await cardView(page);
      if (!card?.box) throw new Error("card has no box");
      // Straight down (or up) from the name's first letters onto the card, three pixels a frame, as a hand moves a
      // mouse with care: over the rest of the name, the gap, the next line, the sentence around.
      const x = Math.min(Math.max(nameBox.x + 5, card.box.x + 10), card.box.x + card.box.width - 10);
      const below = card.box.y > nameBox.y;
      const from = nameBox.y + nameBox.height / 2;
      const to = below ? card.box.y + 30 : card.box.y + card.box.height - 30;
      await page.mouse.move(x, from);
      for (let y = from; below ? y < to : y > to; y += below ? 3 : -3) {
        await page.mouse.move(x, y);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      }
      // Longer than the intent and grace delays together: nothing crossed on the way takes over.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));
      expect((await cardView(page))?.heading, name).toBe(card.heading);
    }
  });

  test("Escape dismisses it; the pointer can move onto it; leaving closes it and leaves nothing behind", async ({
    lens,
    server,
  }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    await hover(page, "MBDA");
    expect((await cardView(page))?.heading).toBe("MBDA");
    await page.keyboard.press("Escape");
    await expect.poll(() => cardView(page)).toBeNull();
    expect(await withRole(page, "tooltip")).toEqual([]);

    await page.mouse.move(0, 0);
    await hover(page, "MBDA");
    const box = (await cardView(page))?.box;
    if (!box) throw new Error("card has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    // The grace period is a duration: the card must still be there after it has run out.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await cardView(page)).toMatchObject({ visible: true, heading: "MBDA" });

    await page.mouse.move(0, 0);
    // Closed means gone: no host in the DOM, nothing exposed to assistive technology.
    await expect.poll(() => cardView(page)).toBeNull();
    expect(await withRole(page, "tooltip")).toEqual([]);
    expect(await withRole(page, "dialog")).toEqual([]);
  });
});
