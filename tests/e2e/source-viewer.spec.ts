// The source viewer (source.html?doc=…&claim=…) in real Chromium: every claim's quote opens in its document,
// highlighted in place (mark.js, `<mark class="quote">`), in view and focused; the card's "Read in the source" and the
// popup's links open it; bad addresses list the documents; the back button returns to the previous quote; names are
// tinted as on web pages; no accessibility violation in light or dark.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CATEGORIES, factBase } from "../../src/facts";
import { expect, extensionDir, highlights, hoverText, openAnnotated, test } from "./harness";

const documentsDir = join(import.meta.dirname, "../../corpus/documents");
const fileText = (id: string) => readFileSync(join(documentsDir, id), "utf8");

/** What a claim's highlight must read in a document: its quotes there, in document order, overlaps merged. */
function expectedQuote(claim: string, doc: string): string {
  const text = fileText(doc);
  const spans = (factBase.claims.find((c) => c.id === claim)?.evidence ?? [])
    .filter((e) => e.document === doc)
    .map((e) => ({ start: text.indexOf(e.quote), end: text.indexOf(e.quote) + e.quote.length }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged.map((s) => text.slice(s.start, s.end)).join("");
}

const viewer = (extensionId: string, query = "") => `chrome-extension://${extensionId}/source.html${query}`;

async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("#app")).toHaveAttribute("aria-busy", "false");
}

/** The concatenated text of the page's `mark.quote` elements. */
const markedText = (page: Page) =>
  page.locator("mark.quote").evaluateAll((marks) => marks.map((m) => m.textContent).join(""));

/** Whether the focused element is the first `mark.quote` and lies wholly inside the viewport. */
const firstQuoteFocusedInView = (page: Page) =>
  page.evaluate(() => {
    const first = document.querySelector("mark.quote");
    if (!first) return { focused: false, inView: false };
    const r = first.getBoundingClientRect();
    return {
      focused: document.activeElement === first,
      inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
    };
  });

const axeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};

test.describe("source viewer", () => {
  test("every claim's quote opens in each of its documents, highlighted, focused and in view", async ({
    page,
    extensionId,
  }) => {
    let shown = 0;
    for (const claim of factBase.claims) {
      for (const doc of new Set(claim.evidence.map((e) => e.document))) {
        const where = `${claim.id} in ${doc}`;
        await openViewer(page, viewer(extensionId, `?doc=${encodeURIComponent(doc)}&claim=${claim.id}`));
        const title = factBase.documents.find((d) => d.id === doc)?.title as string;
        await expect(page.locator("h1"), where).toHaveText(title);
        expect(await markedText(page), where).toBe(expectedQuote(claim.id, doc));
        expect(await firstQuoteFocusedInView(page), where).toEqual({ focused: true, inView: true });
        await expect(page.locator("#claim-statement"), where).toHaveText(claim.statement);
        shown++;
      }
    }
    expect(shown).toBeGreaterThanOrEqual(factBase.claims.length);
  });

  test("shows the document whole: its metadata, and its text character for character", async ({
    page,
    extensionId,
  }) => {
    for (const doc of factBase.documents) {
      await openViewer(page, viewer(extensionId, `?doc=${doc.id}`));
      await expect(page.locator("h1")).toHaveText(doc.title);
      await expect(page).toHaveTitle(`${doc.title} — Defence Lens`);
      const meta = page.locator(".doc-meta");
      await expect(meta).toContainText(doc.origin);
      await expect(meta).toContainText(doc.date === "not stated" ? "Undated" : /\d{4}/);
      if (doc.dateNote) await expect(meta).toContainText(doc.dateNote);
      for (const reason of doc.reasons) await expect(meta.locator(".reasons")).toContainText(reason);
      expect(await page.locator(".doc-text").evaluate((el) => el.textContent)).toBe(fileText(doc.id));
      const lines = fileText(doc.id)
        .split("\n")
        .filter((l) => l.trim() !== "");
      await expect(page.locator(".doc-text p")).toHaveCount(lines.length);
    }
  });

  test("names are tinted with the same matcher and colours as on the web page of the same text", async ({
    page,
    server,
    extensionId,
  }) => {
    const doc = "001_2efd3b04a8c7435c.txt";
    await openAnnotated(page, `${server.origin}/documents/${doc}.html`);
    const onWeb = (await highlights(page)).sort();
    await openViewer(page, viewer(extensionId, `?doc=${doc}&claim=mali-cooperation`));
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    const inViewer = (await highlights(page, ".doc-text")).sort();
    expect(inViewer.length).toBeGreaterThan(30);
    expect(inViewer).toEqual(onWeb);
    // The same colours: the viewer's stylesheet holds the content script's rule for each category, as built.
    const css = (dir: string) =>
      readdirSync(join(extensionDir, dir))
        .filter((n) => n.endsWith(".css"))
        .map((n) => readFileSync(join(extensionDir, dir, n), "utf8"))
        .join("\n");
    const viewerCss = css("assets");
    const contentCss = css("content-scripts");
    for (const category of CATEGORIES) {
      const rule = new RegExp(`::highlight\\(defence-lens-${category}\\)\\{[^}]*\\}`).exec(contentCss)?.[0];
      expect(rule, category).toBeDefined();
      expect(viewerCss).toContain(rule);
    }
  });

  test("hovering a name shows the same card, and its Read in the source shows that quote as a history entry", async ({
    page,
    extensionId,
  }) => {
    const doc = "001_2efd3b04a8c7435c.txt";
    await openViewer(page, viewer(extensionId, `?doc=${doc}&claim=business-roundtable-2020`));
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    await hoverText(page, "Jüri Ratas");
    const card = page.locator("defence-lens-card .card");
    await expect(card.locator("h2")).toHaveText("Jüri Ratas");
    await expect(card).toContainText("Prime Minister of Estonia");
    const first = card.locator(".evidence").first();
    const statement = await card.locator(".statement").first().textContent();
    const claim = factBase.claims.find((c) => c.statement === statement);
    expect(claim).toBeDefined();
    await first.getByRole("button", { name: "Read in the source" }).click();
    const target = claim?.evidence[0]?.document as string;
    await expect(page).toHaveURL(new RegExp(`doc=${target.replace(".", "\\.")}&claim=${claim?.id}$`));
    expect(await markedText(page)).toBe(expectedQuote(claim?.id as string, target));
    await expect(page.locator("defence-lens-card")).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/claim=business-roundtable-2020$/);
    expect(await markedText(page)).toBe(expectedQuote("business-roundtable-2020", doc));
    expect(await firstQuoteFocusedInView(page)).toEqual({ focused: true, inView: true });
  });

  test("without a claim every quote is a button; Tab moves through them, Enter shows the claim, Back returns", async ({
    page,
    extensionId,
  }) => {
    const doc = "000_242c52d79b6009e6.txt";
    await openViewer(page, viewer(extensionId, `?doc=${doc}`));
    const quoted = factBase.claims.filter((c) => c.evidence.some((e) => e.document === doc));
    const marks = page.locator("mark.quote");
    // Every claim's quote is highlighted: each one's text lies within the marked pieces, in order.
    const text = fileText(doc);
    const marked = await marks.evaluateAll((ms) => ms.map((m) => m.textContent ?? ""));
    for (const c of quoted)
      for (const e of c.evidence.filter((x) => x.document === doc)) expect(marked.join("")).toContain(e.quote);
    expect(marked.join("").length).toBeLessThanOrEqual(text.length);
    await expect(marks.first()).toHaveAttribute("role", "button");
    await expect(page.getByRole("navigation").getByRole("listitem")).toHaveCount(quoted.length);

    // Tab from the top of the page: the quotes come first, in document order.
    await page.locator("h1").evaluate((h) => {
      h.tabIndex = -1;
      h.focus();
    });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.claims ?? ""));
    }
    const expected = await marks.evaluateAll((ms) =>
      ms
        .filter((m) => (m as HTMLElement).tabIndex === 0)
        .slice(0, 3)
        .map((m) => (m as HTMLElement).dataset.claims ?? ""),
    );
    expect(order).toEqual(expected);
    const chosen = (order[2] ?? "").split(" ")[0] as string;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`claim=${chosen}$`));
    await expect(page.locator("#claim-statement")).toHaveText(
      factBase.claims.find((c) => c.id === chosen)?.statement as string,
    );
    expect(await markedText(page)).toBe(expectedQuote(chosen, doc));
    expect(await firstQuoteFocusedInView(page)).toEqual({ focused: true, inView: true });

    // Another claim from the list, then back to the first, then back to every quote.
    const other = quoted.find((c) => c.id !== chosen) as (typeof quoted)[number];
    await page.getByRole("navigation").getByRole("link", { name: other.statement }).click();
    await expect(page).toHaveURL(new RegExp(`claim=${other.id}$`));
    expect(await markedText(page)).toBe(expectedQuote(other.id, doc));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`claim=${chosen}$`));
    expect(await markedText(page)).toBe(expectedQuote(chosen, doc));
    expect(await firstQuoteFocusedInView(page)).toEqual({ focused: true, inView: true });
    await page.goBack();
    await expect(page).not.toHaveURL(/claim=/);
    await expect(marks.first()).toHaveAttribute("role", "button");
  });

  test("a bad address says what is wrong and lists the documents", async ({ page, extensionId }) => {
    const doc = "003_22c2670c1b089195.txt";
    const elsewhere = factBase.claims.find((c) => c.evidence.every((e) => e.document !== doc)) as {
      id: string;
      evidence: { document: string }[];
    };
    const cases: [string, RegExp][] = [
      ["", /names no document/],
      ["?doc=nothing-here.txt", /no document “nothing-here\.txt”/],
      [`?doc=${doc}&claim=no-such-claim`, /no claim “no-such-claim”/],
      [`?doc=${doc}&claim=${elsewhere.id}`, /quotes nothing from/],
    ];
    for (const [query, message] of cases) {
      await openViewer(page, viewer(extensionId, query));
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.getByRole("alert")).toHaveText(message);
      await expect(page.locator("mark")).toHaveCount(0);
      const list = page.getByRole("navigation", { name: /The source documents/ });
      await expect(list.getByRole("link")).toHaveText(factBase.documents.map((d) => d.title));
    }
    // The claim's own document is offered, and a document of the list opens.
    await expect(page.getByRole("alert").getByRole("link").first()).toHaveAttribute(
      "href",
      `?doc=${encodeURIComponent(elsewhere.evidence[0]?.document as string)}&claim=${elsewhere.id}`,
    );
    await page.getByRole("navigation").getByRole("link", { name: factBase.documents[0]?.title }).click();
    await expect(page.locator("h1")).toHaveText(factBase.documents[0]?.title as string);
    await expect(page.locator("mark.quote").first()).toBeVisible();
  });

  test("a card's Read in the source on a web page opens the quote in a new tab", async ({ page, server }) => {
    await openAnnotated(page, `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`);
    await hoverText(page, "Jüri Ratas");
    const card = page.locator("defence-lens-card .card");
    await expect(card).toBeVisible();
    const statement = await card.locator(".statement").first().textContent();
    const claim = factBase.claims.find((c) => c.statement === statement);
    const doc = claim?.evidence[0]?.document as string;
    const opened = page.context().waitForEvent("page");
    await card.getByRole("button", { name: "Read in the source" }).first().click();
    const tab = await opened;
    await expect(tab.locator("#app")).toHaveAttribute("aria-busy", "false");
    expect(new URL(tab.url()).pathname).toBe("/source.html");
    expect(new URL(tab.url()).searchParams.get("doc")).toBe(doc);
    expect(new URL(tab.url()).searchParams.get("claim")).toBe(claim?.id);
    expect(await markedText(tab)).toBe(expectedQuote(claim?.id as string, doc));
    expect(await firstQuoteFocusedInView(tab)).toEqual({ focused: true, inView: true });
  });

  test("the popup's partnership lines open their quotes", async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const line = page
      .locator(".partnership .lines li")
      .filter({ has: page.locator("details.source") })
      .first();
    await line.locator("summary").click();
    const opened = page.context().waitForEvent("page");
    await line.getByRole("link", { name: "Read in the source" }).first().click();
    const tab = await opened;
    await expect(tab.locator("#app")).toHaveAttribute("aria-busy", "false");
    const url = new URL(tab.url());
    const [claim, doc] = [url.searchParams.get("claim") as string, url.searchParams.get("doc") as string];
    expect(factBase.claims.find((c) => c.id === claim)?.evidence.some((e) => e.document === doc)).toBe(true);
    expect(await markedText(tab)).toBe(expectedQuote(claim, doc));
  });

  test("the document texts are bundled for the viewer only, not in the content script", () => {
    const paragraph = fileText("003_22c2670c1b089195.txt").split("\n")[1] as string;
    expect(paragraph.length).toBeGreaterThan(80);
    const bundle = (dir: string) =>
      readdirSync(join(extensionDir, dir))
        .filter((n) => n.endsWith(".js"))
        .map((n) => readFileSync(join(extensionDir, dir, n), "utf8"));
    expect(bundle("content-scripts").some((code) => code.includes(paragraph.slice(0, 60)))).toBe(false);
    expect(bundle(".").some((code) => code.includes(paragraph.slice(0, 60)))).toBe(false);
    expect(bundle("chunks").filter((code) => code.includes(paragraph.slice(0, 60)))).toHaveLength(1);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme });
      for (const query of [
        "?doc=001_2efd3b04a8c7435c.txt&claim=ratas-macron-meeting-2020",
        "?doc=000_242c52d79b6009e6.txt",
        "?doc=unknown.txt",
      ]) {
        await openViewer(page, viewer(extensionId, query));
        await expect(page.locator("html")).toHaveAttribute("data-defence-lens", /ready|off/);
        expect(await axeViolations(page), query).toEqual([]);
      }
    });
  }
});
