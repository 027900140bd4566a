// What the card says about a claim sentence: what the page says, what the fact base says, whether they agree,
// and the evidence behind the fact base's version with its support level.
import type { FactBase } from "../facts/types";
import type { ClaimVerdict } from "../match/claims";
import { h } from "./dom";
import { claimEvidence } from "./entity-card";

export function claimCard(fb: FactBase, verdict: ClaimVerdict, sentence: string): HTMLElement[] {
  const { claim, status } = verdict;
  return [
    h("h2", {}, status === "match" ? "The page agrees with the fact base" : "The page differs from the fact base"),
    h(
      "p",
      { class: "status", "data-status": status },
      status === "match" ? "Match" : `Conflict: ${verdict.differences.join("; ")}.`,
    ),
    h("div", { class: "section" }, h("p", { class: "section-title" }, "The page says"), h("p", {}, sentence)),
    h(
      "div",
      { class: "section" },
      h("p", { class: "section-title" }, "The fact base says"),
      h("p", { class: "statement" }, claim.statement),
      verdict.agreements.length > 0 ? h("p", { class: "meta" }, `Both give: ${verdict.agreements.join(", ")}.`) : null,
      claimEvidence(fb, claim),
    ),
  ];
}
