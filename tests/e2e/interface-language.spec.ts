// The interface in the reader's language: with Chromium's UI language French, then Estonian, a name's card, the popup,
// the options page and the Markdown export speak it, with none of the English catalogue's words left in them; axe
// finds no violation in any. And the options page's choice overrides the browser's language at once.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { PageSummary } from "../../src/extension/messages";
import { factBase } from "../../src/facts";
import { CATALOGUES, formatIsoDate, type Language, setLanguage, t } from "../../src/i18n";
import { expect, hoverText, openAnnotated, openPopup, stubClipboard, tellTab, test } from "./harness";

/** Every text of the fact base itself (names, statements, descriptions, documents…): English unless translated. */
const FACT_TEXTS = [
  ...factBase.entities.flatMap((e) => [e.name, e.description]),
  ...factBase.claims.flatMap((c) => [
    c.statement,
    c.supportReason,
    ...c.areas,
    ...c.evidence.map((e) => e.quote),
    ...c.when.flatMap((w) => [w.of ?? "", w.per ?? ""]),
    c.quantity?.counts ?? "",
    c.counter?.note ?? "",
  ]),
  ...factBase.documents.flatMap((d) => [d.title, d.origin, d.kind, d.dateFrom ?? "", d.dateNote ?? "", ...d.reasons]),
  ...factBase.partnerships.map((p) => p.name),
]
  .filter((s) => s.length > 0)
  .sort((a, b) => b.length - a.length);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English catalogue's words found in `text`, once the fact base's own text and `also` (the page's sentences) are
 * taken out: each English message's fixed parts (between its placeholders) of four letters or more, where the language
 * says it otherwise (a part the language's catalogue holds too, such as "Defence Lens", is no English left).
 */
function englishLeft(text: string, lang: Language, also: string[] = []): string[] {
  let rest = text;
  // The longest first, so that a short text inside a longer one leaves none of it behind.
  for (const s of [...also, ...FACT_TEXTS].sort((a, b) => b.length - a.length)) rest = rest.split(s).join(" ");
  const theirs = Object.values(CATALOGUES[lang]).join("\n");
  const parts = new Set<string>();
  for (const [key, message] of Object.entries(CATALOGUES.en)) {
    if (CATALOGUES[lang][key] === message) continue;
    for (const part of message.split(/\{\w+\}/)) {
      const p = part.replace(/^[\s.,;:·()“”]+|[\s.,;:·()“”]+$/g, "");
      if (p.length >= 4 && /\p{L}{4}/u.test(p) && !theirs.includes(p)) parts.add(p);
    }
  }
  return [...parts].filter((p) => new RegExp(`(?<!\\p{L})${escapeRegExp(p)}(?!\\p{L})`, "u").test(rest));
}

async function noAxeViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The words the open card shows (its stylesheet left out). */
const cardText = (page: Page) => page.locator("defence-lens-card .card").innerText();

/** In `lang`, a message of the catalogue (the test's own look-up, as the extension's). */
function said(lang: Language, key: Parameters<typeof t>[0], vars?: Record<string, string | number>): string {
  setLanguage(lang);
  try {
    return t(key, vars);
  } finally {
    setLanguage("en");
  }
}

for (const lang of ["fr", "et"] as const) {
  test.describe(`with the browser in ${lang === "fr" ? "French" : "Estonian"}`, () => {
    test.use({ uiLocale: lang });

    test("a name's card, the popup, the options page and the export speak it, with no English left", async ({
      page,
      server,
      background,
      extensionId,
    }) => {
      const url = `${server.origin}/pages/claims.html`;
      await openAnnotated(page, url);
      // The page's own words: its title, its lines, and the claim sentences the extension read in them.
      const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
      const pageText = [
        ...(await page.evaluate(() => [
          document.title,
          ...document.body.innerText.split(/\n+/).filter((l) => l.trim()),
        ])),
        ...summary.claims.map((c) => c.sentence),
      ];

      // The card of a name: its category, its mentions, the fact base's records, in the language; the entity's
      // description in its translation from corpus/facts.yaml.
      await hoverText(page, "Estonia");
      const card = page.locator("defence-lens-card");
      await expect(card.locator(".card")).toBeVisible();
      const estonia = factBase.entities.find((e) => e.id === "estonia");
      expect(estonia?.translations?.[lang]).toBeTruthy();
      await expect(card.locator(".card")).toContainText(estonia?.translations?.[lang] ?? "");
      await expect(card.locator(".card")).toContainText(said(lang, "category_country"));
      expect(englishLeft(await cardText(page), lang, pageText)).toEqual([]);
      await noAxeViolations(page, "defence-lens-card");
      await page.keyboard.press("Escape");

      // A claim sentence's card that differs: its verdict and the lines on what was compared.
      const differing = summary.claims.find((c) => c.status === "conflict" && c.differences.length > 0);
      const word = differing?.sentence.match(/(?<!\p{L})\p{Ll}{5,}(?!\p{L})/u)?.[0];
      expect(word).toBeTruthy();
      await page.mouse.move(0, 0);
      // The word's occurrence in that sentence: how many times the page's text has it before the sentence.
      const nth = await page.evaluate(
        ({ sentence, w }) => {
          const text = document.body.textContent ?? "";
          return text.slice(0, text.indexOf(sentence)).split(w).length - 1;
        },
        { sentence: differing?.sentence ?? "", w: word ?? "" },
      );
      await hoverText(page, word ?? "", nth);
      await expect(card.locator(".card h2")).toHaveText(
        new RegExp(
          `^(${[said(lang, "claim_headingDiffers"), said(lang, "claim_headingDenies"), said(lang, "claim_headingDiffersUnverified"), said(lang, "claim_headingDeniesUnverified")].join("|")})$`,
        ),
      );
      expect(englishLeft(await cardText(page), lang, pageText)).toEqual([]);
      await noAxeViolations(page, "defence-lens-card");
      await page.keyboard.press("Escape");

      // The popup: its summary line, header, tabs and both panels.
      const { popup } = await openPopup(page, background, extensionId, stubClipboard);
      await expect(popup.locator("html")).toHaveAttribute("lang", lang);
      await expect(popup.getByRole("tab", { name: said(lang, "popup_tabPage") })).toBeVisible();
      await expect(popup.locator("#summary")).toContainText(lang === "fr" ? "affirmations" : "väidet");
      const pageTab = await popup.locator("body").innerText();
      await popup.getByRole("tab", { name: said(lang, "popup_tabPartnerships") }).click();
      const partnerships = await popup.locator("body").innerText();
      expect(englishLeft(`${pageTab}\n${partnerships}`, lang, pageText)).toEqual([]);
      await noAxeViolations(popup);

      // The export: its headings and lines in the language, today's date written as the language writes it.
      await popup.getByRole("button", { name: said(lang, "popup_copyName") }).click();
      await expect(popup.locator("#copy-status")).toHaveText(said(lang, "popup_copied"));
      const md = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
      setLanguage(lang);
      const today = formatIsoDate(new Date().toISOString().slice(0, 10));
      setLanguage("en");
      expect(md).toContain(`## ${said(lang, "export_differences")}`);
      expect(md).toContain(`## ${said(lang, "export_sources")}`);
      expect(md).toContain(today);
      // The text as a reader sees it: Markdown's escapes and the links' addresses (ids, not words) taken out.
      expect(englishLeft(md.replace(/<[^>\s]+>/g, " ").replace(/\\(.)/g, "$1"), lang, pageText)).toEqual([]);

      // The options page.
      const options = await page.context().newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator("main")).toHaveAttribute("aria-busy", "false");
      await expect(options.locator("html")).toHaveAttribute("lang", lang);
      await expect(options.locator("h1")).toHaveText(said(lang, "options_heading"));
      expect(englishLeft(await options.locator("body").innerText(), lang)).toEqual([]);
      await noAxeViolations(options);
    });

    test("the source viewer and the first-run page speak it too (the first-run sample stays an English article)", async ({
      page,
      extensionId,
    }) => {
      const claim = factBase.claims.find((c) => c.translations?.[lang]);
      const doc = claim?.evidence[0]?.document;
      expect(claim && doc).toBeTruthy();
      await page.goto(`chrome-extension://${extensionId}/source.html?doc=${doc}&claim=${claim?.id}`);
      await expect(page.locator("#app")).toHaveAttribute("aria-busy", "false");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("#claim-statement")).toHaveText(claim?.translations?.[lang] ?? "");
      const documentText = await page.locator(".doc-text").innerText();
      const viewer = (await page.locator("body").innerText()).replace(documentText, " ");
      expect(englishLeft(viewer, lang)).toEqual([]);
      await noAxeViolations(page);

      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("h1")).toHaveText(said(lang, "welcome_title"));
      const sample = await page.locator("#sample").innerText();
      expect(englishLeft((await page.locator("body").innerText()).replace(sample, " "), lang)).toEqual([]);
      await noAxeViolations(page);
    });
  });
}

test("the options page's language overrides the browser's, at once, in the options, the cards and the popup", async ({
  page,
  server,
  background,
  extensionId,
}) => {
  await openAnnotated(page, `${server.origin}/pages/hover.html`);
  await hoverText(page, "Jüri Ratas");
  const card = page.locator("defence-lens-card .card");
  await expect(card).toContainText(said("en", "category_person"));
  await page.keyboard.press("Escape");

  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator("h1")).toHaveText("Defence Lens options");
  const choice = options.getByLabel("Language of Defence Lens");
  await choice.focus();
  await choice.selectOption("et");
  // The page speaks Estonian at once, and keeps the focus on the choice.
  await expect(options.locator("h1")).toHaveText(said("et", "options_heading"));
  await expect(options.locator("html")).toHaveAttribute("lang", "et");
  await expect(options.locator("#language")).toBeFocused();
  expect(englishLeft(await options.locator("body").innerText(), "et")).toEqual([]);

  // The open tab's next card is in Estonian, without a reload; so is its panel.
  await page.bringToFront();
  // The pointer leaves the name and comes back: the card is built again.
  await page.mouse.move(0, 0);
  await hoverText(page, "Jüri Ratas");
  await expect(card).toContainText(said("et", "category_person"));
  const pageText = await page.evaluate(() => document.body.innerText.split(/\n+/).filter((l) => l.trim()));
  expect(englishLeft(await cardText(page), "et", pageText)).toEqual([]);
  await page.keyboard.press("Escape");
  await tellTab(page, background, { type: "panel" });
  await expect(page.locator("defence-lens-panel h2")).toHaveText(said("et", "panel_title"));

  // The popup opens in it.
  const { popup } = await openPopup(page, background, extensionId);
  await expect(popup.getByRole("tab", { name: said("et", "popup_tabPage") })).toBeVisible();

  // And back to the browser's language (English here).
  await options.bringToFront();
  await options.getByLabel(said("et", "options_languageLabel").replace(/:$/, "")).selectOption("auto");
  await expect(options.locator("h1")).toHaveText("Defence Lens options");
});
