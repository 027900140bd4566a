// The small list a quoted passage offers when several claims quote it: each claim, a link to it. A popover beside the
// passage (light dismiss: Escape or a click elsewhere closes it), placed with Floating UI; focus goes to its first
// link, and back to the passage when it closes with the focus inside.
import { autoUpdate, computePosition, flip, offset, shift } from "@floating-ui/dom";
import { claimById } from "../../facts/query";
import type { FactBase } from "../../facts/types";
import { factText, t } from "../../i18n";
import { h } from "../dom";
import { supportLabel } from "../labels";
import { quoteAddress } from "../source-address";
import { sourceLink } from "./links";

/** The id of the open menu (one at a time). */
const MENU_ID = "quote-menu";

/**
 * Opens the list of the claims that quote a passage, beside its first element `anchor`, inside `root` (the view, which
 * takes it away with everything else when another address is shown). `claims` and `evidence` as in QuotePiece.
 */
export function openQuoteMenu(
  fb: FactBase,
  root: HTMLElement,
  anchor: HTMLElement,
  claims: readonly string[],
  evidence: readonly number[],
): HTMLElement {
  root.querySelector(`#${MENU_ID}`)?.remove();
  const items = claims.map((id, i) => {
    const claim = claimById(fb, id);
    if (!claim) return null;
    return h(
      "li",
      {},
      sourceLink(quoteAddress(claim, evidence[i] ?? 0), factText(claim.statement, claim.translations)),
      " ",
      h("span", { class: "badge", "data-level": claim.support }, supportLabel(claim.support)),
    );
  });
  const menu = h(
    "div",
    { id: MENU_ID, class: "quote-menu", role: "dialog", "aria-labelledby": `${MENU_ID}-title`, popover: "auto" },
    h("p", { id: `${MENU_ID}-title`, class: "menu-title" }, t("viewer_passageQuotedFor", { count: claims.length })),
    h("ul", {}, items),
  );
  root.append(menu);
  let stop: (() => void) | undefined;
  menu.addEventListener("toggle", (event) => {
    if ((event as ToggleEvent).newState !== "closed") return;
    stop?.();
    if (!anchor.isConnected) return;
    anchor.setAttribute("aria-expanded", "false");
    const active = document.activeElement;
    // Closed by Escape or with the focus on nothing: back to the passage; a click elsewhere keeps its own focus.
    if (!active || active === document.body || menu.contains(active)) anchor.focus({ preventScroll: true });
    menu.remove();
  });
  menu.showPopover();
  anchor.setAttribute("aria-expanded", "true");
  const place = () =>
    computePosition(anchor, menu, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      menu.style.left = `${x}px`;
      menu.style.top = `${y}px`;
    });
  stop = autoUpdate(anchor, menu, () => void place());
  menu.querySelector("a")?.focus({ preventScroll: true });
  return menu;
}
