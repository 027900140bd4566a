// The annotations panel from its keyboard command, in Chromium and in Firefox. In Firefox the shortcut itself is
// pressed in the browser window; headless Chromium delivers no extension shortcut from synthetic input, so there the
// background's message for the command is sent (see Lens.command).
import { factBase } from "../../../src/facts";
import type { Category } from "../../../src/facts/types";
import { categoryLabel, verdictLabel } from "../../../src/ui/labels";
import { expect, test } from "../browsers/lens";
import { panelView, withRole } from "../browsers/views";
import { openAnnotated, readingOrder } from "../harness";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

test.describe("annotations panel", () => {
  test("the manifest declares the keyboard command, and the browser has it", async ({ lens }) => {
    const command = (await lens.commands()).find((c) => c.name === "open-panel");
    expect(command?.shortcut).toBe("Alt+Shift+L");
    expect(command?.description).toMatch(/Defence Lens found on this page/);
  });

  test("the keyboard command opens a list of the mentions and claims in reading order", async ({ lens, server }) => {
    const page = lens.tab;
    await page.setViewportSize({ width: 1000, height: 600 });
    await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    await lens.command("open-panel");
    await expect.poll(async () => (await panelView(page))?.visible).toBe(true);
    expect(await withRole(page, "dialog")).toEqual(["Defence Lens: on this page"]);
    // The keyboard is in the list.
    await expect.poll(async () => (await panelView(page))?.focused).toBe(0);
    const labels = (await panelView(page))?.items ?? [];
    // The panel reads every claim (claims are otherwise read as they come into view): compare with what is drawn now.
    const drawnNow = await readingOrder(page);
    expect(labels).toHaveLength(drawnNow.length);
    expect(drawnNow.some((d) => d.name.includes("-claim-"))).toBe(true);
    for (const [i, d] of drawnNow.entries()) {
      const label = labels[i] ?? "";
      if (d.name.includes("-claim-")) {
        const status = d.name.includes("-claim-match") ? "match" : "conflict";
        const support = d.name.endsWith("-unverified") ? "unverified" : "corroborated";
        const verb = `Claim · ${verdictLabel(status, support).toLowerCase()}: `;
        expect(label.startsWith(verb), `${i}: ${label}`).toBe(true);
        expect(squash(d.text).startsWith(squash(label.slice(verb.length)).replace(/…$/, "")), `${i}: ${label}`).toBe(
          true,
        );
      } else {
        const category = d.name.slice("defence-lens-".length) as Category;
        const suffix = ` · ${categoryLabel(category).toLowerCase()}`;
        expect(label.endsWith(suffix), `${i}: ${label} for ${d.text}`).toBe(true);
        const entity = factBase.entities.find((e) => e.name === label.slice(0, -suffix.length));
        expect(
          entity?.aliases.some((a) => fold(d.text).endsWith(fold(a.text))),
          `${i}: “${d.text}” is a name of ${label}`,
        ).toBe(true);
      }
    }
    // The command toggles: run again, it closes the panel.
    await lens.command("open-panel");
    await expect.poll(() => panelView(page)).toBeNull();
    expect(await withRole(page, "dialog")).toEqual([]);
  });
});
