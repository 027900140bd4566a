// The popup's "This page": the claims found in the current tab, differences first, each a button that shows its
// sentence in the tab; then the names it mentions, by category with counts, each a chip that steps through its
// mentions. The page's sentence and the fact base's statement are given the same weight: neither is the truth.

import type { PageSummary } from "../../extension/messages";
import { claimById, entityById } from "../../facts/query";
import { CATEGORIES, type FactBase } from "../../facts/types";
import { factText, t, tn } from "../../i18n";
import { h } from "../dom";
import { categoryLabel, quoted, verdictLabel } from "../labels";
import { supportView } from "../support";
import { verdictItem } from "../verdict-items";
import { sourceDetails } from "./partnerships";
import { roving } from "./roving";

export interface PageActions {
  /** Shows an entity's `index`-th mention in the tab (0-based, reading order). */
  reveal: (entity: string, index: number) => void;
  /** Shows a claim clause's sentence in the tab (its id in the summary). */
  revealClaim: (id: string) => void;
}

/** The popup's summary line: "14 claims: 2 differ · 33 names"; what the page holds at a glance. */
export function summaryLine(page: PageSummary | null): string {
  if (!page) return t("summary_notRunning");
  const differ = page.claims.filter((c) => c.status === "conflict").length;
  const claims =
    page.claims.length === 0
      ? t("summary_noClaims")
      : t("summary_claimsDiffer", {
          claims: tn("summary_claims", page.claims.length),
          differ: differ === 0 ? t("summary_noneDiffer") : tn("summary_differ", differ),
        });
  return `${claims} · ${tn("summary_names", page.entities.length)}`;
}

/** How a claim line ranks: differences from sourced claims first, then from unverified reports, then agreements. */
function rank(fb: FactBase, c: PageSummary["claims"][number]): number {
  const unverified = claimById(fb, c.claim)?.support === "unverified";
  if (c.status === "conflict") return unverified ? 1 : 0;
  return unverified ? 3 : 2;
}

/** The claims found, differences first (reading order within each rank), each with its sentence and its source. */
export function claimsView(fb: FactBase, page: PageSummary, actions: PageActions): HTMLElement {
  const ordered = page.claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(fb, a.c) - rank(fb, b.c) || a.i - b.i)
    .map(({ c }) => c);
  const buttons: HTMLElement[] = [];
  const list =
    ordered.length === 0
      ? h("p", { class: "meta" }, t("popup_noClaim"))
      : h(
          "ul",
          { class: "lines claims", "aria-label": t("popup_claimsListName") },
          ordered.map((c) => {
            const claim = claimById(fb, c.claim);
            const support = claim?.support ?? "single-source";
            const button = h(
              "button",
              { type: "button", class: "claim", id: `claim-${c.id}`, title: t("popup_showSentence") },
              h(
                "span",
                { class: "status", "data-status": support === "unverified" ? "neutral" : c.status },
                verdictLabel(c.status, support),
              ),
              " ",
              h("span", { class: "said page-sentence" }, quoted(c.sentence)),
            );
            button.addEventListener("click", () => actions.revealClaim(c.id));
            buttons.push(button);
            return h(
              "li",
              { "data-claim": c.claim, "data-claim-status": c.status },
              h("p", { class: "side" }, h("span", { class: "side-label" }, t("claim_pageSays")), button),
              claim
                ? h(
                    "p",
                    { class: "side" },
                    h("span", { class: "side-label" }, t("claim_factBaseSays")),
                    h("span", { class: "said" }, factText(claim.statement, claim.translations)),
                  )
                : null,
              c.differences.length > 0
                ? h(
                    "p",
                    { class: "meta differences" },
                    t("sentence", { text: c.differences.map(verdictItem).join("; ") }),
                  )
                : null,
              claim ? supportView(fb, claim, "badge") : null,
              claim ? sourceDetails(fb, claim, false) : null,
            );
          }),
        );
  const focused = buttons.findIndex((b) => b.id === document.activeElement?.id);
  if (buttons.length > 0) roving(list, buttons, focused);
  const differ = page.claims.filter((c) => c.status === "conflict").length;
  return h(
    "section",
    { "aria-labelledby": "claims-title" },
    h("h2", { id: "claims-title" }, t("popup_claimsTitle", { count: page.claims.length })),
    page.claims.length > 0
      ? h(
          "p",
          { class: "meta" },
          `${differ === 0 ? t("popup_noneDiffers") : tn("popup_differencesFirst", differ)} ${t("popup_claimsHelp")}`,
        )
      : null,
    list,
  );
}

/**
 * The names the page mentions, by category, each a chip with its count: choosing it shows its first mention, choosing
 * it again the next one, and so on round ("France: mention 2 of 12", said in a status line). `at` keeps each entity's
 * last shown mention across redraws.
 */
export function namesView(fb: FactBase, page: PageSummary, actions: PageActions, at: Map<string, number>): HTMLElement {
  const total = page.entities.reduce((n, e) => n + e.count, 0);
  const groups = CATEGORIES.map((category) => ({
    category,
    entities: page.entities.filter((e) => e.category === category),
  })).filter((g) => g.entities.length > 0);
  const status = h("p", { id: "reveal-status", class: "meta", role: "status" });
  const chips: HTMLElement[] = [];
  const body = h(
    "div",
    { class: "names" },
    groups.map((g) =>
      h(
        "div",
        { class: "group" },
        h(
          "h3",
          {},
          h("span", { class: "swatch", "data-category": g.category, "aria-hidden": "true" }),
          `${categoryLabel(g.category)} (${g.entities.length})`,
        ),
        h(
          "ul",
          { class: "entities" },
          g.entities.map((e) => {
            const name = entityById(fb, e.id)?.name ?? e.id;
            const button = h(
              "button",
              { type: "button", class: "entity", "data-entity": e.id, id: `entity-${e.id}` },
              name,
              h("span", { class: "count" }, ` ×${e.count}`),
            );
            button.addEventListener("click", () => {
              // The next mention after the one shown last (the first, the first time), round to the first again.
              const next = ((at.get(e.id) ?? -1) + 1) % e.count;
              at.set(e.id, next);
              actions.reveal(e.id, next);
              status.textContent = t("popup_mentionOf", { name, n: next + 1, total: e.count });
            });
            chips.push(button);
            return h("li", {}, button);
          }),
        ),
      ),
    ),
  );
  const focused = chips.findIndex((b) => b.id === document.activeElement?.id);
  if (chips.length > 0) roving(body, chips, focused);
  return h(
    "section",
    { "aria-labelledby": "names-title" },
    h("h2", { id: "names-title" }, t("popup_namesTitle", { count: page.entities.length })),
    h(
      "p",
      { class: "meta" },
      total === 0
        ? t("popup_noNames")
        : `${t("popup_highlightsOf", { highlights: tn("popup_highlights", total), entities: tn("popup_entities", page.entities.length) })} ${t("popup_namesHelp")}`,
    ),
    chips.length > 0 ? body : null,
    status,
  );
}
