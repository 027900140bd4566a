import type { Page } from "@playwright/test";
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import { expect, highlights, openAnnotated, setSettings, test } from "./harness";

const pairs = async (page: Page, selector = "body") =>
  (await highlights(page, selector)).map(([text, entity]) => `${text} → ${entity}`);

/** The page's text nodes, kept in the page so that identity can be checked after switching off. */
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

test.describe("hard cases", () => {
  test("names across inline markup, split words, capitals, typography and what must not be touched", async ({
    page,
    server,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/hard-cases.html`);
    expect(await pairs(page, "#inline")).toEqual(["Ratas → juri-ratas", "Macron → emmanuel-macron"]);
    expect(await pairs(page, "#split")).toEqual([
      "NATO → nato",
      "France → france",
      "Estonia → estonia",
      "Estonia → estonia",
    ]);
    expect(await pairs(page, "#words")).toEqual([]);
    expect(await pairs(page, "#caps")).toEqual([
      "SECRETARY BLINKEN → antony-blinken",
      "AIRBUS → airbus",
      "MBDA → mbda",
    ]);
    expect(await pairs(page, "#nbsp")).toEqual([
      "Jüri\u00a0Ratas → juri-ratas",
      "Es\u00adtonia → estonia",
      "Fran\u200bce → france",
      "Nagorno\u2011Karabakh conflict → nagorno-karabakh-conflict",
    ]);
    expect(await pairs(page, "#cell")).toEqual(["United States → united-states"]);
    expect(await pairs(page, "#heading")).toEqual(["Lecornu → sebastien-lecornu", "Nexter → nexter"]);
    expect(await pairs(page, "#caption")).toEqual([
      "Blinken → antony-blinken",
      "Versailles-Satory → versailles-satory",
    ]);
    // Nothing inside editors, form fields, code, SVG, scripts or templates.
    const outside = await page.$$eval(
      "defence-lens-mark",
      (els) =>
        els.filter((e) => e.closest("[contenteditable], textarea, select, pre, code, svg, noscript, template")).length,
    );
    expect(outside).toBe(0);
    expect(await page.locator("defence-lens-mark").count()).toBe(18);
    await expect(page.locator("#textarea")).toHaveValue("France and Estonia in a textarea");
    await expect(page.locator("#input")).toHaveValue("France in an input");
  });

  test("the page's text is unchanged, and switching off restores its DOM exactly", async ({
    page,
    server,
    background,
  }) => {
    await setSettings(background, { ...DEFAULT_SETTINGS, enabled: false });
    await page.goto(`${server.origin}/pages/hard-cases.html`);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    const original = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.textContent }));
    await rememberTextNodes(page);

    await setSettings(background, DEFAULT_SETTINGS);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    await expect(page.locator("defence-lens-mark")).toHaveCount(18);
    expect(await page.evaluate(() => document.body.textContent)).toBe(original.text);

    await setSettings(background, { ...DEFAULT_SETTINGS, enabled: false });
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original.html);
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
    await expect(page.locator("#after defence-lens-mark")).toHaveCount(1);
    expect(await page.locator("#editable defence-lens-mark").count()).toBe(0);
  });
});

test.describe("content that changes", () => {
  test("a late article body, an appended story, an SPA route change and a text update are annotated", async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/pages/dynamic.html`);
    await expect(page.locator("#app defence-lens-mark")).toHaveCount(3);
    expect(await pairs(page, "#app")).toEqual([
      "Estonia → estonia",
      "France → france",
      "declaration on strategic partnership → estonia-france-strategic-partnership",
    ]);

    await page.evaluate(() =>
      (window as unknown as { appendStory: (t: string) => void }).appendStory("Olivier Véran visited Tallinn."),
    );
    await expect(page.locator("#feed defence-lens-mark")).toHaveCount(2);
    expect(await pairs(page, "#feed")).toEqual(["Olivier Véran → olivier-veran", "Tallinn → tallinn"]);

    await page.getByRole("link", { name: "Paris" }).click();
    await expect(page.locator("#app h1")).toHaveText("Paris");
    await expect(page.locator("#app p defence-lens-mark")).toHaveCount(3);
    expect(await pairs(page, "#app")).toEqual([
      "Paris → paris",
      "Secretary Blinken → antony-blinken",
      "Nexter → nexter",
      "Minister Lecornu → sebastien-lecornu",
    ]);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");

    // A framework rewrites a text node we had split: no stale words remain, the new text is annotated.
    await page.evaluate(() =>
      (window as unknown as { updateText: (t: string) => void }).updateText("News from Mali and Russia"),
    );
    await expect(page.locator("#app p")).toHaveText("News from Mali and Russia");
    await expect(page.locator("#app p defence-lens-mark")).toHaveCount(2);
    expect(await pairs(page, "#app p")).toEqual(["Mali → mali", "Russia → russia"]);
  });
});

test.describe("a page that names nothing", () => {
  test("is left untouched, then annotated where it later adds or edits text that names something", async ({
    page,
    server,
  }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    const lead = await page.locator("#lead").evaluate((e) => e.outerHTML);
    expect(await page.locator("defence-lens-mark").count()).toBe(0);

    await page.evaluate(() => document.getElementById("feed")?.insertAdjacentHTML("beforeend", "<p>Estonia</p>"));
    await expect(page.locator("#feed defence-lens-mark")).toHaveCount(1);
    expect(await pairs(page, "#feed")).toEqual(["Estonia → estonia"]);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    // What was there before is as it was.
    expect(await page.locator("#lead").evaluate((e) => e.outerHTML)).toBe(lead);
  });

  test("has a text edited in place to name something annotated", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await page.evaluate(() => {
      const text = document.getElementById("edited")?.firstChild as Text;
      text.data = "Volunteers from Tallinn meet on Saturday mornings.";
    });
    await expect(page.locator("#edited defence-lens-mark")).toHaveCount(1);
    expect(await pairs(page, "#edited")).toEqual(["Tallinn → tallinn"]);
  });
});

test.describe("a page that names nothing, with settings changed meanwhile", () => {
  test("annotates what it adds later with the settings of that moment", async ({ page, server, background }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, country: false } });
    await page.evaluate(() =>
      document.getElementById("feed")?.insertAdjacentHTML("beforeend", "<p>Estonia and Tallinn</p>"),
    );
    await expect(page.locator("#feed defence-lens-mark")).toHaveCount(1);
    expect(await pairs(page, "#feed")).toEqual(["Tallinn → tallinn"]);
  });

  test("switched off here and on again", async ({ page, server, background }) => {
    await openAnnotated(page, `${server.origin}/pages/plain.html`);
    await setSettings(background, { ...DEFAULT_SETTINGS, disabledSites: ["127.0.0.1"] });
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    await page.evaluate(() => document.getElementById("feed")?.insertAdjacentHTML("beforeend", "<p>Estonia</p>"));
    await setSettings(background, DEFAULT_SETTINGS);
    await expect(page.locator("#feed defence-lens-mark")).toHaveCount(1);
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
      expect(await page.locator('defence-lens-mark[data-category="person"]').count()).toBeGreaterThan(5);
      const stored = await background.evaluate(async () => {
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        return (await local.get("factBase")).factBase?.version ?? null;
      });
      expect(stored).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

/** The names at the end of the very long page (tests/fixtures/pages/very-long.html). */
const FAR_NAMES = ["Airbus → airbus", "MBDA → mbda", "Guardtime → guardtime", "Tallinn → tallinn"];

test.describe("a very long page", () => {
  test("has its names found as the reader nears them, and a category switched on reaches what was read", async ({
    page,
    server,
    background,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    // What is highlighted at the moment the page is first marked ready: the names in view must be, by then.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.documentElement.getAttribute("data-defence-lens") !== "ready") return;
        document.documentElement.dataset.marksAtReady = String(
          document.querySelectorAll("#top defence-lens-mark").length,
        );
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-defence-lens"] });
    });
    await openAnnotated(page, `${server.origin}/pages/very-long.html`);
    await expect(page.locator("html")).toHaveAttribute("data-marks-at-ready", "3");
    expect(await pairs(page, "#top")).toEqual([
      "Emmanuel Macron → emmanuel-macron",
      "Jüri Ratas → juri-ratas",
      "Élysée Palace → elysee-palace",
    ]);
    // Hundreds of screens further down: not read yet.
    expect(await page.locator("#far defence-lens-mark").count()).toBe(0);
    await page.locator("#far").scrollIntoViewIfNeeded();
    await expect(page.locator("#far defence-lens-mark")).toHaveCount(4);
    expect(await pairs(page, "#far")).toEqual(FAR_NAMES);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");

    const off = { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, company: false } };
    await setSettings(background, off);
    await expect(page.locator("#far defence-lens-mark")).toHaveCount(1);
    await setSettings(background, DEFAULT_SETTINGS);
    await expect(page.locator("#far defence-lens-mark")).toHaveCount(4);
    await expect(page.locator("#filler")).toHaveText(/^Plain the/);

    // A jump back into the middle of the filler, past the few hundred blocks watched from the top.
    expect(await page.locator("#deep defence-lens-mark").count()).toBe(0);
    await page.locator("#deep").scrollIntoViewIfNeeded();
    await expect(page.locator("#deep defence-lens-mark")).toHaveCount(1);
  });

  test("that names nothing in its first stretch has the names further down found as the reader nears them", async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await openAnnotated(page, `${server.origin}/pages/very-long.html?quiet`);
    await expect(page.locator("#top")).toHaveText("Plain words at the top.");
    expect(await page.locator("defence-lens-mark").count()).toBe(0);
    // A jump into the middle, past the few hundred blocks watched from the top, then the end.
    await page.locator("#deep").scrollIntoViewIfNeeded();
    await expect(page.locator("#deep defence-lens-mark")).toHaveCount(1);
    await page.locator("#far").scrollIntoViewIfNeeded();
    await expect(page.locator("#far defence-lens-mark")).toHaveCount(4);
    expect(await pairs(page, "#far")).toEqual(FAR_NAMES);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  });

  for (const quiet of [false, true]) {
    test(`finds the names of a long container whose blocks the page replaces before the reader gets there${quiet ? ", naming nothing at first" : ""}`, async ({
      page,
      server,
    }) => {
      await openAnnotated(page, `${server.origin}/pages/very-long.html${quiet ? "?quiet" : ""}`);
      // The page re-renders a stretch of the filler (the blocks around where watching stopped) while the reader is at
      // the top.
      await page.evaluate(() => {
        const filler = document.getElementById("filler") as HTMLElement;
        for (const p of [...filler.children].slice(150, 300)) p.replaceWith(p.cloneNode(true));
      });
      await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
      await page.locator("#deep").scrollIntoViewIfNeeded();
      await expect(page.locator("#deep defence-lens-mark")).toHaveCount(1);
    });
  }
});

test.describe("settings apply live", () => {
  test("a category switched off leaves none of it, and switched on brings it back", async ({
    page,
    server,
    background,
  }) => {
    const url = `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`;
    await openAnnotated(page, url);
    const people = page.locator('defence-lens-mark[data-category="person"]');
    const total = await page.locator("defence-lens-mark").count();
    const personCount = await people.count();
    expect(personCount).toBeGreaterThan(5);

    await setSettings(background, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, person: false } });
    await expect(people).toHaveCount(0);
    await expect(page.locator("defence-lens-mark")).toHaveCount(total - personCount);

    await setSettings(background, DEFAULT_SETTINGS);
    await expect(people).toHaveCount(personCount);
    await expect(page.locator("defence-lens-mark")).toHaveCount(total);
  });

  test("off on this site switches it off here only", async ({ page, context, server, background }) => {
    await setSettings(background, { ...DEFAULT_SETTINGS, disabledSites: ["127.0.0.1"] });
    await page.goto(`${server.origin}/documents/003_22c2670c1b089195.txt.html`);
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
    expect(await page.locator("defence-lens-mark").count()).toBe(0);
    const other = await context.newPage();
    await openAnnotated(
      other,
      `${server.origin.replace("127.0.0.1", "localhost")}/documents/003_22c2670c1b089195.txt.html`,
    );
    expect(await other.locator("defence-lens-mark").count()).toBeGreaterThan(30);
  });
});
