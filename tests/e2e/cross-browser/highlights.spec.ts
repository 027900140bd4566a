// What a reader sees highlighted, and what stays as it was (the page contract), in Chromium and in Firefox: hard cases
// of markup, the page's DOM untouched with highlights drawn and after switching off, content that changes after load,
// a category switched off and on.
import { DEFAULT_SETTINGS } from "../../../src/settings/model";
import { expect, test } from "../browsers/lens";
import type { Evaluates } from "../browsers/tab";
import { detachedRanges, highlights, lensState, openAnnotated, registered, textOf } from "../harness";

/** The page's text nodes, kept in the page so that their identity can be checked later. */
const rememberTextNodes = (page: Evaluates) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    (window as unknown as { textNodes: Node[] }).textNodes = nodes;
  });

const sameTextNodes = (page: Evaluates) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const before = (window as unknown as { textNodes: Node[] }).textNodes;
    let i = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode(), i++) if (before[i] !== n) return false;
    return i === before.length;
  });

const bodyHtml = (page: Evaluates) => page.evaluate(() => document.body.innerHTML);

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
    lens,
    server,
  }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/pages/hard-cases.html`);
    for (const [selector, expected] of Object.entries(HARD_CASES)) {
      expect(await highlights(page, selector), selector).toEqual(expected);
    }
    // The whole page highlights exactly these, in this order: nothing inside the editor, the form fields, the
    // preformatted text, the code, the SVG, the script, the noscript or the template.
    expect(await highlights(page)).toEqual(Object.values(HARD_CASES).flat());
    const values = await page.evaluate(() =>
      ["#textarea", "#input"].map((s) => (document.querySelector(s) as HTMLInputElement | null)?.value),
    );
    expect(values).toEqual(["France and Estonia in a textarea", "France in an input"]);
  });

  test("the page's DOM is the same with highlights drawn and after switching off", async ({ lens, server }) => {
    const page = lens.tab;
    await lens.setSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await page.goto(`${server.origin}/pages/hard-cases.html`);
    await expect.poll(() => lensState(page)).toBe("off");
    const original = await bodyHtml(page);
    await rememberTextNodes(page);

    await lens.setSettings(DEFAULT_SETTINGS);
    await expect.poll(() => lensState(page)).toBe("ready");
    await expect.poll(async () => (await highlights(page)).length).toBe(Object.values(HARD_CASES).flat().length);
    expect(await bodyHtml(page)).toBe(original);
    expect(await sameTextNodes(page)).toBe(true);

    await lens.setSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await expect.poll(() => lensState(page)).toBe("off");
    expect(await registered(page)).toEqual([]);
    expect(await bodyHtml(page)).toBe(original);
    expect(await sameTextNodes(page)).toBe(true);
  });
});

test.describe("content that changes", () => {
  test("a late article body, an appended story, an SPA route change and a text update are annotated", async ({
    lens,
    server,
  }) => {
    const page = lens.tab;
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
    await page.click('nav a[data-route="paris"]');
    await expect.poll(() => textOf(page, "#app h1")).toBe("Paris");
    await expect
      .poll(() => highlights(page, "#app"))
      .toEqual([
        ["Paris", "place"],
        ["Secretary Blinken", "person"],
        ["Nexter", "company"],
        ["Minister Lecornu", "person"],
      ]);
    await expect.poll(() => lensState(page)).toBe("ready");
    await expect.poll(() => detachedRanges(page)).toBe(0);
    // The navigation's own "Paris" link is site furniture: never highlighted.
    expect(await highlights(page, "nav")).toEqual([]);

    // A framework rewrites a text node in place: the old names go, the new text is annotated.
    await page.evaluate(() =>
      (window as unknown as { updateText: (t: string) => void }).updateText("News from Mali and Russia"),
    );
    await expect.poll(() => textOf(page, "#app p")).toBe("News from Mali and Russia");
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
    await expect.poll(() => detachedRanges(page)).toBe(0);
    expect(await highlights(page, "#feed")).toEqual([]);
    expect((await highlights(page)).length).toBe(3);
  });
});

test.describe("settings apply live", () => {
  test("a category switched off leaves no range of it registered, and switched on brings it back", async ({
    lens,
    server,
  }) => {
    const page = lens.tab;
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    const all = await highlights(page);
    const others = all.filter(([, category]) => category !== "person");
    expect(all.length - others.length).toBeGreaterThan(5);

    await lens.setSettings({ ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, person: false } });
    await expect.poll(() => highlights(page)).toEqual(others);
    const names = (await registered(page)).map((r) => r.name);
    expect(names).not.toContain("defence-lens-person");
    expect(names).toContain("defence-lens-country");

    await lens.setSettings(DEFAULT_SETTINGS);
    await expect.poll(() => highlights(page)).toEqual(all);
  });
});
