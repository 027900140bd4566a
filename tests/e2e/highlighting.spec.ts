// What a reader sees highlighted, and what stays as it was: editing, a page that names nothing at first, a very long
// page, settings applied live. The hard cases of markup, content that changes after load and a category switched off
// and on run in Firefox too: tests/e2e/cross-browser/highlights.spec.ts.
import type { Page } from "@playwright/test";
import type { PageSummary } from "../../src/extension/messages";
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import {
  detachedRanges,
  expect,
  highlights,
  hoverText,
  openAnnotated,
  registered,
  setSettings,
  tellTab,
  test,
} from "./harness";

test.describe("hard cases", () => {
  test("typing in an editable area keeps working and stays unannotated", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/pages/hard-cases.html`);
    await page.locator("#editable p").first().click();
    await page.keyboard.press("End");
    await page.keyboard.type(" and Tallinn and Paris");
    await expect(page.locator("#editable p").first()).toHaveText("France in an editor and Tallinn and Paris");
    await page.locator("#textarea").fill("Macron in Tallinn");
    await expect(page.locator("#textarea")).toHaveValue("Macron in Tallinn");
    // A paragraph added after the typing is annotated: a pass has run over the edited page since.
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<p id="after">Tallinn</p>'));
    await expect.poll(() => highlights(page, "#after")).toEqual([["Tallinn", "place"]]);
    expect(await highlights(page, "#editable")).toEqual([]);
    expect(await highlights(page, "#textarea")).toEqual([]);
  });
});

test.describe("the quiet start", () => {
  test("reads every text node of a page that names something only once, far down a list", async ({ page, server }) => {
    // No whitespace between the items: the 65th text node is the only name, one past a batch of 64.
    await openAnnotated(page, `${server.origin}/pages/many-nodes.html`);
    expect(await highlights(page, "#list")).toEqual([["Estonia", "country"]]);
  });
});

test.describe("the quiet start on a page that names nothing in its opening", () => {
  for (const paragraphs of [100, 400]) {
    test(`reads the rest where the reader goes (${paragraphs} paragraphs of filler)`, async ({ page, server }) => {
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(`${server.origin}/pages/very-long.html?quiet&paragraphs=${paragraphs}`);
      await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
      expect(await registered(page)).toEqual([]);
      await scrollTo(page, "far");
      await expect.poll(() => highlights(page, "#far")).toEqual(FAR);
      await scrollTo(page, "deep");
      await expect.poll(() => highlights(page, "#deep")).toEqual(DEEP);
      await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    });
  }
});

test.describe("a page that names nothing", () => {
  test("is left untouched, then annotated where it later adds or edits text that names something", async ({
    page,
    server,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    const lead = await page.locator("#lead").evaluate((e) => e.outerHTML);
    expect(await registered(page)).toEqual([]);

    await page.evaluate(() => document.getElementById("feed")?.insertAdjacentHTML("beforeend", "<p>Estonia</p>"));
    await expect.poll(() => highlights(page, "#feed")).toEqual([["Estonia", "country"]]);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    // What was there before is as it was, and names nothing.
    expect(await page.locator("#lead").evaluate((e) => e.outerHTML)).toBe(lead);
    expect(await highlights(page, "#lead")).toEqual([]);
  });

  test("has a text edited in place to name something annotated", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await page.evaluate(() => {
      const text = document.getElementById("edited")?.firstChild as Text;
      text.data = "Volunteers from Tallinn meet on Saturday mornings.";
    });
    await expect.poll(() => highlights(page, "#edited")).toEqual([["Tallinn", "place"]]);
  });
});

test.describe("a page that names nothing, with settings changed meanwhile", () => {
  test("annotates what it adds later with the settings of that moment", async ({ page, server, background }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, country: false } });
    await page.evaluate(() =>
      document.getElementById("feed")?.insertAdjacentHTML("beforeend", "<p>Estonia and Tallinn</p>"),
    );
    await expect.poll(() => highlights(page, "#feed")).toEqual([["Tallinn", "place"]]);
    expect((await registered(page)).map((r) => r.name)).not.toContain("defence-lens-country");
  });

  test("switched off here and on again", async ({ page, server, background }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await setSettings(background, { ...DEFAULT_SETTINGS, disabledSites: ["127.0.0.1"] });
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    await page.evaluate(() => document.getElementById("feed")?.insertAdjacentHTML("beforeend", "<p>Estonia</p>"));
    await setSettings(background, DEFAULT_SETTINGS);
    await expect.poll(() => highlights(page, "#feed")).toEqual([["Estonia", "country"]]);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  });
});

test.describe("the fact base", () => {
  test("reaches a card when storage holds none, or another version's, and is stored again", async ({
    page,
    server,
    background,
  }) => {
    type Local = {
      get(k: string): Promise<Record<string, { version?: string }>>;
      set(items: object): Promise<void>;
      remove(k: string): Promise<void>;
    };
    for (const copy of [null, { version: "another", json: "{}" }]) {
      await background.evaluate(async (value) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        if (value) await local.set({ factBase: value });
        else await local.remove("factBase");
      }, copy);
      await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
      const people = (await highlights(page)).filter(([, category]) => category === "person");
      expect(people).toContainEqual(["Emmanuel Macron", "person"]);
      expect(people.length).toBeGreaterThan(5);
      // Names are drawn without the fact base; a card needs it, and is read when the pointer first rests on a name.
      await hoverText(page, "Emmanuel Macron");
      await expect(page.locator("defence-lens-card .card h2")).toHaveText("Emmanuel Macron");
      await expect(page.locator("defence-lens-card .card")).toContainText("President of France");
      await page.mouse.move(0, 0);
      const stored = await background.evaluate(async () => {
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        return (await local.get("factBase")).factBase?.version ?? null;
      });
      expect(stored).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

/** The names of the very long page (tests/fixtures/pages/very-long.html), hundreds of screens below the top. */
const TOP: [string, string][] = [
  ["Emmanuel Macron", "person"],
  ["Jüri Ratas", "person"],
  ["Élysée Palace", "place"],
];
const DEEP: [string, string][] = [["Nexter", "company"]];
const FAR: [string, string][] = [
  ["Airbus", "company"],
  ["MBDA", "company"],
  ["Guardtime", "company"],
  ["Tallinn", "place"],
];
const TOP_IDS = ["emmanuel-macron", "juri-ratas", "elysee-palace"];
const FAR_IDS = ["nexter", "airbus", "mbda", "guardtime", "tallinn"];

/** Records, in the page, the entity highlights within `#top` at the moment the page is first marked ready. */
async function recordTopAtReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.getAttribute("data-defence-lens") !== "ready") return;
      observer.disconnect();
      const top = document.getElementById("top");
      const found: [number, string, string][] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("defence-lens-") || name.startsWith("defence-lens-claim-")) continue;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          if (!top?.contains(r.startContainer)) continue;
          const text = (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
          found.push([r.startOffset, text, name.slice("defence-lens-".length)]);
        }
      }
      (window as unknown as { topAtReady: unknown }).topAtReady = found
        .sort((a, b) => a[0] - b[0])
        .map((f) => f.slice(1));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-defence-lens"] });
  });
}

/** Scrolls an element of the page into view, as a reader jumping there. */
const scrollTo = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: "center" }), id);

test.describe("a very long page", () => {
  test("has a card count every mention of the page, though only the top was read when it opened", async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    // Seventy paragraphs (about 57,000 characters): a long article, read where the reader goes, more paragraphs than
    // are watched at first.
    await openAnnotated(page, `${server.origin}/pages/very-long.html?paragraphs=70&again`);
    expect(await highlights(page, "#far")).toEqual([]);
    await hoverText(page, "Emmanuel Macron");
    // At once: not after the viewport's wait for a report gives up (5 s).
    await expect(page.locator("defence-lens-card .card")).toContainText("Mention 1 of 2 on this page", {
      timeout: 2_000,
    });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  for (const quiet of [false, true]) {
    test(`has every name found, and each highlighted where the reader goes${quiet ? ", naming nothing at the top" : ""}`, async ({
      page,
      server,
      background,
    }) => {
      await page.setViewportSize({ width: 1000, height: 700 });
      await recordTopAtReady(page);
      await openAnnotated(page, `${server.origin}/pages/very-long.html${quiet ? "?quiet" : ""}`);
      // What is on screen is highlighted by the time the page is marked ready.
      expect(await page.evaluate(() => (window as unknown as { topAtReady?: unknown }).topAtReady)).toEqual(
        quiet ? [] : TOP,
      );
      // The popup's summary, asked while the reader is still at the top, lists every name of the page.
      const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
      expect(summary.entities.map((e) => `${e.id} ×${e.count}`).sort()).toEqual(
        [...(quiet ? [] : TOP_IDS), ...FAR_IDS].map((id) => `${id} ×1`).sort(),
      );
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // A jump into the middle, then to the end: the names there are highlighted.
      await scrollTo(page, "deep");
      await expect.poll(() => highlights(page, "#deep")).toEqual(DEEP);
      await scrollTo(page, "far");
      await expect.poll(() => highlights(page, "#far")).toEqual(FAR);
      await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
      await expect(page.locator("#filler")).toHaveText(/^Plain the/);
      // Nothing else anywhere: the filler names nothing.
      for (const found of await highlights(page)) expect([...TOP, ...DEEP, ...FAR]).toContainEqual(found);
    });
  }

  for (const quiet of [false, true]) {
    test(`still highlights the names of blocks the page replaces${quiet ? ", naming nothing at the top" : ""}`, async ({
      page,
      server,
    }) => {
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(`${server.origin}/pages/very-long.html${quiet ? "?quiet" : ""}`);
      // The page re-renders the lower half of the filler (the deep name's block among them) and the far paragraph,
      // whether or not the extension has read them yet.
      await page.evaluate(() => {
        const filler = document.getElementById("filler") as HTMLElement;
        for (const p of [...filler.children].slice(200)) p.replaceWith(p.cloneNode(true));
        const far = document.getElementById("far") as HTMLElement;
        far.replaceWith(far.cloneNode(true));
      });
      await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
      await scrollTo(page, "deep");
      await expect.poll(() => highlights(page, "#deep")).toEqual(DEEP);
      await scrollTo(page, "far");
      await expect.poll(() => highlights(page, "#far")).toEqual(FAR);
      // Nothing is left registered over the blocks thrown away.
      await expect.poll(() => detachedRanges(page)).toBe(0);
    });
  }

  test("reaches the names far down with a category switched on after they were read", async ({
    page,
    server,
    background,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, company: false } });
    await openAnnotated(page, `${server.origin}/pages/very-long.html`);
    await scrollTo(page, "far");
    await expect.poll(() => highlights(page, "#far")).toEqual([["Tallinn", "place"]]);
    expect((await registered(page)).map((r) => r.name)).not.toContain("defence-lens-company");

    await setSettings(background, DEFAULT_SETTINGS);
    await expect.poll(() => highlights(page, "#far")).toEqual(FAR);
    await scrollTo(page, "deep");
    await expect.poll(() => highlights(page, "#deep")).toEqual(DEEP);

    await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, company: false } });
    await expect.poll(() => highlights(page, "#deep")).toEqual([]);
    expect((await registered(page)).map((r) => r.name)).not.toContain("defence-lens-company");
  });
});

test.describe("settings apply live", () => {
  test("off on this site switches it off here only", async ({ page, context, server, background }) => {
    await setSettings(background, { ...DEFAULT_SETTINGS, disabledSites: ["127.0.0.1"] });
    await page.goto(`${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    expect(await registered(page)).toEqual([]);
    const other = await context.newPage();
    await openAnnotated(
      other,
      `${server.origin.replace("127.0.0.1", "localhost")}/documents/003_22c2670c1b089195.txt.html`,
    );
    expect((await highlights(other)).length).toBeGreaterThan(30);
    // The first page stayed off meanwhile.
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    expect(await registered(page)).toEqual([]);
  });
});
