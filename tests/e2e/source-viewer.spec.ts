// The source viewer (source.html?doc=…&claim=…) in real Chromium: every claim's quote opens in its document,
// highlighted in place (mark.js, `<mark class="quote">`), in view and focused; the card's "Read in the source" and the
// popup's links open it; bad addresses list the documents; the back button returns to the previous quote; names are
// tinted as on web pages; no accessibility violation in light or dark.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CATEGORIES, factBase } from "../../src/facts";
import { capitalised, describeDocumentDate, quoted } from "../../src/ui/labels";
import { quoteAddress, sourcePath } from "../../src/ui/source-address";
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

/** The focused element as the viewer marks it: its key (start in the text), the quotes and claims it holds, in view? */
const focusedMark = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const r = a?.getBoundingClientRect();
    return {
      tag: a?.localName ?? "",
      key: a?.dataset.key ?? null,
      quotes: a?.dataset.quotes?.split(" ") ?? [],
      claims: a?.dataset.claims?.split(" ") ?? [],
      inView: r !== undefined && r.top >= 0 && r.bottom <= innerHeight,
    };
  });

/** Claims with more than one quote in one document, with that document. */
const quotedTwice = factBase.claims.flatMap((claim) =>
  [...new Set(claim.evidence.map((e) => e.document))]
    .filter((doc) => claim.evidence.filter((e) => e.document === doc).length > 1)
    .map((doc) => ({ claim, doc })),
);

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
      // The date in the words of every view (the card, the popup, the export): "Undated (2 April 2024, per …)".
      await expect(meta.locator("dd").nth(1)).toContainText(capitalised(describeDocumentDate(doc)));
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
    // The reader scrolled to the name (its first mention, in the heading): back returns there, the quote still focused.
    const scrolled = await page.evaluate(() => Math.round(scrollY));
    await first.getByRole("button", { name: "Read in the source" }).click();
    const target = claim?.evidence[0]?.document as string;
    // The card opens the first quote it shows; `quote=1` where the claim has another quote in that document.
    await expect(page).toHaveURL(new RegExp(`doc=${target.replace(".", "\\.")}&claim=${claim?.id}(&quote=1)?$`));
    expect(await markedText(page)).toBe(expectedQuote(claim?.id as string, target));
    await expect(page.locator("defence-lens-card")).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/claim=business-roundtable-2020$/);
    expect(await markedText(page)).toBe(expectedQuote("business-roundtable-2020", doc));
    expect((await firstQuoteFocusedInView(page)).focused).toBe(true);
    expect(await page.evaluate(() => Math.round(scrollY))).toBe(scrolled);
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
    const statement = factBase.claims.find((c) => c.id === elsewhere.id)?.statement as string;
    const cases: [string, RegExp][] = [
      ["?doc=nothing-here.txt", /no document “nothing-here\.txt”/],
      [`?doc=${doc}&claim=no-such-claim`, /no claim “no-such-claim”/],
      // The claim by its statement, as the reader knows it, not by its id.
      [
        `?doc=${doc}&claim=${elsewhere.id}`,
        new RegExp(`^The claim “${statement.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}” quotes nothing from`),
      ],
    ];
    for (const [query, message] of cases) {
      await openViewer(page, viewer(extensionId, query));
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.getByRole("alert")).toHaveText(message);
      await expect(page.locator("mark")).toHaveCount(0);
      const list = page.getByRole("navigation", { name: /The source documents/ });
      await expect(list.getByRole("link")).toHaveText(factBase.documents.map((d) => d.title));
    }
    // No address is the list of documents itself, not an error.
    await openViewer(page, viewer(extensionId, ""));
    await expect(page.locator("h1")).toHaveText("Source documents");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: /The source documents/ }).getByRole("link")).toHaveText(
      factBase.documents.map((d) => d.title),
    );
    await openViewer(page, viewer(extensionId, `?doc=${doc}&claim=${elsewhere.id}`));
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

  test("a claim's quotes in one document each have an address: the viewer focuses the one it names", async ({
    page,
    extensionId,
  }) => {
    expect(quotedTwice.length).toBeGreaterThan(0);
    for (const { claim, doc } of quotedTwice) {
      const text = fileText(doc);
      const here = claim.evidence.map((e, i) => ({ e, i })).filter(({ e }) => e.document === doc);
      const paths = here.map(({ i }) => sourcePath(quoteAddress(claim, i)));
      expect(new Set(paths).size, claim.id).toBe(here.length);
      for (const [n, { e, i }] of here.entries()) {
        const where = `${claim.id}, quote ${i + 1}`;
        await openViewer(page, `chrome-extension://${extensionId}/${paths[n]}`);
        // Every quote of the claim is highlighted; the one the address names is focused, in view, and marked current.
        expect(await markedText(page), where).toBe(expectedQuote(claim.id, doc));
        const focused = await focusedMark(page);
        expect(focused.tag, where).toBe("mark");
        expect(focused.quotes, where).toContain(String(i + 1));
        expect(Number(focused.key), where).toBeLessThanOrEqual(text.indexOf(e.quote));
        expect(focused.inView, where).toBe(true);
        await expect(page.locator(".side .evidence > li[aria-current=true] blockquote"), where).toHaveText(
          quoted(e.quote),
        );
      }
      // The other quote of the claim in this document is a link in the side column that goes to it, in place.
      const [, second] = here;
      await openViewer(page, viewer(extensionId, `?doc=${encodeURIComponent(doc)}&claim=${claim.id}`));
      await page
        .locator(".side .evidence > li")
        .nth(second?.i ?? 1)
        .getByRole("link")
        .click();
      await expect(page).toHaveURL(new RegExp(`quote=${(second?.i ?? 1) + 1}$`));
      expect((await focusedMark(page)).quotes).toContain(String((second?.i ?? 1) + 1));
    }
  });

  test("back and forward return to the quote the reader was on, and to where the page was scrolled", async ({
    page,
    extensionId,
  }) => {
    const doc = "000_242c52d79b6009e6.txt";
    await openViewer(page, viewer(extensionId, `?doc=${doc}`));
    await page.locator("h1").evaluate((h) => {
      h.tabIndex = -1;
      h.focus();
    });
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    const left = await focusedMark(page);
    expect(left.tag).toBe("mark");
    const claim = left.claims[0] as string;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`claim=${claim}`));
    await page.goBack();
    await expect(page).not.toHaveURL(/claim=/);
    // The very quote the reader pressed, focused and in view; not the top of the page.
    expect(await focusedMark(page)).toEqual({ ...left, inView: true });
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`claim=${claim}`));
    expect(await focusedMark(page)).toMatchObject({ tag: "mark", claims: [claim], inView: true });

    // "Show every quote of this document" lands on the claim's quote among all of them; back returns to the claim's.
    await page.getByRole("link", { name: "Show every quote of this document" }).click();
    await expect(page).not.toHaveURL(/claim=/);
    const among = await focusedMark(page);
    expect(among.tag).toBe("mark");
    expect(among.claims).toContain(claim);
    expect(among.inView).toBe(true);
    await page.goBack();
    expect(await focusedMark(page)).toMatchObject({ tag: "mark", claims: [claim], inView: true });

    // A scrolled page comes back scrolled as it was.
    const long = "001_2efd3b04a8c7435c.txt";
    await openViewer(page, viewer(extensionId, `?doc=${long}`));
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(() => page.evaluate(() => history.state?.scrollY)).toBe(900);
    await page.getByRole("navigation").getByRole("link").nth(3).click();
    await expect(page).toHaveURL(/claim=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/claim=/);
    expect(await page.evaluate(() => Math.round(scrollY))).toBe(900);
  });

  test("the claim already shown adds no history entry; the documents' list is a link away", async ({
    page,
    extensionId,
  }) => {
    const doc = "001_2efd3b04a8c7435c.txt";
    await openViewer(page, viewer(extensionId, `?doc=${doc}&claim=mali-cooperation`));
    const entries = await page.evaluate(() => history.length);
    await page.locator("a[aria-current=true]").click();
    await expect(page).toHaveURL(/claim=mali-cooperation$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await focusedMark(page)).toMatchObject({ tag: "mark", claims: ["mali-cooperation"], inView: true });

    await page.getByRole("link", { name: "Source documents" }).click();
    await expect(page.locator("h1")).toHaveText("Source documents");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.getByRole("navigation").getByRole("link", { name: factBase.documents[2]?.title }).click();
    await expect(page.locator("h1")).toHaveText(factBase.documents[2]?.title as string);
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/claim=mali-cooperation$/);
  });

  test("side by side, passages stay apart; one quoted for several claims offers each of them", async ({
    page,
    extensionId,
  }) => {
    const doc = "001_2efd3b04a8c7435c.txt";
    await openViewer(page, viewer(extensionId, `?doc=${doc}`));
    // Each passage's own edges are drawn, in a colour that stands out from the highlight (3:1, WCAG 1.4.11).
    const edges = await page.locator("mark.quote").evaluateAll((marks) => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] as number), 0);
      return marks.map((m) => {
        const style = getComputedStyle(m);
        const inset = /(rgba?\([^)]*\))[^,]*inset|inset[^,]*(rgba?\([^)]*\))/.exec(style.boxShadow);
        const edge = inset?.[1] ?? inset?.[2];
        if (!edge) return 0;
        const [a, b] = [lum(rgb(edge)), lum(rgb(style.backgroundColor))];
        return Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 10) / 10;
      });
    });
    expect(edges.length).toBeGreaterThan(10);
    expect(edges.filter((c) => c < 3)).toEqual([]);

    const shared = page.locator("mark.quote[aria-haspopup=dialog]").first();
    const claims = ((await shared.getAttribute("data-claims")) ?? "").split(" ");
    expect(claims.length).toBeGreaterThan(1);
    await shared.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("dialog", { name: new RegExp(`quoted for ${claims.length} claims`) });
    await expect(menu).toBeVisible();
    const statements = claims.map((id) => factBase.claims.find((c) => c.id === id)?.statement as string);
    await expect(menu.getByRole("link")).toHaveText(statements);
    await expect(menu.getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(shared).toBeFocused();
    // The second claim, chosen with the mouse, shows its quote.
    await shared.click();
    await menu.getByRole("link").nth(1).click();
    await expect(page).toHaveURL(new RegExp(`claim=${claims[1]}`));
    expect(await markedText(page)).toBe(expectedQuote(claims[1] as string, doc));
  });

  test("fits a narrow window: nothing scrolls sideways from 320 px", async ({ page, extensionId }) => {
    const queries = [
      "",
      "?doc=unknown.txt",
      ...factBase.documents.flatMap((d) => {
        const claim = factBase.claims.find((c) => c.evidence.some((e) => e.document === d.id));
        return [`?doc=${d.id}`, `?doc=${d.id}&claim=${claim?.id}`];
      }),
    ];
    for (const width of [320, 375, 480]) {
      await page.setViewportSize({ width, height: 700 });
      for (const query of queries) {
        await openViewer(page, viewer(extensionId, query));
        const over = await page.evaluate(() => {
          const out: string[] = [];
          if (document.documentElement.scrollWidth > innerWidth)
            out.push(`page ${document.documentElement.scrollWidth}`);
          for (const el of document.querySelectorAll("body *")) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > innerWidth + 0.5) out.push(`${el.localName}.${el.className}: ${r.right}`);
          }
          return out.slice(0, 5);
        });
        expect(over, `${width} px, ${query}`).toEqual([]);
      }
    }
  });

  test("the side column's numbers are whole, from 1 to the last, inside the column", async ({ page, extensionId }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const doc = factBase.documents.find(
      (d) => factBase.claims.filter((c) => c.evidence.some((e) => e.document === d.id)).length >= 10,
    );
    const claim = factBase.claims.find((c) => c.evidence.some((e) => e.document === doc?.id));
    await openViewer(page, viewer(extensionId, `?doc=${doc?.id}&claim=${claim?.id}`));
    const numbers = await page.locator(".claims li").evaluateAll((items) => {
      const column = (document.querySelector(".side-column") as HTMLElement).getBoundingClientRect();
      return items.map((li) => {
        // The text before the link, as drawn: a list marker outside the item could not be read here.
        const link = li.querySelector("a") as HTMLElement;
        const range = document.createRange();
        range.setStart(li, 0);
        range.setEndBefore(link);
        const r = range.getBoundingClientRect();
        return {
          text: range.toString().trim(),
          inside: r.width > 0 && r.left >= column.left && r.right <= column.right,
        };
      });
    });
    expect(numbers.length).toBeGreaterThanOrEqual(10);
    expect(numbers).toEqual(numbers.map((_, i) => ({ text: `${i + 1}.`, inside: true })));
  });

  test("a name's card counts its mentions in the document's text alone", async ({ page, extensionId }) => {
    const doc = "001_2efd3b04a8c7435c.txt";
    await openViewer(page, viewer(extensionId, `?doc=${doc}&claim=business-roundtable-2020`));
    await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
    const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const aliases = new Set(factBase.entities.find((e) => e.id === "juri-ratas")?.aliases.map((a) => fold(a.text)));
    const inText = (await highlights(page, ".doc-text")).filter(([t, c]) => c === "person" && aliases.has(fold(t)));
    const onPage = (await highlights(page)).filter(([t, c]) => c === "person" && aliases.has(fold(t)));
    // The heading, the details and the side column name him too: they are not the document's text.
    expect(onPage.length).toBeGreaterThan(inText.length);
    await page.locator(".doc-text").evaluate((el) => el.scrollIntoView());
    const box = await page.evaluate(() => {
      const text = document.querySelector(".doc-text") as HTMLElement;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? "").indexOf("Ratas");
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 5);
        range.startContainer.parentElement?.scrollIntoView({ block: "center" });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
    const card = page.locator("defence-lens-card .card");
    await expect(card.locator("h2")).toHaveText("Jüri Ratas");
    await expect(card).toContainText(`Mention 1 of ${inText.length} in this document.`);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme });
      for (const query of [
        "?doc=001_2efd3b04a8c7435c.txt&claim=ratas-macron-meeting-2020&quote=2",
        "?doc=000_242c52d79b6009e6.txt",
        "?doc=unknown.txt",
      ]) {
        await openViewer(page, viewer(extensionId, query));
        await expect(page.locator("html")).toHaveAttribute("data-defence-lens", /ready|off/);
        expect(await axeViolations(page), query).toEqual([]);
      }
    });

    test(`the list of documents and a shared passage's claims have no accessibility violations (${colorScheme})`, async ({
      page,
      extensionId,
    }) => {
      await page.emulateMedia({ colorScheme });
      await openViewer(page, viewer(extensionId, ""));
      expect(await axeViolations(page), "the list of documents").toEqual([]);
      // A passage quoted for several claims, its list of them open.
      await openViewer(page, viewer(extensionId, "?doc=001_2efd3b04a8c7435c.txt"));
      await expect(page.locator("html")).toHaveAttribute("data-defence-lens", /ready|off/);
      await page.locator("mark.quote[aria-haspopup=dialog]").first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await axeViolations(page), "the list of a shared passage's claims").toEqual([]);
    });
  }
});
