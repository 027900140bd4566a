// The options page: where it runs (everywhere, the sites where it is off), what it highlights (each category, claims,
// and which claim sentences are underlined), the names the reader hid or corrected from a card, and the keyboard
// command's current key. Every change is stored at once and applied by every open tab.
import { CATEGORIES, type Category } from "../../facts/types";
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
import { CATEGORY_LABEL } from "../labels";

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

const UNDERLINE_LABEL: Record<ClaimUnderline, string> = {
  differences: "Differences only: sentences that differ from the fact base",
  all: "Differences and agreements",
};

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

export function optionsView(settings: Settings, shortcut: Shortcut, change: ChangeSettings): HTMLElement[] {
  const categories = CATEGORIES.map((c: Category) =>
    checkbox(`show-${c}`, [categoryMark(c), CATEGORY_LABEL[c]], settings.show[c], (on) =>
      change((s) => ({ ...s, show: { ...s.show, [c]: on } })),
    ),
  );
  const hidden = (e: HiddenName) => `${e.name} on ${e.site}`;
  const notThis = (e: NotThisEntity) => `“${e.alias}” is not ${e.name} on ${e.site}`;
  return [
    h(
      "section",
      { "aria-labelledby": "where-title" },
      h("h2", { id: "where-title" }, "Where it runs"),
      checkbox("enabled", ["On everywhere"], settings.enabled, (on) => change((s) => ({ ...s, enabled: on }))),
      h("h3", { id: "sites-title" }, "Sites where it is off"),
      entryList(
        "sites",
        [...settings.disabledSites].sort(),
        "None: it runs on every site. Switch it off for a site from the toolbar button.",
        (site) => site,
        (site) => ({
          label: "Turn on again",
          name: `Turn on again on ${site}`,
          remove: () => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) })),
        }),
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "what-title" },
      h("h2", { id: "what-title" }, "What it highlights"),
      h("fieldset", {}, h("legend", {}, "Names, by category"), categories),
      h(
        "fieldset",
        {},
        h("legend", {}, "Claims"),
        checkbox("show-claims", ["Claims the fact base records"], settings.show.claims, (on) =>
          change((s) => ({ ...s, show: { ...s.show, claims: on } })),
        ),
        h("p", { class: "meta", id: "underline-title" }, "Underline:"),
        h(
          "div",
          { role: "radiogroup", "aria-labelledby": "underline-title" },
          CLAIM_UNDERLINES.map((u) =>
            radio("underline", `underline-${u}`, UNDERLINE_LABEL[u], settings.claimUnderline === u, () =>
              change((s) => ({ ...s, claimUnderline: u })),
            ),
          ),
        ),
        h("p", { class: "meta" }, "The annotations panel and the toolbar button's list show every claim either way."),
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "feedback-title" },
      h("h2", { id: "feedback-title" }, "Names you corrected"),
      h("p", { class: "meta" }, "From a name's card: “Hide this name on this site” and “Not … here”."),
      h("h3", {}, "Hidden names"),
      entryList("hidden-names", bySite(settings.hiddenNames), "None.", hidden, (e) => ({
        label: "Show again",
        name: `Show again: ${hidden(e)}`,
        remove: () => change((s) => withHiddenName(s, e, false)),
      })),
      h("h3", {}, "Not this entity"),
      entryList("not-this-entity", bySite(settings.notThisEntity), "None.", notThis, (e) => ({
        label: "Undo",
        name: `Undo: ${notThis(e)}`,
        remove: () => change((s) => withNotThisEntity(s, e, false)),
      })),
    ),
    h(
      "section",
      { "aria-labelledby": "keys-title" },
      h("h2", { id: "keys-title" }, "Keyboard"),
      h(
        "p",
        {},
        "The annotations panel (every name and claim on the page, in reading order): ",
        shortcut.shortcut
          ? h("kbd", { id: "shortcut" }, shortcut.shortcut)
          : h("span", { id: "shortcut" }, "no key set"),
        ".",
      ),
      shortcut.change ? changeButton(shortcut.change) : null,
      h("p", { class: "meta" }, shortcut.howTo),
    ),
  ];
}

function changeButton(open: () => void): HTMLElement {
  const b = h("button", { type: "button", id: "change-shortcut" }, "Change the key…");
  b.addEventListener("click", open);
  return b;
}
