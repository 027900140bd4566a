// The popup's switches, in its header: on for this site and on everywhere (the first Tab stops), and each highlight
// category (claims included) as a row of switches that is one Tab stop, arrow keys between them.

import { t } from "../../i18n";
import { type Settings, TOGGLES, type Toggle } from "../../settings/model";
import { h } from "../dom";
import { categoryLabel } from "../labels";
import { roving } from "./roving";

/** A switch's name: its category's, or "Claims". */
export function toggleLabel(toggle: Toggle): string {
  return toggle === "claims" ? t("toggle_claims") : categoryLabel(toggle);
}

/** How the stored settings change: applied to them as they are when it runs, not to a view's copy. */
export type ChangeSettings = (update: (current: Settings) => Settings) => void;

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  onChange: (on: boolean) => void,
  extra?: Node,
): { box: HTMLElement; input: HTMLInputElement } {
  const input = h("input", { type: "checkbox", id }) as HTMLInputElement;
  input.checked = checked;
  input.addEventListener("change", () => onChange(input.checked));
  return { box: h("div", { class: "switch" }, input, h("label", { for: id }, extra ?? null, label)), input };
}

/**
 * Where it runs: "On for <host>" (absent without a web page) and "On everywhere". `change` is given how to change the
 * stored settings (two switches flipped in quick succession both count).
 */
export function switchesView(settings: Settings, host: string | null, change: ChangeSettings): HTMLElement {
  const onHere = host !== null && !settings.disabledSites.includes(host);
  const site = host
    ? checkbox("site", t("popup_onForSite", { host }), onHere, (on) =>
        change((current) => ({
          ...current,
          disabledSites: on ? current.disabledSites.filter((s) => s !== host) : [...current.disabledSites, host],
        })),
      ).box
    : null;
  const everywhere = checkbox("enabled", t("popup_onEverywhere"), settings.enabled, (on) =>
    change((current) => ({ ...current, enabled: on })),
  ).box;
  return h("div", { class: "switches", role: "group", "aria-label": t("popup_whereItRuns") }, site, everywhere);
}

/** What it highlights: one switch per category and one for claims, each with its colour; one Tab stop. */
export function categoriesView(settings: Settings, change: ChangeSettings): HTMLElement {
  const boxes = TOGGLES.map((toggle) =>
    checkbox(
      `show-${toggle}`,
      toggleLabel(toggle),
      settings.show[toggle],
      (on) => change((current) => ({ ...current, show: { ...current.show, [toggle]: on } })),
      h("span", { class: "swatch", "data-category": toggle, "aria-hidden": "true" }),
    ),
  );
  const focused = boxes.findIndex((b) => b.input.id === document.activeElement?.id);
  return roving(
    h(
      "div",
      { class: "categories", role: "toolbar", "aria-label": t("popup_whatItHighlights") },
      boxes.map((b) => b.box),
    ),
    boxes.map((b) => b.input),
    focused,
  );
}
