// The options page: where it runs (everywhere, the sites where it is off), what it highlights (each category, claims,
// and which claim sentences are underlined), the names the reader hid or corrected from a card, and the keyboard
// command's current key. Every change is stored at once and applied by every open tab.
import { CATEGORIES, type Category } from "../../facts/types";
import { LANGUAGES, type Language, type LanguageSetting, t } from "../../i18n";
import {
  CLAIM_UNDERLINES,
  type ClaimUnderline,
  type HiddenName,
  type NotThisEntity,
  type Settings,
  withHiddenName,
  withNotThisEntity,
} from "../../settings/model";
import { categoryMark } from "../category-mark";
import { h } from "../dom";
import { categoryLabel } from "../labels";

/** The keyboard command as the browser reports it: its shortcut ("Alt+Shift+L"), empty when none is set. */
export interface Shortcut {
  shortcut: string;
  /** Opens the browser's page for changing it, where the extension can (Chrome's); absent elsewhere. */
  change?: () => void;
  /** How to change it in words, for browsers whose shortcuts page an extension cannot open (Firefox). */
  howTo: string;
}

/** Applies a change to the stored settings as they are when it runs (not to this view's copy). */
export type ChangeSettings = (update: (current: Settings) => Settings) => void;

const UNDERLINE_KEY = {
  differences: "options_underlineDifferences",
  all: "options_underlineAll",
} as const satisfies Record<ClaimUnderline, string>;

/** Each language named in itself, as a reader looks for their own: never translated. */
const LANGUAGE_NAME: Record<Language, string> = { en: "English", fr: "Français", et: "Eesti" };

function checkbox(
  id: string,
  label: (Node | string)[],
  checked: boolean,
  onChange: (on: boolean) => void,
): HTMLElement {
  const input = h("input", { type: "checkbox", id }) as HTMLInputElement;
  input.checked = checked;
  input.addEventListener("change", () => onChange(input.checked));
  return h("div", { class: "switch" }, input, h("label", { for: id }, label));
}

function radio(name: string, id: string, label: string, checked: boolean, onPick: () => void): HTMLElement {
  const input = h("input", { type: "radio", name, id }) as HTMLInputElement;
  input.checked = checked;
  input.addEventListener("change", () => {
    if (input.checked) onPick();
  });
  return h("div", { class: "switch" }, input, h("label", { for: id }, label));
}

/** A list of entries, each with its button to take it back out, or a line saying there are none. */
function entryList<T>(
  id: string,
  entries: T[],
  empty: string,
  describe: (entry: T) => string,
  button: (entry: T) => { label: string; name: string; remove: () => void },
): HTMLElement {
  // The list takes the focus (tabindex -1) when its last entry goes, so the keyboard is not sent back to the top.
  if (entries.length === 0) return h("p", { class: "meta", id, tabindex: "-1" }, empty);
  return h(
    "ul",
    { class: "entries", id, tabindex: "-1" },
    entries.map((entry, i) => {
      const { label, name, remove } = button(entry);
      const b = h("button", { type: "button", id: `${id}-${i}`, "aria-label": name }, label);
      b.addEventListener("click", remove);
      return h("li", {}, h("span", {}, describe(entry)), b);
    }),
  );
}

const bySite = <T extends { site: string }>(list: T[]) => [...list].sort((a, b) => a.site.localeCompare(b.site));

/**
 * The interface's language: the browser's (`browserLanguage`, what "auto" picks now, named) or one of ours; the page
 * and every view opened afterwards speak it at once.
 */
function languageSelect(settings: Settings, browserLanguage: Language, change: ChangeSettings): HTMLElement {
  const select = h(
    "select",
    { id: "language" },
    h("option", { value: "auto" }, t("options_languageAuto", { language: LANGUAGE_NAME[browserLanguage] })),
    LANGUAGES.map((l) => h("option", { value: l, lang: l }, LANGUAGE_NAME[l])),
  ) as HTMLSelectElement;
  select.value = settings.language;
  select.addEventListener("change", () => {
    const language = select.value as LanguageSetting;
    change((s) => ({ ...s, language }));
  });
  return h("p", {}, h("label", { for: "language" }, t("options_languageLabel")), " ", select);
}

/**
 * The options page's sections. `browserLanguage` is the language "auto" gives in this browser (its UI language, or
 * English).
 */
export function optionsView(
  settings: Settings,
  shortcut: Shortcut,
  change: ChangeSettings,
  browserLanguage: Language = "en",
): HTMLElement[] {
  const categories = CATEGORIES.map((c: Category) =>
    checkbox(`show-${c}`, [categoryMark(c), categoryLabel(c)], settings.show[c], (on) =>
      change((s) => ({ ...s, show: { ...s.show, [c]: on } })),
    ),
  );
  const hidden = (e: HiddenName) => t("options_hiddenEntry", { name: e.name, site: e.site });
  const notThis = (e: NotThisEntity) => t("options_notThisEntry", { words: e.alias, name: e.name, site: e.site });
  return [
    h(
      "section",
      { "aria-labelledby": "where-title" },
      h("h2", { id: "where-title" }, t("popup_whereItRuns")),
      checkbox("enabled", [t("popup_onEverywhere")], settings.enabled, (on) => change((s) => ({ ...s, enabled: on }))),
      h("h3", { id: "sites-title" }, t("options_sitesOff")),
      entryList(
        "sites",
        [...settings.disabledSites].sort(),
        t("options_noSiteOff"),
        (site) => site,
        (site) => ({
          label: t("options_turnOn"),
          name: t("options_turnOnName", { site }),
          remove: () => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) })),
        }),
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "what-title" },
      h("h2", { id: "what-title" }, t("popup_whatItHighlights")),
      h("fieldset", {}, h("legend", {}, t("options_namesByCategory")), categories),
      h(
        "fieldset",
        {},
        h("legend", {}, t("toggle_claims")),
        checkbox("show-claims", [t("options_claimsSwitch")], settings.show.claims, (on) =>
          change((s) => ({ ...s, show: { ...s.show, claims: on } })),
        ),
        h("p", { class: "meta", id: "underline-title" }, t("options_underline")),
        h(
          "div",
          { role: "radiogroup", "aria-labelledby": "underline-title" },
          CLAIM_UNDERLINES.map((u) =>
            radio("underline", `underline-${u}`, t(UNDERLINE_KEY[u]), settings.claimUnderline === u, () =>
              change((s) => ({ ...s, claimUnderline: u })),
            ),
          ),
        ),
        h("p", { class: "meta" }, t("options_underlineNote")),
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "feedback-title" },
      h("h2", { id: "feedback-title" }, t("options_corrected")),
      h(
        "p",
        { class: "meta" },
        t("options_correctedNote", { hide: t("feedback_hide"), notThis: t("feedback_notThis", { name: "…" }) }),
      ),
      h("h3", {}, t("options_hiddenNames")),
      entryList("hidden-names", bySite(settings.hiddenNames), t("options_none"), hidden, (e) => ({
        label: t("options_showAgain"),
        name: t("options_showAgainName", { entry: hidden(e) }),
        remove: () => change((s) => withHiddenName(s, e, false)),
      })),
      h("h3", {}, t("options_notThisEntity")),
      entryList("not-this-entity", bySite(settings.notThisEntity), t("options_none"), notThis, (e) => ({
        label: t("feedback_undo"),
        name: t("options_undoName", { entry: notThis(e) }),
        remove: () => change((s) => withNotThisEntity(s, e, false)),
      })),
    ),
    h(
      "section",
      { "aria-labelledby": "keys-title" },
      h("h2", { id: "keys-title" }, t("options_keyboard")),
      h(
        "p",
        {},
        t("options_panelKey"),
        " ",
        shortcut.shortcut
          ? h("kbd", { id: "shortcut" }, shortcut.shortcut)
          : h("span", { id: "shortcut" }, t("options_noKey")),
        ".",
      ),
      shortcut.change ? changeButton(shortcut.change) : null,
      h("p", { class: "meta" }, shortcut.howTo),
    ),
    h(
      "section",
      { "aria-labelledby": "language-title" },
      h("h2", { id: "language-title" }, t("options_language")),
      languageSelect(settings, browserLanguage, change),
    ),
  ];
}

function changeButton(open: () => void): HTMLElement {
  const b = h("button", { type: "button", id: "change-shortcut" }, t("options_changeKey"));
  b.addEventListener("click", open);
  return b;
}
