// What the reader sees of the elements the extension adds (the card and the panel, each a host with an open shadow
// root), read in the page's main world: the cross-browser tests' stand-in for Playwright's locators, which only drive
// Chromium here.
import type { Box } from "../harness";
import type { Evaluates } from "./tab";

/** The open card: its host's role, whether it is rendered, its heading and text (whitespace collapsed), its box. */
export interface CardView {
  role: string | null;
  visible: boolean;
  heading: string;
  text: string;
  /** The fact base's statements listed, and the support level of each. */
  statements: string[];
  supports: string[];
  /** The quotes from the source documents. */
  quotes: string[];
  box: Box;
}

/** The card as the reader sees it, or null when there is none in the page. */
export function cardView(page: Evaluates): Promise<CardView | null> {
  return page.evaluate(() => {
    const host = document.querySelector("defence-lens-card");
    const card = host?.shadowRoot?.querySelector<HTMLElement>(".card");
    if (!host || !card) return null;
    const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
    const all = (selector: string) => [...card.querySelectorAll(selector)].map((e) => squash(e.textContent));
    const rect = card.getBoundingClientRect();
    return {
      role: host.getAttribute("role"),
      visible: rect.width > 0 && rect.height > 0 && card.checkVisibility({ visibilityProperty: true }),
      heading: squash(card.querySelector("h2")?.textContent),
      text: squash(card.textContent),
      statements: all(".statement"),
      supports: all(".support"),
      quotes: all("blockquote"),
      box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    };
  });
}

/** The open annotations panel: whether it is rendered, its items' labels, which item has the focus (-1: none). */
export interface PanelView {
  visible: boolean;
  items: string[];
  focused: number;
}

/** The panel as the reader sees it, or null when there is none in the page. */
export function panelView(page: Evaluates): Promise<PanelView | null> {
  return page.evaluate(() => {
    const host = document.querySelector("defence-lens-panel");
    const panel = host?.shadowRoot?.querySelector<HTMLElement>(".panel");
    if (!host || !panel) return null;
    const rect = panel.getBoundingClientRect();
    const items = [...panel.querySelectorAll("li[role=option]")];
    return {
      visible: rect.width > 0 && rect.height > 0 && panel.checkVisibility({ visibilityProperty: true }),
      items: items.map((li) => li.textContent ?? ""),
      focused: items.indexOf(host.shadowRoot?.activeElement as Element),
    };
  });
}

/** The accessible names of the page's elements with a role ("tooltip", "dialog"), as assistive technology finds them. */
export function withRole(page: Evaluates, role: string): Promise<string[]> {
  return page.evaluate(
    (r) => [...document.querySelectorAll(`[role="${r}"]`)].map((e) => e.getAttribute("aria-label") ?? ""),
    role,
  );
}

/** One of the popup's switches: its label, and whether it is on (null when the popup has no such switch). */
export function popupSwitch(popup: Evaluates, id: string): Promise<{ label: string; checked: boolean } | null> {
  return popup.evaluate((id) => {
    const input = document.getElementById(id) as HTMLInputElement | null;
    if (!input) return null;
    const label = document.querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? "";
    return { label, checked: input.checked };
  }, id);
}

/** The popup's list of entities: each one's id and the count it shows. */
export function popupEntityCounts(popup: Evaluates): Promise<Record<string, number>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("button.entity")].map((e) => [
        e.getAttribute("data-entity"),
        Number(e.querySelector(".count")?.textContent?.replace(/\D/g, "")),
      ]),
    ),
  );
}

/** The popup's counts summed by category (the swatch of each group names it). */
export function popupCategoryCounts(popup: Evaluates): Promise<Record<string, number>> {
  return popup.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const g of document.querySelectorAll(".group")) {
      const category = g.querySelector(".swatch")?.getAttribute("data-category") ?? "";
      for (const c of g.querySelectorAll("button.entity .count"))
        counts[category] = (counts[category] ?? 0) + Number(c.textContent?.replace(/\D/g, ""));
    }
    return counts;
  });
}

/** The claims the popup lists, in its order: each one's status and its sentence as shown. */
export function popupClaims(popup: Evaluates): Promise<{ status: string | null; text: string }[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll(".claims > li")].map((e) => ({
      status: e.getAttribute("data-claim-status"),
      text: e.querySelector("p")?.textContent ?? "",
    })),
  );
}

/** The text of the popup's headings, in order. */
export function popupHeadings(popup: Evaluates): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim()),
  );
}
