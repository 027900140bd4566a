// What a reader sees highlighted, and what stays as it was: hard cases of markup, content that changes after load,
// a page that names nothing at first, a very long page, settings applied live.
import type { Page } from "@playwright/test";
import type { PageSummary } from "../../src/extension/messages";
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import { expect, highlights, openAnnotated, registered, setSettings, tellTab, test } from "./harness";

/** The page's text nodes, kept in the page so that their identity can be checked later. */
const rememberTextNodes = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    (window as unknown as { textNodes: Node[] }).textNodes = nodes;
  });

const sameTextNodes = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const before = (window as unknown as { textNodes: Node[] }).textNodes;
    let i = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode(), i++) if (before[i] !== n) return false;
    return i === before.length;
  });

/** Ranges still registered over text the page has removed: a reader would see nothing, but they must not linger. */
const detached = async (page: Page) => (await registered(page)).reduce((n, r) => n + r.detached, 0);

/** What the hard-cases page highlights, section by section in document order. */
const HARD_CASES: Record<string, [string, string][]> = {
  "#inline": [
    ["Ratas", "person"],
    ["Macron", "person"],
  ],
  "#split": [
    ["NATO", "organization"],
    ["France", "country"],
    ["Estonia", "country"],
    ["Estonia", "country"],
  ],
  "#words": [],
  "#caps": [
    ["SECRETARY BLINKEN", "person"],
    ["AIRBUS", "company"],
    ["MBDA", "company"],
  ],
  "#nbsp": [
    ["Jüri\u00a0Ratas", "person"],
    ["Es\u00adtonia", "country"],
    ["Fran\u200bce", "country"],
    ["Nagorno\u2011Karabakh conflict", "event"],
  ],
  "#cell": [["United States", "country"]],
  "#heading": [
    ["Lecornu", "person"],
    ["Nexter", "company"],
  ],
  "#caption": [
    ["Blinken", "person"],
    ["Versailles-Satory", "place"],
  ],
};

test.describe("hard cases", () => {
  test("names across inline markup, split words, capitals, typography and what must not be touched", async ({
    page,
    server,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/hard-cases.html`);
    for (const [selector, expected] of Object.entries(HARD_CASES)) {
      expect(await highlights(page, selector), selector).toEqual(expected);
    }
    // The whole page highlights exactly these, in this order: nothing inside the editor, the form fields, the
    // preformatted text, the code, the SVG, the script, the noscript or the template.
    expect(await highlights(page)).toEqual(Object.values(HARD_CASES).flat());
    await expect(page.locator("#textarea")).toHaveValue("France and Estonia in a textarea");
    await expect(page.locator("#input")).toHaveValue("France in an input");
  });

  test("the page's DOM is the same with highlights drawn and after switching off", async ({
    page,
    server,
    background,
  }) => {
    await setSettings(background, { ...DEFAULT_SETTINGS, enabled: false });
    await page.goto(`${server.origin}/pages/hard-cases.html`);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    const original = await page.evaluate(() => document.body.innerHTML);
    await rememberTextNodes(page);

    await setSettings(background, DEFAULT_SETTINGS);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    await expect.poll(async () => (await highlights(page)).length).toBe(Object.values(HARD_CASES).flat().length);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    expect(await sameTextNodes(page)).toBe(true);

    await setSettings(background, { ...DEFAULT_SETTINGS, enabled: false });
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    expect(await registered(page)).toEqual([]);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    expect(await sameTextNodes(page)).toBe(true);
  });

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

test.describe("content that changes", () => {
  test("a late article body, an appended story, an SPA route change and a text update are annotated", async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/pages/dynamic.html`);
    await expect
      .poll(() => highlights(page, "#app"))
      .toEqual([
        ["Estonia", "country"],
        ["France", "country"],
        ["declaration on strategic partnership", "event"],
      ]);

    await page.evaluate(() =>
      (window as unknown as { appendStory: (t: string) => void }).appendStory("Olivier Véran visited Tallinn."),
    );
    await expect
      .poll(() => highlights(page, "#feed"))
      .toEqual([
        ["Olivier Véran", "person"],
        ["Tallinn", "place"],
      ]);

    // The route change throws the home article away: its highlights go with it.
    await page.getByRole("link", { name: "Paris" }).click();
    await expect(page.locator("#app h1")).toHaveText("Paris");
    await expect
      .poll(() => highlights(page, "#app"))
      .toEqual([
        ["Paris", "place"],
        ["Secretary Blinken", "person"],
        ["Nexter", "company"],
        ["Minister Lecornu", "person"],
      ]);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    await expect.poll(() => detached(page)).toBe(0);
    // The navigation's own "Paris" link is site furniture: never highlighted.
    expect(await highlights(page, "nav")).toEqual([]);

    // A framework rewrites a text node in place: the old names go, the new text is annotated.
    await page.evaluate(() =>
      (window as unknown as { updateText: (t: string) => void }).updateText("News from Mali and Russia"),
    );
    await expect(page.locator("#app p")).toHaveText("News from Mali and Russia");
    await expect
      .poll(() => highlights(page, "#app p"))
      .toEqual([
        ["Mali", "country"],
        ["Russia", "country"],
      ]);
    expect(await highlights(page, "#app")).toEqual([
      ["Paris", "place"],
      ["Mali", "country"],
      ["Russia", "country"],
    ]);

    // A story removed from the feed takes its highlights with it.
    await page.evaluate(() => document.querySelector("#feed .story")?.remove());
    await expect.poll(() => detached(page)).toBe(0);
    expect(await highlights(page, "#feed")).toEqual([]);
    expect((await highlights(page)).length).toBe(3);
  });
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
  test("reaches the page when storage holds none, or another version's, and is stored again", async ({
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
      await expect.poll(() => detached(page)).toBe(0);
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
  test("a category switched off leaves no range of it registered, and switched on brings it back", async ({
    page,
    server,
    background,
  }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const all = await highlights(page);
    const others = all.filter(([, category]) => category !== "person");
    expect(all.length - others.length).toBeGreaterThan(5);

    await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, person: false } });
    await expect.poll(() => highlights(page)).toEqual(others);
    const names = (await registered(page)).map((r) => r.name);
    expect(names).not.toContain("defence-lens-person");
    expect(names).toContain("defence-lens-country");

    await setSettings(background, DEFAULT_SETTINGS);
    await expect.poll(() => highlights(page)).toEqual(all);
  });

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
