// What the card says about a claim sentence: what the page says, what the fact base says, whether they agree, which
// values were compared and which could not be read, and the evidence behind the fact base's version with its support
// level. A claim that rests only on low-reliability sources is "an unverified report": a difference from it is not
// shown as an error of the page.

import type { FactBase } from "../facts/types";
import { factText, t } from "../i18n";
import type { ClaimVerdict } from "../match/claims";
import { h } from "./dom";
import { claimEvidence, type OpenSource, readInSource } from "./entity-card";
import { describeWhen } from "./labels";
import { verdictItem, verdictNote } from "./verdict-items";

/** The card's heading for a verdict, by its status, denial and the claim's support. */
export function verdictHeading(verdict: ClaimVerdict): string {
  const unverified = verdict.claim.support === "unverified";
  if (verdict.status === "match") return unverified ? t("claim_headingRepeatsUnverified") : t("claim_headingAgrees");
  if (verdict.denied) return unverified ? t("claim_headingDeniesUnverified") : t("claim_headingDenies");
  return unverified ? t("claim_headingDiffersUnverified") : t("claim_headingDiffers");
}

/**
 * The card for a claim sentence. Its first two nodes stay in sight (see CardTarget.render): the verdict, then the
 * verdict line with the "Read in the source" button of the claim's quote, which would otherwise sit at the foot of the
 * card's scrolling part, out of sight. What the page says and what the fact base says follow side by side, with the
 * same weight: neither is the truth by default.
 */
export function claimCard(fb: FactBase, verdict: ClaimVerdict, sentence: string, open?: OpenSource): HTMLElement[] {
  const { claim, status } = verdict;
  const when = claim.when.map(describeWhen).join("; ");
  const parts: (HTMLElement | null)[] = [
    h("h2", {}, verdictHeading(verdict)),
    h(
      "div",
      { class: "verdict" },
      h(
        "p",
        { class: "status", "data-status": status, "data-support": claim.support },
        status === "match"
          ? verdict.agreements.length > 0
            ? t("claim_compared", { items: verdict.agreements.map(verdictItem).join("; ") })
            : t("claim_nothingCompared")
          : t("sentence", { text: verdict.differences.map(verdictItem).join("; ") }),
      ),
      readInSource(fb, claim, open),
    ),
    verdict.hedged ? h("p", { class: "meta" }, t("claim_hedged")) : null,
    verdict.unread.length > 0
      ? h("p", { class: "meta" }, t("claim_notRead", { items: verdict.unread.map(verdictItem).join("; ") }))
      : null,
    h(
      "div",
      { class: "section versions" },
      h("div", {}, h("p", { class: "section-title" }, t("claim_pageSays")), h("p", { class: "said" }, sentence)),
      h(
        "div",
        {},
        h("p", { class: "section-title" }, t("claim_factBaseSays")),
        h("p", { class: "said statement" }, factText(claim.statement, claim.translations)),
        h("p", { class: "meta" }, t("claim_date", { date: when || t("date_undated") })),
      ),
    ),
    verdict.note ? h("p", { class: "meta note" }, verdictNote(verdict.note)) : null,
    h("div", { class: "section" }, claimEvidence(fb, claim, open, false)),
  ];
  return parts.filter((p): p is HTMLElement => p !== null);
}
