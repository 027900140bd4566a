// The popup's switches: on everywhere, on this site, and each highlight category (claims included).
import type { Category } from "../../facts/types";
import { type Settings, TOGGLES, type Toggle } from "../../settings/model";
import { h } from "../dom";
import { CATEGORY_LABEL } from "../labels";

const TOGGLE_LABEL: Record<Toggle, string> = { ...CATEGORY_LABEL, claims: "Claims" } as Record<
  Category | "claims",
  string
>;

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  onChange: (on: boolean) => void,
  extra?: Node,
): HTMLElement {
  const input = h("input", { type: "checkbox", id }) as HTMLInputElement;
  input.checked = checked;
  input.addEventListener("change", () => onChange(input.checked));
  return h("div", { class: "switch" }, input, h("label", { for: id }, extra ?? null, label));
}

/**
 * The popup's switches. `change` is given how to change the stored settings, applied to them as they are when it runs
 * (not to this view's copy): two switches flipped in quick succession both count.
 */
export function settingsView(
  settings: Settings,
  host: string | null,
  change: (update: (current: Settings) => Settings) => void,
): HTMLElement {
  const onHere = host !== null && !settings.disabledSites.includes(host);
  const site = host
    ? checkbox("site", `On for ${host}`, onHere, (on) =>
        change((current) => ({
          ...current,
          disabledSites: on ? current.disabledSites.filter((s) => s !== host) : [...current.disabledSites, host],
        })),
      )
    : null;
  return h(
    "section",
    { "aria-labelledby": "settings-title" },
    h("h2", { id: "settings-title" }, "Settings"),
    h(
      "fieldset",
      {},
      h("legend", {}, "Where it runs"),
      checkbox("enabled", "On everywhere", settings.enabled, (on) =>
        change((current) => ({ ...current, enabled: on })),
      ),
      site,
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "What it highlights"),
      TOGGLES.map((t) =>
        checkbox(
          `show-${t}`,
          TOGGLE_LABEL[t],
          settings.show[t],
          (on) => change((current) => ({ ...current, show: { ...current.show, [t]: on } })),
          h("span", { class: "swatch", "data-category": t, "aria-hidden": "true" }),
        ),
      ),
    ),
  );
}
