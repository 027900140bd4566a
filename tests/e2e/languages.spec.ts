// Names as an Estonian, French or English reader meets them, on real pages in the browser: an Estonian article's
// inflected names highlighted with their category, a page that declares no language read by its text, and pages
// that only look as if they named something (an Estonian text about wheels, a council agenda from Paris, Texas).
import type { PageSummary } from "../../src/extension/messages";
import { expect, highlights, openAnnotated, tellTab, test } from "./harness";

test("an Estonian article gets its inflected names highlighted, each with its category", async ({
  page,
  server,
  background,
}) => {
  await openAnnotated(page, `${server.origin}/pages/estonian.html`);
  const expected: Record<string, [string, string][]> = {
    "#title": [
      ["Ratas", "person"],
      ["Macron", "person"],
      ["Pariisis", "place"],
      ["strateegilise partnerluse", "event"],
    ],
    "#lead": [
      ["Jüri Ratas", "person"],
      ["Pariisis", "place"],
      ["Emmanuel Macroniga", "person"],
      ["Prantsusmaa", "country"],
      ["Eestit", "country"],
    ],
    // "Prantsuse" (French, the adjective) is no country; the battle group is the one in Estonia, named beside it.
    "#tapa": [
      ["Ratase", "person"],
      ["Tapal", "place"],
      ["NATO lahingugrupis", "military"],
      ["Eesti", "country"],
    ],
    // "Euroopa Liidu" is the EU, not Europe; "ELi" the EU in Estonian.
    "#eu": [
      ["Euroopa Liidu", "organization"],
      ["Valgevenes", "country"],
      ["Venemaaga", "country"],
      ["ELi", "organization"],
      ["Ratas", "person"],
    ],
    // Eesti Pank (here in the genitive) and Eesti Energia are a bank and a company, not the country.
    "#business": [
      ["Airbusi", "company"],
      ["MBDA", "company"],
    ],
    // The national opera is named Estonia; Tallinn takes its case ending.
    "#culture": [["Tallinnas", "place"]],
  };
  for (const [selector, want] of Object.entries(expected))
    expect(await highlights(page, selector), selector).toEqual(want);
  // Nothing else on the page: the masthead and the navigation (the site's furniture) are left alone.
  expect(await highlights(page)).toEqual(Object.values(expected).flat());
  const summary = await tellTab<PageSummary>(page, background, { type: "summary" });
  expect(summary.entities.map((e) => e.id).sort()).toEqual(
    [
      "airbus",
      "belarus",
      "emmanuel-macron",
      "estonia",
      "estonia-france-strategic-partnership",
      "european-union",
      "france",
      "juri-ratas",
      "mbda",
      "nato-battle-group-estonia",
      "paris",
      "russia",
      "tallinn",
      "tapa",
    ].sort(),
  );
});

test("a page that declares no language is read by its text: Estonian endings and EL count", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/estonian-undeclared.html`);
  expect(await highlights(page)).toEqual([
    ["Emmanuel Macroniga", "person"],
    ["ELi", "organization"],
    ["Prantsusmaa", "country"],
    ["Eesti", "country"],
    ["Valgevenes", "country"],
  ]);
});

test("an Estonian page about wheels: 'Ratas' and 'Tapa' are words there, and Eesti does not make them names", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/estonian-wheel.html`);
  expect(await highlights(page)).toEqual([["Eesti", "country"]]);
});

test("a council agenda from Paris, Texas gets no highlight of the French capital", async ({ page, server }) => {
  await openAnnotated(page, `${server.origin}/pages/paris-texas.html`);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
  expect(await highlights(page)).toEqual([]);
});

test("an Estonian page tagged as English, and an Estonian paragraph in an English section, keep their endings", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/estonian-mislabelled.html`);
  const expected: Record<string, [string, string][]> = {
    "#title": [
      ["Tallinnast", "place"],
      ["Pariisi", "place"],
    ],
    "#trip": [
      ["Tallinnast", "place"],
      ["Pariisi", "place"],
      ["Eestist", "country"],
      ["Prantsusmaale", "country"],
      ["Emmanuel Macroniga", "person"],
    ],
    // Eesti Panga is a bank's; Prantsusmaa before the Alps is France.
    "#evening": [
      ["Pariisis", "place"],
      ["Prantsusmaa", "country"],
    ],
    // A wheel at the start of a sentence, on a page that names Macron elsewhere.
    "#wheel": [],
    "#english": [
      ["Estonia", "country"],
      ["France", "country"],
      ["Paris", "place"],
    ],
    "#quote": [
      ["Pariisis", "place"],
      ["Macroniga", "person"],
      ["Tallinnasse", "place"],
    ],
  };
  for (const [selector, want] of Object.entries(expected))
    expect(await highlights(page, selector), selector).toEqual(want);
});

test("an article on Paris, France keeps its Paris though it names a Texas-based firm and Paris, Texas once", async ({
  page,
  server,
}) => {
  await openAnnotated(page, `${server.origin}/pages/paris-france.html`);
  expect(await highlights(page)).toEqual([
    ["Paris", "place"],
    ["Paris", "place"],
    ["President Emmanuel Macron", "person"],
    ["France", "country"],
    // Not "<a>Paris</a>, Texas": the cue stands beside it, across the link's edge.
    ["Paris", "place"],
  ]);
  expect(await highlights(page, "#aside")).toEqual([]);
});
