// The popup's switches, in its header: on for this site and on everywhere (the first Tab stops), and each highlight
// category (claims included) as a row of switches that is one Tab stop, arrow keys between them.
import type { Category } from "../../facts/types";
import { type Settings, TOGGLES, type Toggle } from "../../settings/model";
import { h } from "../dom";
import { CATEGORY_LABEL } from "../labels";
import { roving } from "./roving";

const TOGGLE_LABEL: Record<Toggle, string> = { ...CATEGORY_LABEL, claims: "Claims" } as Record<
  Category | "claims",
  string
>;

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
    ? checkbox("site", `On for ${host}`, onHere, (on) =>
        change((current) => ({
          ...current,
          disabledSites: on ? current.disabledSites.filter((s) => s !== host) : [...current.disabledSites, host],
        })),
      ).box
    : null;
  const everywhere = checkbox("enabled", "On everywhere", settings.enabled, (on) =>
    change((current) => ({ ...current, enabled: on })),
  ).box;
  return h("div", { class: "switches", role: "group", "aria-label": "Where it runs" }, site, everywhere);
}

/** What it highlights: one switch per category and one for claims, each with its colour; one Tab stop. */
export function categoriesView(settings: Settings, change: ChangeSettings): HTMLElement {
  const boxes = TOGGLES.map((t) =>
    checkbox(
      `show-${t}`,
      TOGGLE_LABEL[t],
      settings.show[t],
      (on) => change((current) => ({ ...current, show: { ...current.show, [t]: on } })),
      h("span", { class: "swatch", "data-category": t, "aria-hidden": "true" }),
    ),
  );
  const focused = boxes.findIndex((b) => b.input.id === document.activeElement?.id);
  return roving(
    h(
      "div",
      { class: "categories", role: "toolbar", "aria-label": "What it highlights" },
      boxes.map((b) => b.box),
    ),
    boxes.map((b) => b.input),
    focused,
  );
}
