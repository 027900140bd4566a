// The popup's tabs (WAI-ARIA's tabs pattern, automatic activation): one Tab stop for the tab list, arrow keys between
// tabs, each tab showing its panel.
import { h } from "../dom";
import { roving } from "./roving";

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

/**
 * A tab list and its panels; `selected` is the id of the tab shown (the first if unknown), `onSelect` is told each
 * choice (so that a redraw keeps it). Returns the tab list followed by the panels.
 */
export function tabsView(tabs: TabSpec[], selected: string, onSelect: (id: string) => void): HTMLElement[] {
  const current = tabs.some((t) => t.id === selected) ? selected : (tabs[0]?.id ?? "");
  const buttons = tabs.map((t) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${t.id}`,
        "aria-controls": `panel-${t.id}`,
        "aria-selected": String(t.id === current),
      },
      t.label,
    ),
  );
  const panels = tabs.map((t) => {
    const panel = h("div", { role: "tabpanel", id: `panel-${t.id}`, "aria-labelledby": `tab-${t.id}` }, t.panel);
    panel.hidden = t.id !== current;
    return panel;
  });
  const select = (i: number) => {
    buttons.forEach((b, j) => {
      b.setAttribute("aria-selected", String(i === j));
      if (panels[j]) (panels[j] as HTMLElement).hidden = i !== j;
    });
    const id = tabs[i]?.id;
    if (id) onSelect(id);
  };
  buttons.forEach((b, i) => {
    b.addEventListener("click", () => select(i));
  });
  const list = roving(
    h("div", { role: "tablist", "aria-label": "Defence Lens", class: "tabs" }, buttons),
    buttons,
    tabs.findIndex((t) => t.id === current),
    (_item, i) => select(i),
  );
  return [list, ...panels];
}
