// The toolbar popup against a real tab, in Chromium and in Firefox: what it lists, its switches, its button for the
// panel. The popup opens in a window of its own, about the reader's tab (`popup.html?tab=`), which stays visible.
import { expect, test } from "../browsers/lens";
import type { Evaluates } from "../browsers/tab";
import {
  panelView,
  popupCategoryCounts,
  popupClaims,
  popupEntityCounts,
  popupHeadings,
  popupSwitch,
} from "../browsers/views";
import { claimHighlights, drawn, highlights, lensState, openAnnotated, registered } from "../harness";

/** How many highlights of each category the tab draws now. */
async function tabCategoryCounts(page: Evaluates): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [, category] of await highlights(page)) counts[category] = (counts[category] ?? 0) + 1;
  return counts;
}

/** The names of every `defence-lens-*` highlight registered in the tab. */
const registeredNames = async (page: Evaluates) => (await registered(page)).map((r) => r.name);

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test.describe("popup", () => {
  test("lists what the tab mentions with its counts and claims, and the badge agrees", async ({ lens, server }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const popup = await lens.openPopup();
    // Each category's count in the popup is what the tab draws of it.
    const drawnCounts = await tabCategoryCounts(page);
    expect(Object.keys(drawnCounts).length).toBeGreaterThan(4);
    expect(await popupCategoryCounts(popup)).toEqual(drawnCounts);
    const entities = Object.keys(await popupEntityCounts(popup));
    const people = await popup.evaluate(
      () => document.querySelectorAll('.group:has(.swatch[data-category="person"]) button.entity').length,
    );
    expect(await popupHeadings(popup)).toContain(`Person (${people})`);
    expect(await lens.badge()).toBe(String(entities.length));
    // The claims found on the page are listed with their status, as the tab draws them: differences first (from
    // sourced claims, then from unverified reports), then agreements (likewise), each in reading order.
    const listed = await popupClaims(popup);
    const inTab = (await claimHighlights(page)).map(([text, name], i) => {
      const status = name.startsWith("defence-lens-claim-match") ? "match" : "conflict";
      return { text, status, rank: (status === "conflict" ? 0 : 2) + (name.endsWith("-unverified") ? 1 : 0), i };
    });
    expect(listed.length).toBeGreaterThan(5);
    const expected = [...inTab].sort((a, b) => a.rank - b.rank || a.i - b.i);
    expect(listed.map((c) => c.status)).toEqual(expected.map((c) => c.status));
    for (const [i, { text }] of expected.entries()) expect(squash(listed[i]?.text ?? "")).toContain(squash(text));
  });

  test("switching a category off removes it from the tab without a reload, and on brings it back", async ({
    lens,
    server,
  }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    const countries = async () => (await tabCategoryCounts(page)).country ?? 0;
    const before = await countries();
    expect(before).toBeGreaterThan(10);
    const others = (await highlights(page)).length - before;
    const popup = await lens.openPopup();
    const france = () => popup.evaluate(() => document.querySelectorAll('button.entity[data-entity="france"]').length);
    expect(await popupSwitch(popup, "show-country")).toEqual({ label: "Country", checked: true });
    await popup.click("#show-country");
    await expect.poll(() => popupSwitch(popup, "show-country")).toEqual({ label: "Country", checked: false });
    // No range of the category is left registered; the other categories stay.
    await expect.poll(() => registeredNames(page)).not.toContain("defence-lens-country");
    expect(await countries()).toBe(0);
    expect((await highlights(page)).length).toBe(others);
    await expect.poll(france).toBe(0);
    await popup.click("#show-country");
    await expect.poll(countries).toBe(before);
    await expect.poll(france).toBe(1);
  });

  test("off on this site and off everywhere", async ({ lens, server }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    // The names (claims are read as they come into view, and the popup has them all read: their count moves).
    const count = (await highlights(page)).length;
    expect(count).toBeGreaterThan(10);
    const popup = await lens.openPopup();
    expect(await popupSwitch(popup, "site")).toEqual({ label: "On for 127.0.0.1", checked: true });
    await popup.click("#site");
    await expect.poll(() => lensState(page)).toBe("off");
    expect(await registered(page)).toEqual([]);
    // As a reader would, the switch is clicked again once the popup shows it off.
    await expect.poll(async () => (await popupSwitch(popup, "site"))?.checked).toBe(false);
    await popup.click("#site");
    await expect.poll(() => lensState(page)).toBe("ready");
    await expect.poll(async () => (await highlights(page)).length).toBe(count);
    expect(await popupSwitch(popup, "enabled")).toEqual({ label: "On everywhere", checked: true });
    await popup.click("#enabled");
    await expect.poll(() => lensState(page)).toBe("off");
    expect(await registered(page)).toEqual([]);
  });

  test("its button opens the annotations panel in the tab", async ({ lens, server }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const popup = await lens.openPopup();
    expect(await panelView(page)).toBeNull();
    await popup.click("#open-panel");
    await expect.poll(async () => (await panelView(page))?.visible).toBe(true);
    const first = (await drawn(page))[0];
    expect(first?.name).toBe("defence-lens-country");
    expect((await panelView(page))?.items[0]).toBe(`${first?.text} · country`);
  });
});
