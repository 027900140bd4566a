// The popup's "This page": what the current tab mentions, by category with counts, and the claims found there.

import type { PageSummary } from "../../extension/messages";
import { claimById, entityById } from "../../facts/query";
import { CATEGORIES, type FactBase } from "../../facts/types";
import { h } from "../dom";
import { CATEGORY_LABEL, quoted, verdictLabel } from "../labels";
import { sourceDetails, supportBadge } from "./partnerships";

export interface PageActions {
  reveal: (entity: string) => void;
  /** Opens the annotations panel in the tab (and closes the popup). */
  panel: () => void;
  copy: () => void;
}

export function pageView(fb: FactBase, page: PageSummary | null, actions: PageActions): HTMLElement {
  const section = (...children: (HTMLElement | string | null)[]) =>
    h("section", { "aria-labelledby": "page-title" }, h("h2", { id: "page-title" }, "This page"), ...children);
  if (!page) {
    return section(
      h("p", { class: "meta" }, "Defence Lens does not run on this page (only on web pages: http and https)."),
    );
  }
  const total = page.entities.reduce((n, e) => n + e.count, 0);
  const groups = CATEGORIES.map((category) => ({
    category,
    entities: page.entities.filter((e) => e.category === category),
  })).filter((g) => g.entities.length > 0);
  return section(
    h(
      "p",
      { class: "meta" },
      total === 0
        ? "Nothing the fact base knows is highlighted here."
        : `${total} highlight${total === 1 ? "" : "s"} of ${page.entities.length} entit${page.entities.length === 1 ? "y" : "ies"}. Choose one to see its first mention.`,
    ),
    ...groups.map((g) =>
      h(
        "div",
        { class: "group" },
        h(
          "h3",
          {},
          h("span", { class: "swatch", "data-category": g.category, "aria-hidden": "true" }),
          `${CATEGORY_LABEL[g.category]} (${g.entities.length})`,
        ),
        h(
          "ul",
          { class: "entities" },
          g.entities.map((e) =>
            h(
              "li",
              {},
              (() => {
                const button = h(
                  "button",
                  { type: "button", class: "entity", "data-entity": e.id },
                  entityById(fb, e.id)?.name ?? e.id,
                  h("span", { class: "count" }, ` ×${e.count}`),
                );
                button.addEventListener("click", () => actions.reveal(e.id));
                return button;
              })(),
            ),
          ),
        ),
      ),
    ),
    h("h3", {}, `Claims (${page.claims.length})`),
    page.claims.length === 0
      ? h("p", { class: "meta" }, "No sentence here states a claim the fact base records.")
      : h(
          "ul",
          { class: "lines claims" },
          page.claims.map((c) => {
            const claim = claimById(fb, c.claim);
            return h(
              "li",
              { "data-claim": c.claim, "data-claim-status": c.status },
              h(
                "p",
                {},
                h(
                  "span",
                  { class: "status", "data-status": claim?.support === "unverified" ? "neutral" : c.status },
                  verdictLabel(c.status, claim?.support ?? "single-source"),
                ),
                " ",
                quoted(c.sentence),
              ),
              c.differences.length > 0 ? h("p", { class: "meta" }, c.differences.join("; ")) : null,
              claim ? h("p", { class: "meta" }, supportBadge(claim), ` Fact base: ${claim.statement}`) : null,
              claim ? sourceDetails(fb, claim) : null,
            );
          }),
        ),
    (() => {
      const button = h("button", { type: "button", class: "primary", id: "copy" }, "Copy as Markdown");
      button.addEventListener("click", actions.copy);
      const list = h("button", { type: "button", id: "open-panel" }, "List on the page");
      list.addEventListener("click", actions.panel);
      return h(
        "div",
        { class: "export" },
        button,
        " ",
        list,
        h("p", { id: "copy-status", class: "meta", role: "status" }),
      );
    })(),
  );
}
