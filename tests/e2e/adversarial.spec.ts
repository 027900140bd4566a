// Pages that try to break an annotator: editors, re-rendering frameworks, mutation storms, extreme trees, shadow
// roots, frames, a strict Content-Security-Policy, right-to-left text, text that looks like HTML, broken settings.
import type { Page } from "@playwright/test";
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import {
  claimHighlights,
  drawn,
  expect,
  highlights,
  hoverText,
  openAnnotated,
  registered,
  setSettings,
  test,
} from "./harness";

/** How many `defence-lens-*` ranges the page's registry holds, and how many of them lie over removed nodes. */
const counts = async (page: Page) => {
  const all = await registered(page);
  return { ranges: all.reduce((n, r) => n + r.ranges, 0), detached: all.reduce((n, r) => n + r.detached, 0) };
};

test("editable areas stay byte-identical, and none of their text is highlighted", async ({
  page,
  server,
  background,
}) => {
  const editors = "#editable, #textarea, #input, select, pre, code";
  await setSettings(background, { ...DEFAULT_SETTINGS, enabled: false });
  await page.goto(`${server.origin}/pages/hard-cases.html`);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
  const before = await page.$$eval(editors, (els) => els.map((e) => e.outerHTML));
  await setSettings(background, DEFAULT_SETTINGS);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  expect((await highlights(page)).length).toBeGreaterThan(10);
  expect(await page.$$eval(editors, (els) => els.map((e) => e.outerHTML))).toEqual(before);
  const inEditors = await page.evaluate((selector) => {
    let n = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith("defence-lens-")) continue;
      for (const r of h as unknown as Iterable<AbstractRange>)
        if (r.startContainer.parentElement?.closest(selector)) n++;
    }
    return n;
  }, editors);
  expect(inEditors).toBe(0);

  // What the editor would save after the reader types a name in it holds nothing of the extension.
  await page.locator("#editable p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" with Macron");
  await expect(page.locator("#editable p").first()).toHaveText("France in an editor with Macron");
  expect(await page.locator("#editable").innerHTML()).toBe("<p>France in an editor with Macron</p><p>Estonia too</p>");
});

test("a page that re-renders its nodes keeps working, with no error and no loop", async ({ page, server }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/pages/rerender.html`);
  await page.waitForFunction(() => (window as unknown as { renders?: number }).renders === 30);
  await expect(page.locator("#app p")).toHaveText("Render 29: France and Estonia met.");
  await expect
    .poll(() => highlights(page, "#app"))
    .toEqual([
      ["France", "country"],
      ["Estonia", "country"],
    ]);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  // Only the last render's highlights are registered: the thirty renders thrown away took theirs with them.
  await expect.poll(async () => (await counts(page)).detached).toBe(0);
  expect((await counts(page)).ranges).toBe((await drawn(page, "#app")).length);
  // Once the page is still, so is the extension: no pass starts again (it would mark the page "working").
  const changes = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const o = new MutationObserver((records) => {
          count += records.length;
        });
        o.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => resolve(count), 500);
      }),
  );
  expect(changes).toBe(0);
  expect(errors).toEqual([]);
});

test("a mutation storm keeps the extension's CPU use bounded", async ({ page, server, context }) => {
  test.setTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  await page.goto(`${server.origin}/pages/storm.html`);
  await page.waitForFunction(() => (window as unknown as { stormOver?: number }).stormOver !== undefined, null, {
    timeout: 20_000,
  });
  const added = await page.evaluate(() => (window as unknown as { stormOver: number }).stormOver);
  await expect(page.locator("#feed p")).toHaveCount(added);
  // Every paragraph names France, Estonia and Tallinn.
  await expect.poll(async () => (await highlights(page, "#feed")).length).toBe(added * 3);
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
    profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };
  };
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith("chrome-extension://")).map((n) => n.id));
  const oursMs = profile.samples.reduce((t, id, i) => t + (ours.has(id) ? (profile.timeDeltas[i] ?? 0) : 0), 0) / 1000;
  // The profile saw our script run at all (a wrong filter would make the bound below meaningless)…
  expect(oursMs).toBeGreaterThan(0);
  // …and over ten seconds of a thousand additions, our share of the main thread stays small.
  expect(oursMs).toBeLessThan(1500);
});

test("5,000 levels of nesting and a 1 MB text node are read; shadow roots and frames are skipped", async ({
  page,
  server,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Playwright's own selector engine overflows its stack on a tree this deep, so this test reads the page with
  // the DOM's own querySelector (as the harness does).
  await page.goto(`${server.origin}/pages/extremes.html`);
  await page.waitForFunction(() => document.documentElement.getAttribute("data-defence-lens") === "ready");
  // At ready, without scrolling: the name 5,000 levels down, and the names at the start of the megabyte of text.
  expect(await highlights(page, "#deep")).toEqual([["Airbus", "company"]]);
  const repeats = await page.evaluate(() => document.getElementById("huge")?.textContent?.split("Guardtime").length);
  expect(repeats).toBeGreaterThan(80);
  const pair = [
    ["Guardtime", "company"],
    ["MBDA", "company"],
  ];
  expect((await highlights(page, "#huge")).slice(0, 2)).toEqual(pair);
  // Every one of its names was found (the card counts them); each is drawn as the reader gets near it, and the
  // ranges drawn at a time stay a screen's worth, not the megabyte's.
  await hoverText(page, "Guardtime");
  // Read with the DOM's own query: Playwright's locators overflow their stack on this tree.
  const cardText = () =>
    page.evaluate(() => document.querySelector("defence-lens-card")?.shadowRoot?.textContent ?? "");
  await expect.poll(cardText).toMatch(new RegExp(`Mention \\d+ of ${(repeats ?? 0) - 1} on this page`));
  await page.mouse.move(0, 0);
  expect((await highlights(page, "#huge")).length).toBeLessThan((repeats ?? 0) - 1);
  await page.evaluate(() => {
    const huge = document.getElementById("huge") as HTMLElement;
    window.scrollTo(0, huge.offsetTop + huge.offsetHeight - window.innerHeight);
  });
  await expect.poll(async () => (await highlights(page, "#huge")).slice(-2)).toEqual(pair);
  // The paragraph more than a megabyte further down: highlighted when the reader gets there.
  await page.evaluate(() => document.getElementById("after")?.scrollIntoView());
  await expect.poll(() => highlights(page, "#after")).toEqual([["Tallinn", "place"]]);

  // Open shadow roots and frames are skipped, and left as they were: every registered range is in the light DOM.
  const found = await page.evaluate(() => {
    const frame = (document.getElementById("frame") as HTMLIFrameElement).contentDocument;
    return {
      shadow: document.getElementById("shadow-host")?.shadowRoot?.innerHTML,
      frame: frame?.body.innerHTML,
      frameState: frame?.documentElement.getAttribute("data-defence-lens"),
      frameHighlights: frame?.defaultView ? [...frame.defaultView.CSS.highlights.keys()] : null,
    };
  });
  expect(found).toEqual({
    shadow: "<p>NATO in a shadow root</p>",
    frame: "<p>Macron in a frame</p>",
    frameState: null,
    frameHighlights: [],
  });
  expect((await counts(page)).ranges).toBe((await highlights(page)).length + (await claimHighlights(page)).length);
  expect(errors).toEqual([]);
});

test("right-to-left text is annotated with its text unchanged", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/pages/rtl.html`);
  expect(await highlights(page, "#rtl")).toEqual([
    ["Sébastien Lecornu", "person"],
    ["Paris", "place"],
    ["Estonia", "country"],
  ]);
  await expect(page.locator("#rtl")).toHaveText(
    "وزير الدفاع الفرنسي Sébastien Lecornu التقى في Paris مع ממשלת Estonia היום.",
  );
  // The highlight is drawn where the name is: hovering it opens its card.
  await hoverText(page, "Lecornu");
  await expect(page.locator("defence-lens-card h2")).toHaveText("Sébastien Lecornu");
});

test("text that looks like HTML never becomes markup in a card", async ({ page, server }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openAnnotated(page, `${server.origin}/pages/html-text.html`);
  const card = page.locator("defence-lens-card .card");
  // The claim sentence, hovered on a word of it that names nothing (a name's own card would open on a name).
  await expect.poll(async () => (await claimHighlights(page, "#html-text")).length).toBeGreaterThan(0);
  await hoverText(page, "troops");
  await expect(card).toContainText("<img src=x onerror=alert(1)> France has 300 troops stationed in Estonia");
  expect(await card.locator("img").count()).toBe(0);
  await page.mouse.move(0, 300);
  await expect(page.locator("defence-lens-card")).toHaveCount(0);
  await hoverText(page, "Airbus");
  await expect(card.locator("h2")).toHaveText("Airbus");
  expect(await card.locator("script, img").count()).toBe(0);
  await expect(page.locator("#html-name")).toHaveText("<script>alert(2)</script> Airbus");
  await expect(page.locator("#html-text")).toHaveText(
    "<img src=x onerror=alert(1)> France has 300 troops stationed in Estonia, officials said.",
  );
  expect(await page.locator("body img, body script").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("a strict Content-Security-Policy page is annotated and its card styled", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html?csp`);
  const found = await highlights(page);
  expect(found.length).toBeGreaterThan(30);
  expect(found).toContainEqual(["Nexter", "company"]);
  await hoverText(page, "Nexter");
  const card = page.locator("defence-lens-card .card");
  await expect(card).toBeVisible();
  await expect(card.locator("h2")).toHaveText("Nexter");
  // The card's own stylesheet applies under the page's policy (no inline style allowed to the page).
  expect(await card.evaluate((el) => getComputedStyle(el).fontSize)).toBe("14px");
  expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe("fixed");
});

test("corrupted stored settings fall back to the defaults", async ({ page, server, background }) => {
  await background.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await ext.chrome.storage.local.set({ settings: "}{ not settings", settings$: { v: 7 } });
  });
  await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
  const found = await highlights(page);
  expect(found.length).toBeGreaterThan(30);
  // Every category is on, as by default.
  expect(new Set(found.map(([, category]) => category))).toEqual(
    new Set(["person", "country", "organization", "company"]),
  );
});
