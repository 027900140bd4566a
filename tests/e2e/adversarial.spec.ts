// Pages that try to break an annotator: editors, re-rendering frameworks, mutation storms, extreme trees, shadow
// roots, frames, a strict Content-Security-Policy, right-to-left text, text that looks like HTML, broken settings.
import { DEFAULT_SETTINGS } from "../../src/settings/model";
import { expect, highlights, openAnnotated, setSettings, test } from "./harness";

test("editable areas stay byte-identical", async ({ page, server, background }) => {
  const editors = "#editable, #textarea, #input, pre, code";
  await setSettings(background, { ...DEFAULT_SETTINGS, enabled: false });
  await page.goto(`${server.origin}/pages/hard-cases.html`);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "off");
  const before = await page.$$eval(editors, (els) => els.map((e) => e.outerHTML));
  await setSettings(background, DEFAULT_SETTINGS);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  expect(await page.$$eval(editors, (els) => els.map((e) => e.outerHTML))).toEqual(before);
});

test("a page that re-renders its nodes keeps working, with no error and no loop", async ({ page, server }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/pages/rerender.html`);
  await page.waitForFunction(() => (window as unknown as { renders?: number }).renders === 30);
  await expect(page.locator("#app defence-lens-mark")).toHaveCount(2);
  expect(await highlights(page, "#app")).toEqual([
    ["France", "france", "country"],
    ["Estonia", "estonia", "country"],
  ]);
  await expect(page.locator("#app p")).toHaveText("Render 29: France and Estonia met.");
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  // Once the page is still, so is the extension: no change to the DOM over half a second.
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
  await expect(page.locator("#feed defence-lens-mark")).toHaveCount(added * 3);
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
    profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };
  };
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith("chrome-extension://")).map((n) => n.id));
  const oursMs = profile.samples.reduce((t, id, i) => t + (ours.has(id) ? (profile.timeDeltas[i] ?? 0) : 0), 0) / 1000;
  // Ten seconds of a thousand additions: our share of the main thread stays small.
  expect(oursMs).toBeLessThan(1500);
});

test("5,000 levels of nesting, a 1 MB text node, shadow roots and frames: no crash, clean skips", async ({
  page,
  server,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Playwright's own selector engine overflows its stack on a tree this deep, so this test reads the page with
  // the DOM's own querySelectorAll.
  await page.goto(`${server.origin}/pages/extremes.html`);
  await page.waitForFunction(() => document.documentElement.getAttribute("data-defence-lens") === "ready");
  const found = await page.evaluate(() => {
    const marks = (sel: string) =>
      [...document.querySelectorAll(`${sel} defence-lens-mark`)].map((e) => [
        e.textContent,
        e.getAttribute("data-entity"),
      ]);
    return {
      deep: marks("#deep"),
      huge: marks("#huge").length,
      shadow: document.getElementById("shadow-host")?.shadowRoot?.innerHTML,
      frame: (document.getElementById("frame") as HTMLIFrameElement).contentDocument?.body.innerHTML,
    };
  });
  expect(found.deep).toEqual([["Airbus", "airbus"]]);
  expect(found.huge).toBeGreaterThan(100);
  // Open shadow roots and frames are skipped, and left as they were.
  expect(found.shadow).toBe("<p>NATO in a shadow root</p>");
  expect(found.frame).toBe("<p>Macron in a frame</p>");
  // More than a megabyte further down: found once the reader gets there.
  await page.evaluate(() => document.getElementById("after")?.scrollIntoView());
  await page.waitForFunction(() => document.querySelector("#after defence-lens-mark")?.textContent === "Tallinn");
  expect(errors).toEqual([]);
});

test("right-to-left text is annotated with its text unchanged", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/pages/rtl.html`);
  expect(await highlights(page, "#rtl")).toEqual([
    ["Sébastien Lecornu", "sebastien-lecornu", "person"],
    ["Paris", "paris", "place"],
    ["Estonia", "estonia", "country"],
  ]);
  await expect(page.locator("#rtl")).toHaveText(
    "وزير الدفاع الفرنسي Sébastien Lecornu التقى في Paris مع ממשלת Estonia היום.",
  );
});

test("text that looks like HTML never becomes markup in a card", async ({ page, server }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openAnnotated(page, `${server.origin}/pages/html-text.html`);
  const claim = page.locator("#html-text defence-lens-claim").first();
  await claim.hover({ position: { x: 10, y: 5 } });
  const card = page.locator("defence-lens-card .card");
  await expect(card).toContainText("<img src=x onerror=alert(1)> France has 300 troops stationed in Estonia");
  expect(await card.locator("img").count()).toBe(0);
  await page.mouse.move(0, 300);
  await expect(card).toBeHidden();
  await page.locator("#html-name defence-lens-mark").hover();
  await expect(card.locator("h2")).toHaveText("Airbus");
  expect(await card.locator("script, img").count()).toBe(0);
  await expect(page.locator("#html-name")).toHaveText("<script>alert(2)</script> Airbus");
  expect(dialogs).toBe(0);
});

test("a strict Content-Security-Policy page is annotated and its card styled", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html?csp`);
  expect((await highlights(page)).length).toBeGreaterThan(30);
  await page.locator('defence-lens-mark[data-entity="nexter"]').first().hover();
  const card = page.locator("defence-lens-card .card");
  await expect(card).toBeVisible();
  expect(await card.evaluate((el) => getComputedStyle(el).fontSize)).toBe("14px");
});

test("corrupted stored settings fall back to the defaults", async ({ page, server, background }) => {
  await background.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await ext.chrome.storage.local.set({ settings: "}{ not settings", settings$: { v: 7 } });
  });
  await openAnnotated(page, `${server.origin}/documents/003_22c2670c1b089195.txt.html`);
  expect((await highlights(page)).length).toBeGreaterThan(30);
});
