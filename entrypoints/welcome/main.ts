// The first-run page (opened on install by the background): a sample article highlighted by a real page session,
// with the same matcher, highlights, cards and claim reader as on web pages, and the key to what they mean.
import { browser } from "wxt/browser";
import { readClaimsInBackground } from "~/src/extension/match-port";
import { readSettings, watchSettings } from "~/src/extension/settings-read";
import { applyUiLanguage } from "~/src/extension/ui-language";
import { factBase } from "~/src/facts";
import { CATEGORIES } from "~/src/facts/types";
import { t } from "~/src/i18n";
import { precompiledAutomaton } from "~/src/match";
import { compiledAliases } from "~/src/match/aliases.generated";
import { localNameFinder } from "~/src/match/name-finder";
import { PageSession } from "~/src/page/session";
import { type Settings, shownCategories } from "~/src/settings/model";
import { categoryMark } from "~/src/ui/category-mark";
import { h } from "~/src/ui/dom";
import { categoryLabel } from "~/src/ui/labels";
import { localizePage } from "~/src/ui/localize";
import { sessionViews } from "~/src/ui/session-views";

/** One well-known name per category, highlighted in the key as it would be on a page. */
const EXAMPLE: Record<(typeof CATEGORIES)[number], string> = {
  person: "Emmanuel Macron",
  country: "Estonia",
  organization: "NATO",
  military: "Operation Barkhane",
  company: "Nexter",
  place: "Tallinn",
  event: "Baltic Cyber Summit 2024",
};

let settings: Settings = await readSettings();
applyUiLanguage(settings, document);
localizePage(document);

document
  .getElementById("legend")
  ?.append(
    ...CATEGORIES.map((c) =>
      h("li", {}, categoryMark(c), `${categoryLabel(c)}: `, h("span", { lang: "en" }, EXAMPLE[c])),
    ),
  );

const commands = await browser.commands.getAll().catch(() => []);
const key = commands.find((c) => c.name === "open-panel")?.shortcut;
const panelKey = document.getElementById("panel-key");
if (key && panelKey) panelKey.replaceChildren(t("welcome_panelKeyIs"), " ", h("kbd", {}, key), ".");
// Shown as the reader set it up (categories, claims), but here whatever the on/off switches say: it is the example.
const display = () => ({
  active: true,
  categories: shownCategories(settings),
  claims: settings.show.claims,
  agreements: settings.claimUnderline === "all",
});
const session = new PageSession(document, {
  names: localNameFinder(precompiledAutomaton(compiledAliases)),
  language: "en",
  judgeClaims: readClaimsInBackground,
  views: sessionViews(factBase),
});
void session.apply(display());
watchSettings((next) => {
  settings = next;
  void session.apply(display());
});
